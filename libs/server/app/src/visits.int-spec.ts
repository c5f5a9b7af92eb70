import type { AgencyType, PremisesKind, PremisesUse } from '@lantern/shared/domain';
import { Agency, Officer } from '@lantern/server/agencies';
import { GroupAgency, GroupEvent, GroupPremises, TaskAndFinishGroup } from '@lantern/server/groups';
import { UserAccount } from '@lantern/server/identity';
import { Power, PowersService, readPowersCatalogue } from '@lantern/server/powers';
import { Premises } from '@lantern/server/premises';
import { VisitPlan, VisitPower, VisitWarningAcknowledgement } from '@lantern/server/visits';
import { GraphqlClient, startTestApi, TestApi } from './testing';

const PLAN_FIELDS = `id groupId status version startsAt endsAt rendezvousPoint riskLevel readyToBrief
  premises { name }
  agencies { agencyId entersPremises agency { name type } officers { id officerId response officer { name } } powers { id power { code } purpose } }
  warnings { key code message agencyId powerId acknowledged note }`;

const PLAN = `mutation ($input: PlanVisitInput!) { planVisit(input: $input) { ${PLAN_FIELDS} } }`;
const GET = `query ($id: ID!) { visitPlan(id: $id) { ${PLAN_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: VisitDetailsInput!) { updateVisitPlan(id: $id, version: $version, input: $input) { ${PLAN_FIELDS} } }`;
const ADD_POWER = `mutation ($id: ID!, $version: Int!, $agencyId: ID!, $powerId: ID!, $purpose: String) {
  addVisitPower(visitPlanId: $id, version: $version, agencyId: $agencyId, powerId: $powerId, purpose: $purpose) { ${PLAN_FIELDS} } }`;
const REMOVE_POWER = `mutation ($id: ID!, $version: Int!, $visitPowerId: ID!) {
  removeVisitPower(visitPlanId: $id, version: $version, visitPowerId: $visitPowerId) { ${PLAN_FIELDS} } }`;
const ADD_OFFICER = `mutation ($id: ID!, $version: Int!, $officerId: ID!) {
  addVisitOfficer(visitPlanId: $id, version: $version, officerId: $officerId) { ${PLAN_FIELDS} } }`;
const ACK = `mutation ($id: ID!, $version: Int!, $key: String!, $note: String) {
  acknowledgeVisitWarning(visitPlanId: $id, version: $version, key: $key, note: $note) { ${PLAN_FIELDS} } }`;
const STATUS = `mutation ($id: ID!, $version: Int!, $status: VisitStatus!) { setVisitStatus(id: $id, version: $version, status: $status) { ${PLAN_FIELDS} } }`;
const RESPOND = `mutation ($id: ID!, $response: AttendanceResponse!, $note: String) {
  respondToVisit(visitOfficerId: $id, response: $response, note: $note) { id response responseNote respondedAt } }`;

interface PlanView {
  id: string;
  groupId: string;
  status: string;
  version: number;
  startsAt: string;
  rendezvousPoint: string;
  readyToBrief: boolean;
  premises: { name: string } | null;
  agencies: {
    agencyId: string;
    entersPremises: boolean;
    agency: { name: string; type: string };
    officers: { id: string; officerId: string; response: string; officer: { name: string } }[];
    powers: { id: string; power: { code: string }; purpose: string }[];
  }[];
  warnings: {
    key: string;
    code: string;
    message: string;
    agencyId: string | null;
    powerId: string | null;
    acknowledged: boolean;
    note: string | null;
  }[];
}

describe('joint visit plans through GraphQL', () => {
  let api: TestApi;
  let coordinator: GraphqlClient;
  let coordinatorUser: UserAccount;
  const agencies: Partial<Record<AgencyType, Agency>> = {};
  const powers = new Map<string, string>();
  let takeaway: Premises;
  let house: Premises;
  let group: TaskAndFinishGroup;
  let policeOfficer: Officer;
  let fireOfficer: Officer;

  const power = (code: string) => {
    const id = powers.get(code);
    if (!id) throw new Error(`No power ${code} in the catalogue`);
    return id;
  };
  const agencyId = (type: AgencyType) => agencies[type]!.id;

  async function premises(name: string, kind: PremisesKind, use: PremisesUse, licensableActivity: boolean) {
    return api.db.getRepository(Premises).save({
      name,
      addressLine1: `1 ${name}`,
      town: 'Northbridge',
      postcode: 'NB1 2AB',
      kind,
      use,
      licensableActivity,
    });
  }

  async function newGroup(name: string, premisesList: Premises[], members: AgencyType[], stage = 'PLANNING') {
    const saved = await api.db.getRepository(TaskAndFinishGroup).save({
      name,
      objective: 'Disrupt exploitation at the premises',
      leadAgencyId: agencyId('POLICE'),
      coordinatorUserId: coordinatorUser.id,
      stage: stage as TaskAndFinishGroup['stage'],
    });
    for (const p of premisesList)
      await api.db.getRepository(GroupPremises).save({ groupId: saved.id, premisesId: p.id });
    for (const type of members)
      await api.db.getRepository(GroupAgency).save({ groupId: saved.id, agencyId: agencyId(type) });
    return saved;
  }

  /** Plans a visit with the agencies (all entering) and, per agency, the powers by catalogue code. */
  async function planWith(
    premisesId: string,
    startsAt: string,
    plan: [AgencyType, string[]][],
    groupId = group.id,
  ): Promise<PlanView> {
    let view = (
      await coordinator.ok<{ planVisit: PlanView }>(PLAN, {
        input: {
          groupId,
          premisesId,
          startsAt,
          riskLevel: 'HIGH',
          rendezvousPoint: 'Rear car park of the leisure centre',
          agencies: plan.map(([type]) => ({ agencyId: agencyId(type), entersPremises: true })),
        },
      })
    ).planVisit;
    for (const [type, codes] of plan) {
      for (const code of codes) {
        view = (
          await coordinator.ok<{ addVisitPower: PlanView }>(ADD_POWER, {
            id: view.id,
            version: view.version,
            agencyId: agencyId(type),
            powerId: power(code),
            purpose: `Use ${code}`,
          })
        ).addVisitPower;
      }
    }
    return view;
  }

  async function acknowledgeAll(plan: PlanView): Promise<PlanView> {
    let view = plan;
    for (const w of plan.warnings) {
      view = (
        await coordinator.ok<{ acknowledgeVisitWarning: PlanView }>(ACK, {
          id: view.id,
          version: view.version,
          key: w.key,
          note: 'Discussed at the briefing',
        })
      ).acknowledgeVisitWarning;
    }
    return view;
  }

  beforeAll(async () => {
    api = await startTestApi();
    await new PowersService(api.db).addMissingFromCatalogue(readPowersCatalogue());
    for (const p of await api.db.getRepository(Power).find()) powers.set(p.code, p.id);
    const types: [AgencyType, string][] = [
      ['POLICE', 'Northbridge Police'],
      ['FIRE_AND_RESCUE', 'Northbridge Fire and Rescue'],
      ['LICENSING', 'Northbridge Licensing'],
      ['ENVIRONMENTAL_HEALTH', 'Northbridge Environmental Health'],
      ['REVENUES_AND_BENEFITS', 'Northbridge Benefit Fraud'],
      ['STRATEGIC_HOUSING', 'Northbridge Private Sector Housing'],
      ['TRADING_STANDARDS', 'Northbridge Trading Standards'],
    ];
    for (const [type, name] of types) agencies[type] = await api.db.getRepository(Agency).save({ name, type });
    const signedIn = await api.signedIn('COORDINATOR');
    coordinator = signedIn.client;
    coordinatorUser = signedIn.user;
    takeaway = await premises('Kestrel Parade Takeaway', 'TAKEAWAY', 'BOTH', true);
    house = await premises('Millbrook House', 'RESIDENTIAL_PROPERTY', 'DWELLING', false);
    group = await newGroup(
      'Kestrel Parade task and finish group',
      [takeaway, house],
      types.map(([type]) => type).filter((type) => type !== 'TRADING_STANDARDS'),
    );
    policeOfficer = await api.db
      .getRepository(Officer)
      .save({ agencyId: agencyId('POLICE'), name: 'PC Amira Shah', active: true });
    fireOfficer = await api.db
      .getRepository(Officer)
      .save({ agencyId: agencyId('FIRE_AND_RESCUE'), name: 'Watch Manager Dev Patel', active: true });
  });
  afterAll(() => api.close());

  it('plans a visit with four agencies and their powers, with no law checks to acknowledge, and marks it ready', async () => {
    // Friday 13 March 2026, 14:00 London time: business hours.
    const plan = await planWith(takeaway.id, '2026-03-13T14:00', [
      ['POLICE', ['pace-1984-s17-entry-to-arrest-or-save-life']],
      ['FIRE_AND_RESCUE', ['fso-2005-art27-inspection-entry']],
      ['LICENSING', ['la-2003-s179-entry-licensable-activity']],
      ['ENVIRONMENTAL_HEALTH', ['fsa-1990-s32-food-premises-entry']],
    ]);
    expect(plan).toMatchObject({
      groupId: group.id,
      status: 'DRAFT',
      version: 5,
      startsAt: '2026-03-13T14:00:00.000Z',
      premises: { name: 'Kestrel Parade Takeaway' },
      warnings: [],
      readyToBrief: true,
    });
    // By agency name.
    expect(plan.agencies.map((a) => [a.agency.type, a.powers.map((p) => p.power.code)])).toEqual([
      ['ENVIRONMENTAL_HEALTH', ['fsa-1990-s32-food-premises-entry']],
      ['FIRE_AND_RESCUE', ['fso-2005-art27-inspection-entry']],
      ['LICENSING', ['la-2003-s179-entry-licensable-activity']],
      ['POLICE', ['pace-1984-s17-entry-to-arrest-or-save-life']],
    ]);
    const ready = await coordinator.ok<{ setVisitStatus: PlanView }>(STATUS, {
      id: plan.id,
      version: plan.version,
      status: 'READY',
    });
    expect(ready.setVisitStatus).toMatchObject({ status: 'READY', version: 6 });
  });

  it('shows every law check on a plan that breaks them, naming the agency and power', async () => {
    // Friday 13 March 2026 at 22:00, at a private dwelling with no licensable activity.
    const plan = await planWith(house.id, '2026-03-13T22:00', [
      ['FIRE_AND_RESCUE', ['fso-2005-art27-inspection-entry']],
      ['LICENSING', ['la-2003-s179-entry-licensable-activity']],
      [
        'REVENUES_AND_BENEFITS',
        ['ssaa-1992-s109b-s109c-information-powers', 'ssaa-1992-s109d-dwp-entry-search-seizure'],
      ],
      ['ENVIRONMENTAL_HEALTH', ['fsa-1990-s32-food-premises-entry']],
      ['STRATEGIC_HOUSING', ['ha-2004-s239-entry']],
      ['POLICE', ['mda-1971-s23-drugs-warrant']],
    ]);
    const found = (code: string) => plan.warnings.filter((w) => w.code === code);
    expect(plan.warnings.map((w) => w.code).sort()).toEqual([
      'ENTRY_NEEDS_NOTICE',
      'ENTRY_NEEDS_WARRANT',
      'ENTRY_WITHOUT_POWER',
      'NO_LICENSABLE_ACTIVITY',
      'OUTSIDE_BUSINESS_HOURS',
      'POWER_NOT_FOR_PREMISES',
      'POWER_NOT_HELD',
      'POWER_NOT_IN_FORCE',
    ]);
    expect(plan.readyToBrief).toBe(false);
    expect(found('POWER_NOT_FOR_PREMISES')[0]).toMatchObject({
      agencyId: agencyId('FIRE_AND_RESCUE'),
      powerId: power('fso-2005-art27-inspection-entry'),
      acknowledged: false,
    });
    expect(found('POWER_NOT_FOR_PREMISES')[0].message).toMatch(
      /^Northbridge Fire and Rescue cannot use “Fire safety audit inspection .*” here: it does not apply to a private dwelling/,
    );
    expect(found('NO_LICENSABLE_ACTIVITY')[0].message).toMatch(/Northbridge Licensing cannot rely on it/);
    expect(found('ENTRY_WITHOUT_POWER')[0].message).toMatch(
      /^Northbridge Benefit Fraud will enter the premises, but none of its planned powers gives it entry/,
    );
    expect(found('POWER_NOT_HELD')[0].message).toMatch(/No attending agency holds it/);
    expect(found('POWER_NOT_IN_FORCE')[0].message).toMatch(/it takes effect on 1 April 2026/);
    expect(found('OUTSIDE_BUSINESS_HOURS')[0].message).toMatch(
      /Northbridge Environmental Health .* the visit starts at 22:00 on Friday 13 March 2026/,
    );
    expect(found('ENTRY_NEEDS_NOTICE')[0].message).toMatch(
      /Give the occupier 24 hours’ notice .* by 12 March 2026 at 10:00pm/,
    );
    expect(found('ENTRY_NEEDS_WARRANT')[0].message).toMatch(
      /^Northbridge Police will enter, but its only power of entry/,
    );
  });

  it('refuses READY until every law check is acknowledged, keeps acknowledgements across unrelated edits, and drops them when the problem goes', async () => {
    let plan = await planWith(house.id, '2026-03-13T22:00', [
      ['FIRE_AND_RESCUE', ['fso-2005-art27-inspection-entry']],
      ['ENVIRONMENTAL_HEALTH', ['fsa-1990-s32-food-premises-entry']],
    ]);
    expect(plan.warnings.map((w) => w.code)).toEqual(['POWER_NOT_FOR_PREMISES', 'OUTSIDE_BUSINESS_HOURS']);

    const refused = await coordinator.request(STATUS, { id: plan.id, version: plan.version, status: 'READY' });
    expect(refused.errors?.[0]).toMatchObject({
      message: 'The plan is not ready: 2 things need doing first.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(refused.errors?.[0].extensions?.fieldErrors?.map((e) => e.field)).toEqual(
      plan.warnings.map((w) => `warning.${w.key}`),
    );
    expect(await api.db.getRepository(VisitPlan).findOneByOrFail({ id: plan.id })).toMatchObject({
      status: 'DRAFT',
      version: plan.version,
    });

    // One acknowledged: still refused, naming only the other.
    plan = (
      await coordinator.ok<{ acknowledgeVisitWarning: PlanView }>(ACK, {
        id: plan.id,
        version: plan.version,
        key: plan.warnings[0].key,
        note: 'Flat above is a separate dwelling; the shop is covered',
      })
    ).acknowledgeVisitWarning;
    expect(plan.warnings.map((w) => [w.code, w.acknowledged, w.note])).toEqual([
      ['POWER_NOT_FOR_PREMISES', true, 'Flat above is a separate dwelling; the shop is covered'],
      ['OUTSIDE_BUSINESS_HOURS', false, null],
    ]);
    const stillRefused = await coordinator.request(STATUS, { id: plan.id, version: plan.version, status: 'READY' });
    expect(stillRefused.errors?.[0].extensions?.fieldErrors).toHaveLength(1);

    // An unrelated edit (the rendezvous point and end time) keeps the acknowledgement.
    plan = (
      await coordinator.ok<{ updateVisitPlan: PlanView }>(UPDATE, {
        id: plan.id,
        version: plan.version,
        input: {
          startsAt: '2026-03-13T22:00',
          endsAt: '2026-03-14T00:30',
          riskLevel: 'HIGH',
          rendezvousPoint: 'Police station yard',
        },
      })
    ).updateVisitPlan;
    expect(plan.rendezvousPoint).toBe('Police station yard');
    expect(plan.warnings.map((w) => w.acknowledged)).toEqual([true, false]);

    plan = await acknowledgeAll({ ...plan, warnings: plan.warnings.filter((w) => !w.acknowledged) });
    expect(plan.readyToBrief).toBe(true);
    plan = (
      await coordinator.ok<{ setVisitStatus: PlanView }>(STATUS, {
        id: plan.id,
        version: plan.version,
        status: 'READY',
      })
    ).setVisitStatus;
    expect(plan.status).toBe('READY');

    // A new problem sends the ready plan back to draft.
    plan = (
      await coordinator.ok<{ addVisitPower: PlanView }>(ADD_POWER, {
        id: plan.id,
        version: plan.version,
        agencyId: agencyId('FIRE_AND_RESCUE'),
        powerId: power('la-2003-s179-entry-licensable-activity'),
      })
    ).addVisitPower;
    expect(plan.status).toBe('DRAFT');
    expect(plan.warnings.filter((w) => !w.acknowledged).map((w) => w.code)).toEqual(['NO_LICENSABLE_ACTIVITY']);

    // Removing the fire safety power ends its warning, and its acknowledgement goes with it.
    const fso = plan.agencies
      .find((a) => a.agency.type === 'FIRE_AND_RESCUE')!
      .powers.find((p) => p.power.code === 'fso-2005-art27-inspection-entry')!;
    plan = (
      await coordinator.ok<{ removeVisitPower: PlanView }>(REMOVE_POWER, {
        id: plan.id,
        version: plan.version,
        visitPowerId: fso.id,
      })
    ).removeVisitPower;
    expect(plan.warnings.map((w) => w.code)).toEqual(['OUTSIDE_BUSINESS_HOURS', 'NO_LICENSABLE_ACTIVITY']);
    expect(
      (await api.db.getRepository(VisitWarningAcknowledgement).findBy({ visitPlanId: plan.id })).map(
        (a) => a.warningKey,
      ),
    ).toEqual([plan.warnings[0].key]);

    const gone = await coordinator.request(ACK, { id: plan.id, version: plan.version, key: 'POWER_NOT_HELD:x:y' });
    expect(gone.errors?.[0].message).toBe(
      'That law check no longer applies to the plan: reload to see the current checks.',
    );
  });

  it('detects a stale version and changes nothing', async () => {
    const plan = await planWith(takeaway.id, '2026-03-13T14:00', [['POLICE', []]]);
    const moved = (
      await coordinator.ok<{ updateVisitPlan: PlanView }>(UPDATE, {
        id: plan.id,
        version: plan.version,
        input: { startsAt: '2026-03-14T10:00', riskLevel: 'LOW' },
      })
    ).updateVisitPlan;
    expect(moved.version).toBe(plan.version + 1);

    const staleEdit = await coordinator.request(UPDATE, {
      id: plan.id,
      version: plan.version,
      input: { startsAt: '2026-03-20T10:00', riskLevel: 'MEDIUM', rendezvousPoint: 'Somewhere else' },
    });
    expect(staleEdit.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(staleEdit.errors?.[0].message).toMatch(/changed by someone else/);

    const stalePower = await coordinator.request(ADD_POWER, {
      id: plan.id,
      version: plan.version,
      agencyId: agencyId('POLICE'),
      powerId: power('pace-1984-s17-entry-to-arrest-or-save-life'),
    });
    expect(stalePower.errors?.[0].extensions?.code).toBe('CONFLICT');
    const staleStatus = await coordinator.request(STATUS, { id: plan.id, version: plan.version, status: 'CANCELLED' });
    expect(staleStatus.errors?.[0].extensions?.code).toBe('CONFLICT');

    const saved = await api.db.getRepository(VisitPlan).findOneByOrFail({ id: plan.id });
    expect(saved).toMatchObject({ version: moved.version, riskLevel: 'LOW', rendezvousPoint: '', status: 'DRAFT' });
    expect(saved.startsAt.toISOString()).toBe('2026-03-14T10:00:00.000Z');
    expect(await api.db.getRepository(VisitPower).countBy({ visitPlanId: plan.id })).toBe(0);
  });

  it('refuses bad input with field errors and saves nothing', async () => {
    const before = await api.db.getRepository(VisitPlan).count();
    const bad = await coordinator.request(PLAN, {
      input: {
        groupId: group.id,
        premisesId: takeaway.id,
        startsAt: '2026-02-30T22:00',
        endsAt: 'later',
        riskLevel: 'HIGH',
        rendezvousPoint: 'x'.repeat(501),
        agencies: [],
      },
    });
    expect(bad.errors?.[0].extensions?.fieldErrors).toEqual([
      { field: 'startsAt', message: 'The start must be a real date and time' },
      { field: 'endsAt', message: 'The end must be a real date and time' },
      { field: 'rendezvousPoint', message: 'The rendezvous point must be 500 characters or fewer' },
    ]);

    const tooLong = await coordinator.request(PLAN, {
      input: {
        groupId: group.id,
        premisesId: takeaway.id,
        startsAt: '2026-03-13T22:00',
        endsAt: '2026-03-15T22:00',
        riskLevel: 'HIGH',
      },
    });
    expect(tooLong.errors?.[0].extensions?.fieldErrors).toEqual([
      { field: 'endsAt', message: 'The end must be within 24 hours of the start' },
    ]);

    const elsewhere = await premises('Not In The Group', 'SHOP', 'TRADE', false);
    const outside = await coordinator.request(PLAN, {
      input: {
        groupId: group.id,
        premisesId: elsewhere.id,
        startsAt: '2026-03-13T22:00',
        riskLevel: 'HIGH',
        agencies: [{ agencyId: agencyId('TRADING_STANDARDS'), entersPremises: true }],
      },
    });
    expect(outside.errors?.[0].extensions?.fieldErrors).toEqual([
      { field: 'premisesId', message: 'Choose one of the group’s premises' },
      { field: 'agencies', message: 'Choose agencies that are members of the group' },
    ]);
    expect(await api.db.getRepository(VisitPlan).count()).toBe(before);

    const plan = await planWith(takeaway.id, '2026-03-13T14:00', [['POLICE', []]]);
    const notAttending = await coordinator.request(ADD_OFFICER, {
      id: plan.id,
      version: plan.version,
      officerId: fireOfficer.id,
    });
    expect(notAttending.errors?.[0].extensions?.fieldErrors).toEqual([
      { field: 'officerId', message: 'Choose an officer of an attending agency' },
    ]);
    const retired = await api.db
      .getRepository(Officer)
      .save({ agencyId: agencyId('POLICE'), name: 'PC Retired', active: false });
    const inactive = await coordinator.request(ADD_OFFICER, {
      id: plan.id,
      version: plan.version,
      officerId: retired.id,
    });
    expect(inactive.errors?.[0].extensions?.fieldErrors).toEqual([
      { field: 'officerId', message: 'PC Retired has left: choose an active officer' },
    ]);
    expect((await api.db.getRepository(VisitPlan).findOneByOrFail({ id: plan.id })).version).toBe(plan.version);
  });

  it('plans no new visits for a closed group, and changes nothing on a cancelled plan', async () => {
    const closed = await newGroup('Closed group', [takeaway], ['POLICE'], 'CLOSED');
    const refused = await coordinator.request(PLAN, {
      input: { groupId: closed.id, premisesId: takeaway.id, startsAt: '2026-03-13T22:00', riskLevel: 'LOW' },
    });
    expect(refused.errors?.[0].message).toBe('This group is closed: it cannot plan new visits.');

    const plan = await planWith(takeaway.id, '2026-03-13T14:00', [['POLICE', []]]);
    const cancelled = (
      await coordinator.ok<{ setVisitStatus: PlanView }>(STATUS, {
        id: plan.id,
        version: plan.version,
        status: 'CANCELLED',
      })
    ).setVisitStatus;
    const edit = await coordinator.request(UPDATE, {
      id: plan.id,
      version: cancelled.version,
      input: { startsAt: '2026-03-14T10:00', riskLevel: 'LOW' },
    });
    expect(edit.errors?.[0].message).toBe('The visit is cancelled: its plan can no longer change.');
    const reopen = await coordinator.request(STATUS, { id: plan.id, version: cancelled.version, status: 'READY' });
    expect(reopen.errors?.[0].extensions?.fieldErrors).toEqual([
      { field: 'status', message: 'The visit is cancelled: its plan can no longer change' },
    ]);
    expect(await api.db.getRepository(VisitPlan).findOneByOrFail({ id: plan.id })).toMatchObject({
      status: 'CANCELLED',
      version: cancelled.version,
    });
  });

  it('removing an agency removes its officers and powers', async () => {
    let plan = await planWith(takeaway.id, '2026-03-13T14:00', [
      ['POLICE', ['pace-1984-s17-entry-to-arrest-or-save-life']],
      ['FIRE_AND_RESCUE', ['fso-2005-art27-inspection-entry']],
    ]);
    plan = (
      await coordinator.ok<{ addVisitOfficer: PlanView }>(ADD_OFFICER, {
        id: plan.id,
        version: plan.version,
        officerId: fireOfficer.id,
      })
    ).addVisitOfficer;
    plan = (
      await coordinator.ok<{ removeVisitAgency: PlanView }>(
        `mutation ($id: ID!, $version: Int!, $agencyId: ID!) { removeVisitAgency(visitPlanId: $id, version: $version, agencyId: $agencyId) { ${PLAN_FIELDS} } }`,
        { id: plan.id, version: plan.version, agencyId: agencyId('FIRE_AND_RESCUE') },
      )
    ).removeVisitAgency;
    expect(plan.agencies.map((a) => a.agency.type)).toEqual(['POLICE']);
    const rows = await api.db.query(
      `SELECT (SELECT count(*) FROM visit_officer WHERE visit_plan_id = $1)::int AS officers,
              (SELECT count(*) FROM visit_power WHERE visit_plan_id = $1)::int AS powers`,
      [plan.id],
    );
    expect(rows).toEqual([{ officers: 0, powers: 1 }]);
  });

  it('shows a plan only to agencies in its group, and lets member officers answer for their own agency', async () => {
    let plan = await planWith(takeaway.id, '2026-03-13T14:00', [
      ['POLICE', ['pace-1984-s17-entry-to-arrest-or-save-life']],
      ['FIRE_AND_RESCUE', ['fso-2005-art27-inspection-entry']],
    ]);
    for (const officer of [policeOfficer, fireOfficer]) {
      plan = (
        await coordinator.ok<{ addVisitOfficer: PlanView }>(ADD_OFFICER, {
          id: plan.id,
          version: plan.version,
          officerId: officer.id,
        })
      ).addVisitOfficer;
    }
    const officerOf = (view: PlanView, type: AgencyType) =>
      view.agencies.find((a) => a.agency.type === type)!.officers[0];
    const policeRow = officerOf(plan, 'POLICE');
    const fireRow = officerOf(plan, 'FIRE_AND_RESCUE');

    const outsider = await api.signedIn('AGENCY_OFFICER', { agencyType: 'TRADING_STANDARDS' });
    expect((await outsider.client.request(GET, { id: plan.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(
      (await outsider.client.request(RESPOND, { id: policeRow.id, response: 'CONFIRMED' })).errors?.[0].extensions
        ?.code,
    ).toBe('NOT_FOUND');
    const board = await api.signedIn('BOARD_MEMBER', { agencyId: agencyId('POLICE') });
    expect((await board.client.request(GET, { id: plan.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const member = await api.signedIn('AGENCY_OFFICER', { agencyId: agencyId('POLICE') });
    const seen = await member.client.ok<{ visitPlan: PlanView }>(GET, { id: plan.id });
    expect(seen.visitPlan.agencies.map((a) => a.officers.map((o) => o.officer.name))).toEqual([
      ['Watch Manager Dev Patel'],
      ['PC Amira Shah'],
    ]);
    // The premises itself has not been shared with the police: the plan shows without it.
    expect(seen.visitPlan.premises).toBeNull();

    const answered = await member.client.ok<{ respondToVisit: { response: string; responseNote: string } }>(RESPOND, {
      id: policeRow.id,
      response: 'CONFIRMED',
      note: 'Will bring a second officer',
    });
    expect(answered.respondToVisit).toMatchObject({
      response: 'CONFIRMED',
      responseNote: 'Will bring a second officer',
    });
    const forOtherAgency = await member.client.request(RESPOND, { id: fireRow.id, response: 'DECLINED' });
    expect(forOtherAgency.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // A user linked to the fire officer's record may answer for that officer, whatever their own agency.
    const linked = await api.signedIn('AGENCY_OFFICER', { agencyId: agencyId('LICENSING') });
    await api.db.getRepository(UserAccount).update({ id: linked.user.id }, { officerId: fireOfficer.id });
    await linked.client.ok(RESPOND, { id: fireRow.id, response: 'DECLINED', note: 'On leave' });

    const after = await coordinator.ok<{ visitPlan: PlanView }>(GET, { id: plan.id });
    expect(officerOf(after.visitPlan, 'POLICE').response).toBe('CONFIRMED');
    expect(officerOf(after.visitPlan, 'FIRE_AND_RESCUE').response).toBe('DECLINED');
    expect(after.visitPlan.version).toBe(plan.version);
  });

  it('lists the visits still to happen that a user or their agency is asked to attend', async () => {
    const MINE = `{ myVisits { id startsAt } }`;
    const upcoming = await planWith(takeaway.id, '2027-01-15T21:00', [['POLICE', []]]);
    const past = await planWith(takeaway.id, '2026-03-13T21:00', [['POLICE', []]]);
    const fireOnly = await planWith(takeaway.id, '2027-01-16T21:00', [['FIRE_AND_RESCUE', []]]);
    const police = await api.signedIn('AGENCY_OFFICER', { agencyId: agencyId('POLICE') });
    const ids = async (client: GraphqlClient) =>
      (await client.ok<{ myVisits: { id: string }[] }>(MINE)).myVisits.map((v) => v.id);

    const seen = await ids(police.client);
    expect(seen).toContain(upcoming.id);
    expect(seen).not.toContain(past.id);
    expect(seen).not.toContain(fireOnly.id);
    // Named on the fire service's visit through their officer record, though police are not attending it.
    const crewManager = await api.db
      .getRepository(Officer)
      .save({ agencyId: agencyId('FIRE_AND_RESCUE'), name: 'Crew Manager Ellis', active: true });
    const invited = await coordinator.ok<{ addVisitOfficer: PlanView }>(ADD_OFFICER, {
      id: fireOnly.id,
      version: fireOnly.version,
      officerId: crewManager.id,
    });
    await api.db.getRepository(UserAccount).update({ id: police.user.id }, { officerId: crewManager.id });
    expect(await ids(police.client)).toContain(fireOnly.id);
    // A cancelled visit is no longer one to attend.
    await coordinator.ok(STATUS, {
      id: invited.addVisitOfficer.id,
      version: invited.addVisitOfficer.version,
      status: 'CANCELLED',
    });
    expect(await ids(police.client)).not.toContain(fireOnly.id);
    const outsider = await api.signedIn('AGENCY_OFFICER', { agencyType: 'TRADING_STANDARDS' });
    expect(await ids(outsider.client)).toEqual([]);
  });

  it('offers the group’s premises and member agencies for a new plan', async () => {
    const { visitPlanOptions } = await coordinator.ok<{
      visitPlanOptions: { groupName: string; premises: { name: string }[]; agencies: { type: string }[] };
    }>(`query ($id: ID!) { visitPlanOptions(groupId: $id) { groupName premises { name } agencies { type } } }`, {
      id: group.id,
    });
    expect(visitPlanOptions.groupName).toBe('Kestrel Parade task and finish group');
    expect(visitPlanOptions.premises.map((p) => p.name)).toEqual(['Kestrel Parade Takeaway', 'Millbrook House']);
    expect(visitPlanOptions.agencies).toHaveLength(6);
  });

  it('audits every change and read, and writes each to the group’s timeline', async () => {
    let plan = await planWith(takeaway.id, '2026-03-13T22:00', [['ENVIRONMENTAL_HEALTH', []]]);
    plan = (
      await coordinator.ok<{ addVisitPower: PlanView }>(ADD_POWER, {
        id: plan.id,
        version: plan.version,
        agencyId: agencyId('ENVIRONMENTAL_HEALTH'),
        powerId: power('fsa-1990-s32-food-premises-entry'),
      })
    ).addVisitPower;
    plan = await acknowledgeAll(plan);
    await coordinator.ok(STATUS, { id: plan.id, version: plan.version, status: 'READY' });
    await coordinator.ok(GET, { id: plan.id });

    const audit: { action: string; purpose: string }[] = await api.db.query(
      `SELECT action, purpose FROM audit_event WHERE $1 = ANY(entity_ids) ORDER BY sequence`,
      [plan.id],
    );
    expect(audit.map((a) => `${a.action}: ${a.purpose}`)).toEqual([
      'COLLECTION: Visit plans: plan a joint visit',
      'ALTERATION: Visit plans: plan the use of a power',
      'ALTERATION: Visit plans: acknowledge a law check',
      'ALTERATION: Visit plans: change the status of a visit',
      'CONSULTATION: Visit plans: view a visit plan',
    ]);
    const events = await api.db
      .getRepository(GroupEvent)
      .find({ where: { subjectId: plan.id }, order: { occurredAt: 'ASC' } });
    expect(events.map((e) => [e.groupId, e.kind])).toEqual([
      [group.id, 'VISIT_PLANNED'],
      [group.id, 'VISIT_CHANGED'],
      [group.id, 'VISIT_WARNING_ACKNOWLEDGED'],
      [group.id, 'VISIT_STATUS_CHANGED'],
    ]);
    expect(events[0].summary).toBe('Visit planned for Kestrel Parade Takeaway on 13 March 2026 at 10:00pm');
    expect(events.every((e) => e.userId === coordinatorUser.id)).toBe(true);
  });
});
