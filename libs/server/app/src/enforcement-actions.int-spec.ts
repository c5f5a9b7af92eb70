import { verifyAuditChain } from '@lantern/server/audit';
import { DateTime } from 'luxon';
import { londonToday } from '@lantern/shared/domain';
import type { AgencyType } from '@lantern/shared/domain';
import { Agency, Officer } from '@lantern/server/agencies';
import { AuditEvent } from '@lantern/server/audit';
import { EnforcementAction, EnforcementActionStatusChange } from '@lantern/server/enforcement';
import { GroupAgency, GroupEvent, GroupPremises, Task, TaskAndFinishGroup } from '@lantern/server/groups';
import { UserAccount } from '@lantern/server/identity';
import { Power, PowersService, readPowersCatalogue } from '@lantern/server/powers';
import { Person, Premises, PremisesAgency, PremisesPerson } from '@lantern/server/premises';
import { VisitAgency, VisitPlan } from '@lantern/server/visits';
import { Reminder } from '@lantern/server/reminders';
import { GraphqlClient, GraphqlResult, startTestApi, TestApi } from './testing';

const ACTION_FIELDS = `id premisesId visitPlanId agencyId powerId personId kind takenOn details complianceDeadline
  endsOn indefinite courtDate reviewOn status recordedOnBehalf version
  agency { name } power { code } person { fullName } history { status changedOn note }`;
const RECORD = `mutation ($input: RecordEnforcementActionInput!) { recordEnforcementAction(input: $input) { ${ACTION_FIELDS} } }`;
const CHANGE = `mutation ($id: ID!, $version: Int!, $status: EnforcementActionStatus!, $changedOn: String, $note: String) {
  changeEnforcementActionStatus(id: $id, version: $version, status: $status, changedOn: $changedOn, note: $note) { ${ACTION_FIELDS} } }`;
const GET = `query ($id: ID!) { enforcementAction(id: $id) { ${ACTION_FIELDS} } }`;
const PREMISES = `query ($id: ID!) { premises(id: $id) { id status version enforcementActions { id kind status } } }`;
const VISIT = `query ($id: ID!) { visitPlan(id: $id) { id enforcementActions { id kind } } }`;
const MY_TASKS = `{ myTasks { id title dueOn groupId premisesId ownerAgencyId ownerOfficerId group { id } } }`;

interface ActionView {
  id: string;
  premisesId: string;
  visitPlanId: string | null;
  agencyId: string;
  kind: string;
  takenOn: string;
  details: string;
  complianceDeadline: string | null;
  endsOn: string | null;
  indefinite: boolean;
  status: string;
  recordedOnBehalf: boolean;
  version: number;
  agency: { name: string };
  power: { code: string } | null;
  person: { fullName: string } | null;
  history: { status: string; changedOn: string; note: string }[];
}

const today = londonToday();
const plus = (iso: string) =>
  DateTime.fromISO(today)
    .plus({ ...parse(iso) })
    .toISODate()!;
function parse(iso: string) {
  const [, amount, unit] = /^(\d+)([DMY])$/.exec(iso)!;
  return { [unit === 'D' ? 'days' : unit === 'M' ? 'months' : 'years']: Number(amount) };
}

function fieldErrorsOf(result: GraphqlResult) {
  return result.errors?.[0]?.extensions?.fieldErrors ?? [];
}

describe('enforcement actions through GraphQL', () => {
  let api: TestApi;
  const agencies: Partial<Record<AgencyType, Agency>> = {};
  const powers = new Map<string, string>();
  let coordinator: GraphqlClient;
  let fire: GraphqlClient;
  let fireOfficer: Officer;
  let police: GraphqlClient;
  let licensing: GraphqlClient;
  let club: Premises;
  let flat: Premises;
  let suspect: Person;
  let group: TaskAndFinishGroup;
  let visit: VisitPlan;

  const power = (code: string) => powers.get(code)!;
  const agencyId = (type: AgencyType) => agencies[type]!.id;
  const count = () => api.db.getRepository(EnforcementAction).count();

  async function officerUser(type: AgencyType, name: string): Promise<GraphqlClient> {
    const { client, user } = await api.signedIn('AGENCY_OFFICER', { agencyId: agencyId(type) });
    const officer = await api.db.getRepository(Officer).save({ agencyId: agencyId(type), name, active: true });
    await api.db.getRepository(UserAccount).update({ id: user.id }, { officerId: officer.id });
    if (type === 'FIRE_AND_RESCUE') fireOfficer = officer;
    return client;
  }

  async function premises(name: string, sharedWith: AgencyType[]) {
    const saved = await api.db.getRepository(Premises).save({
      name,
      addressLine1: `1 ${name}`,
      town: 'Northbridge',
      postcode: 'NB1 2AB',
      kind: 'NIGHTCLUB',
      use: 'TRADE',
      licensableActivity: true,
      status: 'UNDER_OPERATION',
    });
    for (const type of sharedWith)
      await api.db.getRepository(PremisesAgency).save({ premisesId: saved.id, agencyId: agencyId(type) });
    return saved;
  }

  beforeAll(async () => {
    api = await startTestApi();
    await new PowersService(api.db).addMissingFromCatalogue(readPowersCatalogue());
    for (const p of await api.db.getRepository(Power).find()) powers.set(p.code, p.id);
    for (const [type, name] of [
      ['POLICE', 'Northbridge Police'],
      ['FIRE_AND_RESCUE', 'Northbridge Fire and Rescue'],
      ['LICENSING', 'Northbridge Licensing'],
    ] as [AgencyType, string][])
      agencies[type] = await api.db.getRepository(Agency).save({ name, type });
    const signedIn = await api.signedIn('COORDINATOR', { agencyId: agencyId('LICENSING') });
    coordinator = signedIn.client;
    fire = await officerUser('FIRE_AND_RESCUE', 'Watch Manager Dev Patel');
    police = await officerUser('POLICE', 'PC Amira Shah');
    licensing = await officerUser('LICENSING', 'Licensing Officer Jo Bright');
    club = await premises('Foundry Walk Social Club', ['POLICE', 'FIRE_AND_RESCUE']);
    flat = await premises('Flat 2, Mill Lane', ['POLICE', 'FIRE_AND_RESCUE']);
    suspect = await api.db.getRepository(Person).save({ fullName: 'Darren Kell' });
    await api.db.getRepository(PremisesPerson).save({ premisesId: flat.id, personId: suspect.id, role: 'ASSOCIATE' });
    group = await api.db.getRepository(TaskAndFinishGroup).save({
      name: 'Foundry Walk disruption',
      objective: 'Disrupt exploitation at the club',
      leadAgencyId: agencyId('POLICE'),
      coordinatorUserId: signedIn.user.id,
      stage: 'ACTIVE',
    });
    await api.db.getRepository(GroupPremises).save({ groupId: group.id, premisesId: club.id });
    for (const type of ['POLICE', 'FIRE_AND_RESCUE'] as AgencyType[])
      await api.db.getRepository(GroupAgency).save({ groupId: group.id, agencyId: agencyId(type) });
    visit = await api.db.getRepository(VisitPlan).save({
      groupId: group.id,
      premisesId: club.id,
      startsAt: new Date(),
      riskLevel: 'HIGH',
      status: 'READY',
    });
    await api.db.getRepository(VisitAgency).save({ visitPlanId: visit.id, agencyId: agencyId('FIRE_AND_RESCUE') });
  });
  afterAll(() => api.close());

  it('records the fire service’s prohibition for means of escape at the visit: the premises is closed, audited, on the timeline', async () => {
    const before = await fire.ok<{ premises: { version: number } }>(PREMISES, { id: club.id });
    const { recordEnforcementAction: action } = await fire.ok<{ recordEnforcementAction: ActionView }>(RECORD, {
      input: {
        premisesId: club.id,
        visitPlanId: visit.id,
        agencyId: agencyId('FIRE_AND_RESCUE'),
        powerId: power('fso-2005-art31-prohibition-notice'),
        kind: 'PROHIBITION',
        takenOn: today,
        details:
          'Rear fire exit chained shut; upstairs rooms prohibited from use until a second means of escape is provided.',
      },
    });
    expect(action).toMatchObject({
      visitPlanId: visit.id,
      status: 'SERVED',
      recordedOnBehalf: false,
      version: 1,
      agency: { name: 'Northbridge Fire and Rescue' },
      power: { code: 'fso-2005-art31-prohibition-notice' },
      history: [{ status: 'SERVED', changedOn: today, note: '' }],
    });
    const after = await fire.ok<{
      premises: { status: string; version: number; enforcementActions: { id: string }[] };
    }>(PREMISES, { id: club.id });
    expect(after.premises.status).toBe('CLOSED');
    expect(after.premises.version).toBe(before.premises.version + 1);
    expect(after.premises.enforcementActions.map((a) => a.id)).toContain(action.id);
    const atVisit = await fire.ok<{ visitPlan: { enforcementActions: { id: string }[] } }>(VISIT, { id: visit.id });
    expect(atVisit.visitPlan.enforcementActions.map((a) => a.id)).toEqual([action.id]);

    const audit = await api.db
      .getRepository(AuditEvent)
      .createQueryBuilder('e')
      .where(':id = ANY(e.entity_ids)', { id: action.id })
      .andWhere("e.action = 'COLLECTION'")
      .getOneOrFail();
    expect(audit).toMatchObject({
      entityType: 'enforcement_action',
      details: { kind: 'PROHIBITION', visitPlanId: visit.id },
    });
    const premisesAudit = await api.db
      .getRepository(AuditEvent)
      .createQueryBuilder('e')
      .where(':id = ANY(e.entity_ids)', { id: club.id })
      .andWhere("e.entity_type = 'premises' AND e.action = 'ALTERATION'")
      .getOneOrFail();
    expect(premisesAudit.details).toMatchObject({ from: 'UNDER_OPERATION', status: 'CLOSED' });
    const events = await api.db.getRepository(GroupEvent).findBy({ groupId: group.id, subjectId: action.id });
    expect(events.map((e) => e.summary)).toEqual([
      'Northbridge Fire and Rescue: prohibition at Foundry Walk Social Club under “Prohibition notice (prohibit or restrict use of premises)”',
    ]);
  });

  it('refuses a Sexual Risk Order of 18 months and accepts one of two years against a linked person', async () => {
    const input = {
      premisesId: flat.id,
      agencyId: agencyId('POLICE'),
      powerId: power('soa-2003-s122a-sexual-risk-order'),
      personId: suspect.id,
      kind: 'CIVIL_ORDER',
      takenOn: today,
      details: 'SRO granted at Northbridge Magistrates: no contact with under-18s.',
    };
    const before = await count();
    const short = await police.request(RECORD, { input: { ...input, endsOn: plus('18M') } });
    expect(short.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldErrorsOf(short)).toEqual([
      {
        field: 'endsOn',
        message: expect.stringMatching(/^A Sexual Risk Order lasts at least 2 years: it must end on or after /),
      },
    ]);
    expect(await count()).toBe(before);
    const { recordEnforcementAction: sro } = await police.ok<{ recordEnforcementAction: ActionView }>(RECORD, {
      input: { ...input, endsOn: plus('2Y') },
    });
    expect(sro).toMatchObject({ endsOn: plus('2Y'), person: { fullName: 'Darren Kell' }, visitPlanId: null });
    // Its agency is reminded 28 days before it ends (at 09:00 London), in the same transaction.
    const [expiry] = await api.db
      .getRepository(Reminder)
      .findBy({ subjectType: 'enforcement_action', subjectId: sro.id, status: 'PENDING' });
    expect(expiry).toMatchObject({ kind: 'ORDER_EXPIRY', recipientType: 'AGENCY', recipientId: agencyId('POLICE') });
    expect((await police.ok<{ premises: { status: string } }>(PREMISES, { id: flat.id })).premises.status).toBe(
      'ACTION_TAKEN',
    );
  });

  it('refuses a Sexual Harm Prevention Order shorter than five years', async () => {
    const result = await police.request(RECORD, {
      input: {
        premisesId: flat.id,
        agencyId: agencyId('POLICE'),
        powerId: power('soa-2003-s103a-sexual-harm-prevention-order'),
        kind: 'CIVIL_ORDER',
        takenOn: today,
        details: 'SHPO on conviction',
        endsOn: plus('4Y'),
      },
    });
    expect(fieldErrorsOf(result)[0].message).toMatch(/^A Sexual Harm Prevention Order lasts at least 5 years/);
  });

  it('refuses a power the acting agency does not hold, and changes nothing', async () => {
    const before = await count();
    const result = await fire.request(RECORD, {
      input: {
        premisesId: flat.id,
        agencyId: agencyId('FIRE_AND_RESCUE'),
        powerId: power('soa-2003-s122a-sexual-risk-order'),
        kind: 'CIVIL_ORDER',
        takenOn: today,
        details: 'Not ours to take',
        endsOn: plus('3Y'),
      },
    });
    expect(fieldErrorsOf(result)).toEqual([
      {
        field: 'powerId',
        message: 'Northbridge Fire and Rescue cannot act under “Sexual Risk Order”: only Police agencies hold it',
      },
    ]);
    expect(await count()).toBe(before);
  });

  it('refuses an officer recording for another agency; a coordinator records on its behalf, audited as such', async () => {
    const input = {
      premisesId: flat.id,
      agencyId: agencyId('FIRE_AND_RESCUE'),
      kind: 'ADVICE',
      takenOn: today,
      details: 'Advised the landlord on smoke alarms.',
    };
    const forbidden = await police.request(RECORD, { input });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { recordEnforcementAction: action } = await coordinator.ok<{ recordEnforcementAction: ActionView }>(RECORD, {
      input,
    });
    expect(action).toMatchObject({ recordedOnBehalf: true, agency: { name: 'Northbridge Fire and Rescue' } });
    const audit = await api.db
      .getRepository(AuditEvent)
      .createQueryBuilder('e')
      .where(':id = ANY(e.entity_ids)', { id: action.id })
      .andWhere("e.action = 'COLLECTION'")
      .getOneOrFail();
    expect(audit.details).toMatchObject({ onBehalfOfAgencyId: agencyId('FIRE_AND_RESCUE') });
    expect(audit.agencyId).toBe(agencyId('LICENSING'));
  });

  it('a compliance deadline becomes a task due that day for the officer, in the group or on a premises with none', async () => {
    const notice = {
      agencyId: agencyId('FIRE_AND_RESCUE'),
      powerId: power('fso-2005-art30-enforcement-notice'),
      kind: 'NOTICE_SERVED',
      takenOn: today,
      details: 'Enforcement notice: fire doors and detection.',
    };
    const tooSoon = await fire.request(RECORD, {
      input: { ...notice, premisesId: club.id, complianceDeadline: plus('20D') },
    });
    expect(fieldErrorsOf(tooSoon)[0]).toMatchObject({
      field: 'complianceDeadline',
      message: expect.stringMatching(/must give at least 28 days to comply/),
    });
    await fire.ok(RECORD, { input: { ...notice, premisesId: club.id, complianceDeadline: plus('28D') } });
    await fire.ok(RECORD, { input: { ...notice, premisesId: flat.id, complianceDeadline: plus('30D') } });

    const { myTasks } = await fire.ok<{
      myTasks: { title: string; dueOn: string; groupId: string | null; premisesId: string; ownerOfficerId: string }[];
    }>(MY_TASKS);
    expect(myTasks.filter((t) => t.title.startsWith('Check compliance'))).toEqual([
      expect.objectContaining({
        title: 'Check compliance: Fire safety enforcement notice at Foundry Walk Social Club',
        dueOn: plus('28D'),
        groupId: group.id,
        premisesId: club.id,
        ownerOfficerId: fireOfficer.id,
      }),
      expect.objectContaining({
        title: 'Check compliance: Fire safety enforcement notice at Flat 2, Mill Lane',
        dueOn: plus('30D'),
        groupId: null,
        premisesId: flat.id,
      }),
    ]);
    // A group-less task is seen by its owning agency only (police share the premises, but not the task).
    const groupless = await api.db.getRepository(Task).findOneByOrFail({ premisesId: flat.id });
    const seen = await police.request(`query ($id: ID!) { task(id: $id) { id } }`, { id: groupless.id });
    expect(seen.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const fireSees = await fire.ok<{ task: { id: string; group: null } }>(
      `query ($id: ID!) { task(id: $id) { id group { id } } }`,
      { id: groupless.id },
    );
    expect(fireSees.task).toEqual({ id: groupless.id, group: null });
  });

  it('moves an action’s status over time; a stale version is a conflict and changes nothing', async () => {
    const { recordEnforcementAction: action } = await police.ok<{ recordEnforcementAction: ActionView }>(RECORD, {
      input: {
        premisesId: flat.id,
        agencyId: agencyId('POLICE'),
        kind: 'WARNING',
        powerId: power('la-2003-s53a-summary-review'),
        takenOn: today,
        details: 'Warning recorded',
      },
    });
    const appealed = (
      await police.ok<{ changeEnforcementActionStatus: ActionView }>(CHANGE, {
        id: action.id,
        version: action.version,
        status: 'APPEALED',
        note: 'Appeal lodged at the Crown Court',
      })
    ).changeEnforcementActionStatus;
    expect(appealed).toMatchObject({ status: 'APPEALED', version: 2 });
    const stale = await police.request(CHANGE, { id: action.id, version: action.version, status: 'WITHDRAWN' });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const back = (
      await police.ok<{ changeEnforcementActionStatus: ActionView }>(CHANGE, {
        id: action.id,
        version: appealed.version,
        status: 'SERVED',
        changedOn: today,
        note: 'Appeal dismissed',
      })
    ).changeEnforcementActionStatus;
    expect(back.history).toEqual([
      { status: 'SERVED', changedOn: today, note: '' },
      { status: 'APPEALED', changedOn: today, note: 'Appeal lodged at the Crown Court' },
      { status: 'SERVED', changedOn: today, note: 'Appeal dismissed' },
    ]);
    const wrongMove = await police.request(CHANGE, { id: action.id, version: back.version, status: 'SERVED' });
    expect(fieldErrorsOf(wrongMove)).toEqual([{ field: 'status', message: 'The action is already served' }]);
    expect(await api.db.getRepository(EnforcementActionStatusChange).countBy({ actionId: action.id })).toBe(3);
    const fireTries = await fire.request(CHANGE, { id: action.id, version: back.version, status: 'COMPLIED' });
    expect(fireTries.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('bad input gets field errors and saves nothing', async () => {
    const before = await count();
    const result = await fire.request(RECORD, {
      input: {
        premisesId: club.id,
        agencyId: agencyId('FIRE_AND_RESCUE'),
        kind: 'PROHIBITION',
        takenOn: plus('1D'),
        details: '',
        courtDate: '2026-02-31',
      },
    });
    expect(fieldErrorsOf(result).map((e) => e.field)).toEqual(['takenOn', 'details', 'powerId', 'courtDate']);
    expect(await count()).toBe(before);
  });

  it('an officer of an agency the premises is not shared with sees none of its actions', async () => {
    const [action] = await api.db.getRepository(EnforcementAction).findBy({ premisesId: club.id });
    const get = await licensing.request(GET, { id: action.id });
    expect(get.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(get.data).toBeNull();
    const recording = await licensing.request(RECORD, {
      input: {
        premisesId: club.id,
        agencyId: agencyId('LICENSING'),
        kind: 'ADVICE',
        takenOn: today,
        details: 'Advice',
      },
    });
    expect(recording.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const seen = await fire.ok<{ enforcementAction: ActionView }>(GET, { id: action.id });
    expect(seen.enforcementAction.id).toBe(action.id);
  });

  it('refuses an action at a visit that has not started, and a power that does not reach the premises', async () => {
    const later = await api.db.getRepository(VisitPlan).save({
      groupId: group.id,
      premisesId: club.id,
      startsAt: DateTime.now().plus({ days: 3 }).toJSDate(),
      riskLevel: 'HIGH',
      status: 'READY',
    });
    await api.db.getRepository(VisitAgency).save({ visitPlanId: later.id, agencyId: agencyId('FIRE_AND_RESCUE') });
    const before = await count();
    const early = await fire.request(RECORD, {
      input: {
        premisesId: club.id,
        visitPlanId: later.id,
        agencyId: agencyId('FIRE_AND_RESCUE'),
        kind: 'INSPECTION',
        powerId: power('fso-2005-art27-inspection-entry'),
        takenOn: today,
        details: 'Inspection',
      },
    });
    expect(fieldErrorsOf(early)).toEqual([
      {
        field: 'visitPlanId',
        message: expect.stringMatching(
          /^The visit starts on .*: record the action once it is under way, or outside the visit$/,
        ),
      },
    ]);
    const home = await premises('14 Canal Cottages', ['FIRE_AND_RESCUE']);
    await api.db.getRepository(Premises).update({ id: home.id }, { kind: 'RESIDENTIAL_PROPERTY', use: 'DWELLING' });
    const atHome = await fire.request(RECORD, {
      input: {
        premisesId: home.id,
        agencyId: agencyId('FIRE_AND_RESCUE'),
        kind: 'PROHIBITION',
        powerId: power('fso-2005-art31-prohibition-notice'),
        takenOn: today,
        details: 'Prohibition',
      },
    });
    expect(fieldErrorsOf(atHome)).toEqual([
      { field: 'powerId', message: expect.stringMatching(/cannot be used at this premises: .*dwelling/) },
    ]);
    expect(await count()).toBe(before);
  });

  it('reopens the closed premises when its only prohibition is withdrawn', async () => {
    const { recordEnforcementAction: action } = await fire.ok<{ recordEnforcementAction: ActionView }>(RECORD, {
      input: {
        premisesId: flat.id,
        agencyId: agencyId('FIRE_AND_RESCUE'),
        powerId: power('fso-2005-art31-prohibition-notice'),
        kind: 'PROHIBITION',
        takenOn: today,
        details: 'Upper floor prohibited',
      },
    });
    expect((await api.db.getRepository(Premises).findOneByOrFail({ id: flat.id })).status).toBe('CLOSED');
    await fire.ok(CHANGE, { id: action.id, version: action.version, status: 'WITHDRAWN', note: 'Issued in error' });
    expect((await api.db.getRepository(Premises).findOneByOrFail({ id: flat.id })).status).toBe('ACTION_TAKEN');
  });

  it('records actions at one premises at once without losing any, and the premises ends closed when one of them closes it', async () => {
    const pub = await premises('Canal Street Tavern', ['POLICE', 'FIRE_AND_RESCUE']);
    const before = await count();
    const advice = (client: GraphqlClient, type: AgencyType, n: number) =>
      client.ok(RECORD, {
        input: { premisesId: pub.id, agencyId: agencyId(type), kind: 'ADVICE', takenOn: today, details: `Advice ${n}` },
      });
    await Promise.all([
      ...[1, 2, 3].map((n) => advice(police, 'POLICE', n)),
      fire.ok(RECORD, {
        input: {
          premisesId: pub.id,
          agencyId: agencyId('FIRE_AND_RESCUE'),
          powerId: power('fso-2005-art31-prohibition-notice'),
          kind: 'PROHIBITION',
          takenOn: today,
          details: 'Whole premises prohibited',
        },
      }),
      ...[4, 5, 6].map((n) => advice(fire, 'FIRE_AND_RESCUE', n)),
    ]);
    expect(await count()).toBe(before + 7);
    // whichever order they committed in, the prohibition's move to CLOSED is not lost to an advice's move
    expect((await api.db.getRepository(Premises).findOneByOrFail({ id: pub.id })).status).toBe('CLOSED');
    expect((await verifyAuditChain(api.db)).broken).toBeNull();
  });
});
