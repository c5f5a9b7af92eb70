import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { QUEUE_PREFIX, QueueName } from '@lantern/server/core';
import { Reminders, SmtpCatcher, startSmtpCatcher } from '@lantern/server/reminders';
import { Premises } from '@lantern/server/premises';
import { GraphqlClient, startTestApi, startTestRedis, TestApi, TestRedis } from '@lantern/server/app/testing';
import type { UserAccount } from '@lantern/server/identity';

/**
 * Fault tests for reminders, against real PostgreSQL, a Redis of this file's own (so stopping it disturbs no
 * other test), the built worker as a child process and an SMTP catcher. Each asserts that every reminder
 * reached each recipient exactly once: one notification row, and one email caught.
 */
const WORKER_MAIN = join(__dirname, '..', '..', '..', 'dist', 'apps', 'worker', 'src', 'main.js');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(100);
  }
}

describe('reminders under faults (real Redis, PostgreSQL, worker process and SMTP)', () => {
  let api: TestApi;
  let redis: TestRedis;
  let catcher: SmtpCatcher;
  let coordinator: { client: GraphqlClient; user: UserAccount };
  let worker: ChildProcess | null = null;
  let workerOutput = '';

  async function startWorker(env: Record<string, string> = {}): Promise<ChildProcess> {
    workerOutput = '';
    const child = spawn(process.execPath, [WORKER_MAIN], {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: api.database.url,
        REDIS_URL: redis.url,
        SMTP_URL: catcher.smtpUrl,
        REMINDER_RELAY_INTERVAL_MS: '200',
        REMINDER_LOCK_MS: '2000',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let ready = false;
    child.stdout?.on('data', (chunk) => {
      workerOutput += chunk;
      if (String(chunk).includes('Lantern worker running')) ready = true;
    });
    child.stderr?.on('data', (chunk) => (workerOutput += chunk));
    await waitFor('the worker to start', async () => ready || child.exitCode !== null, 30_000);
    if (child.exitCode !== null) throw new Error(`The worker exited at start:\n${workerOutput}`);
    worker = child;
    return child;
  }

  /** The exit code, or the signal that ended it. */
  async function stopWorker(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | string | null> {
    const child = worker;
    worker = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return null;
    const exited = new Promise<number | string | null>((resolve) =>
      child.once('exit', (code, signalCode) => resolve(code ?? signalCode)),
    );
    child.kill(signal);
    return exited;
  }

  /** Reminders for the coordinator, due in `inMs`, written the way every cause writes them (in a transaction). */
  async function remind(label: string, count: number, inMs: number): Promise<string[]> {
    const dueAt = new Date(Date.now() + inMs);
    await api.db.transaction(async (manager) => {
      for (let i = 0; i < count; i += 1)
        await Reminders.schedule(manager, {
          kind: 'TASK_DUE_SOON',
          subjectType: 'fault-test',
          subjectId: `${label}-${i}`,
          recipient: { type: 'USER', id: coordinator.user.id },
          dueAt,
          title: `Fault test ${label} ${i}`,
          link: '/tasks',
        });
    });
    const rows: { id: string }[] = await api.db.query(
      `SELECT id FROM reminder WHERE subject_type = 'fault-test' AND subject_id LIKE $1`,
      [`${label}-%`],
    );
    return rows.map((row) => row.id);
  }

  const delivered = async (ids: string[]) => {
    const [row] = await api.db.query(
      `SELECT count(*) FILTER (WHERE r.status = 'SENT')::int AS sent,
              (SELECT count(*)::int FROM notification n WHERE n.reminder_id = ANY($1::uuid[]) AND n.email_status = 'SENT') AS emailed
       FROM reminder r WHERE r.id = ANY($1::uuid[])`,
      [ids],
    );
    return row as { sent: number; emailed: number };
  };

  /** Zero lost, zero duplicates: one notification per reminder and recipient, one email per notification. */
  async function expectExactlyOnce(ids: string[], recipientsEach = 1): Promise<void> {
    const notifications: { id: string; reminder_id: string }[] = await api.db.query(
      `SELECT id, reminder_id FROM notification WHERE reminder_id = ANY($1::uuid[])`,
      [ids],
    );
    const perReminder = new Map<string, number>();
    for (const n of notifications) perReminder.set(n.reminder_id, (perReminder.get(n.reminder_id) ?? 0) + 1);
    expect(ids.map((id) => perReminder.get(id) ?? 0)).toEqual(ids.map(() => recipientsEach));
    const wanted = new Set(notifications.map((n) => `<notification-${n.id}@lantern>`));
    const caught = catcher.messages.filter((message) => wanted.has(message.messageId));
    expect(caught.length).toBe(notifications.length);
    expect(new Set(caught.map((message) => message.messageId)).size).toBe(notifications.length);
    for (const message of caught) expect(message.text).not.toMatch(/Fault test/); // no case data in email
  }

  beforeAll(async () => {
    redis = await startTestRedis();
    catcher = await startSmtpCatcher();
    api = await startTestApi({ env: { REDIS_URL: redis.url } });
    coordinator = await api.signedIn('COORDINATOR', { agencyType: 'TRADING_STANDARDS' });
  });

  afterEach(async () => {
    await stopWorker('SIGKILL');
  });

  afterAll(async () => {
    await api?.close();
    await catcher?.stop();
    await redis?.stop();
  });

  it('the same job delivered twice notifies once', async () => {
    await startWorker();
    const ids = await remind('twice', 20, 300);
    const queue = new Queue(QueueName.REMINDERS, { connection: { url: redis.url }, prefix: QUEUE_PREFIX });
    try {
      // A second job for every reminder, as a duplicated or retried delivery would be.
      await queue.addBulk(
        ids.map((id) => ({ name: 'deliver', data: { reminderId: id }, opts: { jobId: `again-${id}` } })),
      );
      await waitFor('delivery', async () => (await delivered(ids)).emailed === ids.length);
      await waitFor('the duplicates to run', async () => {
        const counts = await queue.getJobCounts('wait', 'active', 'prioritized');
        return Object.values(counts).every((count) => count === 0);
      });
    } finally {
      await queue.close();
    }
    await sleep(500);
    await expectExactlyOnce(ids);
  });

  it('Redis restarted while reminders are scheduled: none lost, none repeated', async () => {
    await startWorker();
    const ids = await remind('restart', 25, 3000);
    await waitFor('the relay to hand them to Redis', async () => {
      const [row] = await api.db.query(
        `SELECT count(*)::int AS n FROM reminder WHERE id = ANY($1::uuid[]) AND enqueued_at IS NOT NULL`,
        [ids],
      );
      return row.n === ids.length;
    });
    await redis.stop(); // the delayed jobs go with it (no persistence)
    await sleep(1000);
    await redis.start();
    await waitFor('delivery after the restart', async () => (await delivered(ids)).emailed === ids.length);
    await sleep(1000);
    await expectExactlyOnce(ids);
  });

  it('Redis down when a task is created: the mutation succeeds and its reminders go out once Redis is back', async () => {
    await startWorker();
    const premises = await api.db.getRepository(Premises).save({
      name: 'Fault Test Arcade',
      addressLine1: '2 Test Walk',
      town: 'Northbridge',
      postcode: 'NB1 4FX',
      kind: 'PLACE_OF_ASSEMBLY',
      use: 'TRADE',
    });
    const { formGroup } = await coordinator.client.ok<{ formGroup: { id: string } }>(
      `mutation ($input: NewGroupInput!) { formGroup(input: $input) { id } }`,
      {
        input: {
          name: 'Op Fault',
          objective: 'Prove reminders survive Redis going away',
          leadAgencyId: coordinator.user.agencyId,
          premisesIds: [premises.id],
        },
      },
    );
    await redis.stop();
    const dueOn = new Date(Date.now() + 10 * 86400_000).toISOString().slice(0, 10);
    const { addTask } = await coordinator.client.ok<{ addTask: { id: string } }>(
      `mutation ($groupId: ID!, $input: TaskInput!) { addTask(groupId: $groupId, input: $input) { id } }`,
      {
        groupId: formGroup.id,
        input: { title: 'Check the fire exits', ownerAgencyId: coordinator.user.agencyId, dueOn, priority: 'HIGH' },
      },
    );
    const rows: { id: string; kind: string }[] = await api.db.query(
      `SELECT id, kind FROM reminder WHERE subject_type = 'task' AND subject_id = $1 AND status = 'PENDING'`,
      [addTask.id],
    );
    expect(rows.map((row) => row.kind).sort()).toEqual(['TASK_DUE_SOON', 'TASK_ESCALATED', 'TASK_OVERDUE']);
    const ids = rows.map((row) => row.id);
    // Bring the task's reminders forward to now, rather than wait ten days.
    await api.db.query(`UPDATE reminder SET due_at = now() + interval '1 second' WHERE id = ANY($1::uuid[])`, [ids]);
    await sleep(1500);
    expect((await delivered(ids)).sent).toBe(0);
    await redis.start();
    await waitFor('delivery once Redis is back', async () => (await delivered(ids)).emailed === ids.length);
    await sleep(1000);
    // The owner is the coordinator's agency (the coordinator is its only user), the escalation the coordinator.
    await expectExactlyOnce(ids);
  });

  it('the worker killed with SIGKILL mid-job: the next worker finishes the job, nothing repeated', async () => {
    await startWorker({ LANTERN_TEST_PAUSE_BEFORE_EMAIL_MS: '60000' });
    const ids = await remind('killed', 5, 300);
    await waitFor('notifications written, emails not yet sent', async () => {
      const [row] = await api.db.query(
        `SELECT count(*)::int AS n FROM notification WHERE reminder_id = ANY($1::uuid[]) AND email_status = 'PENDING'`,
        [ids],
      );
      return row.n === ids.length;
    });
    await stopWorker('SIGKILL');
    expect((await delivered(ids)).emailed).toBe(0);
    await startWorker();
    await waitFor('the stalled jobs to be finished', async () => (await delivered(ids)).emailed === ids.length);
    await sleep(1000);
    await expectExactlyOnce(ids);
  });

  it('stops gracefully on SIGTERM, finishing what it was doing', async () => {
    await startWorker();
    const ids = await remind('shutdown', 3, 200);
    await waitFor('delivery', async () => (await delivered(ids)).emailed === ids.length);
    const started = Date.now();
    expect([0, 'SIGTERM']).toContain(await stopWorker('SIGTERM'));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(workerOutput).not.toMatch(/Error/);
  });

  it('stops on SIGTERM even while Redis is down, rather than hang', async () => {
    await startWorker();
    await redis.stop();
    const started = Date.now();
    await stopWorker('SIGTERM');
    expect(Date.now() - started).toBeLessThan(10_000);
    await redis.start();
  });

  it('the API shuts down while Redis is down, rather than fail', async () => {
    const other = await startTestApi({ env: { REDIS_URL: redis.url } });
    await redis.stop();
    try {
      // Its producer connections have noticed: they are reconnecting, and refuse QUIT (no offline queue).
      await waitFor('the API to see Redis gone', async () =>
        fetch(`${other.url}/health`).then((response) => response.status === 503),
      );
      await expect(other.close()).resolves.toBeUndefined();
    } finally {
      await redis.start();
    }
  });
});
