import { EMPTY_POWER_FORM, powerFormProblems, powerInputFrom } from './power-form-values';

describe('the power form', () => {
  const valid = {
    ...EMPTY_POWER_FORM,
    code: 'sexual-risk-order',
    name: 'Sexual Risk Order',
    legalBasis: 'Sexual Offences Act 2003 s.122A',
    category: 'CIVIL_ORDER' as const,
    entry: 'NONE' as const,
    holderAgencyTypes: ['POLICE' as const],
    minDuration: 'p2y',
    effectiveFrom: '2015-03-08',
  };

  it('accepts a complete power and sends null for "any premises"', () => {
    expect(Object.values(powerFormProblems(valid)).filter(Boolean)).toEqual([]);
    expect(powerInputFrom(valid)).toMatchObject({
      premisesKinds: null,
      minDuration: 'P2Y',
      maxDuration: null,
      effectiveTo: null,
    });
  });

  it('needs kinds when it applies only to some premises, and real periods and dates', () => {
    const problems = powerFormProblems({
      ...valid,
      premisesScope: 'SOME',
      minDuration: 'two years',
      effectiveTo: '2010-01-01',
    });
    expect(problems['premisesKinds']).toMatch(/Select the kinds of premises/);
    expect(problems['minDuration']).toMatch(/must be a period/);
    expect(problems['effectiveTo']).toMatch(/on or after/);
  });
});
