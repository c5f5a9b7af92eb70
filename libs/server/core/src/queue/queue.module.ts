import { DynamicModule, Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { QUEUE_PREFIX, QueueName } from './queue-name';
import { connectionBehaviour } from './redis-connection';

/**
 * A queue whose close cannot fail for want of Redis. A producer's connection has no offline queue, so ioredis
 * refuses QUIT while it is reconnecting; the connection is then dropped instead (which also stops its retries),
 * and shutdown goes on.
 */
export class ShutdownSafeQueue extends Queue {
  override async close(): Promise<void> {
    try {
      await super.close();
    } catch {
      // Not `this.disconnect()`: that waits for an 'end' event a connection between retries never emits.
      (await this.backend.client).disconnect();
    }
  }
}

/** BullMQ on Redis, for the API (producer) or the worker. */
@Module({})
export class QueueModule {
  static forRoot(role: 'producer' | 'worker'): DynamicModule {
    BullModule.queueClass = ShutdownSafeQueue;
    return {
      module: QueueModule,
      imports: [
        BullModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            connection: { url: config.redisUrl, ...connectionBehaviour(role) },
            prefix: QUEUE_PREFIX,
            defaultJobOptions: { removeOnComplete: { count: 1000, age: 24 * 3600 }, removeOnFail: { count: 5000 } },
          }),
        }),
        BullModule.registerQueue(...Object.values(QueueName).map((name) => ({ name }))),
      ],
      exports: [BullModule],
    };
  }
}
