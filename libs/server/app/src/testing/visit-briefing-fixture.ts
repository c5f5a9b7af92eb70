import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { Agency, Officer } from '@lantern/server/agencies';
import { GroupAgency, GroupPremises, TaskAndFinishGroup } from '@lantern/server/groups';
import { UserAccount } from '@lantern/server/identity';
import { Person, Premises, PremisesPerson, PremisesVehicle, Vehicle } from '@lantern/server/premises';
import { Power } from '@lantern/server/powers';
import { VisitAgency, VisitOfficer, VisitPlan, VisitPower } from '@lantern/server/visits';

export interface VisitBriefingFixture {
  fire: Agency;
  licensing: Agency;
  premises: Premises;
  person: Person;
  vehicle: Vehicle;
  fireOfficer: Officer;
  plan: VisitPlan;
}

/**
 * A joint visit plan with everything its briefing pack shows, written straight through the
 * repositories: a group coordinated by the given user with two member agencies, a premises with a
 * linked person (whose name is markup, to prove it is escaped) and vehicle, an officer and a power
 * for each agency. 9:30am London time on Monday 30 March 2026, the day after the clocks go forward.
 */
export async function createVisitBriefingFixture(
  db: DataSource,
  coordinatorUserId: string,
): Promise<VisitBriefingFixture> {
  const suffix = randomUUID().slice(0, 8);
  await db.getRepository(UserAccount).update(coordinatorUserId, { displayName: 'Casey Coordinator' });
  const fire = await db.getRepository(Agency).save({
    name: `Briefing Fire and Rescue ${suffix}`,
    type: 'FIRE_AND_RESCUE',
    phone: '01632 960001',
    email: 'fire@briefing.test',
  });
  const licensing = await db.getRepository(Agency).save({
    name: `Briefing Licensing ${suffix}`,
    type: 'LICENSING',
    email: 'licensing@briefing.test',
  });
  const premises = await db.getRepository(Premises).save({
    name: 'Flat above Kestrel Grill',
    addressLine1: '12 Foundry Walk',
    town: 'Northbridge',
    postcode: 'NB1 2AB',
    kind: 'TAKEAWAY',
    use: 'BOTH',
    licensableActivity: true,
    concernSummary: 'Young people seen entering late at night.',
  });
  const person = await db.getRepository(Person).save({
    fullName: '<script>alert("pwned")</script> Smith',
    nicknames: ['Smithy'],
    dateOfBirth: '1980-02-01',
  });
  // Linked in one statement, so with the same created_at: the pack lists the roles by name.
  await db.getRepository(PremisesPerson).save([
    { premisesId: premises.id, personId: person.id, role: 'OWNER' },
    { premisesId: premises.id, personId: person.id, role: 'MANAGER' },
  ]);
  const vehicle = await db
    .getRepository(Vehicle)
    .save({ registration: `NB${suffix.slice(0, 5).toUpperCase()}`, make: 'Ford', colour: 'White' });
  await db
    .getRepository(PremisesVehicle)
    .save({ premisesId: premises.id, vehicleId: vehicle.id, notes: 'Seen most nights' });

  const group = await db.getRepository(TaskAndFinishGroup).save({
    name: 'Operation Kestrel',
    objective: 'Stop the exploitation at the flat',
    leadAgencyId: fire.id,
    coordinatorUserId,
  });
  await db.getRepository(GroupPremises).save({ groupId: group.id, premisesId: premises.id });
  await db.getRepository(GroupAgency).save([
    { groupId: group.id, agencyId: fire.id },
    { groupId: group.id, agencyId: licensing.id },
  ]);

  const fireOfficer = await db.getRepository(Officer).save({
    agencyId: fire.id,
    name: 'Alex Firefighter',
    jobTitle: 'Fire safety inspector',
    phone: '07700 900001',
    email: 'alex@briefing.test',
  });
  const licensingOfficer = await db.getRepository(Officer).save({
    agencyId: licensing.id,
    name: 'Lee Licensing',
    email: 'lee@briefing.test',
  });
  const power = await db.getRepository(Power).save({
    code: `test-briefing-${suffix}`,
    name: 'Test prohibition notice',
    legalBasis: 'Regulatory Reform (Fire Safety) Order 2005, article 31',
    category: 'PROHIBITION_CLOSURE',
    entry: 'YES',
    holderAgencyTypes: ['FIRE_AND_RESCUE'],
    effectiveFrom: '2006-10-01',
  });

  let plan = await db.getRepository(VisitPlan).save({
    groupId: group.id,
    premisesId: premises.id,
    startsAt: new Date('2026-03-30T08:30:00Z'),
    rendezvousPoint: 'Rear car park, Northbridge fire station',
    riskLevel: 'HIGH',
    riskAssessment: 'Dogs on site.',
    briefingNotes: 'Enter through the front door together.\n\nFire officers check upstairs first.',
    status: 'READY',
    createdByUserId: coordinatorUserId,
  });
  // A second version, so the invite's SEQUENCE shows it follows the plan's version.
  plan = await db.getRepository(VisitPlan).save({ ...plan, riskAssessment: 'Dogs on site. Manager hostile.' });
  await db.getRepository(VisitAgency).save([
    { visitPlanId: plan.id, agencyId: fire.id, entersPremises: true },
    { visitPlanId: plan.id, agencyId: licensing.id, entersPremises: false },
  ]);
  await db.getRepository(VisitOfficer).save([
    { visitPlanId: plan.id, officerId: fireOfficer.id, agencyId: fire.id, response: 'CONFIRMED' },
    { visitPlanId: plan.id, officerId: licensingOfficer.id, agencyId: licensing.id, response: 'PENDING' },
  ]);
  await db.getRepository(VisitPower).save({
    visitPlanId: plan.id,
    agencyId: fire.id,
    powerId: power.id,
    purpose: 'Stop people sleeping above the kitchen',
  });
  return { fire, licensing, premises, person, vehicle, fireOfficer, plan };
}
