import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, ConfigModule, QueueModule } from '@lantern/server/core';
import { HeartbeatProcessor, HeartbeatSchedule } from './heartbeat.processor';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(config), QueueModule.forRoot('worker')],
      providers: [HeartbeatProcessor, HeartbeatSchedule],
    };
  }
}
