import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@lantern/server/core';
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
      // Nest closes everything in order; if something waits on a Redis that is gone, do not hang for ever.
      setTimeout(() => {
        console.error('Lantern worker: shutdown took over 20 s (is Redis down?); exiting.');
        process.exit(1);
      }, 20_000).unref();
    });
  console.log(
    `Lantern worker running${health ? ` (health on http://127.0.0.1:${config.workerHealthPort}/health)` : ''}`,
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
