import type { AgencyType } from '@lantern/shared/domain';
import { Agency, Officer } from '@lantern/server/agencies';
import { AuditEvent } from '@lantern/server/audit';
import { GroupAgency, GroupEvent, GroupPremises, TaskAndFinishGroup } from '@lantern/server/groups';
import { Person, Premises, PremisesAgency, PremisesPerson } from '@lantern/server/premises';
import { VisitAgency, VisitOfficer, VisitPlan, VisitRecord, VisitRecordPerson } from '@lantern/server/visits';
import { GraphqlClient, GraphqlResult, startTestApi, TestApi } from './testing';

const RECORD_FIELDS = `id premisesId visitPlanId startedAt endedAt observations numberOfOccupants notes version
  attendees { officerId planned attended officer { name } agency { name } }
  peopleEncountered { id role person { id fullName dateOfBirth } }`;
const RECORD = `mutation ($input: RecordVisitInput!) { recordVisit(input: $input) { ${RECORD_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: VisitRecordDetailsInput!) {
  updateVisitRecord(id: $id, version: $version, input: $input) { ${RECORD_FIELDS} } }`;
const ADD_PERSON = `mutation ($id: ID!, $version: Int!, $input: LinkPersonInput!) {
  addPersonEncountered(visitRecordId: $id, version: $version, input: $input) { ${RECORD_FIELDS} } }`;
const REMOVE_PERSON = `mutation ($id: ID!, $version: Int!, $rowId: ID!) {
  removePersonEncountered(visitRecordId: $id, version: $version, visitRecordPersonId: $rowId) { ${RECORD_FIELDS} } }`;
const GET = `query ($id: ID!) { visitRecord(id: $id) { ${RECORD_FIELDS} } }`;

interface RecordView {
  id: string;
  premisesId: string;
  visitPlanId: string | null;
  startedAt: string;
  endedAt: string | null;
  observations: string[];
  numberOfOccupants: number | null;
  notes: string;
  version: number;
  attendees: {
    officerId: string;
    planned: boolean;
    attended: boolean;
    officer: { name: string };
    agency: { name: string };
  }[];
  peopleEncountered: {
    id: string;
    role: string;
    person: { id: string; fullName: string; dateOfBirth: string | null };
  }[];
}

const fieldErrorsOf = (result: GraphqlResult) =>
  Object.fromEntries((result.errors?.[0].extensions?.fieldErrors ?? []).map((e) => [e.field, e.message]));
const codeOf = (result: GraphqlResult) => result.errors?.[0].extensions?.code;

/** London time, minutes ago, as the form sends it (no offset). */
function londonMinutesAgo(minutes: number): string {
  const at = new Date(Date.now() - minutes * 60_000);
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

describe('visit records through GraphQL', () => {
  let api: TestApi;
  let coordinator: GraphqlClient;
  let club: Premises;
  let group: TaskAndFinishGroup;
  let plan: VisitPlan;
  let owner: Person;
  const agencies: Partial<Record<AgencyType, Agency>> = {};
  const officers: Record<string, Officer> = {};

  const counts = async () => ({
    records: await api.db.getRepository(VisitRecord).count(),
    people: await api.db.getRepository(Person).count(),
    links: await api.db.getRepository(PremisesPerson).count(),
    met: await api.db.getRepository(VisitRecordPerson).count(),
    audit: await api.db.getRepository(AuditEvent).count(),
    events: await api.db.getRepository(GroupEvent).count(),
  });

  beforeAll(async () => {
    api = await startTestApi();
    const types: [AgencyType, string, string, string | null][] = [
      ['POLICE', 'Northbridge Police', 'PC Tom Ashgrove', null],
      ['FIRE_AND_RESCUE', 'Northbridge Fire and Rescue', 'Gareth Penhallow', 'Station Manager Ava Quinn'],
      ['LICENSING', 'Northbridge Licensing', 'Nadia Brightwell', null],
      ['BUILDING_CONTROL', 'Northbridge Building Control', 'Owen Marchetti', null],
      ['ENVIRONMENTAL_HEALTH', 'Northbridge Environmental Health', 'Helen Okonkwo-Reid', null],
      ['STRATEGIC_HOUSING', 'Northbridge Housing', 'Priya Lomax', null],
      ['TRADING_STANDARDS', 'Northbridge Trading Standards', 'Sam Ruddock', null],
    ];
    for (const [type, name, officer, standIn] of types) {
      agencies[type] = await api.db.getRepository(Agency).save({ name, type });
      officers[officer] = await api.db.getRepository(Officer).save({ agencyId: agencies[type]!.id, name: officer });
      if (standIn)
        officers[standIn] = await api.db.getRepository(Officer).save({ agencyId: agencies[type]!.id, name: standIn });
    }
    const signedIn = await api.signedIn('COORDINATOR');
    coordinator = signedIn.client;
    club = await api.db.getRepository(Premises).save({
      name: 'Foundry Walk Social Club',
      addressLine1: '14 Foundry Walk',
      town: 'Northbridge',
      postcode: 'NB1 4FW',
      kind: 'PUB_BAR',
      use: 'TRADE',
      licensableActivity: false,
    });
    group = await api.db.getRepository(TaskAndFinishGroup).save({
      name: 'Foundry Walk Social Club disruption',
      objective: 'Disrupt exploitation at the club',
      leadAgencyId: agencies.POLICE!.id,
      coordinatorUserId: signedIn.user.id,
    });
    await api.db.getRepository(GroupPremises).save({ groupId: group.id, premisesId: club.id });
    // Six member agencies; the housing officers are members of the group but do not attend the visit.
    const attending: AgencyType[] = [
      'POLICE',
      'FIRE_AND_RESCUE',
      'LICENSING',
      'BUILDING_CONTROL',
      'ENVIRONMENTAL_HEALTH',
    ];
    for (const type of [...attending, 'STRATEGIC_HOUSING' as const]) {
      await api.db.getRepository(GroupAgency).save({ groupId: group.id, agencyId: agencies[type]!.id });
      await api.db.getRepository(PremisesAgency).save({ premisesId: club.id, agencyId: agencies[type]!.id });
    }
    plan = await api.db.getRepository(VisitPlan).save({
      groupId: group.id,
      premisesId: club.id,
      startsAt: new Date(Date.now() - 3 * 3_600_000),
      status: 'READY',
    });
    for (const type of attending)
      await api.db.getRepository(VisitAgency).save({ visitPlanId: plan.id, agencyId: agencies[type]!.id });
    for (const name of [
      'PC Tom Ashgrove',
      'Gareth Penhallow',
      'Nadia Brightwell',
      'Owen Marchetti',
      'Helen Okonkwo-Reid',
    ])
      await api.db
        .getRepository(VisitOfficer)
        .save({ visitPlanId: plan.id, officerId: officers[name].id, agencyId: officers[name].agencyId });
    owner = await api.db.getRepository(Person).save({ fullName: 'Victor Hallam-Sykes', dateOfBirth: '1971-06-02' });
    await api.db.getRepository(PremisesPerson).save({ premisesId: club.id, personId: owner.id, role: 'OWNER' });
  });
  afterAll(() => api.close());

  const attended = [
    'PC Tom Ashgrove',
    'Station Manager Ava Quinn',
    'Nadia Brightwell',
    'Owen Marchetti',
    'Helen Okonkwo-Reid',
  ];
  const validInput = () => ({
    visitPlanId: plan.id,
    startedAt: londonMinutesAgo(90),
    endedAt: londonMinutesAgo(20),
    attendingOfficerIds: attended.map((name) => officers[name].id),
    observations: ['CHILDREN_PRESENT', 'BLOCKED_FIRE_ESCAPES', 'CCTV_NOT_WORKING', 'BEDS_IN_OFFICES'],
    numberOfOccupants: 14,
    notes: 'Two girls of about 14 left by the rear door. Fire escape chained.',
    people: [
      { person: { fullName: 'Kyle Brennan', nicknames: ['KB'], dateOfBirth: '1994-11-30' }, role: 'MANAGER' },
      { personId: owner.id, role: 'OWNER' },
    ],
  });

  let record: RecordView;

  it('refuses bad input with field errors and saves nothing', async () => {
    const before = await counts();
    const bad = await coordinator.request(RECORD, {
      input: {
        ...validInput(),
        startedAt: londonMinutesAgo(-30),
        endedAt: londonMinutesAgo(-60),
        numberOfOccupants: 10_001,
        notes: 'x'.repeat(8001),
      },
    });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(fieldErrorsOf(bad)).toEqual({
      startedAt: 'The start cannot be in the future',
      endedAt: 'The end cannot be in the future',
      numberOfOccupants: 'Number of occupants must be between 0 and 10000',
      notes: 'Notes must be 8000 characters or fewer',
    });

    const badPerson = await coordinator.request(RECORD, {
      input: {
        ...validInput(),
        people: [{ person: { fullName: ' ', nicknames: [], dateOfBirth: '2090-01-01' }, role: 'MANAGER' }],
      },
    });
    expect(fieldErrorsOf(badPerson)).toEqual({
      'people.0.person.fullName': 'Enter the full name',
      'people.0.person.dateOfBirth': 'Date of birth must be in the past',
    });

    const stranger = await coordinator.request(RECORD, {
      input: { ...validInput(), attendingOfficerIds: [officers['Sam Ruddock'].id] },
    });
    expect(fieldErrorsOf(stranger)).toEqual({
      attendingOfficerIds: 'Choose officers named on the plan or of an agency attending the visit',
    });
    expect(await counts()).toEqual(before);
  });

  it('records a visit against a plan with five agencies: attendance against the plan, observations and people met', async () => {
    const peopleBefore = await api.db.getRepository(Person).count();
    const [{ last: auditBefore }] = (await api.db.query(
      'SELECT coalesce(max(sequence), 0) AS last FROM audit_event',
    )) as {
      last: string;
    }[];
    record = (await coordinator.ok<{ recordVisit: RecordView }>(RECORD, { input: validInput() })).recordVisit;

    expect(record).toMatchObject({
      visitPlanId: plan.id,
      premisesId: club.id,
      observations: ['CCTV_NOT_WORKING', 'CHILDREN_PRESENT', 'BEDS_IN_OFFICES', 'BLOCKED_FIRE_ESCAPES'],
      numberOfOccupants: 14,
      version: 1,
    });
    expect(record.attendees.map((a) => [a.officer.name, a.planned, a.attended])).toEqual([
      ['PC Tom Ashgrove', true, true],
      ['Gareth Penhallow', true, false],
      ['Nadia Brightwell', true, true],
      ['Owen Marchetti', true, true],
      ['Helen Okonkwo-Reid', true, true],
      ['Station Manager Ava Quinn', false, true],
    ]);
    expect(record.peopleEncountered.map((p) => [p.person.fullName, p.role])).toEqual([
      ['Kyle Brennan', 'MANAGER'],
      ['Victor Hallam-Sykes', 'OWNER'],
    ]);

    // The new person is on the premises register; the owner is linked once, not duplicated.
    expect(await api.db.getRepository(Person).count()).toBe(peopleBefore + 1);
    const { premises } = await coordinator.ok<{
      premises: { people: { role: string; person: { fullName: string } }[]; visitRecords: { id: string }[] };
    }>('query ($id: ID!) { premises(id: $id) { people { role person { fullName } } visitRecords { id } } }', {
      id: club.id,
    });
    expect(premises.people.map((p) => `${p.person.fullName} (${p.role})`).sort()).toEqual([
      'Kyle Brennan (MANAGER)',
      'Victor Hallam-Sykes (OWNER)',
    ]);
    expect(premises.visitRecords).toEqual([{ id: record.id }]);
    const { visitPlan } = await coordinator.ok<{ visitPlan: { record: { id: string } } }>(
      'query ($id: ID!) { visitPlan(id: $id) { record { id } } }',
      { id: plan.id },
    );
    expect(visitPlan.record).toEqual({ id: record.id });

    // Audited in the same transaction: the record, the new person, the new link, and both people met.
    const written = await api.db
      .getRepository(AuditEvent)
      .createQueryBuilder('e')
      .where('e.sequence > :n', { n: auditBefore })
      .andWhere("e.action <> 'CONSULTATION'")
      .orderBy('e.sequence', 'ASC')
      .getMany();
    expect(written.map((e) => `${e.action} ${e.entityType}`)).toEqual([
      'COLLECTION person',
      'COMBINATION premises_person',
      'COMBINATION visit_record_person',
      'COMBINATION visit_record_person',
      'COLLECTION visit_record',
    ]);
    const newPerson = record.peopleEncountered[0].person.id;
    expect(written[0].entityIds).toEqual([newPerson]);
    expect(written[4].entityIds.slice(0, 3)).toEqual([record.id, club.id, plan.id]);
    const event = await api.db.getRepository(GroupEvent).findOneByOrFail({ groupId: group.id, kind: 'VISIT_RECORDED' });
    expect(event.summary).toContain('4 of 5 officers asked attended, and 1 more');
    expect(event.summary).toContain('blocked fire escapes');
    expect(event.summary).not.toContain('Kyle');
    // The visit has happened: its plan is completed.
    expect((await api.db.getRepository(VisitPlan).findOneByOrFail({ id: plan.id })).status).toBe('COMPLETED');
  });

  it('records a plan once: a second record for it is refused', async () => {
    const again = await coordinator.request(RECORD, { input: { ...validInput(), people: [] } });
    expect(fieldErrorsOf(again)).toEqual({
      visitPlanId: 'This visit has already been recorded: change its record instead',
    });
  });

  it('changes the record at its version, and a stale version is a CONFLICT that changes nothing', async () => {
    const input = {
      startedAt: londonMinutesAgo(95),
      endedAt: null,
      attendingOfficerIds: [officers['Gareth Penhallow'].id, officers['PC Tom Ashgrove'].id],
      observations: ['CHILDREN_PRESENT'],
      numberOfOccupants: 0,
      notes: 'Corrected',
    };
    const changed = (
      await coordinator.ok<{ updateVisitRecord: RecordView }>(UPDATE, { id: record.id, version: 1, input })
    ).updateVisitRecord;
    expect(changed).toMatchObject({
      version: 2,
      observations: ['CHILDREN_PRESENT'],
      numberOfOccupants: 0,
      endedAt: null,
    });
    expect(changed.attendees.filter((a) => a.attended).map((a) => a.officer.name)).toEqual([
      'PC Tom Ashgrove',
      'Gareth Penhallow',
    ]);
    const before = await counts();
    const stale = await coordinator.request(UPDATE, { id: record.id, version: 1, input: { ...input, notes: 'Lost' } });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(await counts()).toEqual(before);
    expect((await api.db.getRepository(VisitRecord).findOneByOrFail({ id: record.id })).notes).toBe('Corrected');
    record = changed;
    expect(await api.db.getRepository(GroupEvent).countBy({ groupId: group.id, kind: 'VISIT_RECORD_CHANGED' })).toBe(1);
  });

  it('adds an existing person met without a second link, refuses them twice, and takes them off again', async () => {
    const linksBefore = await api.db.getRepository(PremisesPerson).count();
    const owned = record.peopleEncountered.find((p) => p.role === 'OWNER')!;
    let view = (
      await coordinator.ok<{ removePersonEncountered: RecordView }>(REMOVE_PERSON, {
        id: record.id,
        version: record.version,
        rowId: owned.id,
      })
    ).removePersonEncountered;
    expect(view.peopleEncountered.map((p) => p.person.fullName)).toEqual(['Kyle Brennan']);
    view = (
      await coordinator.ok<{ addPersonEncountered: RecordView }>(ADD_PERSON, {
        id: record.id,
        version: view.version,
        input: { personId: owner.id, role: 'OWNER' },
      })
    ).addPersonEncountered;
    expect(view.peopleEncountered.map((p) => p.person.fullName)).toEqual(['Kyle Brennan', 'Victor Hallam-Sykes']);
    expect(await api.db.getRepository(PremisesPerson).count()).toBe(linksBefore);
    const twice = await coordinator.request(ADD_PERSON, {
      id: record.id,
      version: view.version,
      input: { personId: owner.id, role: 'OWNER' },
    });
    expect(fieldErrorsOf(twice)).toEqual({ personId: 'This person is already on the visit record' });
    record = view;
  });

  it('lets an officer of an attending agency change the record, but not one whose agency does not attend', async () => {
    const licensing = (await api.signedIn('AGENCY_OFFICER', { agencyId: agencies.LICENSING!.id })).client;
    const housing = (await api.signedIn('AGENCY_OFFICER', { agencyId: agencies.STRATEGIC_HOUSING!.id })).client;
    const trading = (await api.signedIn('AGENCY_OFFICER', { agencyId: agencies.TRADING_STANDARDS!.id })).client;
    const input = {
      startedAt: londonMinutesAgo(95),
      attendingOfficerIds: [officers['Nadia Brightwell'].id],
      observations: ['CHILDREN_PRESENT', 'LICENCE_NOT_DISPLAYED'],
    };

    // Housing is a member of the group (so sees the record) but does not attend: it cannot change or record it.
    expect((await housing.ok<{ visitRecord: RecordView }>(GET, { id: record.id })).visitRecord.id).toBe(record.id);
    const refused = await housing.request(UPDATE, { id: record.id, version: record.version, input });
    expect(codeOf(refused)).toBe('FORBIDDEN');
    // Trading standards is not a member: the record does not exist for it.
    expect(codeOf(await trading.request(GET, { id: record.id }))).toBe('NOT_FOUND');

    const changed = (
      await licensing.ok<{ updateVisitRecord: RecordView }>(UPDATE, { id: record.id, version: record.version, input })
    ).updateVisitRecord;
    expect(changed.observations).toEqual(['CHILDREN_PRESENT', 'LICENCE_NOT_DISPLAYED']);

    // A new plan the housing officers do not attend: they cannot record it, and nothing is written.
    const other = await api.db
      .getRepository(VisitPlan)
      .save({ groupId: group.id, premisesId: club.id, startsAt: new Date(Date.now() - 3_600_000) });
    await api.db.getRepository(VisitAgency).save({ visitPlanId: other.id, agencyId: agencies.POLICE!.id });
    const before = await counts();
    const notAttending = await housing.request(RECORD, {
      input: {
        visitPlanId: other.id,
        startedAt: londonMinutesAgo(30),
        attendingOfficerIds: [officers['PC Tom Ashgrove'].id],
      },
    });
    expect(codeOf(notAttending)).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });

  it('records an unplanned visit to a premises the officer’s agency takes part in, off any group timeline', async () => {
    const housing = (await api.signedIn('AGENCY_OFFICER', { agencyId: agencies.STRATEGIC_HOUSING!.id })).client;
    const eventsBefore = await api.db.getRepository(GroupEvent).count();
    const unplanned = (
      await housing.ok<{ recordVisit: RecordView }>(RECORD, {
        input: {
          premisesId: club.id,
          startedAt: londonMinutesAgo(10),
          attendingOfficerIds: [officers['Priya Lomax'].id],
          observations: ['BEDS_IN_OFFICES'],
        },
      })
    ).recordVisit;
    expect(unplanned).toMatchObject({ visitPlanId: null, observations: ['BEDS_IN_OFFICES'] });
    expect(unplanned.attendees).toEqual([
      expect.objectContaining({ planned: false, attended: true, officer: { name: 'Priya Lomax' } }),
    ]);
    expect(await api.db.getRepository(GroupEvent).count()).toBe(eventsBefore);

    const elsewhere = await api.db.getRepository(Premises).save({
      name: 'Wharfside Hand Car Wash',
      addressLine1: '2 Wharf Road',
      town: 'Northbridge',
      postcode: 'NB2 1WR',
      kind: 'CAR_WASH',
      use: 'TRADE',
      licensableActivity: false,
    });
    const notShared = await housing.request(RECORD, {
      input: {
        premisesId: elsewhere.id,
        startedAt: londonMinutesAgo(10),
        attendingOfficerIds: [officers['Priya Lomax'].id],
      },
    });
    expect(codeOf(notShared)).toBe('NOT_FOUND');
  });

  it('never shows visit records to board members', async () => {
    const board = (await api.signedIn('BOARD_MEMBER')).client;
    expect(codeOf(await board.request(GET, { id: record.id }))).toBe('FORBIDDEN');
  });
});
