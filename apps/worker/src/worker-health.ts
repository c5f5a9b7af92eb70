import { createServer, Server } from 'node:http';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ReminderRunner } from './reminder.runner';

/**
 * `GET /health` on WORKER_HEALTH_PORT: PostgreSQL, Redis, the reminder sender, and how many reminders are
 * overdue by more than a minute (a growing number means they are not going out). No personal data.
 */
export function serveWorkerHealth(app: INestApplicationContext, port: number): Server {
  const db = app.get(DataSource);
  const runner = app.get(ReminderRunner);
  const server = createServer(async (req, res) => {
    if (req.url !== '/health') {
      res.writeHead(404).end();
      return;
    }
    const [database, redis] = await Promise.all([
      db
        .query(
          `SELECT count(*)::int AS late FROM reminder WHERE status = 'PENDING' AND due_at < now() - interval '1 minute'`,
        )
        .then(
          ([row]) => ({ status: 'up', late: row.late as number }),
          () => ({ status: 'down', late: null }),
        ),
      Promise.race([runner.redis.ping(), new Promise((_, reject) => setTimeout(reject, 1000))]).then(
        () => 'up',
        () => 'down',
      ),
    ]);
    const ok = database.status === 'up' && redis === 'up' && runner.running;
    res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        status: ok ? 'ok' : 'degraded',
        database: database.status,
        redis,
        sender: runner.running ? 'running' : 'stopped',
        remindersLate: database.late,
      }),
    );
  });
  server.listen(port, '127.0.0.1');
  return server;
}
