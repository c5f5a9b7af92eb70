import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, ConfigModule, dataSourceOptions, QueueModule } from '@lantern/server/core';
import { schemaParts } from '@lantern/server/app';
import { HeartbeatProcessor, HeartbeatSchedule } from './heartbeat.processor';
import { ReminderRunner } from './reminder.runner';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => dataSourceOptions(config.databaseUrl, schemaParts),
        }),
        QueueModule.forRoot('worker'),
      ],
      providers: [HeartbeatProcessor, HeartbeatSchedule, ReminderRunner],
    };
  }
}
