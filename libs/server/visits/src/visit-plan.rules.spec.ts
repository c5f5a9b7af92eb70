import {
  acknowledgementProblems,
  attendingAgenciesProblems,
  AttendingAgency,
  londonDay,
  parseVisitTime,
  PowerFacts,
  PremisesFacts,
  readinessProblems,
  statusMoveProblem,
  VisitFacts,
  visitDetailsProblems,
  visitWarnings,
  warningKey,
  withinBusinessHours,
} from './visit-plan.rules';

const POLICE: AttendingAgency = {
  agencyId: 'police',
  name: 'Northbridge Police',
  type: 'POLICE',
  entersPremises: true,
};
const FIRE: AttendingAgency = {
  agencyId: 'fire',
  name: 'Northbridge Fire and Rescue',
  type: 'FIRE_AND_RESCUE',
  entersPremises: true,
};
const BENEFITS: AttendingAgency = {
  agencyId: 'benefits',
  name: 'Council Benefit Fraud',
  type: 'REVENUES_AND_BENEFITS',
  entersPremises: true,
};
const HOUSING: AttendingAgency = {
  agencyId: 'housing',
  name: 'Private Sector Housing',
  type: 'STRATEGIC_HOUSING',
  entersPremises: true,
};
const EH: AttendingAgency = {
  agencyId: 'eh',
  name: 'Environmental Health',
  type: 'ENVIRONMENTAL_HEALTH',
  entersPremises: true,
};
const LICENSING: AttendingAgency = { agencyId: 'lic', name: 'Licensing', type: 'LICENSING', entersPremises: true };

function power(id: string, overrides: Partial<PowerFacts> = {}): PowerFacts {
  return {
    id,
    name: id,
    holderAgencyTypes: ['POLICE'],
    premisesKinds: null,
    conditions: [],
    entry: 'NONE',
    noticePeriod: null,
    effectiveFrom: '2000-01-01',
    effectiveTo: null,
    ...overrides,
  };
}

const PACE_ENTRY = power('pace-s17', { name: 'PACE s.17 entry', entry: 'YES' });
const FSO_ENTRY = power('fso-entry', {
  name: 'Fire safety audit inspection',
  holderAgencyTypes: ['FIRE_AND_RESCUE'],
  conditions: ['NOT_DWELLING'],
  entry: 'YES',
});
const FOOD_ENTRY = power('food-entry', {
  name: 'Food premises entry',
  holderAgencyTypes: ['ENVIRONMENTAL_HEALTH', 'TRADING_STANDARDS'],
  conditions: ['BUSINESS_HOURS'],
  entry: 'YES',
});
const LA_ENTRY = power('la-s179', {
  name: 'Licensing Act s.179 entry',
  holderAgencyTypes: ['LICENSING', 'POLICE'],
  conditions: ['LICENSABLE_ACTIVITY'],
  entry: 'YES',
});
const HA_ENTRY = power('ha-s239', {
  name: 'Housing Act s.239 entry',
  holderAgencyTypes: ['STRATEGIC_HOUSING'],
  conditions: ['RESIDENTIAL_USE'],
  entry: 'WITH_NOTICE',
  noticePeriod: 'PT24H',
});
const HA_WARRANT = power('ha-s240', {
  name: 'Housing Act s.240 warrant',
  holderAgencyTypes: ['STRATEGIC_HOUSING'],
  conditions: ['RESIDENTIAL_USE'],
  entry: 'WARRANT_ONLY',
});
const INFO_REQUEST = power('ssaa-109b', {
  name: 'SSAA s.109B information',
  holderAgencyTypes: ['REVENUES_AND_BENEFITS'],
});
const DWP_WARRANT = power('dwp-warrant', {
  name: 'DWP entry with warrant',
  holderAgencyTypes: ['OTHER'],
  entry: 'WARRANT_ONLY',
  effectiveFrom: '2026-04-01',
});

const TAKEAWAY: PremisesFacts = { kind: 'TAKEAWAY', use: 'TRADE', licensableActivity: true };
const HOUSE: PremisesFacts = { kind: 'RESIDENTIAL_PROPERTY', use: 'DWELLING', licensableActivity: false };

/** Friday 13 March 2026, 14:00 in London (GMT). */
const FRIDAY_AFTERNOON = new Date('2026-03-13T14:00:00Z');

function plan(overrides: Partial<VisitFacts>): VisitFacts {
  return { premises: TAKEAWAY, startsAt: FRIDAY_AFTERNOON, agencies: [POLICE], powers: [], ...overrides };
}

const codes = (facts: VisitFacts) => visitWarnings(facts).map((w) => `${w.code}:${w.agencyId}:${w.powerId}`);

describe('visit plan law checks', () => {
  it('finds nothing wrong with police entering a takeaway under PACE in the afternoon', () => {
    expect(visitWarnings(plan({ powers: [{ agencyId: 'police', power: PACE_ENTRY }] }))).toEqual([]);
  });

  describe('POWER_NOT_HELD', () => {
    it('names the attending agency that does hold the power', () => {
      const [held] = visitWarnings(
        plan({
          agencies: [POLICE, FIRE],
          powers: [
            { agencyId: 'police', power: PACE_ENTRY },
            { agencyId: 'police', power: { ...FSO_ENTRY, conditions: [] } },
            { agencyId: 'fire', power: FSO_ENTRY },
          ],
        }),
      );
      expect(held).toMatchObject({ code: 'POWER_NOT_HELD', agencyId: 'police', powerId: 'fso-entry' });
      expect(held.message).toBe(
        'Northbridge Police cannot use “Fire safety audit inspection”: only Fire and rescue agencies hold it. Northbridge Fire and Rescue holds it: plan it under that agency.',
      );
    });

    it('says when no attending agency holds it', () => {
      const found = visitWarnings(
        plan({
          agencies: [POLICE, { ...BENEFITS, entersPremises: false }],
          powers: [
            { agencyId: 'police', power: PACE_ENTRY },
            { agencyId: 'benefits', power: { ...DWP_WARRANT, effectiveFrom: '2000-01-01' } },
          ],
        }),
      );
      expect(found.map((w) => w.code)).toEqual(['POWER_NOT_HELD']);
      expect(found[0].message).toMatch(/No attending agency holds it: invite a Other agency, or remove the power/);
    });
  });

  describe('POWER_NOT_IN_FORCE', () => {
    it('flags a power that takes effect after the visit', () => {
      const found = visitWarnings(
        plan({
          agencies: [POLICE],
          powers: [
            { agencyId: 'police', power: PACE_ENTRY },
            { agencyId: 'police', power: { ...DWP_WARRANT, holderAgencyTypes: ['POLICE'] } },
          ],
        }),
      );
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ code: 'POWER_NOT_IN_FORCE', powerId: 'dwp-warrant' });
      expect(found[0].message).toMatch(
        /not in force on the visit’s date, 13 March 2026 \(it takes effect on 1 April 2026\)/,
      );
    });

    it('flags a power that had ended, and takes the London date of a late-night visit', () => {
      const ended = power('ended', { entry: 'YES', effectiveFrom: '2010-01-01', effectiveTo: '2026-06-30' });
      // 23:30 on 30 June in London is 22:30 UTC: still 30 June, so the power is in force.
      expect(
        codes(plan({ startsAt: new Date('2026-06-30T22:30:00Z'), powers: [{ agencyId: 'police', power: ended }] })),
      ).toEqual([]);
      // 00:30 on 1 July in London is 23:30 UTC on 30 June: the London date decides.
      expect(
        codes(plan({ startsAt: new Date('2026-06-30T23:30:00Z'), powers: [{ agencyId: 'police', power: ended }] })),
      ).toEqual(['POWER_NOT_IN_FORCE:police:ended', 'ENTRY_WITHOUT_POWER:police:null']);
    });
  });

  describe('POWER_NOT_FOR_PREMISES', () => {
    it('flags the fire safety order on a private dwelling', () => {
      const found = visitWarnings(
        plan({
          premises: HOUSE,
          agencies: [FIRE, POLICE],
          powers: [
            { agencyId: 'fire', power: FSO_ENTRY },
            { agencyId: 'police', power: PACE_ENTRY },
          ],
        }),
      );
      expect(found.map((w) => w.code)).toEqual(['POWER_NOT_FOR_PREMISES']);
      expect(found[0].message).toBe(
        'Northbridge Fire and Rescue cannot use “Fire safety audit inspection” here: it does not apply to a private dwelling, and this premises is recorded as a dwelling. Check the premises’ record, or choose another power.',
      );
    });

    it('lets the fire safety order reach a shop with a flat above (both uses)', () => {
      expect(
        codes(
          plan({
            premises: { ...TAKEAWAY, use: 'BOTH' },
            agencies: [FIRE],
            powers: [{ agencyId: 'fire', power: FSO_ENTRY }],
          }),
        ),
      ).toEqual([]);
    });

    it('flags a power whose premises kinds exclude this kind', () => {
      const hotelOnly = power('hin', { name: 'Hotel information notice', premisesKinds: ['HOTEL_BNB'] });
      const [found] = visitWarnings(
        plan({
          powers: [
            { agencyId: 'police', power: PACE_ENTRY },
            { agencyId: 'police', power: hotelOnly },
          ],
        }),
      );
      expect(found.code).toBe('POWER_NOT_FOR_PREMISES');
      expect(found.message).toMatch(
        /only to these kinds of premises: Hotel or B&B; this premises is recorded as Takeaway/,
      );
    });

    it('flags the Housing Act on a purely commercial unit, but not on an empty dwelling or a home', () => {
      const housing = {
        agencies: [{ ...HOUSING, entersPremises: false }],
        powers: [{ agencyId: 'housing', power: HA_ENTRY }],
      };
      expect(
        codes(plan({ ...housing, premises: { kind: 'WAREHOUSE', use: 'TRADE', licensableActivity: false } })),
      ).toEqual(['POWER_NOT_FOR_PREMISES:housing:ha-s239']);
      expect(
        codes(plan({ ...housing, premises: { kind: 'PARK_OPEN_SPACE', use: 'NEITHER', licensableActivity: false } })),
      ).toEqual(['POWER_NOT_FOR_PREMISES:housing:ha-s239']);
      expect(
        codes(plan({ ...housing, premises: { kind: 'EMPTY_DWELLING', use: 'NEITHER', licensableActivity: false } })),
      ).toEqual([]);
      expect(codes(plan({ ...housing, premises: HOUSE }))).toEqual([]);
      expect(codes(plan({ ...housing, premises: { ...TAKEAWAY, use: 'BOTH' } }))).toEqual([]);
    });

    it('flags a trade-premises power on a dwelling', () => {
      const trade = power('cra', { holderAgencyTypes: ['POLICE'], conditions: ['TRADE_PREMISES'] });
      expect(
        codes(
          plan({
            premises: HOUSE,
            agencies: [{ ...POLICE, entersPremises: false }],
            powers: [{ agencyId: 'police', power: trade }],
          }),
        ),
      ).toEqual(['POWER_NOT_FOR_PREMISES:police:cra']);
    });

    it('gives one warning with every reason when several apply', () => {
      const both = power('both', { premisesKinds: ['HOTEL_BNB'], conditions: ['TRADE_PREMISES'] });
      const found = visitWarnings(
        plan({
          premises: HOUSE,
          agencies: [{ ...POLICE, entersPremises: false }],
          powers: [{ agencyId: 'police', power: both }],
        }),
      );
      expect(found).toHaveLength(1);
      expect(found[0].message).toMatch(
        /Hotel or B&B; this premises is recorded as Residential property and it applies only to trade premises/,
      );
    });
  });

  describe('entry', () => {
    it('ENTRY_WITHOUT_POWER: a benefit fraud team entering with information powers only', () => {
      const [found] = visitWarnings(
        plan({ agencies: [BENEFITS], powers: [{ agencyId: 'benefits', power: INFO_REQUEST }] }),
      );
      expect(found).toMatchObject({
        code: 'ENTRY_WITHOUT_POWER',
        agencyId: 'benefits',
        powerId: null,
        key: 'ENTRY_WITHOUT_POWER:benefits:-',
      });
      expect(found.message).toBe(
        'Council Benefit Fraud will enter the premises, but none of its planned powers gives it entry. Plan a power of entry it holds, go in with an agency that has one (for example police with a warrant), or record that it will not enter.',
      );
    });

    it('ENTRY_WITHOUT_POWER: an entering agency with no powers at all, but not one that stays outside', () => {
      expect(visitWarnings(plan({ agencies: [EH] }))[0].message).toMatch(/it has no powers planned/);
      expect(visitWarnings(plan({ agencies: [{ ...EH, entersPremises: false }] }))).toEqual([]);
    });

    it('does not count entry under a power the agency does not hold', () => {
      expect(codes(plan({ agencies: [EH], powers: [{ agencyId: 'eh', power: PACE_ENTRY }] }))).toEqual([
        'POWER_NOT_HELD:eh:pace-s17',
        'ENTRY_WITHOUT_POWER:eh:null',
      ]);
    });

    it('ENTRY_NEEDS_WARRANT: the only entry is by warrant', () => {
      const found = visitWarnings(
        plan({ premises: HOUSE, agencies: [HOUSING], powers: [{ agencyId: 'housing', power: HA_WARRANT }] }),
      );
      expect(found.map((w) => w.key)).toEqual(['ENTRY_NEEDS_WARRANT:housing:-']);
      expect(found[0].message).toMatch(
        /its only power of entry, “Housing Act s.240 warrant”, needs a warrant from a magistrate/,
      );
    });

    it('ENTRY_NEEDS_NOTICE: says how much notice and by when, in London time', () => {
      const found = visitWarnings(
        plan({
          premises: HOUSE,
          agencies: [HOUSING],
          powers: [
            { agencyId: 'housing', power: HA_ENTRY },
            { agencyId: 'housing', power: HA_WARRANT },
          ],
        }),
      );
      expect(found.map((w) => w.key)).toEqual(['ENTRY_NEEDS_NOTICE:housing:ha-s239']);
      expect(found[0].message).toBe(
        'Private Sector Housing will enter, but its entry rests only on “Housing Act s.239 entry”, which needs notice. Give the occupier 24 hours’ notice under “Housing Act s.239 entry” before the visit, by 12 March 2026 at 2:00pm at the latest, or plan a power of entry without notice.',
      );
    });

    it('any power of entry without conditions settles entry', () => {
      expect(
        codes(
          plan({
            premises: HOUSE,
            agencies: [POLICE],
            powers: [
              { agencyId: 'police', power: PACE_ENTRY },
              { agencyId: 'police', power: { ...HA_WARRANT, holderAgencyTypes: ['POLICE'], conditions: [] } },
            ],
          }),
        ),
      ).toEqual([]);
    });
  });

  describe('OUTSIDE_BUSINESS_HOURS', () => {
    const food = (startsAt: Date, agency = EH) =>
      codes(plan({ startsAt, agencies: [agency], powers: [{ agencyId: agency.agencyId, power: FOOD_ENTRY }] }));

    it('flags trade entry at 22:00', () => {
      const [found] = visitWarnings(
        plan({
          startsAt: new Date('2026-03-13T22:00:00Z'),
          agencies: [EH],
          powers: [{ agencyId: 'eh', power: FOOD_ENTRY }],
        }),
      );
      expect(found.code).toBe('OUTSIDE_BUSINESS_HOURS');
      expect(found.message).toMatch(
        /entry only during business hours \(08:00 to 18:00, Monday to Saturday\), and the visit starts at 22:00 on Friday 13 March 2026/,
      );
    });

    it('reads the hours in London time across the clock change, and treats 18:00 as closed', () => {
      // 07:30 UTC in July is 08:30 in London (BST): inside.
      expect(food(new Date('2026-07-10T07:30:00Z'))).toEqual([]);
      // 17:30 UTC in July is 18:30 in London: outside.
      expect(food(new Date('2026-07-10T17:30:00Z'))).toEqual(['OUTSIDE_BUSINESS_HOURS:eh:food-entry']);
      expect(food(new Date('2026-03-13T07:59:00Z'))).toEqual(['OUTSIDE_BUSINESS_HOURS:eh:food-entry']);
      expect(food(new Date('2026-03-13T08:00:00Z'))).toEqual([]);
      expect(food(new Date('2026-03-13T17:59:00Z'))).toEqual([]);
      expect(food(new Date('2026-03-13T18:00:00Z'))).toEqual(['OUTSIDE_BUSINESS_HOURS:eh:food-entry']);
    });

    it('flags Sunday but not Saturday, and not an agency that stays outside', () => {
      expect(food(new Date('2026-03-14T11:00:00Z'))).toEqual([]);
      expect(food(new Date('2026-03-15T11:00:00Z'))).toEqual(['OUTSIDE_BUSINESS_HOURS:eh:food-entry']);
      expect(food(new Date('2026-03-15T11:00:00Z'), { ...EH, entersPremises: false })).toEqual([]);
    });
  });

  describe('NO_LICENSABLE_ACTIVITY', () => {
    it('flags a Licensing Act power where no licensable activity is recorded', () => {
      const found = visitWarnings(
        plan({
          premises: { ...TAKEAWAY, licensableActivity: false },
          agencies: [LICENSING],
          powers: [{ agencyId: 'lic', power: LA_ENTRY }],
        }),
      );
      expect(found.map((w) => w.key)).toEqual(['NO_LICENSABLE_ACTIVITY:lic:la-s179']);
      expect(found[0].message).toMatch(
        /“Licensing Act s.179 entry” needs licensable activity .* Licensing cannot rely on it/,
      );
    });

    it('is quiet where licensable activity is recorded', () => {
      expect(codes(plan({ agencies: [LICENSING], powers: [{ agencyId: 'lic', power: LA_ENTRY }] }))).toEqual([]);
    });
  });

  it('keys warnings by code, agency and power, so they stay the same across unrelated edits', () => {
    const facts = plan({ agencies: [BENEFITS], powers: [{ agencyId: 'benefits', power: INFO_REQUEST }] });
    const before = visitWarnings(facts).map((w) => w.key);
    const after = visitWarnings({
      ...facts,
      startsAt: new Date('2026-03-20T10:00:00Z'),
      agencies: [...facts.agencies, POLICE],
      powers: [...facts.powers, { agencyId: 'police', power: PACE_ENTRY }],
    }).map((w) => w.key);
    expect(after).toEqual(before);
    expect(warningKey('POWER_NOT_HELD', 'a', 'b')).toBe('POWER_NOT_HELD:a:b');
  });

  it('ignores powers planned for an agency that is not attending', () => {
    expect(
      visitWarnings(
        plan({
          powers: [
            { agencyId: 'police', power: PACE_ENTRY },
            { agencyId: 'gone', power: FSO_ENTRY },
          ],
        }),
      ),
    ).toEqual([]);
  });
});

describe('visit times in London', () => {
  it('reads a time without an offset as London time, in winter and summer', () => {
    expect(parseVisitTime('2026-03-13T22:00')?.toISOString()).toBe('2026-03-13T22:00:00.000Z');
    expect(parseVisitTime('2026-07-10T22:00')?.toISOString()).toBe('2026-07-10T21:00:00.000Z');
    expect(parseVisitTime('2026-07-10T22:00:00Z')?.toISOString()).toBe('2026-07-10T22:00:00.000Z');
  });

  it('refuses what is not a real date and time', () => {
    for (const bad of [
      '',
      '2026-02-30T10:00',
      '2026-03-13',
      '13/03/2026 22:00',
      '2026-03-13T25:00',
      '1899-01-01T10:00',
      null,
    ]) {
      expect(parseVisitTime(bad)).toBeNull();
    }
  });

  it('gives the London day and business hours of an instant', () => {
    expect(londonDay(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(withinBusinessHours(new Date('2026-03-13T12:00:00Z'))).toBe(true);
    expect(withinBusinessHours(new Date('2026-03-15T12:00:00Z'))).toBe(false);
  });
});

describe('visit plan input rules', () => {
  const valid = {
    startsAt: '2026-03-13T22:00',
    endsAt: '2026-03-14T01:00',
    riskLevel: 'HIGH',
    rendezvousPoint: 'Car park',
  };

  it('accepts a complete plan and a plan without an end', () => {
    expect(visitDetailsProblems(valid)).toEqual([]);
    expect(visitDetailsProblems({ ...valid, endsAt: '' })).toEqual([]);
  });

  it('needs a real start, and an end after it within 24 hours', () => {
    expect(visitDetailsProblems({ ...valid, startsAt: '' })).toEqual([
      { field: 'startsAt', message: 'Enter the date and time the visit starts' },
    ]);
    expect(visitDetailsProblems({ ...valid, startsAt: '2026-02-30T10:00', endsAt: null })).toEqual([
      { field: 'startsAt', message: 'The start must be a real date and time' },
    ]);
    expect(visitDetailsProblems({ ...valid, endsAt: '2026-03-13T22:00' })).toEqual([
      { field: 'endsAt', message: 'The end must be after the start' },
    ]);
    expect(visitDetailsProblems({ ...valid, endsAt: '2026-03-14T22:01' })).toEqual([
      { field: 'endsAt', message: 'The end must be within 24 hours of the start' },
    ]);
    expect(visitDetailsProblems({ ...valid, endsAt: '2026-03-14T22:00' })).toEqual([]);
    expect(visitDetailsProblems({ ...valid, endsAt: 'soon' })).toEqual([
      { field: 'endsAt', message: 'The end must be a real date and time' },
    ]);
  });

  it('checks the risk level and the length of the texts', () => {
    expect(
      visitDetailsProblems({
        ...valid,
        riskLevel: 'EXTREME',
        rendezvousPoint: 'x'.repeat(501),
        riskAssessment: 'x'.repeat(8001),
        briefingNotes: 'x'.repeat(8001),
      }),
    ).toEqual([
      { field: 'rendezvousPoint', message: 'The rendezvous point must be 500 characters or fewer' },
      { field: 'riskLevel', message: 'The risk level must be one of the listed options' },
      { field: 'riskAssessment', message: 'The risk assessment must be 8000 characters or fewer' },
      { field: 'briefingNotes', message: 'The briefing notes must be 8000 characters or fewer' },
    ]);
    expect(visitDetailsProblems({ ...valid, riskLevel: '' })).toEqual([
      { field: 'riskLevel', message: 'Select the risk level' },
    ]);
  });

  it('wants each attending agency once', () => {
    expect(attendingAgenciesProblems([{ agencyId: 'a' }, { agencyId: 'b' }])).toEqual([]);
    expect(attendingAgenciesProblems([{ agencyId: 'a' }, { agencyId: 'a' }])).toEqual([
      { field: 'agencies', message: 'Choose each agency once' },
    ]);
  });

  it('limits notes', () => {
    expect(acknowledgementProblems('x'.repeat(1000))).toEqual([]);
    expect(acknowledgementProblems('x'.repeat(1001))).toEqual([
      { field: 'note', message: 'The note must be 1000 characters or fewer' },
    ]);
  });
});

describe('the plan lifecycle', () => {
  it('moves draft to ready, ready to completed, and either to cancelled', () => {
    expect(statusMoveProblem('DRAFT', 'READY')).toBeNull();
    expect(statusMoveProblem('READY', 'COMPLETED')).toBeNull();
    expect(statusMoveProblem('READY', 'DRAFT')).toBeNull();
    expect(statusMoveProblem('DRAFT', 'CANCELLED')).toBeNull();
    expect(statusMoveProblem('READY', 'CANCELLED')).toBeNull();
  });

  it('refuses the rest, saying why', () => {
    expect(statusMoveProblem('DRAFT', 'COMPLETED')).toBe('Mark the plan ready before recording the visit as completed');
    expect(statusMoveProblem('DRAFT', 'DRAFT')).toBe('The plan is already a draft');
    expect(statusMoveProblem('COMPLETED', 'CANCELLED')).toBe('The visit is completed: its plan can no longer change');
    expect(statusMoveProblem('CANCELLED', 'DRAFT')).toBe('The visit is cancelled: its plan can no longer change');
  });

  it('is ready when an agency attends and every warning is acknowledged', () => {
    const warnings = visitWarnings(
      plan({ agencies: [BENEFITS], powers: [{ agencyId: 'benefits', power: INFO_REQUEST }] }),
    );
    expect(readinessProblems(0, [], new Set())).toEqual([
      { field: 'agencies', message: 'Add at least one attending agency' },
    ]);
    expect(readinessProblems(1, warnings, new Set())).toEqual([
      { field: 'warning.ENTRY_WITHOUT_POWER:benefits:-', message: `Acknowledge the law check: ${warnings[0].message}` },
    ]);
    expect(readinessProblems(1, warnings, new Set([warnings[0].key]))).toEqual([]);
  });
});
