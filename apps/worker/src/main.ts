import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@lantern/server/core';
import { ReminderRunner } from './reminder.runner';
import { WorkerModule } from './worker.module';
import { serveWorkerHealth } from './worker-health';

/** The BullMQ worker: its own process over the same libraries as the API. */
async function main() {
  const config = loadConfig(); // refuses to start on a bad configuration, with the reason
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: ['error', 'warn', 'log'],
  });
  app.enableShutdownHooks();
  const health = config.workerHealthPort ? serveWorkerHealth(app, config.workerHealthPort) : null;
  for (const signal of ['SIGTERM', 'SIGINT'] as const)
    process.once(signal, () => {
      health?.close();
      // Nest closes everything in order, and BullMQ's connections wait for a Redis that is gone: do not hang for
      // ever. With Redis down there is nothing to finish (see ReminderRunner), so then it waits only 3 s more.
      const runner = app.get(ReminderRunner);
      const started = Date.now();
      let redisDownSince: number | null = null;
      setInterval(() => {
        if (runner.redis.status !== 'ready') redisDownSince ??= Date.now();
        const redisGone = redisDownSince !== null && Date.now() - redisDownSince > 3_000;
        if (!redisGone && Date.now() - started < 20_000) return;
        console.error(`Lantern worker: shutdown cut short (${redisGone ? 'Redis is down' : 'over 20 s'}); exiting.`);
        process.exit(1);
      }, 250).unref();
    });
  console.log(
    `Lantern worker running${health ? ` (health on http://127.0.0.1:${config.workerHealthPort}/health)` : ''}`,
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
