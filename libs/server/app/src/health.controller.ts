import { Controller, Get, HttpException, HttpStatus, Inject } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { QueueName } from '@lantern/server/core';

/** Liveness and readiness for operators: PostgreSQL, Redis and the worker's last heartbeat. No personal data. */
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(getQueueToken(QueueName.HEARTBEAT)) private readonly heartbeatQueue: Queue,
  ) {}

  @Get()
  async health() {
    const [database, redis] = await Promise.all([
      this.db.query('SELECT 1').then(
        () => 'up',
        () => 'down',
      ),
      this.heartbeatQueue.getCompleted(0, 0).then(
        ([last]) => ({
          status: 'up',
          workerHeartbeatAt: last?.finishedOn ? new Date(last.finishedOn).toISOString() : null,
        }),
        () => ({ status: 'down', workerHeartbeatAt: null }),
      ),
    ]);
    const body = {
      status: database === 'up' && redis.status === 'up' ? 'ok' : 'degraded',
      database,
      redis: redis.status,
      workerHeartbeatAt: redis.workerHeartbeatAt,
    };
    if (body.status !== 'ok') throw new HttpException(body, HttpStatus.SERVICE_UNAVAILABLE);
    return body;
  }
}
