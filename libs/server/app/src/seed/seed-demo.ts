import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@lantern/server/core';
import { schemaParts } from '../schema-parts';
import { writeWeeklyDigests } from '@lantern/server/reminders';
import { AgenciesService, Agency } from '@lantern/server/agencies';
import { PasswordHasher, UserAccount } from '@lantern/server/identity';
import { PowersService, readPowersCatalogue } from '@lantern/server/powers';
import { Person, PremisesService } from '@lantern/server/premises';
import { MonitoringService } from '@lantern/server/monitoring';
import { AuditLog } from '@lantern/server/audit';
import { GroupsService, TaskAndFinishGroup, TasksService } from '@lantern/server/groups';
import { VisitPlanService } from '@lantern/server/visits';
import { Power } from '@lantern/server/powers';
import { londonToday, type Viewer } from '@lantern/shared/domain';
import { InformationReportsService } from '@lantern/server/intelligence';
import { MeetingsService } from '@lantern/server/meetings';
import {
  demoAgencies,
  demoBusinesses,
  demoGroups,
  demoVisit,
  demoOfficers,
  DEMO_PASSWORD,
  demoPeople,
  demoPremisesAgencies,
  demoReports,
  demoPremises,
  demoUsers,
  demoVehicles,
  demoMonitoring,
} from './demo-borough';
import { seedDemoHistory } from './demo-history';

/**
 * Adds the powers catalogue (always: new catalogue entries, never overwriting administrators' edits)
 * and, on an empty database, the Northbridge demo borough. Goes through the same services and rules as the API.
 * With `history`, also the borough's fictional past for the board report (seed/demo-history.ts); the tests leave it
 * out so that what they count stays as the demo borough has it.
 */
export async function seedDemoData(
  databaseUrl: string,
  options: { demo: boolean; history?: boolean } = { demo: true },
): Promise<{ powersAdded: number; demoAdded: boolean }> {
  const db = new DataSource(dataSourceOptions(databaseUrl, schemaParts));
  await db.initialize();
  try {
    const powersAdded = await new PowersService(db).addMissingFromCatalogue(readPowersCatalogue());
    if (!options.demo || (await db.getRepository(Agency).count()) > 0) return { powersAdded, demoAdded: false };

    const audit = new AuditLog();
    const agencies = new AgenciesService(db, audit);
    const agencyIds = new Map<string, string>();
    for (const { key, ...input } of demoAgencies)
      agencyIds.set(key, (await agencies.create({ ...input, area: 'Northbridge' })).id);
    const officerIds = new Map<string, string>();
    for (const { agency, ...input } of demoOfficers) {
      const officer = await agencies.createOfficer(null, agencyIds.get(agency)!, {
        ...input,
        email: null,
        phone: null,
        active: true,
      });
      officerIds.set(officer.name, officer.id);
    }

    const hasher = new PasswordHasher();
    const passwordHash = await hasher.hash(DEMO_PASSWORD);
    const userIds = new Map<string, string>();
    for (const { agency, officer, ...user } of demoUsers) {
      const { identifiers } = await db.getRepository(UserAccount).insert({
        ...user,
        agencyId: agencyIds.get(agency)!,
        officerId: officer ? officerIds.get(officer)! : null,
        passwordHash,
      });
      userIds.set(user.role, identifiers[0].id as string);
    }

    const premises = new PremisesService(db, audit);
    const premisesIds = new Map<string, string>();
    for (const { key, ...input } of demoPremises)
      premisesIds.set(key, (await premises.create(null, { ...input, addressLine2: null, uprn: null })).id);
    for (const [key, agencies] of Object.entries(demoPremisesAgencies)) {
      for (const agency of agencies)
        await premises.shareWithAgency(null, premisesIds.get(key)!, agencyIds.get(agency)!);
    }
    for (const { links, key: _key, ...person } of demoPeople) {
      const [first, ...rest] = links;
      const link = await premises.linkPerson(null, premisesIds.get(first.premises)!, { person, role: first.role });
      for (const other of rest)
        await premises.linkPerson(null, premisesIds.get(other.premises)!, {
          personId: link.personId,
          role: other.role,
        });
    }
    for (const { premises: key, ...vehicle } of demoVehicles)
      await premises.linkVehicle(null, premisesIds.get(key)!, vehicle);
    for (const { premises: key, ...business } of demoBusinesses)
      await premises.linkBusiness(null, premisesIds.get(key)!, business);

    const groups = new GroupsService(db, audit);
    const tasks = new TasksService(db, audit);
    const today = londonToday();
    for (const group of demoGroups) {
      const formed = await groups.create(null, {
        name: group.name,
        objective: group.objective,
        termsOfReference: group.termsOfReference,
        premisesIds: group.premises.map((key) => premisesIds.get(key)!),
        leadAgencyId: agencyIds.get(group.lead)!,
        memberAgencyIds: group.members.map((key) => agencyIds.get(key)!),
        coordinatorUserId: userIds.get('COORDINATOR')!,
      });
      let version = formed.version;
      for (const officer of group.officers)
        version = (await groups.addOfficer(null, formed.id, version, officerIds.get(officer)!)).version;
      for (const task of group.tasks) {
        await tasks.create(null, formed.id, {
          title: task.title,
          details: '',
          ownerAgencyId: agencyIds.get(task.owner)!,
          ownerOfficerId: task.officer ? officerIds.get(task.officer)! : null,
          dueOn: addDays(today, task.dueInDays),
          priority: task.priority,
        });
      }
    }
    await seedDemoVisit(db, audit, { agencyIds, officerIds, premisesIds, today });
    const owner = await db.getRepository(Person).findOneByOrFail({ fullName: demoMonitoring.people[0] });
    await new MonitoringService(db, audit).start(
      null,
      {
        premisesId: premisesIds.get(demoMonitoring.premises)!,
        personIds: [owner.id],
        reason: demoMonitoring.reason,
        reviewSchedule: demoMonitoring.reviewSchedule,
        endsOn: addDays(today, demoMonitoring.endsInDays),
      },
      userIds.get('COORDINATOR')!,
    );
    await seedDemoIntelligence(db, audit, premises, groups, { agencyIds, premisesIds, today });
    // This week's digest for every demo user with something to do: the worker delivers it as soon as it runs,
    // so the demo's inbox and mail catcher show a real reminder straight away.
    await writeWeeklyDigests(db);
    if (options.history) await seedDemoHistory(db, today);
    return { powersAdded, demoAdded: true };
  } finally {
    await db.destroy();
  }
}

/**
 * Fictional information reports (a licensing officer's and a coordinator's) and this week's intelligence meeting,
 * whose agenda is drawn from them: through the same services as the API.
 */
async function seedDemoIntelligence(
  db: DataSource,
  audit: AuditLog,
  premises: PremisesService,
  groups: GroupsService,
  ids: { agencyIds: Map<string, string>; premisesIds: Map<string, string>; today: string },
): Promise<void> {
  const viewerFor = async (email: string): Promise<Viewer> => {
    const user = await db.getRepository(UserAccount).findOneByOrFail({ email });
    return { userId: user.id, agencyId: user.agencyId, role: user.role, sessionId: 'demo-seed' };
  };
  const reports = new InformationReportsService(db, audit, premises);
  const licensing = await viewerFor('licensing.officer@lantern.example');
  const coordinator = await viewerFor('coordinator@lantern.example');
  const intelligence = await viewerFor('intelligence@lantern.example');
  const daysAgo = (days: number, time: string) => `${addDays(ids.today, -days)}T${time}`;
  for (const { by, premises: keys, becameAwareDaysAgo, time, ...input } of demoReports)
    await reports.submit(by === 'licensing' ? licensing : coordinator, {
      ...input,
      becameAwareAt: daysAgo(becameAwareDaysAgo, time),
      premisesIds: keys.map((key) => ids.premisesIds.get(key)!),
      vehicles: input.vehicles ?? [],
      businesses: [],
    });
  await new MeetingsService(db, audit, groups, reports).schedule(intelligence, {
    heldOn: ids.today,
    attendingAgencyIds: ['police', 'business', 'licensing', 'housing'].map((key) => ids.agencyIds.get(key)!),
  });
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The demo visit: next Friday evening (London time), planned through the same service as the planner. */
async function seedDemoVisit(
  db: DataSource,
  audit: AuditLog,
  ids: {
    agencyIds: Map<string, string>;
    officerIds: Map<string, string>;
    premisesIds: Map<string, string>;
    today: string;
  },
): Promise<void> {
  const visits = new VisitPlanService(db, audit);
  const group = await db.getRepository(TaskAndFinishGroup).findOneByOrFail({ name: demoVisit.group });
  let day = addDays(ids.today, 1);
  while (new Date(`${day}T12:00:00Z`).getUTCDay() !== 5) day = addDays(day, 1);
  let plan = await visits.planVisit(null, {
    groupId: group.id,
    premisesId: ids.premisesIds.get(demoVisit.premises)!,
    startsAt: `${day}T${demoVisit.time}`,
    endsAt: null,
    rendezvousPoint: demoVisit.rendezvousPoint,
    riskLevel: demoVisit.riskLevel,
    riskAssessment: demoVisit.riskAssessment,
    briefingNotes: demoVisit.briefingNotes,
    agencies: demoVisit.agencies.map(({ agency }) => ({ agencyId: ids.agencyIds.get(agency)!, entersPremises: true })),
  });
  for (const { agency, officer, powers } of demoVisit.agencies) {
    plan = await visits.addOfficer(null, plan.id, plan.version, ids.officerIds.get(officer)!);
    for (const code of powers) {
      const power = await db.getRepository(Power).findOneByOrFail({ code });
      plan = await visits.addPower(null, plan.id, plan.version, ids.agencyIds.get(agency)!, power.id, null);
    }
  }
}
