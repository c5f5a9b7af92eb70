import { AuditEvent } from '@lantern/server/audit';
import { londonToday } from '@lantern/shared/domain';
import { Premises } from '@lantern/server/premises';
import { Officer } from '@lantern/server/agencies';
import {
  Mailer,
  Reminder,
  ReminderDelivery,
  Reminders,
  SmtpCatcher,
  startSmtpCatcher,
  writeWeeklyDigests,
} from '@lantern/server/reminders';
import type { UserAccount } from '@lantern/server/identity';
import { GraphqlClient, startTestApi, TestApi } from './testing';

const ADD_TASK = `mutation ($groupId: ID!, $input: TaskInput!) { addTask(groupId: $groupId, input: $input) { id version } }`;
const UPDATE_TASK = `mutation ($id: ID!, $version: Int!, $input: TaskInput!) { updateTask(id: $id, version: $version, input: $input) { id version } }`;
const SET_STATUS = `mutation ($id: ID!, $version: Int!, $status: TaskStatus!) { setTaskStatus(id: $id, version: $version, status: $status) { version } }`;
const INBOX = `{ myNotifications { id kind title link readAt } unreadNotificationCount }`;

function daysFromToday(days: number): string {
  const date = new Date(`${londonToday()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

describe('reminders: scheduled with their cause, delivered to the inbox, the queue dashboard', () => {
  let api: TestApi;
  let catcher: SmtpCatcher;
  let coordinator: { client: GraphqlClient; user: UserAccount };
  let groupId: string;
  let premisesId: string;

  beforeAll(async () => {
    api = await startTestApi();
    catcher = await startSmtpCatcher();
    coordinator = await api.signedIn('COORDINATOR', { agencyType: 'TRADING_STANDARDS' });
    const premises = await api.db.getRepository(Premises).save({
      name: 'Reminder Test Hall',
      addressLine1: '3 Test Walk',
      town: 'Northbridge',
      postcode: 'NB1 4FY',
      kind: 'PLACE_OF_ASSEMBLY',
      use: 'TRADE',
    });
    const { formGroup } = await coordinator.client.ok<{ formGroup: { id: string } }>(
      `mutation ($input: NewGroupInput!) { formGroup(input: $input) { id } }`,
      {
        input: {
          name: 'Op Reminder',
          objective: 'Keep actions moving',
          leadAgencyId: coordinator.user.agencyId,
          premisesIds: [premises.id],
        },
      },
    );
    groupId = formGroup.id;
    premisesId = premises.id;
  });
  afterAll(async () => {
    await api.close();
    await catcher.stop();
  });

  const pendingOf = (taskId: string) =>
    api.db.getRepository(Reminder).find({
      where: { subjectType: 'task', subjectId: taskId, status: 'PENDING' },
      order: { dueAt: 'ASC' },
    });

  it('writes a task’s reminders with it, reschedules them when its due date moves and cancels them when it is done', async () => {
    const input = { title: 'Serve the notice', ownerAgencyId: coordinator.user.agencyId, dueOn: daysFromToday(10) };
    const { addTask } = await coordinator.client.ok<{ addTask: { id: string; version: number } }>(ADD_TASK, {
      groupId,
      input,
    });
    const first = await pendingOf(addTask.id);
    expect(first.map((r) => [r.kind, r.recipientType, r.recipientId])).toEqual([
      ['TASK_DUE_SOON', 'AGENCY', coordinator.user.agencyId],
      ['TASK_OVERDUE', 'AGENCY', coordinator.user.agencyId],
      ['TASK_ESCALATED', 'USER', coordinator.user.id],
    ]);
    expect(first[0].title).toBe('Task due tomorrow: Serve the notice');

    const { updateTask } = await coordinator.client.ok<{ updateTask: { version: number } }>(UPDATE_TASK, {
      id: addTask.id,
      version: addTask.version,
      input: { ...input, dueOn: daysFromToday(20) },
    });
    const moved = await pendingOf(addTask.id);
    expect(moved).toHaveLength(3);
    expect(moved[0].dueAt.getTime() - first[0].dueAt.getTime()).toBeGreaterThan(9 * 86400_000);
    expect(await api.db.getRepository(Reminder).countBy({ subjectId: addTask.id, status: 'CANCELLED' })).toBe(3);

    await coordinator.client.ok(SET_STATUS, { id: addTask.id, version: updateTask.version, status: 'DONE' });
    expect(await pendingOf(addTask.id)).toEqual([]);
  });

  it('reminds an officer asked to a visit who has not answered, and cancels it when they answer', async () => {
    const officer = await api.db
      .getRepository(Officer)
      .save({ agencyId: coordinator.user.agencyId, name: 'Officer Reminded', active: true });
    const startsAt = `${daysFromToday(7)}T21:00`;
    const { planVisit } = await coordinator.client.ok<{ planVisit: { id: string; version: number } }>(
      `mutation ($input: PlanVisitInput!) { planVisit(input: $input) { id version } }`,
      {
        input: {
          groupId,
          premisesId,
          startsAt,
          riskLevel: 'MEDIUM',
          agencies: [{ agencyId: coordinator.user.agencyId, entersPremises: false }],
        },
      },
    );
    await coordinator.client.ok(
      `mutation ($p: ID!, $v: Int!, $o: ID!) { addVisitOfficer(visitPlanId: $p, version: $v, officerId: $o) { id } }`,
      { p: planVisit.id, v: planVisit.version, o: officer.id },
    );
    const pending = () =>
      api.db.getRepository(Reminder).findBy({ subjectType: 'visit_plan', subjectId: planVisit.id, status: 'PENDING' });
    const [reminder] = await pending();
    expect(reminder).toMatchObject({
      kind: 'VISIT_ATTENDANCE_UNCONFIRMED',
      recipientType: 'OFFICER',
      recipientId: officer.id,
    });
    const [plan] = await api.db.query(`SELECT starts_at FROM visit_plan WHERE id = $1`, [planVisit.id]);
    expect(plan.starts_at.getTime() - reminder.dueAt.getTime()).toBe(48 * 3600_000);

    const [row] = await api.db.query(`SELECT id FROM visit_officer WHERE visit_plan_id = $1`, [planVisit.id]);
    await coordinator.client.ok(
      `mutation ($id: ID!) { respondToVisit(visitOfficerId: $id, response: CONFIRMED) { response } }`,
      { id: row.id },
    );
    expect(await pending()).toEqual([]);
  });

  it('writes nothing when the change is refused', async () => {
    const before = await api.db.getRepository(Reminder).count();
    const result = await coordinator.client.request(ADD_TASK, {
      groupId,
      input: { title: '', ownerAgencyId: coordinator.user.agencyId, dueOn: daysFromToday(5) },
    });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await api.db.getRepository(Reminder).count()).toBe(before);
  });

  it('delivers to the recipient’s inbox and email (no case details), once, and each user reads only their own', async () => {
    await api.db.transaction((manager) =>
      Reminders.schedule(manager, {
        kind: 'TASK_OVERDUE',
        subjectType: 'inbox-test',
        subjectId: 'one',
        recipient: { type: 'USER', id: coordinator.user.id },
        dueAt: new Date(Date.now() - 1000),
        title: 'Task overdue: Visit the hall',
        link: '/tasks',
      }),
    );
    const reminder = await api.db.getRepository(Reminder).findOneByOrFail({ subjectType: 'inbox-test' });
    const mailer = new Mailer(catcher.smtpUrl, 'Lantern <no-reply@lantern.example>');
    const delivery = new ReminderDelivery(api.db, mailer, 'http://lantern.test');
    try {
      expect(await delivery.deliver(reminder.id)).toBe('DELIVERED');
      expect(await delivery.deliver(reminder.id)).toBe('ALREADY_DONE');
    } finally {
      mailer.close();
    }
    expect(catcher.messages).toHaveLength(1);
    expect(catcher.messages[0]).toMatchObject({ to: [coordinator.user.email], subject: 'Lantern: Task overdue' });
    expect(catcher.messages[0].text).toContain('http://lantern.test/notifications');
    expect(catcher.messages[0].text).not.toContain('Visit the hall');

    const inbox = await coordinator.client.ok<{
      myNotifications: { id: string; title: string; readAt: string | null }[];
      unreadNotificationCount: number;
    }>(INBOX);
    expect(inbox.unreadNotificationCount).toBe(1);
    expect(inbox.myNotifications.map((n) => n.title)).toEqual(['Task overdue: Visit the hall']);
    const [notification] = inbox.myNotifications;
    const [read] = await api.db.getRepository(AuditEvent).find({
      where: { purpose: 'Notifications: your inbox', userId: coordinator.user.id },
      order: { sequence: 'DESC' },
    });
    expect(read).toMatchObject({ action: 'CONSULTATION', entityType: 'notification', entityIds: [notification.id] });

    const other = await api.signedIn('COORDINATOR', { agencyId: coordinator.user.agencyId });
    expect((await other.client.ok<{ myNotifications: unknown[] }>(INBOX)).myNotifications).toEqual([]);
    const stolen = await other.client.request(`mutation ($id: ID!) { markNotificationRead(id: $id) { id } }`, {
      id: notification.id,
    });
    expect(stolen.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    await coordinator.client.ok(`mutation ($id: ID!) { markNotificationRead(id: $id) { readAt } }`, {
      id: notification.id,
    });
    expect((await coordinator.client.ok<{ unreadNotificationCount: number }>(INBOX)).unreadNotificationCount).toBe(0);
  });

  it('writes one weekly digest per user per week, however often it runs', async () => {
    await coordinator.client.ok(ADD_TASK, {
      groupId,
      input: { title: 'Digest task', ownerAgencyId: coordinator.user.agencyId, dueOn: daysFromToday(3) },
    });
    const monday = new Date('2026-11-23T08:00:00Z');
    await writeWeeklyDigests(api.db, monday);
    await writeWeeklyDigests(api.db, new Date('2026-11-23T08:05:00Z'));
    const digests = await api.db
      .getRepository(Reminder)
      .findBy({ kind: 'WEEKLY_DIGEST', recipientId: coordinator.user.id });
    expect(digests).toHaveLength(1);
    expect(digests[0]).toMatchObject({
      subjectId: '2026-W48',
      title: expect.stringMatching(/^Your week: \d+ open task/),
    });
  });

  it('shows the queue dashboard to administrators only', async () => {
    expect((await fetch(`${api.url}/admin/queues`)).status).toBe(401);
    const asCoordinator = await fetch(`${api.url}/admin/queues`, {
      headers: { cookie: coordinator.client.sessionCookie! },
    });
    expect(asCoordinator.status).toBe(403);
    const admin = await api.signedIn('ADMINISTRATOR');
    const page = await fetch(`${api.url}/admin/queues`, { headers: { cookie: admin.client.sessionCookie! } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Lantern queues');
    const queues = await fetch(`${api.url}/admin/queues/api/queues`, {
      headers: { cookie: admin.client.sessionCookie! },
    });
    expect(JSON.stringify(await queues.json())).toContain('reminders');
  });
});
