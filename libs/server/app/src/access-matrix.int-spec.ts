import {
  buildSchema,
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLObjectType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { londonToday, ROLES, Role } from '@lantern/shared/domain';
import { Agency, Officer } from '@lantern/server/agencies';
import { Person, Premises } from '@lantern/server/premises';
import { Power } from '@lantern/server/powers';
import { GroupAgency, GroupPremises, Task, TaskAndFinishGroup } from '@lantern/server/groups';
import { UserAccount } from '@lantern/server/identity';
import {
  VisitAgency,
  VisitOfficer,
  VisitPlan,
  VisitPower,
  VisitRecord,
  VisitRecordAttendance,
  VisitRecordPerson,
} from '@lantern/server/visits';
import { EnforcementAction, EnforcementActionStatusChange } from '@lantern/server/enforcement';
import { MonitoredSubject, Monitoring, MonitoringAlert, MonitoringReview } from '@lantern/server/monitoring';
import { printApiSchema } from './graphql-schema';
import { seedDemoData } from './seed/seed-demo';
import { GraphqlClient, GraphqlResult, startTestApi, TestApi } from './testing';

/**
 * The access matrix: the policy below says, independently of the code, who may use each query,
 * mutation and nested field. The cases are generated from the schema, so a new operation or
 * nested field without a policy fails here, and every role (and no session at all) is tried
 * against every one of them. A role outside the policy must get FORBIDDEN and no data.
 */
const EVERYONE = ROLES;
const PERSONAL: readonly Role[] = ['ADMINISTRATOR', 'COORDINATOR', 'AGENCY_OFFICER', 'INTELLIGENCE_OFFICER'];
const EDIT_PREMISES: readonly Role[] = ['ADMINISTRATOR', 'COORDINATOR', 'INTELLIGENCE_OFFICER'];
const COORDINATE: readonly Role[] = ['ADMINISTRATOR', 'COORDINATOR', 'INTELLIGENCE_OFFICER'];
const ADMIN: readonly Role[] = ['ADMINISTRATOR'];
const READ_INTELLIGENCE: readonly Role[] = ['ADMINISTRATOR', 'COORDINATOR', 'INTELLIGENCE_OFFICER'];
const SOURCES: readonly Role[] = ['INTELLIGENCE_OFFICER'];
type Policy = readonly Role[] | 'public';

const ROOT_POLICY: Record<string, Policy> = {
  'Query.me': 'public',
  'Query.agencies': EVERYONE,
  'Query.agency': EVERYONE,
  'Query.officer': PERSONAL,
  'Query.powers': EVERYONE,
  'Query.power': EVERYONE,
  'Query.searchPremises': PERSONAL,
  'Query.premises': PERSONAL,
  'Query.person': PERSONAL,
  'Query.findPeople': PERSONAL,
  'Query.users': ADMIN,
  'Query.auditEvents': ADMIN,
  'Mutation.signIn': 'public',
  'Mutation.signOut': 'public',
  'Mutation.createAgency': ADMIN,
  'Mutation.updateAgency': ADMIN,
  'Mutation.createOfficer': ADMIN,
  'Mutation.updateOfficer': ADMIN,
  'Mutation.createPower': ADMIN,
  'Mutation.updatePower': ADMIN,
  'Mutation.createUser': ADMIN,
  'Mutation.setUserDisabled': ADMIN,
  'Mutation.createPremises': EDIT_PREMISES,
  'Mutation.updatePremises': EDIT_PREMISES,
  'Mutation.updatePerson': EDIT_PREMISES,
  'Mutation.linkPersonToPremises': EDIT_PREMISES,
  'Mutation.unlinkPersonFromPremises': EDIT_PREMISES,
  'Mutation.linkVehicleToPremises': EDIT_PREMISES,
  'Mutation.unlinkVehicleFromPremises': EDIT_PREMISES,
  'Mutation.linkBusinessToPremises': EDIT_PREMISES,
  'Mutation.unlinkBusinessFromPremises': EDIT_PREMISES,
  'Mutation.sharePremisesWithAgency': EDIT_PREMISES,
  'Mutation.stopSharingPremisesWithAgency': EDIT_PREMISES,
  'Query.groups': PERSONAL,
  'Query.groupBoard': PERSONAL,
  'Query.group': PERSONAL,
  'Query.groupCoordinatorCandidates': COORDINATE,
  'Query.task': PERSONAL,
  'Query.myTasks': PERSONAL,
  'Mutation.formGroup': COORDINATE,
  'Mutation.updateGroup': COORDINATE,
  'Mutation.changeGroupStage': COORDINATE,
  'Mutation.addPremisesToGroup': COORDINATE,
  'Mutation.removePremisesFromGroup': COORDINATE,
  'Mutation.addAgencyToGroup': COORDINATE,
  'Mutation.removeAgencyFromGroup': COORDINATE,
  'Mutation.addOfficerToGroup': COORDINATE,
  'Mutation.removeOfficerFromGroup': COORDINATE,
  'Mutation.addTask': COORDINATE,
  'Mutation.updateTask': COORDINATE,
  'Mutation.setTaskStatus': PERSONAL,
  'Mutation.commentOnTask': PERSONAL,
  'Query.visitPlan': PERSONAL,
  'Query.myVisits': PERSONAL,
  'Query.visitPlanOptions': COORDINATE,
  'Mutation.planVisit': COORDINATE,
  'Mutation.updateVisitPlan': COORDINATE,
  'Mutation.setVisitStatus': COORDINATE,
  'Mutation.addVisitAgency': COORDINATE,
  'Mutation.removeVisitAgency': COORDINATE,
  'Mutation.setVisitAgencyEntry': COORDINATE,
  'Mutation.addVisitOfficer': COORDINATE,
  'Mutation.removeVisitOfficer': COORDINATE,
  'Mutation.addVisitPower': COORDINATE,
  'Mutation.removeVisitPower': COORDINATE,
  'Mutation.acknowledgeVisitWarning': COORDINATE,
  'Mutation.respondToVisit': PERSONAL,
  'Query.visitRecord': PERSONAL,
  'Mutation.recordVisit': PERSONAL,
  'Mutation.updateVisitRecord': PERSONAL,
  'Mutation.addPersonEncountered': PERSONAL,
  'Mutation.removePersonEncountered': PERSONAL,
  'Query.enforcementAction': PERSONAL,
  'Mutation.recordEnforcementAction': PERSONAL,
  'Mutation.changeEnforcementActionStatus': PERSONAL,
  'Query.monitoring': COORDINATE,
  'Query.monitorings': COORDINATE,
  'Query.myMonitoringAlerts': COORDINATE,
  'Mutation.startMonitoring': COORDINATE,
  'Mutation.reviewMonitoring': COORDINATE,
  'Mutation.acknowledgeMonitoringAlert': COORDINATE,
  'Query.informationReports': PERSONAL,
  'Query.informationReport': PERSONAL,
  'Query.reportsAwaitingFeedback': READ_INTELLIGENCE,
  'Query.mosaic': READ_INTELLIGENCE,
  'Mutation.submitInformationReport': PERSONAL,
  'Mutation.assessInformationReport': SOURCES,
  'Mutation.decideInformationReport': SOURCES,
  'Mutation.giveReportFeedback': SOURCES,
  'Mutation.linkReportToPremises': SOURCES,
  'Mutation.linkReportPerson': SOURCES,
  'Query.intelligenceMeetings': READ_INTELLIGENCE,
  'Query.intelligenceMeeting': READ_INTELLIGENCE,
  'Mutation.scheduleIntelligenceMeeting': READ_INTELLIGENCE,
  'Mutation.addMeetingItem': READ_INTELLIGENCE,
  'Mutation.recordMeetingMinutes': READ_INTELLIGENCE,
  'Mutation.recordMeetingDecision': READ_INTELLIGENCE,
  // Each user's own inbox: every role has one (a board member gets only the reminders meant for them).
  'Query.myNotifications': EVERYONE,
  'Query.unreadNotificationCount': EVERYONE,
  'Mutation.markNotificationRead': EVERYONE,
  'Mutation.markAllNotificationsRead': EVERYONE,
  'Query.boardReport': ['ADMINISTRATOR', 'COORDINATOR', 'INTELLIGENCE_OFFICER', 'BOARD_MEMBER'],
};

/** Nested fields that resolve other records, each with the query path that reaches it. */
const NESTED_POLICY: Record<string, { policy: Policy; path: string }> = {
  'Agency.officers': { policy: PERSONAL, path: '{ agencies { officers { id } } }' },
  'Officer.agency': { policy: PERSONAL, path: '{ agencies { officers { agency { id } } } }' },
  'Premises.people': { policy: PERSONAL, path: '{ searchPremises { items { people { id } } } }' },
  'Premises.vehicles': { policy: PERSONAL, path: '{ searchPremises { items { vehicles { id } } } }' },
  'Premises.businesses': { policy: PERSONAL, path: '{ searchPremises { items { businesses { id } } } }' },
  'Premises.agencies': { policy: PERSONAL, path: '{ searchPremises { items { agencies { id } } } }' },
  'PremisesAgencyLink.agency': {
    policy: PERSONAL,
    path: '{ searchPremises { items { agencies { agency { id } } } } }',
  },
  'Premises.associatedPremises': {
    policy: PERSONAL,
    path: '{ searchPremises { items { associatedPremises { premisesId } } } }',
  },
  'PremisesPersonLink.person': { policy: PERSONAL, path: '{ searchPremises { items { people { person { id } } } } }' },
  'PremisesPersonLink.premises': {
    policy: PERSONAL,
    path: '{ searchPremises { items { people { premises { id } } } } }',
  },
  'PremisesVehicleLink.vehicle': {
    policy: PERSONAL,
    path: '{ searchPremises { items { vehicles { vehicle { id } } } } }',
  },
  'PremisesBusinessLink.business': {
    policy: PERSONAL,
    path: '{ searchPremises { items { businesses { business { id } } } } }',
  },
  'AssociatedPremises.premises': {
    policy: PERSONAL,
    path: '{ searchPremises { items { associatedPremises { premises { id } } } } }',
  },
  'AssociatedPremises.through': {
    policy: PERSONAL,
    path: '{ searchPremises { items { associatedPremises { through { id } } } } }',
  },
  'Person.premises': { policy: PERSONAL, path: '{ findPeople(text: "Hallam") { premises { id } } }' },
  'TaskAndFinishGroup.leadAgency': { policy: PERSONAL, path: '{ groups { items { leadAgency { id } } } }' },
  'TaskAndFinishGroup.coordinator': { policy: PERSONAL, path: '{ groups { items { coordinator { id } } } }' },
  'TaskAndFinishGroup.premises': { policy: PERSONAL, path: '{ groups { items { premises { id } } } }' },
  'TaskAndFinishGroup.agencies': { policy: PERSONAL, path: '{ groups { items { agencies { id } } } }' },
  'TaskAndFinishGroup.officers': { policy: PERSONAL, path: '{ groups { items { officers { id } } } }' },
  'TaskAndFinishGroup.tasks': { policy: PERSONAL, path: '{ groups { items { tasks { id } } } }' },
  'TaskAndFinishGroup.taskCounts': { policy: PERSONAL, path: '{ groups { items { taskCounts { open } } } }' },
  'TaskAndFinishGroup.timeline': { policy: PERSONAL, path: '{ groups { items { timeline { id } } } }' },
  'GroupAgencyLink.agency': { policy: PERSONAL, path: '{ groups { items { agencies { agency { id } } } } }' },
  'GroupOfficerLink.officer': { policy: PERSONAL, path: '{ groups { items { officers { officer { id } } } } }' },
  'GroupEvent.user': { policy: PERSONAL, path: '{ groups { items { timeline { user { id } } } } }' },
  'Task.group': { policy: PERSONAL, path: '{ myTasks { group { id } } }' },
  'Task.premises': { policy: PERSONAL, path: '{ myTasks { premises { id } } }' },
  'Task.ownerAgency': { policy: PERSONAL, path: '{ groups { items { tasks { ownerAgency { id } } } } }' },
  'Task.ownerOfficer': { policy: PERSONAL, path: '{ groups { items { tasks { ownerOfficer { id } } } } }' },
  'Task.comments': { policy: PERSONAL, path: '{ groups { items { tasks { comments { id } } } } }' },
  'TaskComment.author': { policy: PERSONAL, path: '{ groups { items { tasks { comments { author { id } } } } } }' },
  // :visitPlanId and :groupId are replaced by the records seeded in beforeAll.
  'TaskAndFinishGroup.visits': { policy: PERSONAL, path: '{ groups { items { visits { id } } } }' },
  'VisitPlan.group': { policy: PERSONAL, path: '{ visitPlan(id: ":visitPlanId") { group { id } } }' },
  'VisitPlan.premises': { policy: PERSONAL, path: '{ visitPlan(id: ":visitPlanId") { premises { id } } }' },
  'VisitPlan.agencies': { policy: PERSONAL, path: '{ visitPlan(id: ":visitPlanId") { agencies { id } } }' },
  'VisitPlan.warnings': { policy: PERSONAL, path: '{ visitPlan(id: ":visitPlanId") { warnings { key } } }' },
  'VisitAgency.agency': { policy: PERSONAL, path: '{ visitPlan(id: ":visitPlanId") { agencies { agency { id } } } }' },
  'VisitAgency.officers': {
    policy: PERSONAL,
    path: '{ visitPlan(id: ":visitPlanId") { agencies { officers { id } } } }',
  },
  'VisitAgency.powers': { policy: PERSONAL, path: '{ visitPlan(id: ":visitPlanId") { agencies { powers { id } } } }' },
  'VisitOfficer.officer': {
    policy: PERSONAL,
    path: '{ visitPlan(id: ":visitPlanId") { agencies { officers { officer { id } } } } }',
  },
  'VisitPower.power': {
    policy: PERSONAL,
    path: '{ visitPlan(id: ":visitPlanId") { agencies { powers { power { id } } } } }',
  },
  'VisitPlan.record': { policy: PERSONAL, path: '{ visitPlan(id: ":visitPlanId") { record { id } } }' },
  'Premises.visitRecords': { policy: PERSONAL, path: '{ searchPremises { items { visitRecords { id } } } }' },
  'VisitRecord.premises': { policy: PERSONAL, path: '{ visitRecord(id: ":visitRecordId") { premises { id } } }' },
  'VisitRecord.visitPlan': { policy: PERSONAL, path: '{ visitRecord(id: ":visitRecordId") { visitPlan { id } } }' },
  'VisitRecord.attendees': {
    policy: PERSONAL,
    path: '{ visitRecord(id: ":visitRecordId") { attendees { officerId } } }',
  },
  'VisitRecord.peopleEncountered': {
    policy: PERSONAL,
    path: '{ visitRecord(id: ":visitRecordId") { peopleEncountered { id } } }',
  },
  'VisitAttendee.officer': {
    policy: PERSONAL,
    path: '{ visitRecord(id: ":visitRecordId") { attendees { officer { id } } } }',
  },
  'VisitAttendee.agency': {
    policy: PERSONAL,
    path: '{ visitRecord(id: ":visitRecordId") { attendees { agency { id } } } }',
  },
  'VisitRecordPerson.person': {
    policy: PERSONAL,
    path: '{ visitRecord(id: ":visitRecordId") { peopleEncountered { person { id } } } }',
  },
  'VisitPlanOptions.premises': {
    policy: COORDINATE,
    path: '{ visitPlanOptions(groupId: ":groupId") { premises { id } } }',
  },
  'VisitPlanOptions.agencies': {
    policy: COORDINATE,
    path: '{ visitPlanOptions(groupId: ":groupId") { agencies { id } } }',
  },
  // :actionId is the enforcement action seeded at the visit.
  'Premises.enforcementActions': {
    policy: PERSONAL,
    path: '{ searchPremises { items { enforcementActions { id } } } }',
  },
  'Premises.timeline': { policy: PERSONAL, path: '{ searchPremises { items { timeline { id } } } }' },
  // :monitoringId is the monitoring seeded on the matrix premises, with a person, a review and an alert.
  'Premises.monitoring': { policy: PERSONAL, path: '{ searchPremises { items { monitoring { id } } } }' },
  'Monitoring.premises': {
    policy: PERSONAL,
    path: '{ searchPremises { items { monitoring { premises { id } } } } }',
  },
  'Monitoring.coordinator': {
    policy: COORDINATE,
    path: '{ searchPremises { items { monitoring { coordinator { id } } } } }',
  },
  'Monitoring.subjects': {
    policy: COORDINATE,
    path: '{ searchPremises { items { monitoring { subjects { id } } } } }',
  },
  'Monitoring.reviews': { policy: COORDINATE, path: '{ searchPremises { items { monitoring { reviews { id } } } } }' },
  'Monitoring.alerts': { policy: COORDINATE, path: '{ searchPremises { items { monitoring { alerts { id } } } } }' },
  'MonitoredSubject.premises': {
    policy: COORDINATE,
    path: '{ monitoring(id: ":monitoringId") { subjects { premises { id } } } }',
  },
  'MonitoredSubject.person': {
    policy: COORDINATE,
    path: '{ monitoring(id: ":monitoringId") { subjects { person { id } } } }',
  },
  'MonitoringAlert.premises': {
    policy: COORDINATE,
    path: '{ monitoring(id: ":monitoringId") { alerts { premises { id } } } }',
  },
  'VisitPlan.enforcementActions': {
    policy: PERSONAL,
    path: '{ visitPlan(id: ":visitPlanId") { enforcementActions { id } } }',
  },
  'EnforcementAction.premises': {
    policy: PERSONAL,
    path: '{ enforcementAction(id: ":actionId") { premises { id } } }',
  },
  'EnforcementAction.agency': { policy: PERSONAL, path: '{ enforcementAction(id: ":actionId") { agency { id } } }' },
  'EnforcementAction.power': { policy: PERSONAL, path: '{ enforcementAction(id: ":actionId") { power { id } } }' },
  'EnforcementAction.person': { policy: PERSONAL, path: '{ enforcementAction(id: ":actionId") { person { id } } }' },
  'EnforcementAction.history': { policy: PERSONAL, path: '{ enforcementAction(id: ":actionId") { history { id } } }' },
  // :reportId is a report submitted by the matrix users' agency; the source and referrer are the specialist team's alone.
  'InformationReport.source': { policy: SOURCES, path: '{ informationReport(id: ":reportId") { source { name } } }' },
  'InformationReport.referrer': {
    policy: SOURCES,
    path: '{ informationReport(id: ":reportId") { referrer { name } } }',
  },
  'InformationReport.triage': {
    policy: READ_INTELLIGENCE,
    path: '{ informationReport(id: ":reportId") { triage { decisionReason } } }',
  },
  'InformationReport.referringAgency': {
    policy: PERSONAL,
    path: '{ informationReport(id: ":reportId") { referringAgency { id } } }',
  },
  'InformationReport.subjects': {
    policy: PERSONAL,
    path: '{ informationReport(id: ":reportId") { subjects { id } } }',
  },
  'ReportSubject.premises': {
    policy: PERSONAL,
    path: '{ informationReport(id: ":reportId") { subjects { premises { id } } } }',
  },
  'ReportSubject.person': {
    policy: READ_INTELLIGENCE,
    path: '{ informationReport(id: ":reportId") { subjects { person { id } } } }',
  },
  'ReportSubject.vehicle': {
    policy: PERSONAL,
    path: '{ informationReport(id: ":reportId") { subjects { vehicle { id } } } }',
  },
  'ReportSubject.business': {
    policy: PERSONAL,
    path: '{ informationReport(id: ":reportId") { subjects { business { id } } } }',
  },
  'ReportSubject.matches': {
    policy: SOURCES,
    path: '{ informationReport(id: ":reportId") { subjects { matches { personId } } } }',
  },
  'PersonMatch.person': {
    policy: SOURCES,
    path: '{ informationReport(id: ":reportId") { subjects { matches { person { id } } } } }',
  },
  'Mosaic.reports': { policy: READ_INTELLIGENCE, path: '{ mosaic(premisesId: ":premisesId") { reports { id } } }' },
  'Mosaic.links': { policy: READ_INTELLIGENCE, path: '{ mosaic(premisesId: ":premisesId") { links { id } } }' },
  'MosaicLink.premises': {
    policy: READ_INTELLIGENCE,
    path: '{ mosaic(premisesId: ":premisesId") { links { premises { id } } } }',
  },
  'MosaicLink.person': {
    policy: READ_INTELLIGENCE,
    path: '{ mosaic(premisesId: ":premisesId") { links { person { id } } } }',
  },
  'MosaicLink.vehicle': {
    policy: READ_INTELLIGENCE,
    path: '{ mosaic(premisesId: ":premisesId") { links { vehicle { id } } } }',
  },
  'MosaicLink.business': {
    policy: READ_INTELLIGENCE,
    path: '{ mosaic(premisesId: ":premisesId") { links { business { id } } } }',
  },
  'IntelligenceMeeting.chair': { policy: READ_INTELLIGENCE, path: '{ intelligenceMeetings { chair { id } } }' },
  'IntelligenceMeeting.attendingAgencies': {
    policy: READ_INTELLIGENCE,
    path: '{ intelligenceMeetings { attendingAgencies { id } } }',
  },
  'IntelligenceMeeting.items': { policy: READ_INTELLIGENCE, path: '{ intelligenceMeetings { items { id } } }' },
  'MeetingItem.premises': { policy: READ_INTELLIGENCE, path: '{ intelligenceMeetings { items { premises { id } } } }' },
  'MeetingItem.person': { policy: READ_INTELLIGENCE, path: '{ intelligenceMeetings { items { person { id } } } }' },
  'MeetingItem.reports': { policy: READ_INTELLIGENCE, path: '{ intelligenceMeetings { items { reports { id } } } }' },
  'MeetingItem.decisions': {
    policy: READ_INTELLIGENCE,
    path: '{ intelligenceMeetings { items { decisions { id } } } }',
  },
  'MeetingDecision.group': {
    policy: READ_INTELLIGENCE,
    path: '{ intelligenceMeetings { items { decisions { group { id } } } } }',
  },
  'MeetingDecision.ownerAgency': {
    policy: READ_INTELLIGENCE,
    path: '{ intelligenceMeetings { items { decisions { ownerAgency { id } } } } }',
  },
  'TaskAndFinishGroup.formedAtMeeting': {
    policy: PERSONAL,
    path: '{ groups { items { formedAtMeeting { meetingId } } } }',
  },
};

/** Fields that only carry their parent's data (page items), guarded by the field that returned the parent. */
const CARRIED = new Set([
  'PremisesPage.items',
  'AuditEventPage.items',
  'TaskAndFinishGroupPage.items',
  // The group board is one read (one statement, scoped inside it): its parts come with it, guarded by Query.groupBoard.
  'GroupBoard.items',
  ...['leadAgency', 'coordinator', 'premises', 'agencies', 'visits', 'taskCounts'].map(
    (field) => `BoardGroup.${field}`,
  ),
  'BoardVisit.enforcementActions',
  'BoardAction.agency',
  // The board report is one plain object of counts: its parts come with it, guarded by Query.boardReport.
  ...['period', 'previousPeriod', 'figures', 'durations', 'tables'].map((field) => `BoardReport.${field}`),
  'BoardReportFigure.current',
  'BoardReportFigure.previous',
  'BoardReportDuration.count',
  'BoardReportTable.rows',
  'BoardReportRow.cells',
]);

const allowed = (policy: Policy, role: Role | null) => policy === 'public' || (role !== null && policy.includes(role));

describe('the access matrix', () => {
  let api: TestApi;
  let schema: GraphQLSchema;
  const clients = new Map<Role | null, GraphqlClient>();
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    schema = buildSchema(await printApiSchema());
    api = await startTestApi();
    await seedDemoData(api.database.url);
    ids['agency'] = (
      await api.db.getRepository(Agency).findOneByOrFail({ name: 'Northbridge Council – Licensing' })
    ).id;
    ids['officer'] = (await api.db.getRepository(Officer).find({ take: 1 }))[0].id;
    ids['premises'] = (await api.db.getRepository(Premises).findOneByOrFail({ name: 'Foundry Walk Social Club' })).id;
    ids['person'] = (await api.db.getRepository(Person).findOneByOrFail({ fullName: 'Victor Hallam-Sykes' })).id;
    ids['power'] = (await api.db.getRepository(Power).find({ take: 1 }))[0].id;
    // The demo group for the social club; its licensing task belongs to the matrix users' agency.
    ids['group'] = (
      await api.db.getRepository(TaskAndFinishGroup).findOneByOrFail({ name: 'Foundry Walk Social Club disruption' })
    ).id;
    ids['task'] = (await api.db.getRepository(Task).findOneByOrFail({ ownerAgencyId: ids['agency'] })).id;
    await seedVisitPlan();
    clients.set(null, api.client());
    for (const role of ROLES) clients.set(role, (await api.signedIn(role, { agencyId: ids['agency'] })).client);
    reportId = await seedInformationReport();
  });
  afterAll(() => api.close());

  /**
   * A group with the matrix users' agency as a member, and a visit plan for it with an officer and a power,
   * so the nested visit fields have something to resolve. Its version is beyond the 1 the sweep sends, so the
   * sweep's mutations meet a CONFLICT (not a refusal) and leave it as it is.
   */
  async function seedVisitPlan() {
    const coordinator = (await api.db.getRepository(UserAccount).find({ take: 1 }))[0];
    const group = await api.db.getRepository(TaskAndFinishGroup).save({
      name: 'Matrix group',
      objective: 'Matrix',
      leadAgencyId: ids['agency'],
      coordinatorUserId: coordinator.id,
    });
    groupId = group.id;
    await api.db.getRepository(GroupAgency).save({ groupId: group.id, agencyId: ids['agency'] });
    await api.db.getRepository(GroupPremises).save({ groupId: group.id, premisesId: ids['premises'] });
    const plan = await api.db.getRepository(VisitPlan).save({
      groupId: group.id,
      premisesId: ids['premises'],
      startsAt: new Date('2026-03-13T22:00:00Z'),
    });
    await api.db.query('UPDATE visit_plan SET version = 5 WHERE id = $1', [plan.id]);
    await api.db.getRepository(VisitAgency).save({ visitPlanId: plan.id, agencyId: ids['agency'] });
    const officer = await api.db.getRepository(Officer).findOneByOrFail({ agencyId: ids['agency'] });
    await api.db
      .getRepository(VisitOfficer)
      .save({ visitPlanId: plan.id, officerId: officer.id, agencyId: ids['agency'] });
    const power = await api.db.getRepository(Power).findOneByOrFail({ code: 'la-2003-s179-entry-licensable-activity' });
    await api.db.getRepository(VisitPower).save({ visitPlanId: plan.id, agencyId: ids['agency'], powerId: power.id });
    ids['visit'] = plan.id;
    // Its record, with an officer who attended and a person met; at version 5 too, for the same reason.
    const record = await api.db.getRepository(VisitRecord).save({
      premisesId: ids['premises'],
      visitPlanId: plan.id,
      startedAt: new Date('2026-03-13T22:10:00Z'),
    });
    await api.db.query('UPDATE visit_record SET version = 5 WHERE id = $1', [record.id]);
    await api.db
      .getRepository(VisitRecordAttendance)
      .save({ visitRecordId: record.id, officerId: officer.id, agencyId: ids['agency'] });
    await api.db
      .getRepository(VisitRecordPerson)
      .save({ visitRecordId: record.id, personId: ids['person'], role: 'OWNER' });
    visitRecordId = record.id;
    const action = await api.db.getRepository(EnforcementAction).save({
      premisesId: ids['premises'],
      visitPlanId: plan.id,
      agencyId: ids['agency'],
      powerId: power.id,
      personId: ids['person'],
      kind: 'INSPECTION',
      takenOn: '2026-03-13',
      details: 'Matrix inspection',
    });
    await api.db
      .getRepository(EnforcementActionStatusChange)
      .save({ actionId: action.id, status: 'SERVED', changedOn: '2026-03-13' });
    actionId = action.id;
    const monitoring = await api.db.getRepository(Monitoring).save({
      premisesId: ids['premises'],
      reason: 'Matrix',
      reviewSchedule: 'MONTHLY',
      nextReviewOn: '2026-04-13',
      endsOn: '2027-03-13',
      coordinatorUserId: coordinator.id,
    });
    await api.db.query('UPDATE monitoring SET version = 5 WHERE id = $1', [monitoring.id]);
    await api.db.getRepository(MonitoredSubject).save([
      { monitoringId: monitoring.id, kind: 'PREMISES', premisesId: ids['premises'], why: 'Matrix' },
      { monitoringId: monitoring.id, kind: 'PERSON', personId: ids['person'], why: 'Matrix' },
    ]);
    await api.db
      .getRepository(MonitoringReview)
      .save({ monitoringId: monitoring.id, reviewedOn: '2026-03-20', findings: 'Matrix', outcome: 'CONTINUE' });
    await api.db.getRepository(MonitoringAlert).save({
      monitoringId: monitoring.id,
      source: 'ENFORCEMENT_ACTION',
      sourceId: action.id,
      premisesId: ids['premises'],
      subjectIds: [],
      summary: 'Matrix',
    });
    monitoringId = monitoring.id;
  }
  let monitoringId = '';
  let actionId = '';
  let reportId = '';

  /**
   * A report by the matrix's agency officer about the social club, naming a person of the register, a described
   * person, a vehicle and a business; and a meeting whose agenda it fills, with a decision on the club.
   */
  async function seedInformationReport(): Promise<string> {
    const { submitInformationReport } = await clients
      .get('AGENCY_OFFICER')!
      .ok<{ submitInformationReport: { id: string } }>(
        `mutation ($input: SubmitReportInput!) { submitInformationReport(input: $input) { id } }`,
        {
          input: {
            becameAwareAt: '2026-11-01T20:00',
            referrerJobTitle: 'Matrix officer',
            referrerContact: 'matrix@lantern.test',
            sourceType: 'WITNESSED',
            howCameToLight: 'Matrix',
            informationAccuracy: 3,
            handlingCode: 'P',
            details: 'Matrix',
            premisesIds: [ids['premises']],
            people: [{ personId: ids['person'] }, { fullName: 'Victor Hallam-Sykes', nicknames: [] }],
            vehicles: [{ registration: 'NB65 XRV' }],
            businesses: [{ name: 'Matrix Ltd' }],
          },
        },
      );
    const intelligence = clients.get('INTELLIGENCE_OFFICER')!;
    const { scheduleIntelligenceMeeting } = await intelligence.ok<{
      scheduleIntelligenceMeeting: { items: { id: string; version: number }[] };
    }>(
      `mutation ($input: ScheduleMeetingInput!) { scheduleIntelligenceMeeting(input: $input) { items { id version } } }`,
      { input: { heldOn: londonToday(), attendingAgencyIds: [ids['agency']] } },
    );
    const [item] = scheduleIntelligenceMeeting.items;
    await intelligence.ok(
      `mutation ($id: ID!, $version: Int!, $input: MeetingDecisionInput!) { recordMeetingDecision(itemId: $id, version: $version, input: $input) { id } }`,
      { id: item.id, version: item.version, input: { kind: 'ACTION', text: 'Matrix', ownerAgencyId: ids['agency'] } },
    );
    return submitInformationReport.id;
  }
  let groupId = '';
  let visitRecordId = '';
  const withSeededIds = (path: string) =>
    path
      .replaceAll(':visitPlanId', ids['visit'])
      .replaceAll(':groupId', groupId)
      .replaceAll(':visitRecordId', visitRecordId)
      .replaceAll(':actionId', actionId)
      .replaceAll(':monitoringId', monitoringId)
      .replaceAll(':reportId', reportId)
      .replaceAll(':premisesId', ids['premises']);

  function rootFields(): [string, GraphQLField<unknown, unknown>][] {
    return (['Query', 'Mutation'] as const).flatMap((typeName) =>
      Object.values((schema.getType(typeName) as GraphQLObjectType).getFields()).map(
        (field) => [`${typeName}.${field.name}`, field] as [string, GraphQLField<unknown, unknown>],
      ),
    );
  }

  function nestedFields(): string[] {
    return Object.values(schema.getTypeMap())
      .filter(
        (type): type is GraphQLObjectType =>
          isObjectType(type) && !type.name.startsWith('__') && !['Query', 'Mutation'].includes(type.name),
      )
      .flatMap((type) =>
        Object.values(type.getFields())
          .filter((field) => isObjectType(getNamedType(field.type)))
          .map((field) => `${type.name}.${field.name}`),
      );
  }

  /** A value of the right type for an argument; ids are real where the argument names a known record. */
  function valueFor(type: GraphQLInputType, name: string, field: string): unknown {
    if (isNonNullType(type)) return valueFor(type.ofType, name, field);
    if (isListType(type)) return [];
    if (isEnumType(type)) return type.getValues()[0].value;
    if (isInputObjectType(type)) {
      return Object.fromEntries(
        Object.values(type.getFields())
          .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
          .map((f) => [f.name, valueFor(f.type, f.name, field)]),
      );
    }
    if (isScalarType(type)) {
      if (type.name === 'Int') return 1;
      if (type.name === 'Boolean') return false;
      if (type.name === 'ID') {
        const record = Object.keys(ids).find(
          (key) => field.toLowerCase().includes(key) && (name === 'id' || name.toLowerCase().startsWith(key)),
        );
        return record ? ids[record] : '00000000-0000-4000-8000-000000000000';
      }
      return name === 'email' ? 'someone@lantern.test' : name === 'password' ? 'not-the-password' : 'Matrix';
    }
    throw new Error(`No value for ${name}`);
  }

  function operationFor(
    key: string,
    field: GraphQLField<unknown, unknown>,
  ): { query: string; variables: Record<string, unknown> } {
    const [typeName] = key.split('.');
    const definitions = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`);
    const args = field.args.map((arg) => `${arg.name}: $${arg.name}`);
    const named = getNamedType(field.type);
    const selection = isObjectType(named)
      ? named.getFields()['id']
        ? '{ id }'
        : named.getFields()['total']
          ? '{ total }'
          : '{ __typename }'
      : '';
    const variables = Object.fromEntries(field.args.map((arg) => [arg.name, valueFor(arg.type, arg.name, field.name)]));
    return {
      query: `${typeName === 'Query' ? 'query' : 'mutation'}${definitions.length ? `(${definitions.join(', ')})` : ''} { ${field.name}${args.length ? `(${args.join(', ')})` : ''} ${selection} }`,
      variables,
    };
  }

  const denied = (result: GraphqlResult, role: Role | null) => {
    const codes = (result.errors ?? []).map((e) => e.extensions?.code);
    return codes.includes(role === null ? 'UNAUTHENTICATED' : 'FORBIDDEN');
  };

  it('has a policy for every query, mutation and nested field in the schema', () => {
    expect(
      rootFields()
        .map(([key]) => key)
        .filter((key) => !(key in ROOT_POLICY)),
    ).toEqual([]);
    expect(nestedFields().filter((key) => !(key in NESTED_POLICY) && !CARRIED.has(key))).toEqual([]);
  });

  it('scopes agency officers to the premises their own agency takes part in', async () => {
    // Runs before the mutation sweep below, which changes the demo data. The demo borough shares the social club with Licensing (the matrix users' agency) but not the car wash;
    // an officer of an agency that takes part in nothing sees nothing.
    const carWash = (await api.db.getRepository(Premises).findOneByOrFail({ name: 'Wharfside Hand Car Wash' })).id;
    const other = (await api.signedIn('AGENCY_OFFICER', { agencyType: 'PLANNING_ENFORCEMENT' })).client;
    const own = clients.get('AGENCY_OFFICER')!;
    const names = (result: GraphqlResult) => JSON.stringify(result.data ?? {}).match(/"name":"[^"]+"/g) ?? [];

    const cases: [string, Record<string, unknown>, string[], string[]][] = [
      [
        '{ searchPremises { items { name } } }',
        {},
        ['"name":"Foundry Walk Social Club"', '"name":"Kestrel Parade Takeaway"', '"name":"Lantern Row Shisha Lounge"'],
        [],
      ],
      [
        'query ($id: ID!) { premises(id: $id) { name } }',
        { id: ids['premises'] },
        ['"name":"Foundry Walk Social Club"'],
        [],
      ],
      ['query ($id: ID!) { premises(id: $id) { name } }', { id: carWash }, [], []],
      [
        'query ($id: ID!) { premises(id: $id) { associatedPremises { premises { name } } } }',
        { id: ids['premises'] },
        [],
        [],
      ],
      [
        'query ($id: ID!) { person(id: $id) { premises { premises { name } } } }',
        { id: ids['person'] },
        ['"name":"Foundry Walk Social Club"'],
        [],
      ],
      [
        '{ findPeople(text: "Arkwright") { premises { premises { name } } } }',
        {},
        ['"name":"Foundry Walk Social Club"'],
        [],
      ],
      [
        '{ groups(pageSize: 100) { items { premises { name } } } }',
        {},
        ['"name":"Foundry Walk Social Club"', '"name":"Foundry Walk Social Club"'],
        [],
      ],
      [
        '{ groupBoard(pageSize: 100) { items { premises { name } } } }',
        {},
        ['"name":"Foundry Walk Social Club"', '"name":"Foundry Walk Social Club"'],
        [],
      ],
    ];
    const leaks: string[] = [];
    for (const [query, variables, ownSees, otherSees] of cases) {
      const ownNames = names(await own.request(query, variables)).sort();
      const otherNames = names(await other.request(query, variables)).sort();
      if (JSON.stringify(ownNames) !== JSON.stringify([...ownSees].sort()))
        leaks.push(`own agency, ${query}: ${ownNames.join(', ')}`);
      if (JSON.stringify(otherNames) !== JSON.stringify(otherSees))
        leaks.push(`other agency, ${query}: ${otherNames.join(', ')}`);
    }
    expect(leaks).toEqual([]);
  });

  it('gives every role exactly what its policy allows at the root, with no session refused everywhere but sign-in', async () => {
    const leaks: string[] = [];
    const roles: (Role | null)[] = [null, ...ROLES];
    for (const [key, field] of rootFields()) {
      if (key === 'Mutation.signOut') continue; // tried last, below: it ends the session
      const { query, variables } = operationFor(key, field);
      for (const role of roles) {
        const result = await clients.get(role)!.request(query, variables);
        // A public operation may answer UNAUTHENTICATED as its result (a wrong password), not as a refusal.
        const refused = ROOT_POLICY[key] === 'public' ? denied(result, 'ADMINISTRATOR') : denied(result, role);
        const expected = allowed(ROOT_POLICY[key], role);
        if (expected && refused) leaks.push(`${key}: ${role ?? 'no session'} was refused but the policy allows it`);
        if (!expected && !refused)
          leaks.push(`${key}: ${role ?? 'no session'} was not refused (${JSON.stringify(result).slice(0, 200)})`);
        if (!expected && result.data && (result.data as Record<string, unknown>)[field.name] != null)
          leaks.push(`${key}: ${role ?? 'no session'} got data`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('guards every nested field on its own', async () => {
    const leaks: string[] = [];
    for (const [key, { policy, path }] of Object.entries(NESTED_POLICY)) {
      for (const role of ROLES) {
        const result = await clients.get(role)!.request(withSeededIds(path));
        const refused = denied(result, role);
        if (allowed(policy, role) && refused) leaks.push(`${key}: ${role} was refused but the policy allows it`);
        const json = JSON.stringify(result.data ?? {});
        const fieldName = key.split('.')[1];
        if (!allowed(policy, role) && json.includes(`"${fieldName}":[{`)) leaks.push(`${key}: ${role} got data`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('signs out any session, and afterwards refuses it', async () => {
    const client = clients.get('COORDINATOR')!;
    await client.ok('mutation { signOut }');
    expect((await client.request('{ agencies { id } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
