import { Module } from '@nestjs/common';
import { ConfigModule, QueueModule } from '@lantern/server/core';
import { HeartbeatProcessor, HeartbeatSchedule } from './heartbeat.processor';

@Module({
  imports: [ConfigModule, QueueModule.forRoot('worker')],
  providers: [HeartbeatProcessor, HeartbeatSchedule],
})
export class WorkerModule {}
