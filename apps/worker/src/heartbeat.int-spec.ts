import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { loadConfig, QueueName } from '@lantern/server/core';
import { createTestDatabase, TestDatabase } from '@lantern/server/app/testing';
import { WorkerModule } from './worker.module';

describe('the worker (real Redis)', () => {
  // Its own database: the worker's reminder relay must not hold a connection to the template the other files copy.
  let database: TestDatabase;
  beforeAll(async () => (database = await createTestDatabase()));
  afterAll(() => database.drop());

  it('starts, registers one heartbeat schedule however often it restarts, and runs it', async () => {
    const start = () =>
      NestFactory.createApplicationContext(
        WorkerModule.forRoot(loadConfig({ ...process.env, DATABASE_URL: database.url })),
        { logger: false },
      );
    const first = await start();
    await first.close();
    const worker = await start();
    try {
      const queue = worker.get<Queue>(getQueueToken(QueueName.HEARTBEAT));
      expect(await queue.getJobSchedulersCount()).toBe(1);
      const deadline = Date.now() + 15_000;
      let completed = 0;
      while (Date.now() < deadline && completed === 0) {
        completed = await queue.getCompletedCount();
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(completed).toBeGreaterThan(0);
    } finally {
      await worker.close();
    }
  });
});
