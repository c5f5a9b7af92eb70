import { Officer } from '@lantern/server/agencies';
import { Premises } from '@lantern/server/premises';
import { Task, TaskAndFinishGroup } from '@lantern/server/groups';
import { londonToday } from '@lantern/shared/domain';
import { GraphqlClient, startTestApi, TestApi } from './testing';

const FORM = `mutation ($input: NewGroupInput!) { formGroup(input: $input) { id stage version } }`;
const GROUP = `query ($id: ID!) { group(id: $id) {
  id name stage version closureSummary reviewSchedule monitoringEndsOn nextStages
  leadAgency { id } coordinator { displayName }
  premises { id name status } agencies { agency { id } } officers { officer { name } }
  tasks { id title status overdue ownerAgency { id } ownerOfficer { name } }
  taskCounts { open overdue }
  timeline { kind summary user { displayName } }
} }`;
const STAGE = `mutation ($id: ID!, $version: Int!, $input: GroupStageInput!) {
  changeGroupStage(id: $id, version: $version, input: $input) { stage version } }`;
const ADD_TASK = `mutation ($groupId: ID!, $input: TaskInput!) { addTask(groupId: $groupId, input: $input) { id version status } }`;
const SET_STATUS = `mutation ($id: ID!, $version: Int!, $status: TaskStatus!, $comment: String) {
  setTaskStatus(id: $id, version: $version, status: $status, comment: $comment) { status version comments { body author { displayName } } } }`;

type Group = {
  id: string;
  stage: string;
  version: number;
  nextStages: string[];
  premises: { id: string; name: string; status: string }[];
  agencies: { agency: { id: string } }[];
  tasks: { id: string; title: string; status: string; overdue: boolean }[];
  taskCounts: { open: number; overdue: number };
  timeline: { kind: string; summary: string; user: { displayName: string } | null }[];
};

function daysFromToday(days: number): string {
  const date = new Date(`${londonToday()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

describe('task and finish groups and their tasks through GraphQL', () => {
  let api: TestApi;
  let coordinator: GraphqlClient;
  let leadAgencyId: string;
  let club: Premises;

  beforeAll(async () => {
    api = await startTestApi();
    const signedIn = await api.signedIn('COORDINATOR', { agencyType: 'TRADING_STANDARDS' });
    coordinator = signedIn.client;
    leadAgencyId = signedIn.user.agencyId;
    club = await api.db.getRepository(Premises).save({
      name: 'Group Test Social Club',
      addressLine1: '1 Test Walk',
      town: 'Northbridge',
      postcode: 'NB1 4FW',
      kind: 'PLACE_OF_ASSEMBLY',
      use: 'TRADE',
    });
  });
  afterAll(() => api.close());

  async function form(extra: Record<string, unknown> = {}): Promise<string> {
    const { formGroup } = await coordinator.ok<{ formGroup: { id: string } }>(FORM, {
      input: {
        name: 'Op Foundry',
        objective: 'Stop the club being a meeting point for exploitation',
        leadAgencyId,
        premisesIds: [club.id],
        ...extra,
      },
    });
    return formGroup.id;
  }

  const read = async (client: GraphqlClient, id: string) => (await client.ok<{ group: Group }>(GROUP, { id })).group;

  it('forms a group for a premises: tasking, lead agency a member, premises under operation, on the timeline', async () => {
    const fire = await api.signedIn('AGENCY_OFFICER', { agencyType: 'FIRE_AND_RESCUE' });
    const id = await form({ memberAgencyIds: [fire.user.agencyId] });
    const group = await read(coordinator, id);
    expect(group.stage).toBe('TASKING');
    expect(group.nextStages).toEqual(['PLANNING', 'CLOSED']);
    expect(group.agencies.map((a) => a.agency.id).sort()).toEqual([leadAgencyId, fire.user.agencyId].sort());
    expect(group.premises).toEqual([{ id: club.id, name: 'Group Test Social Club', status: 'UNDER_OPERATION' }]);
    expect(group.timeline).toEqual([
      {
        kind: 'GROUP_FORMED',
        summary: 'Group formed for Group Test Social Club',
        user: { displayName: expect.any(String) },
      },
    ]);
    // The member agency now sees the group and its premises; sharing was recorded as a disclosure to it.
    expect((await read(fire.client, id)).premises[0].name).toBe('Group Test Social Club');
    const [disclosure] = await api.db.query(
      `SELECT recipients FROM audit_event WHERE action = 'DISCLOSURE' AND $1 = ANY(entity_ids) ORDER BY sequence DESC LIMIT 1`,
      [club.id],
    );
    expect(disclosure.recipients).toContain(fire.user.agencyId);
  });

  it('refuses a group without premises or objective, saving nothing', async () => {
    const before = await api.db.getRepository(TaskAndFinishGroup).count();
    const result = await coordinator.request(FORM, {
      input: { name: 'No target', objective: ' ', leadAgencyId, premisesIds: [] },
    });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.fieldErrors).toEqual([
      { field: 'objective', message: 'Enter the objective: what the group is to achieve' },
    ]);
    const noPremises = await coordinator.request(FORM, {
      input: { name: 'No target', objective: 'Something', leadAgencyId, premisesIds: [] },
    });
    expect(noPremises.errors?.[0].extensions?.fieldErrors).toEqual([
      { field: 'premisesIds', message: 'Choose at least one premises' },
    ]);
    expect(await api.db.getRepository(TaskAndFinishGroup).count()).toBe(before);
  });

  it('moves through the lifecycle only as the rules allow: closure needs a summary, monitoring a schedule and end date', async () => {
    const id = await form();
    let version = (await read(coordinator, id)).version;
    const skip = await coordinator.request(STAGE, { id, version, input: { stage: 'MONITORING' } });
    expect(skip.errors?.[0].extensions?.fieldErrors?.[0]).toEqual({
      field: 'stage',
      message: 'A group at tasking can move only to planning or closed',
    });
    for (const stage of ['PLANNING', 'ACTIVE']) {
      version = (
        await coordinator.ok<{ changeGroupStage: { version: number } }>(STAGE, { id, version, input: { stage } })
      ).changeGroupStage.version;
    }
    const noSummary = await coordinator.request(STAGE, { id, version, input: { stage: 'CLOSURE' } });
    expect(noSummary.errors?.[0].extensions?.fieldErrors).toEqual([
      { field: 'closureSummary', message: 'Enter a closure summary: what the group achieved' },
    ]);
    version = (
      await coordinator.ok<{ changeGroupStage: { version: number } }>(STAGE, {
        id,
        version,
        input: { stage: 'CLOSURE', closureSummary: 'Fire service prohibited use: means of escape' },
      })
    ).changeGroupStage.version;
    const noSchedule = await coordinator.request(STAGE, { id, version, input: { stage: 'MONITORING' } });
    expect(noSchedule.errors?.[0].extensions?.fieldErrors?.map((e) => e.field)).toEqual([
      'reviewSchedule',
      'monitoringEndsOn',
    ]);
    await coordinator.ok(STAGE, {
      id,
      version,
      input: {
        stage: 'MONITORING',
        reviewSchedule: 'MONTHLY',
        monitoringEndsOn: daysFromToday(365),
        note: 'Premises closed',
      },
    });
    const group = await read(coordinator, id);
    expect(group).toMatchObject({
      stage: 'MONITORING',
      closureSummary: 'Fire service prohibited use: means of escape',
      reviewSchedule: 'MONTHLY',
      monitoringEndsOn: daysFromToday(365),
    });
    expect(group.timeline[0].summary).toBe('Moved from closure to monitoring: Premises closed');
    expect(group.timeline.filter((event) => event.kind === 'STAGE_CHANGED')).toHaveLength(4);
  });

  it('detects a concurrent change to a group and changes nothing', async () => {
    const id = await form();
    const { version } = await read(coordinator, id);
    await coordinator.ok(STAGE, { id, version, input: { stage: 'PLANNING' } });
    const stale = await coordinator.request(STAGE, { id, version, input: { stage: 'CLOSED', closureSummary: 'x' } });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const member = await api.signedIn('AGENCY_OFFICER', { agencyType: 'LICENSING' });
    const staleMember = await coordinator.request(
      `mutation ($g: ID!, $v: Int!, $a: ID!) { addAgencyToGroup(groupId: $g, version: $v, agencyId: $a) { id } }`,
      { g: id, v: version, a: member.user.agencyId },
    );
    expect(staleMember.errors?.[0].extensions?.code).toBe('CONFLICT');
    const group = await read(coordinator, id);
    expect(group.stage).toBe('PLANNING');
    expect(group.agencies).toHaveLength(1);
  });

  it('adds member agencies and officers; the lead agency cannot leave; an officer needs their agency in the group', async () => {
    const id = await form();
    const police = await api.signedIn('AGENCY_OFFICER', { agencyType: 'POLICE' });
    const officer = await api.db
      .getRepository(Officer)
      .save({ agencyId: police.user.agencyId, name: 'PC Test Officer', active: true });
    let { version } = await read(coordinator, id);
    const early = await coordinator.request(
      `mutation ($g: ID!, $v: Int!, $o: ID!) { addOfficerToGroup(groupId: $g, version: $v, officerId: $o) { version } }`,
      { g: id, v: version, o: officer.id },
    );
    expect(early.errors?.[0].extensions?.fieldErrors).toEqual([
      { field: 'officerId', message: 'Add the officer’s agency to the group first' },
    ]);
    version = (
      await coordinator.ok<{ addAgencyToGroup: { version: number } }>(
        `mutation ($g: ID!, $v: Int!, $a: ID!) { addAgencyToGroup(groupId: $g, version: $v, agencyId: $a) { version } }`,
        { g: id, v: version, a: police.user.agencyId },
      )
    ).addAgencyToGroup.version;
    version = (
      await coordinator.ok<{ addOfficerToGroup: { version: number } }>(
        `mutation ($g: ID!, $v: Int!, $o: ID!) { addOfficerToGroup(groupId: $g, version: $v, officerId: $o) { version } }`,
        { g: id, v: version, o: officer.id },
      )
    ).addOfficerToGroup.version;
    const leadLeaves = await coordinator.request(
      `mutation ($g: ID!, $v: Int!, $a: ID!) { removeAgencyFromGroup(groupId: $g, version: $v, agencyId: $a) { version } }`,
      { g: id, v: version, a: leadAgencyId },
    );
    expect(leadLeaves.errors?.[0].message).toBe(
      'The lead agency cannot leave the group: choose another lead agency first.',
    );
    const group = await read(coordinator, id);
    expect(group.timeline.map((event) => event.kind)).toEqual(['OFFICER_JOINED', 'AGENCY_JOINED', 'GROUP_FORMED']);
  });

  it('makes a new lead agency a member that sees the group’s premises', async () => {
    const id = await form();
    const housing = await api.signedIn('AGENCY_OFFICER', { agencyType: 'STRATEGIC_HOUSING' });
    expect((await housing.client.request(GROUP, { id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const { version } = await read(coordinator, id);
    await coordinator.ok(
      `mutation ($id: ID!, $version: Int!, $input: GroupInput!) { updateGroup(id: $id, version: $version, input: $input) { id } }`,
      {
        id,
        version,
        input: { name: 'Op Foundry', objective: 'Housing leads now', leadAgencyId: housing.user.agencyId },
      },
    );
    const seen = await read(housing.client, id);
    expect(seen.premises.map((p) => p.id)).toEqual([club.id]);
    expect(seen.agencies.map((a) => a.agency.id)).toContain(housing.user.agencyId);
  });

  it('hides a group from officers of agencies that are not members, and from board members', async () => {
    const id = await form();
    const outsider = await api.signedIn('AGENCY_OFFICER', { agencyType: 'STRATEGIC_HOUSING' });
    expect((await outsider.client.request(GROUP, { id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const list = await outsider.client.ok<{ groups: { total: number } }>(`{ groups { total } }`);
    expect(list.groups.total).toBe(0);
    const board = await api.signedIn('BOARD_MEMBER');
    expect((await board.client.request(GROUP, { id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('gives tasks owners and due dates, lists "my tasks", and lets the owning agency move them on', async () => {
    const fire = await api.signedIn('AGENCY_OFFICER', { agencyType: 'FIRE_AND_RESCUE' });
    const officer = await api.db
      .getRepository(Officer)
      .save({ agencyId: fire.user.agencyId, name: 'Fire Officer Test', active: true });
    await api.db.query('UPDATE user_account SET officer_id = $1 WHERE id = $2', [officer.id, fire.user.id]);
    const id = await form({ memberAgencyIds: [fire.user.agencyId] });

    const badTask = await coordinator.request(ADD_TASK, {
      groupId: id,
      input: { title: '', ownerAgencyId: fire.user.agencyId, dueOn: daysFromToday(-1), priority: 'HIGH' },
    });
    expect(badTask.errors?.[0].extensions?.fieldErrors).toEqual([
      { field: 'title', message: 'Enter what needs doing' },
      { field: 'dueOn', message: 'The due date must be today or in the future' },
    ]);
    const notMember = await api.signedIn('AGENCY_OFFICER', { agencyType: 'PLANNING_ENFORCEMENT' });
    const wrongOwner = await coordinator.request(ADD_TASK, {
      groupId: id,
      input: { title: 'Check planning history', ownerAgencyId: notMember.user.agencyId, priority: 'LOW' },
    });
    expect(wrongOwner.errors?.[0].extensions?.fieldErrors).toEqual([
      { field: 'ownerAgencyId', message: 'Choose an agency that is a member of the group' },
    ]);

    const named = (
      await coordinator.ok<{ addTask: { id: string; version: number } }>(ADD_TASK, {
        groupId: id,
        input: {
          title: 'Inspect means of escape',
          ownerAgencyId: fire.user.agencyId,
          ownerOfficerId: officer.id,
          dueOn: daysFromToday(3),
          priority: 'HIGH',
        },
      })
    ).addTask;
    const agencyWide = (
      await coordinator.ok<{ addTask: { id: string } }>(ADD_TASK, {
        groupId: id,
        input: { title: 'Send the fire risk assessment', ownerAgencyId: fire.user.agencyId, priority: 'MEDIUM' },
      })
    ).addTask;
    const leadTask = (
      await coordinator.ok<{ addTask: { id: string } }>(ADD_TASK, {
        groupId: id,
        input: { title: 'Book the meeting room', ownerAgencyId: leadAgencyId, priority: 'LOW' },
      })
    ).addTask;
    // An overdue task: its due date passed (set directly: the API refuses new due dates in the past).
    await api.db.getRepository(Task).update({ id: agencyWide.id }, { dueOn: daysFromToday(-2) });

    const mine = await fire.client.ok<{ myTasks: { id: string; overdue: boolean }[] }>(`{ myTasks { id overdue } }`);
    expect(mine.myTasks).toEqual([
      { id: agencyWide.id, overdue: true },
      { id: named.id, overdue: false },
    ]);
    expect((await read(coordinator, id)).taskCounts).toEqual({ open: 3, overdue: 1 });

    const done = await fire.client.ok<{
      setTaskStatus: { status: string; comments: { body: string; author: { displayName: string } }[] };
    }>(SET_STATUS, {
      id: named.id,
      version: named.version,
      status: 'DONE',
      comment: 'Escape routes blocked: see notice',
    });
    expect(done.setTaskStatus.status).toBe('DONE');
    expect(done.setTaskStatus.comments).toEqual([
      { body: 'Escape routes blocked: see notice', author: { displayName: expect.stringContaining('AGENCY_OFFICER') } },
    ]);
    const stale = await fire.client.request(SET_STATUS, { id: named.id, version: named.version, status: 'OPEN' });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const notTheirs = await fire.client.request(SET_STATUS, { id: leadTask.id, version: 1, status: 'DONE' });
    expect(notTheirs.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await api.db.getRepository(Task).findOneByOrFail({ id: leadTask.id })).status).toBe('OPEN');

    const { group } = await coordinator.ok<{ group: Group }>(GROUP, { id });
    expect(group.tasks.map((task) => [task.title, task.status])).toEqual([
      ['Send the fire risk assessment', 'OPEN'],
      ['Book the meeting room', 'OPEN'],
      ['Inspect means of escape', 'DONE'],
    ]);
    expect(group.timeline[0]).toMatchObject({
      kind: 'TASK_STATUS_CHANGED',
      summary: 'Inspect means of escape: open → done',
    });
    const audited = await api.db.query(
      `SELECT action FROM audit_event WHERE entity_type = 'task' AND $1 = ANY(entity_ids) ORDER BY sequence`,
      [named.id],
    );
    expect(audited.map((row: { action: string }) => row.action)).toEqual(
      expect.arrayContaining(['COLLECTION', 'CONSULTATION', 'ALTERATION']),
    );
  });

  it('freezes a closed group', async () => {
    const id = await form();
    const { version } = await read(coordinator, id);
    await coordinator.ok(STAGE, { id, version, input: { stage: 'CLOSED', closureSummary: 'No grounds found' } });
    const task = await coordinator.request(ADD_TASK, {
      groupId: id,
      input: { title: 'Too late', ownerAgencyId: leadAgencyId, priority: 'LOW' },
    });
    expect(task.errors?.[0].message).toBe('This group is closed: its tasks can no longer change.');
    expect((await read(coordinator, id)).nextStages).toEqual([]);
  });
});
