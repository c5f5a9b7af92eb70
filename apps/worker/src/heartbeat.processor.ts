import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job, Queue } from 'bullmq';
import { QueueName } from '@lantern/server/core';

export const HEARTBEAT_EVERY_MS = 30_000;

/** Proves the worker is alive: a job every 30 s, whose completion time /health reports. */
@Processor(QueueName.HEARTBEAT)
export class HeartbeatProcessor extends WorkerHost {
  async process(job: Job): Promise<string> {
    return `heartbeat ${job.id} at ${new Date().toISOString()}`;
  }
}

/** Registers the heartbeat schedule by upsert, so restarts never add a second one. */
@Injectable()
export class HeartbeatSchedule implements OnApplicationBootstrap {
  constructor(@InjectQueue(QueueName.HEARTBEAT) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      'heartbeat',
      { every: HEARTBEAT_EVERY_MS },
      { name: 'heartbeat', data: {}, opts: { removeOnComplete: 10, removeOnFail: 100 } },
    );
  }
}
