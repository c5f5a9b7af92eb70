import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@lantern/server/core';
import { schemaParts } from '../schema-parts';
import { writeWeeklyDigests } from '@lantern/server/reminders';
import { AgenciesService, Agency } from '@lantern/server/agencies';
import { PasswordHasher, UserAccount } from '@lantern/server/identity';
import { PowersService, readPowersCatalogue } from '@lantern/server/powers';
import { PremisesService } from '@lantern/server/premises';
import { AuditLog } from '@lantern/server/audit';
import { GroupsService, TaskAndFinishGroup, TasksService } from '@lantern/server/groups';
import { VisitPlanService } from '@lantern/server/visits';
import { Power } from '@lantern/server/powers';
import { londonToday } from '@lantern/shared/domain';
import {
  demoAgencies,
  demoBusinesses,
  demoGroups,
  demoVisit,
  demoOfficers,
  DEMO_PASSWORD,
  demoPeople,
  demoPremisesAgencies,
  demoPremises,
  demoUsers,
  demoVehicles,
} from './demo-borough';

/**
 * Adds the powers catalogue (always: new catalogue entries, never overwriting administrators' edits)
 * and, on an empty database, the Northbridge demo borough. Goes through the same services and rules as the API.
 */
export async function seedDemoData(
  databaseUrl: string,
  options: { demo: boolean } = { demo: true },
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
    // This week's digest for every demo user with something to do: the worker delivers it as soon as it runs,
    // so the demo's inbox and mail catcher show a real reminder straight away.
    await writeWeeklyDigests(db);
    return { powersAdded, demoAdded: true };
  } finally {
    await db.destroy();
  }
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
