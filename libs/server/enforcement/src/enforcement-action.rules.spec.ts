import {
  ActionPowerFacts,
  dayAfter,
  enforcementActionFieldProblems,
  enforcementActionLawProblems,
  followUpsOf,
  premisesStatusAfter,
  premisesStatusWhenClosingEnds,
  statusChangeProblems,
  statusMoveProblem,
} from './enforcement-action.rules';

const power = (overrides: Partial<ActionPowerFacts> = {}): ActionPowerFacts => ({
  name: 'Sexual Risk Order',
  holderAgencyTypes: ['POLICE'],
  minDuration: 'P2Y',
  maxDuration: null,
  minCompliancePeriod: null,
  effectiveFrom: '2015-03-08',
  effectiveTo: null,
  premisesKinds: null,
  conditions: [],
  ...overrides,
});
const police = { name: 'Northbridge Police', type: 'POLICE' as const };
const fire = { name: 'Northbridge Fire and Rescue', type: 'FIRE_AND_RESCUE' as const };
const club = { kind: 'NIGHTCLUB', use: 'TRADE' } as const;
const base = {
  kind: 'CIVIL_ORDER',
  takenOn: '2026-03-13',
  details: 'Order made at the magistrates’ court',
  powerId: 'p',
};
const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

describe('enforcement action field rules', () => {
  it('accepts a complete action', () => {
    expect(enforcementActionFieldProblems(base, '2026-03-13')).toEqual([]);
  });

  it('refuses a future date, a missing description, a missing power and dates before the action', () => {
    const problems = enforcementActionFieldProblems(
      { ...base, takenOn: '2026-03-14', details: ' ', powerId: null, complianceDeadline: '2026-03-01' },
      '2026-03-13',
    );
    expect(problems).toEqual([
      { field: 'takenOn', message: 'The date the action was taken cannot be in the future' },
      { field: 'details', message: 'Enter what was done' },
      { field: 'powerId', message: 'Choose the power the action was taken under' },
      {
        field: 'complianceDeadline',
        message: 'The compliance deadline cannot be before the date the action was taken',
      },
    ]);
    expect(
      fields(
        enforcementActionFieldProblems(
          { ...base, complianceDeadline: '2026-03-01', courtDate: '2026-02-30' },
          '2026-03-13',
        ),
      ),
    ).toEqual(['complianceDeadline', 'courtDate']);
  });

  it('lets advice, referrals and no action stand without a power', () => {
    for (const kind of ['ADVICE', 'REFERRAL', 'NO_ACTION'])
      expect(enforcementActionFieldProblems({ ...base, kind, powerId: null }, '2026-03-13')).toEqual([]);
    expect(fields(enforcementActionFieldProblems({ ...base, kind: 'PROHIBITION', powerId: '' }, '2026-03-13'))).toEqual(
      ['powerId'],
    );
  });

  it('refuses an unknown kind and an unreal date', () => {
    expect(
      fields(enforcementActionFieldProblems({ ...base, kind: 'SHOUTING', takenOn: '2026-13-01' }, '2026-03-13')),
    ).toEqual(['kind', 'takenOn']);
  });
});

describe('the law on an action', () => {
  it('refuses a power that does not reach the premises: a fire safety prohibition at a private dwelling', () => {
    const prohibition = power({
      name: 'Prohibition notice',
      holderAgencyTypes: ['FIRE_AND_RESCUE'],
      minDuration: null,
      conditions: ['NOT_DWELLING'],
    });
    const input = { ...base, kind: 'PROHIBITION' };
    expect(enforcementActionLawProblems(input, fire, prohibition, club)).toEqual([]);
    expect(
      enforcementActionLawProblems(input, fire, prohibition, { kind: 'RESIDENTIAL_PROPERTY', use: 'DWELLING' }),
    ).toEqual([
      {
        field: 'powerId',
        message:
          '“Prohibition notice” cannot be used at this premises: it does not apply to a private dwelling, and this premises is recorded as a dwelling',
      },
    ]);
    const hmoOnly = power({
      name: 'HMO management order',
      holderAgencyTypes: ['FIRE_AND_RESCUE'],
      minDuration: null,
      premisesKinds: ['HMO'],
    });
    expect(enforcementActionLawProblems(input, fire, hmoOnly, club)[0].message).toMatch(
      /applies only to these kinds of premises: .*; this premises is recorded as /,
    );
  });

  it('refuses a Sexual Risk Order shorter than two years, naming the order and its minimum', () => {
    expect(enforcementActionLawProblems({ ...base, endsOn: '2027-09-13' }, police, power(), club)).toEqual([
      {
        field: 'endsOn',
        message: 'A Sexual Risk Order lasts at least 2 years: it must end on or after 13 March 2028',
      },
    ]);
    expect(enforcementActionLawProblems({ ...base, endsOn: '2028-03-13' }, police, power(), club)).toEqual([]);
  });

  it('refuses a Sexual Harm Prevention Order shorter than five years', () => {
    const shpo = power({ name: 'Sexual Harm Prevention Order', minDuration: 'P5Y' });
    expect(enforcementActionLawProblems({ ...base, endsOn: '2031-03-12' }, police, shpo, club)[0].message).toBe(
      'A Sexual Harm Prevention Order lasts at least 5 years: it must end on or after 13 March 2031',
    );
  });

  it('uses calendar arithmetic in London: an order from 29 February lasts to 28 February', () => {
    expect(dayAfter('2028-02-29', 'P2Y')).toBe('2030-02-28');
  });

  it('allows indefinite orders only without a maximum, and needs an end date or indefinite', () => {
    expect(enforcementActionLawProblems({ ...base, indefinite: true }, police, power(), club)).toEqual([]);
    const capped = power({ name: 'Closure order', minDuration: null, maxDuration: 'P3M' });
    expect(enforcementActionLawProblems({ ...base, indefinite: true }, police, capped, club)).toEqual([
      { field: 'indefinite', message: 'A Closure order lasts at most 3 months: it cannot be indefinite' },
    ]);
    expect(fields(enforcementActionLawProblems({ ...base, endsOn: '2026-06-14' }, police, capped, club))).toEqual([
      'endsOn',
    ]);
    expect(enforcementActionLawProblems({ ...base, endsOn: '2026-06-13' }, police, capped, club)).toEqual([]);
    expect(enforcementActionLawProblems(base, police, power(), club)[0]).toEqual({
      field: 'endsOn',
      message: 'Enter the date the Sexual Risk Order ends, or say it is indefinite',
    });
  });

  it('refuses an end date for a power with no duration', () => {
    const notice = power({ name: 'Prohibition notice', minDuration: null, holderAgencyTypes: ['FIRE_AND_RESCUE'] });
    expect(fields(enforcementActionLawProblems({ ...base, endsOn: '2027-01-01' }, fire, notice, club))).toEqual([
      'endsOn',
    ]);
    expect(enforcementActionLawProblems(base, fire, notice, club)).toEqual([]);
  });

  it('refuses a power the agency does not hold, or one not in force on the day', () => {
    expect(enforcementActionLawProblems({ ...base, endsOn: '2029-01-01' }, fire, power(), club)).toEqual([
      {
        field: 'powerId',
        message: 'Northbridge Fire and Rescue cannot act under “Sexual Risk Order”: only Police agencies hold it',
      },
    ]);
    const future = power({ effectiveFrom: '2026-04-01' });
    expect(enforcementActionLawProblems({ ...base, endsOn: '2029-01-01' }, police, future, club)[0].message).toMatch(
      /^“Sexual Risk Order” was not in force on 13 March 2026 \(it takes effect on 1 April 2026\)/,
    );
  });

  it('refuses a compliance deadline sooner than the legal period', () => {
    const notice = power({
      name: 'Fire safety enforcement notice',
      holderAgencyTypes: ['FIRE_AND_RESCUE'],
      minDuration: null,
      minCompliancePeriod: 'P28D',
    });
    expect(enforcementActionLawProblems({ ...base, complianceDeadline: '2026-04-09' }, fire, notice, club)).toEqual([
      {
        field: 'complianceDeadline',
        message:
          '“Fire safety enforcement notice” must give at least 28 days to comply: the deadline must be on or after 10 April 2026',
      },
    ]);
    expect(enforcementActionLawProblems({ ...base, complianceDeadline: '2026-04-10' }, fire, notice, club)).toEqual([]);
  });
});

describe('status over time', () => {
  it('allows the documented moves only', () => {
    expect(statusMoveProblem('SERVED', 'COMPLIED')).toBeNull();
    expect(statusMoveProblem('APPEALED', 'SERVED')).toBeNull();
    expect(statusMoveProblem('COMPLIED', 'BREACHED')).toBeNull();
    expect(statusMoveProblem('SERVED', 'SERVED')).toBe('The action is already served');
    expect(statusMoveProblem('COMPLIED', 'APPEALED')).toBe('An action that is complied cannot become appealed');
    expect(statusMoveProblem('WITHDRAWN', 'SERVED')).toBe('The action is withdrawn: its status can no longer change');
  });

  it('dates a change no earlier than the action and not in the future', () => {
    const change = (changedOn: string) =>
      fields(statusChangeProblems('SERVED', { status: 'COMPLIED', changedOn, note: '' }, '2026-03-13', '2026-04-01'));
    expect(change('2026-03-20')).toEqual([]);
    expect(change('2026-03-12')).toEqual(['changedOn']);
    expect(change('2026-04-02')).toEqual(['changedOn']);
  });
});

describe('effects of an action', () => {
  it('closes the premises for a closing action, else marks action taken unless closed or monitored', () => {
    expect(premisesStatusAfter('PROHIBITION', 'UNDER_OPERATION')).toBe('CLOSED');
    expect(premisesStatusAfter('CLOSURE_ORDER', 'UNDER_MONITORING')).toBe('CLOSED');
    expect(premisesStatusAfter('CLOSURE_NOTICE', 'CLOSED')).toBeNull();
    expect(premisesStatusAfter('WARNING', 'OF_CONCERN')).toBe('ACTION_TAKEN');
    expect(premisesStatusAfter('WARNING', 'CLOSED')).toBeNull();
    expect(premisesStatusAfter('CIVIL_ORDER', 'UNDER_MONITORING')).toBeNull();
    expect(premisesStatusAfter('NO_ACTION', 'OF_CONCERN')).toBeNull();
  });

  it('makes a follow-up per date', () => {
    expect(
      followUpsOf({ complianceDeadline: '2026-04-10', courtDate: null, reviewOn: '2026-06-01' }, 'Notice', 'The Club'),
    ).toEqual([
      { kind: 'COMPLIANCE', dueOn: '2026-04-10', title: 'Check compliance: Notice at The Club' },
      { kind: 'REVIEW', dueOn: '2026-06-01', title: 'Review: Notice at The Club' },
    ]);
  });
});

describe('a closed premises when its closing action ends', () => {
  const none = { otherClosingInForce: false, monitored: false };
  it('reopens as action taken when the prohibition is withdrawn or expires', () => {
    expect(premisesStatusWhenClosingEnds('PROHIBITION', 'WITHDRAWN', 'CLOSED', none)).toBe('ACTION_TAKEN');
    expect(premisesStatusWhenClosingEnds('CLOSURE_ORDER', 'EXPIRED', 'CLOSED', none)).toBe('ACTION_TAKEN');
  });
  it('goes back under monitoring when it is monitored', () => {
    expect(premisesStatusWhenClosingEnds('CLOSURE_NOTICE', 'WITHDRAWN', 'CLOSED', { ...none, monitored: true })).toBe(
      'UNDER_MONITORING',
    );
  });
  it('stays closed while another closing action holds it, or when the action is complied with', () => {
    expect(
      premisesStatusWhenClosingEnds('PROHIBITION', 'WITHDRAWN', 'CLOSED', { ...none, otherClosingInForce: true }),
    ).toBeNull();
    expect(premisesStatusWhenClosingEnds('PROHIBITION', 'COMPLIED', 'CLOSED', none)).toBeNull();
  });
  it('leaves premises alone when the action was not a closing one, or the premises is not closed', () => {
    expect(premisesStatusWhenClosingEnds('INSPECTION', 'WITHDRAWN', 'CLOSED', none)).toBeNull();
    expect(premisesStatusWhenClosingEnds('PROHIBITION', 'WITHDRAWN', 'NO_FURTHER_ACTION', none)).toBeNull();
  });
});
