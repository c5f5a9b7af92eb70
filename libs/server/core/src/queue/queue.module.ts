import { DynamicModule, Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { QUEUE_PREFIX, QueueName } from './queue-name';
import { connectionBehaviour } from './redis-connection';

/** BullMQ on Redis, for the API (producer) or the worker. */
@Module({})
export class QueueModule {
  static forRoot(role: 'producer' | 'worker'): DynamicModule {
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
