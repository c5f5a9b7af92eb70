import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { startTestRedis } from '@lantern/server/app/testing';
import { startDevServices } from './dev-services';
import { createMigratedDatabase } from './migrations';

/**
 * `npm run bench:reminders`: schedules REMINDERS (10,000) reminders due within the same minute for USERS (100)
 * users, runs the real worker (relay, sender, SMTP to the local catcher) and prints how long until every one is
 * delivered (notification written and email accepted) and the lateness percentiles. A script that prints
 * figures, not a test. Uses the dev PostgreSQL (a throw-away database in it) and a Redis of its own.
 * Options by environment: BENCH_REMINDERS, BENCH_USERS, BENCH_SPREAD_SECONDS, and the worker's REMINDER_CONCURRENCY.
 */
const REMINDERS = Number(process.env['BENCH_REMINDERS'] ?? 10_000);
const USERS = Number(process.env['BENCH_USERS'] ?? 100);
/** Over how many seconds of the minute the due times are spread: 60 (one every 6 ms), or 1 for all at once. */
const SPREAD = Math.min(60, Math.max(1, Number(process.env['BENCH_SPREAD_SECONDS'] ?? 60)));
const repoRoot = resolve(__dirname, '..', '..');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main(): Promise<void> {
  const services = await startDevServices({ profile: 'dev' });
  const redis = await startTestRedis();
  const database = await createMigratedDatabase(services.databaseUrl);
  const db = new Client({ connectionString: database.url });
  let worker: ChildProcess | null = null;
  try {
    await db.connect();
    const [{ id: agencyId }] = (
      await db.query(`INSERT INTO agency (name, type, version) VALUES ('Bench agency', 'POLICE', 1) RETURNING id`)
    ).rows;
    await db.query(
      `INSERT INTO user_account (email, display_name, role, agency_id, version)
       SELECT 'bench-' || i || '@lantern.test', 'Bench user ' || i, 'AGENCY_OFFICER', $1, 1 FROM generate_series(1, $2) i`,
      [agencyId, USERS],
    );
    // The minute after next starts at least 30 s from now; every reminder falls due within it.
    const minute = Math.ceil((Date.now() + 30_000) / 60_000) * 60_000;
    const inserted = Date.now();
    await db.query(
      `INSERT INTO reminder (kind, subject_type, subject_id, recipient_type, recipient_id, due_at, title, link)
       SELECT 'TASK_DUE_SOON', 'bench', i::text, 'USER', u.id,
              to_timestamp($1::double precision / 1000) + make_interval(secs => (i % $4) + (i % 1000) / 1000.0), 'Bench reminder ' || i, '/tasks'
       FROM generate_series(1, $2) i
       JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM user_account) u ON u.n = i % $3`,
      [minute, REMINDERS, USERS, SPREAD],
    );
    console.log(
      `[bench] ${REMINDERS} reminders for ${USERS} users, due from ${new Date(minute).toISOString()} over ${SPREAD} s (written in ${Date.now() - inserted} ms)`,
    );

    worker = spawn(process.execPath, [join(repoRoot, 'dist', 'apps', 'worker', 'src', 'main.js')], {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: database.url,
        REDIS_URL: redis.url,
        SMTP_URL: services.smtpUrl,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const deadline = minute + 60_000 + 600_000;
    let done = 0;
    while (Date.now() < deadline) {
      const { rows } = await db.query(
        `SELECT count(*) FILTER (WHERE email_status = 'SENT')::int AS emailed FROM notification`,
      );
      done = rows[0].emailed;
      if (done >= REMINDERS) break;
      await sleep(250);
    }
    const { rows } = await db.query(
      `SELECT extract(epoch FROM (r.sent_at - r.due_at)) * 1000 AS app_ms,
              extract(epoch FROM (n.emailed_at - r.due_at)) * 1000 AS email_ms,
              extract(epoch FROM n.emailed_at) * 1000 AS emailed
       FROM reminder r JOIN notification n ON n.reminder_id = r.id WHERE n.email_status = 'SENT'`,
    );
    const [{ duplicates }] = (
      await db.query(
        `SELECT (SELECT count(*) FROM notification)::int - (SELECT count(DISTINCT reminder_id) FROM notification)::int AS duplicates`,
      )
    ).rows;
    const app = rows.map((r) => Number(r.app_ms)).sort((a, b) => a - b);
    const email = rows.map((r) => Number(r.email_ms)).sort((a, b) => a - b);
    const lastEmailed = Math.max(...rows.map((r) => Number(r.emailed)));
    const caught = services.mailUrl
      ? ((await (await fetch(`${services.mailUrl}/messages`)).json()) as unknown[]).length
      : null;
    console.log(
      `[bench] delivered ${rows.length} of ${REMINDERS}; duplicate notifications: ${duplicates}${caught === null ? '' : `; emails caught: ${caught}`}`,
    );
    const lastDue = minute + SPREAD * 1000;
    console.log(
      `[bench] all delivered ${seconds(lastEmailed - minute)} after the first fell due, ${seconds(lastEmailed - lastDue)} after the last`,
    );
    console.log(
      `[bench] ${(rows.length / ((lastEmailed - minute) / 1000)).toFixed(0)} reminders/s on average, first due to last delivered`,
    );
    const row = (label: string, values: number[]) =>
      console.log(
        `[bench] ${label.padEnd(28)} p50 ${seconds(percentile(values, 50))}  p95 ${seconds(percentile(values, 95))}  p99 ${seconds(percentile(values, 99))}  max ${seconds(values[values.length - 1])}`,
      );
    row('lateness, in-app notification', app);
    row('lateness, email accepted', email);
  } finally {
    if (worker && worker.exitCode === null && worker.signalCode === null) {
      const exited = new Promise((r) => worker!.once('exit', r));
      worker.kill('SIGTERM');
      await exited;
    }
    await db.end().catch(() => undefined);
    await database.drop();
    await redis.stop();
    await services.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
