import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@lantern/server/core';
import { WorkerModule } from './worker.module';

/** The BullMQ worker: its own process over the same libraries as the API. */
async function main() {
  const config = loadConfig(); // refuses to start on a bad configuration, with the reason
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: ['error', 'warn', 'log'],
  });
  app.enableShutdownHooks();
  console.log('Lantern worker running');
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
