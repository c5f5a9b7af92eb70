import { durationProblem, inForceOn, PowerFields, powerProblems } from './power.rules';

const sro: PowerFields = {
  code: 'sexual-risk-order',
  name: 'Sexual Risk Order',
  legalBasis: 'Sexual Offences Act 2003, s.122A',
  category: 'CIVIL_ORDER',
  entry: 'NONE',
  holderAgencyTypes: ['POLICE'],
  premisesKinds: null,
  conditions: [],
  minDuration: 'P2Y',
  maxDuration: null,
  noticePeriod: null,
  minCompliancePeriod: null,
  requiresWrittenAuthorisation: false,
  effectiveFrom: '2015-03-08',
  effectiveTo: null,
  notes: '',
  source: 'domain.md',
};

describe('power rules', () => {
  it('accepts a complete power', () => expect(powerProblems(sro)).toEqual([]));

  it('refuses bad durations, codes, dates and unknown values', () => {
    const problems = powerProblems({
      ...sro,
      code: 'Sexual Risk Order',
      minDuration: '2 years',
      holderAgencyTypes: ['POLICE', 'ARMY' as never],
      effectiveFrom: '2015-02-30x',
    });
    expect(problems.map((p) => p.field)).toEqual(['code', 'holderAgencyTypes', 'minDuration', 'effectiveFrom']);
    expect(problems[1].message).toBe('Unknown agency type that holds it: ARMY');
  });

  it('requires at least one holder', () =>
    expect(powerProblems({ ...sro, holderAgencyTypes: [] })).toEqual([
      { field: 'holderAgencyTypes', message: 'Select at least one agency type that holds it' },
    ]));

  it('refuses a maximum shorter than the minimum', () =>
    expect(powerProblems({ ...sro, minDuration: 'P5Y', maxDuration: 'P3M' })).toEqual([
      { field: 'maxDuration', message: 'Maximum duration must not be shorter than the minimum' },
    ]));

  it('refuses an end before the start', () =>
    expect(powerProblems({ ...sro, effectiveTo: '2010-01-01' })[0].field).toBe('effectiveTo'));

  it('reads ISO 8601 durations', () => {
    expect(durationProblem('PT48H', 'x')).toBeNull();
    expect(durationProblem('P28D', 'x')).toBeNull();
    expect(durationProblem('P0D', 'Minimum')).toMatch(/^Minimum must be a period/);
  });

  it('knows when a power was in force', () => {
    const ended = { effectiveFrom: '2010-01-01', effectiveTo: '2020-01-01' };
    expect(inForceOn(ended, '2009-12-31')).toBe(false);
    expect(inForceOn(ended, '2015-06-01')).toBe(true);
    expect(inForceOn(ended, '2020-01-01')).toBe(true); // its last day
    expect(inForceOn(ended, '2020-01-02')).toBe(false);
    expect(inForceOn(sro, '2026-11-23')).toBe(true);
  });
});
