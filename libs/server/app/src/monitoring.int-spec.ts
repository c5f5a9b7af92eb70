import { DateTime } from 'luxon';
import { londonToday, nextReviewOn } from '@lantern/shared/domain';
import type { AgencyType } from '@lantern/shared/domain';
import { Agency, Officer } from '@lantern/server/agencies';
import { AuditEvent } from '@lantern/server/audit';
import { GroupAgency, GroupEvent, GroupPremises, TaskAndFinishGroup } from '@lantern/server/groups';
import { MonitoredSubject, Monitoring, MonitoringAlert } from '@lantern/server/monitoring';
import { Power, PowersService, readPowersCatalogue } from '@lantern/server/powers';
import { Person, Premises, PremisesAgency, PremisesPerson } from '@lantern/server/premises';
import { VisitAgency, VisitPlan } from '@lantern/server/visits';
import { londonTime, Reminder, REMINDER_HOUR } from '@lantern/server/reminders';
import { GraphqlClient, GraphqlResult, startTestApi, TestApi } from './testing';

const MONITORING_FIELDS = `id premisesId reason reviewSchedule nextReviewOn endsOn status version reviewOverdue
  coordinator { displayName } subjects { kind why premises { name status } person { fullName } }
  reviews { reviewedOn findings outcome } alerts { source summary acknowledgedAt }`;
const START = `mutation ($input: StartMonitoringInput!) { startMonitoring(input: $input) { ${MONITORING_FIELDS} } }`;
const REVIEW = `mutation ($id: ID!, $version: Int!, $input: ReviewMonitoringInput!) {
  reviewMonitoring(id: $id, version: $version, input: $input) { ${MONITORING_FIELDS} } }`;
const MY_ALERTS = `query ($all: Boolean) { myMonitoringAlerts(unacknowledgedOnly: $all) { id source sourceId summary subjectIds premises { name } } }`;
const ACKNOWLEDGE = `mutation ($id: ID!) { acknowledgeMonitoringAlert(id: $id) { id acknowledgedAt } }`;
const RECORD_ACTION = `mutation ($input: RecordEnforcementActionInput!) { recordEnforcementAction(input: $input) { id } }`;
const RECORD_VISIT = `mutation ($input: RecordVisitInput!) { recordVisit(input: $input) { id } }`;
const PLAN_VISIT = `mutation ($input: PlanVisitInput!) { planVisit(input: $input) { id } }`;
const TIMELINE = `query ($id: ID!) { premises(id: $id) { status monitoring { endsOn status }
  timeline { id kind at allDay title detail agencyName path } } }`;

interface MonitoringView {
  id: string;
  status: string;
  version: number;
  nextReviewOn: string;
  subjects: {
    kind: string;
    why: string;
    premises: { name: string; status: string } | null;
    person: { fullName: string } | null;
  }[];
  reviews: { outcome: string }[];
}
interface TimelineView {
  premises: {
    status: string;
    monitoring: { endsOn: string; status: string } | null;
    timeline: { kind: string; at: string; allDay: boolean; title: string; detail: string; path: string | null }[];
  };
}

const today = londonToday();
const inMonths = (months: number) => DateTime.fromISO(today).plus({ months }).toISODate()!;
const fieldErrorsOf = (result: GraphqlResult) => result.errors?.[0]?.extensions?.fieldErrors ?? [];

describe('monitoring, its alerts and the premises timeline through GraphQL', () => {
  let api: TestApi;
  const agencies: Partial<Record<AgencyType, Agency>> = {};
  let coordinator: GraphqlClient;
  let otherCoordinator: GraphqlClient;
  let fire: GraphqlClient;
  let police: GraphqlClient;
  let club: Premises;
  let flat: Premises;
  let cafe: Premises;
  let unrelated: Premises;
  let owner: Person;
  let manager: Person;
  let group: TaskAndFinishGroup;
  let prohibitionPowerId: string;
  let policeOfficer: Officer;

  const agencyId = (type: AgencyType) => agencies[type]!.id;
  const monitorings = () => api.db.getRepository(Monitoring).count();
  const alerts = () => api.db.getRepository(MonitoringAlert).find({ order: { raisedAt: 'ASC' } });

  async function premises(name: string, status: Premises['status'], kind: Premises['kind'] = 'NIGHTCLUB') {
    const saved = await api.db.getRepository(Premises).save({
      name,
      addressLine1: `1 ${name}`,
      town: 'Northbridge',
      postcode: 'NB1 2AB',
      kind,
      use: 'TRADE',
      status,
    });
    for (const type of ['POLICE', 'FIRE_AND_RESCUE'] as AgencyType[])
      await api.db.getRepository(PremisesAgency).save({ premisesId: saved.id, agencyId: agencyId(type) });
    return saved;
  }

  const startInput = (overrides: Record<string, unknown> = {}) => ({
    premisesId: club.id,
    personIds: [owner.id, manager.id],
    associatedPremisesIds: [flat.id],
    reason: 'Closed after the joint visit; the owner runs other premises in the borough.',
    reviewSchedule: 'MONTHLY',
    endsOn: inMonths(12),
    ...overrides,
  });

  beforeAll(async () => {
    api = await startTestApi();
    await new PowersService(api.db).addMissingFromCatalogue(readPowersCatalogue());
    prohibitionPowerId = (
      await api.db.getRepository(Power).findOneByOrFail({ code: 'fso-2005-art31-prohibition-notice' })
    ).id;
    for (const [type, name] of [
      ['POLICE', 'Northbridge Police'],
      ['FIRE_AND_RESCUE', 'Northbridge Fire and Rescue'],
      ['LICENSING', 'Northbridge Licensing'],
    ] as [AgencyType, string][])
      agencies[type] = await api.db.getRepository(Agency).save({ name, type });
    const signedIn = await api.signedIn('COORDINATOR', { agencyId: agencyId('LICENSING') });
    coordinator = signedIn.client;
    otherCoordinator = (await api.signedIn('COORDINATOR', { agencyId: agencyId('LICENSING') })).client;
    fire = (await api.signedIn('AGENCY_OFFICER', { agencyId: agencyId('FIRE_AND_RESCUE') })).client;
    police = (await api.signedIn('AGENCY_OFFICER', { agencyId: agencyId('POLICE') })).client;
    policeOfficer = await api.db
      .getRepository(Officer)
      .save({ agencyId: agencyId('POLICE'), name: 'PC Amira Shah', active: true });
    club = await premises('Foundry Walk Social Club', 'CLOSED');
    flat = await premises('Flat 2, Mill Lane', 'OF_CONCERN', 'HMO');
    cafe = await premises('Canal Street Cafe', 'OF_CONCERN', 'RESTAURANT_CAFE');
    unrelated = await premises('Station Road Takeaway', 'OF_CONCERN', 'TAKEAWAY');
    owner = await api.db.getRepository(Person).save({ fullName: 'Vincent Arlow' });
    manager = await api.db.getRepository(Person).save({ fullName: 'Kerry Dane' });
    await api.db.getRepository(PremisesPerson).save([
      { premisesId: club.id, personId: owner.id, role: 'OWNER' },
      { premisesId: club.id, personId: manager.id, role: 'MANAGER' },
      { premisesId: flat.id, personId: owner.id, role: 'LANDLORD' },
    ]);
    group = await api.db.getRepository(TaskAndFinishGroup).save({
      name: 'Foundry Walk disruption',
      objective: 'Disrupt exploitation at the club',
      leadAgencyId: agencyId('POLICE'),
      coordinatorUserId: signedIn.user.id,
      stage: 'CLOSURE',
      closureSummary: 'Club closed by prohibition.',
    });
    await api.db.getRepository(GroupPremises).save({ groupId: group.id, premisesId: club.id });
    await api.db.getRepository(GroupAgency).save({ groupId: group.id, agencyId: agencyId('POLICE') });
  });
  afterAll(() => api.close());

  it('refuses a monitoring with bad input, saying what is wrong, and changes nothing', async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ reason: '  ' }, 'reason', /Enter why/],
      [{ endsOn: today }, 'endsOn', /must be in the future/],
      [{ endsOn: inMonths(37) }, 'endsOn', /3 years at most/],
      [{ firstReviewOn: inMonths(13) }, 'firstReviewOn', /on or before the date monitoring ends/],
      [
        { personIds: [(await api.db.getRepository(Person).save({ fullName: 'Nobody Linked' })).id] },
        'personIds',
        /linked to this premises/,
      ],
      [{ associatedPremisesIds: [unrelated.id] }, 'associatedPremisesIds', /share a person/],
    ];
    for (const [overrides, field, message] of cases) {
      const result = await coordinator.request(START, { input: startInput(overrides) });
      const errors = result.errors?.[0]?.extensions?.code === 'BAD_USER_INPUT' ? fieldErrorsOf(result) : [];
      expect(errors).toEqual([expect.objectContaining({ field, message: expect.stringMatching(message) })]);
    }
    expect(await monitorings()).toBe(0);
    expect((await api.db.getRepository(Premises).findOneByOrFail({ id: flat.id })).status).toBe('OF_CONCERN');
  });

  it('is for coordinating roles: an agency officer is refused, a board member too', async () => {
    for (const client of [fire, (await api.signedIn('BOARD_MEMBER')).client]) {
      const result = await client.request(START, { input: startInput() });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await monitorings()).toBe(0);
  });

  it('puts the closed premises, its owner and manager and the owner’s other premises under monitoring', async () => {
    const { startMonitoring: monitoring } = await coordinator.ok<{ startMonitoring: MonitoringView }>(START, {
      input: startInput(),
    });
    expect(monitoring).toMatchObject({ status: 'ACTIVE', nextReviewOn: nextReviewOn(today, 'MONTHLY'), version: 1 });
    expect(monitoring.subjects).toHaveLength(4);
    expect(monitoring.subjects).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'PREMISES',
          why: 'The premises the work was about',
          premises: { name: club.name, status: 'CLOSED' },
        }),
        expect.objectContaining({
          kind: 'PREMISES',
          why: `Associated with ${club.name} through Vincent Arlow`,
          premises: { name: flat.name, status: 'UNDER_MONITORING' },
        }),
        expect.objectContaining({
          kind: 'PERSON',
          why: `Owner of ${club.name}`,
          person: { fullName: 'Vincent Arlow' },
        }),
        expect.objectContaining({ kind: 'PERSON', why: `Manager of ${club.name}`, person: { fullName: 'Kerry Dane' } }),
      ]),
    );
    expect(monitoring.subjects.map((subject) => subject.kind)).toEqual(['PREMISES', 'PREMISES', 'PERSON', 'PERSON']);
    const audit = await api.db
      .getRepository(AuditEvent)
      .createQueryBuilder('e')
      .where(':id = ANY(e.entity_ids)', { id: monitoring.id })
      .getOneOrFail();
    expect(audit).toMatchObject({ action: 'COLLECTION', entityType: 'monitoring' });
    expect(audit.entityIds).toEqual(expect.arrayContaining([club.id, flat.id, owner.id, manager.id]));
    // The coordinator is reminded on the morning of the first review.
    const reminders = await api.db.getRepository(Reminder).findBy({ subjectId: monitoring.id });
    expect(reminders).toEqual([
      expect.objectContaining({
        kind: 'MONITORING_REVIEW',
        status: 'PENDING',
        dueAt: londonTime(nextReviewOn(today, 'MONTHLY'), REMINDER_HOUR),
        link: `/monitoring/${monitoring.id}`,
      }),
    ]);
    const events = await api.db.getRepository(GroupEvent).findBy({ groupId: group.id, kind: 'MONITORING_STARTED' });
    expect(events).toHaveLength(1);

    // A premises has one active monitoring: starting another, even at the same moment, is refused.
    const again = await Promise.all(
      [1, 2].map(() => otherCoordinator.request(START, { input: startInput({ associatedPremisesIds: [] }) })),
    );
    expect(again.map((r) => r.errors?.[0]?.message)).toEqual([
      expect.stringMatching(/already under monitoring/),
      expect.stringMatching(/already under monitoring/),
    ]);
    expect(await monitorings()).toBe(1);
  });

  it('alerts the coordinator once when a later action at the associated premises touches it, and not for other premises', async () => {
    await fire.ok(RECORD_ACTION, {
      input: {
        premisesId: unrelated.id,
        agencyId: agencyId('FIRE_AND_RESCUE'),
        kind: 'ADVICE',
        takenOn: today,
        details: 'Fire safety advice given.',
      },
    });
    expect(await alerts()).toHaveLength(0);
    const { recordEnforcementAction: action } = await fire.ok<{ recordEnforcementAction: { id: string } }>(
      RECORD_ACTION,
      {
        input: {
          premisesId: flat.id,
          agencyId: agencyId('FIRE_AND_RESCUE'),
          powerId: prohibitionPowerId,
          kind: 'PROHIBITION',
          takenOn: today,
          details: 'Sleeping accommodation in the basement with no second means of escape.',
        },
      },
    );
    const { myMonitoringAlerts } = await coordinator.ok<{
      myMonitoringAlerts: {
        id: string;
        source: string;
        sourceId: string;
        summary: string;
        premises: { name: string };
      }[];
    }>(MY_ALERTS);
    expect(myMonitoringAlerts).toEqual([
      expect.objectContaining({
        source: 'ENFORCEMENT_ACTION',
        sourceId: action.id,
        summary: `Northbridge Fire and Rescue: prohibition at ${flat.name} under “Prohibition notice (prohibit or restrict use of premises)”`,
        premises: { name: flat.name },
      }),
    ]);
    // Only the coordinator of the monitoring is alerted.
    expect((await otherCoordinator.ok<{ myMonitoringAlerts: unknown[] }>(MY_ALERTS)).myMonitoringAlerts).toEqual([]);

    await coordinator.ok(ACKNOWLEDGE, { id: myMonitoringAlerts[0].id });
    await coordinator.ok(ACKNOWLEDGE, { id: myMonitoringAlerts[0].id });
    expect((await coordinator.ok<{ myMonitoringAlerts: unknown[] }>(MY_ALERTS)).myMonitoringAlerts).toEqual([]);
    expect(
      (await coordinator.ok<{ myMonitoringAlerts: unknown[] }>(MY_ALERTS, { all: false })).myMonitoringAlerts,
    ).toHaveLength(1);
  });

  it('alerts when a visit elsewhere meets a monitored person, and when a visit is planned at a monitored premises', async () => {
    const { recordVisit } = await police.ok<{ recordVisit: { id: string } }>(RECORD_VISIT, {
      input: {
        premisesId: cafe.id,
        startedAt: new Date(Date.now() - 3_600_000).toISOString(),
        attendingOfficerIds: [policeOfficer.id],
        observations: [],
        notes: 'Routine check.',
        people: [{ personId: manager.id, role: 'EMPLOYEE' }],
      },
    });
    const visitAlert = (await alerts()).find((alert) => alert.sourceId === recordVisit.id)!;
    const managerSubject = await api.db.getRepository(MonitoredSubject).findOneByOrFail({ personId: manager.id });
    expect(visitAlert).toMatchObject({ source: 'VISIT_RECORD', premisesId: cafe.id, subjectIds: [managerSubject.id] });
    expect(visitAlert.summary).toMatch(/^Visit recorded at Canal Street Cafe on .*1 person met$/);

    const { planVisit } = await coordinator.ok<{ planVisit: { id: string } }>(PLAN_VISIT, {
      input: { groupId: group.id, premisesId: club.id, startsAt: `${inMonths(1)}T10:00`, riskLevel: 'MEDIUM' },
    });
    const planAlert = (await alerts()).find((alert) => alert.sourceId === planVisit.id)!;
    expect(planAlert).toMatchObject({ source: 'VISIT_PLAN', premisesId: club.id });
    expect(planAlert.summary).toMatch(/^Joint visit planned: Foundry Walk Social Club/);
  });

  it('alerts when a monitored person is linked to another premises, and not for a link that touches no monitoring', async () => {
    const LINK = `mutation ($premisesId: ID!, $input: LinkPersonInput!) {
      linkPersonToPremises(premisesId: $premisesId, input: $input) { id } }`;
    const { linkPersonToPremises: link } = await coordinator.ok<{ linkPersonToPremises: { id: string } }>(LINK, {
      premisesId: unrelated.id,
      input: { personId: owner.id, role: 'LANDLORD' },
    });
    const alert = (await alerts()).find((row) => row.sourceId === link.id)!;
    const ownerSubject = await api.db.getRepository(MonitoredSubject).findOneByOrFail({ personId: owner.id });
    expect(alert).toMatchObject({ source: 'PREMISES_LINK', premisesId: unrelated.id, subjectIds: [ownerSubject.id] });
    expect(alert.summary).toBe('Vincent Arlow linked to Station Road Takeaway as landlord');

    const before = (await alerts()).length;
    await coordinator.ok(LINK, {
      premisesId: cafe.id,
      input: { person: { fullName: 'Dana Whitlow' }, role: 'MANAGER' },
    });
    expect(await alerts()).toHaveLength(before);
  });

  it('moves monitoring on at a review, refuses a stale review, and ends it: no alerts after that', async () => {
    const current = await api.db.getRepository(Monitoring).findOneByOrFail({ premisesId: club.id });
    const { reviewMonitoring: reviewed } = await coordinator.ok<{ reviewMonitoring: MonitoringView }>(REVIEW, {
      id: current.id,
      version: current.version,
      input: { findings: 'No activity seen at the club; the flat was prohibited.', outcome: 'CONTINUE' },
    });
    expect(reviewed).toMatchObject({ status: 'ACTIVE', version: 2, nextReviewOn: nextReviewOn(today, 'MONTHLY') });
    const stale = await otherCoordinator.request(REVIEW, {
      id: current.id,
      version: current.version,
      input: { findings: 'Seen nothing', outcome: 'END' },
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const future = await coordinator.request(REVIEW, {
      id: current.id,
      version: 2,
      input: { reviewedOn: inMonths(1), findings: 'x', outcome: 'END' },
    });
    expect(fieldErrorsOf(future)).toEqual([expect.objectContaining({ field: 'reviewedOn' })]);

    // Before it ends, the flat shows its monitoring to the officers who work on it.
    const seen = await police.ok<TimelineView>(TIMELINE, { id: flat.id });
    expect(seen.premises.monitoring).toEqual({ endsOn: inMonths(12), status: 'ACTIVE' });
    const ended = await coordinator.ok<{ reviewMonitoring: MonitoringView }>(REVIEW, {
      id: current.id,
      version: 2,
      input: { findings: 'Nothing further for six months.', outcome: 'END' },
    });
    expect(
      (await api.db.getRepository(Reminder).findBy({ subjectId: current.id, status: 'PENDING' })).map((r) => r.kind),
    ).toEqual([]);
    expect(ended.reviewMonitoring).toMatchObject({
      status: 'ENDED',
      reviews: [{ outcome: 'END' }, { outcome: 'CONTINUE' }],
    });
    // The flat was prohibited (closed) meanwhile, so it stays closed; the club stays closed.
    const statuses = await api.db.getRepository(Premises).findBy({});
    expect(Object.fromEntries(statuses.map((p) => [p.name, p.status]))).toMatchObject({
      [club.name]: 'CLOSED',
      [flat.name]: 'CLOSED',
    });

    const before = (await alerts()).length;
    await fire.ok(RECORD_ACTION, {
      input: {
        premisesId: flat.id,
        agencyId: agencyId('FIRE_AND_RESCUE'),
        kind: 'ADVICE',
        takenOn: today,
        details: 'Re-inspection.',
      },
    });
    expect(await alerts()).toHaveLength(before);
  });

  it('shows the premises’ timeline newest first: status changes, monitoring, actions; alerts only to coordinating roles', async () => {
    const { premises } = await coordinator.ok<TimelineView>(TIMELINE, { id: flat.id });
    const kinds = premises.timeline.map((entry) => `${entry.kind}: ${entry.title}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'ACTION_TAKEN: Advice',
        'ACTION_TAKEN: Prohibition',
        'STATUS_CHANGED: Status: Closed',
        'STATUS_CHANGED: Status: Under monitoring',
        'MONITORING_STARTED: Under monitoring as an associated premises',
        'MONITORING_ALERT: Monitoring alert',
        'PREMISES_RECORDED: Recorded as a premises of concern',
      ]),
    );
    const times = premises.timeline.map((entry) => Date.parse(entry.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(premises.timeline.at(-1)!.kind).toBe('PREMISES_RECORDED');
    // The prohibition, recorded at the door, comes before the closure and the alert it caused (newest first: after them).
    const closed = kinds.indexOf('STATUS_CHANGED: Status: Closed');
    expect(kinds.slice(closed, closed + 3)).toEqual([
      'STATUS_CHANGED: Status: Closed',
      'MONITORING_ALERT: Monitoring alert',
      'ACTION_TAKEN: Prohibition',
    ]);
    expect(premises.timeline.find((e) => e.kind === 'STATUS_CHANGED' && e.title === 'Status: Closed')!.detail).toBe(
      'Was Under monitoring',
    );

    const officerView = await fire.ok<TimelineView>(TIMELINE, { id: flat.id });
    expect(officerView.premises.timeline.some((entry) => entry.kind === 'MONITORING_ALERT')).toBe(false);
    expect(officerView.premises.timeline.length).toBe(premises.timeline.length - 1);
  });

  it('keeps group events and planned visits off the timeline for an agency outside the group', async () => {
    const visit = await api.db.getRepository(VisitPlan).save({
      groupId: group.id,
      premisesId: club.id,
      startsAt: new Date(),
      riskLevel: 'HIGH',
      status: 'COMPLETED',
    });
    await api.db.getRepository(VisitAgency).save({ visitPlanId: visit.id, agencyId: agencyId('POLICE') });
    const member = await police.ok<TimelineView>(TIMELINE, { id: club.id });
    const outsider = await fire.ok<TimelineView>(TIMELINE, { id: club.id });
    expect(member.premises.timeline.map((e) => e.kind)).toEqual(expect.arrayContaining(['VISIT_PLANNED']));
    expect(outsider.premises.timeline.map((e) => e.kind)).not.toContain('VISIT_PLANNED');
    expect(member.premises.timeline.filter((e) => e.kind === 'VISIT_PLANNED').map((e) => e.path)).toContain(
      `/visits/${visit.id}`,
    );
  });
});
