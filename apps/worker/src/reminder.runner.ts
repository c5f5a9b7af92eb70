import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job, Queue, Worker } from 'bullmq';
import { DataSource } from 'typeorm';
import IORedis from 'ioredis';
import {
  APP_CONFIG,
  AppConfig,
  connectionBehaviour,
  QUEUE_PREFIX,
  QueueName,
  redisConnection,
} from '@lantern/server/core';
import {
  DeliverJobData,
  LONDON,
  Mailer,
  ReminderDelivery,
  ReminderRelay,
  WEEKLY_DIGEST_CRON,
  WEEKLY_DIGEST_JOB,
  writeWeeklyDigests,
} from '@lantern/server/reminders';

/**
 * The worker's reminder side: the relay (PostgreSQL outbox → BullMQ delayed jobs), the sender (a BullMQ
 * worker delivering each reminder idempotently) and the weekly digest, registered by upsert so restarts
 * never add a second schedule. Stops gracefully: the relay finishes its pass, running jobs finish.
 */
@Injectable()
export class ReminderRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Reminders');
  private readonly mailer: Mailer;
  private relay: ReminderRelay | null = null;
  private worker: Worker | null = null;
  /** The relay's and the health check's own connection. */
  readonly redis: IORedis;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectQueue(QueueName.REMINDERS) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.mailer = new Mailer(config.mail.smtpUrl, config.mail.from);
    this.redis = redisConnection(config.redisUrl, 'worker');
    this.redis.on('error', () => undefined); // it reconnects by itself; the sender logs Redis being away
  }

  async onApplicationBootstrap(): Promise<void> {
    const pauseMs =
      this.config.environment === 'test' ? Number(process.env['LANTERN_TEST_PAUSE_BEFORE_EMAIL_MS'] ?? 0) : 0;
    const delivery = new ReminderDelivery(this.db, this.mailer, this.config.mail.publicUrl, async () => {
      if (pauseMs) await new Promise((resolve) => setTimeout(resolve, pauseMs));
    });
    const { lockDurationMs, concurrency, relayIntervalMs } = this.config.reminders;
    this.worker = new Worker(
      QueueName.REMINDERS,
      (job: Job) =>
        job.name === WEEKLY_DIGEST_JOB
          ? writeWeeklyDigests(this.db)
          : delivery.deliver((job.data as DeliverJobData).reminderId),
      {
        connection: { url: this.config.redisUrl, ...connectionBehaviour('worker') },
        prefix: QUEUE_PREFIX,
        concurrency,
        lockDuration: lockDurationMs,
        stalledInterval: Math.min(lockDurationMs, 30_000),
        maxStalledCount: 5,
      },
    );
    this.worker.on('failed', (job, error) => this.logger.warn(`job ${job?.id} failed: ${error.message}`));
    this.worker.on('error', (error) => this.logger.warn(`worker: ${error.message}`));
    await this.queue.upsertJobScheduler(
      'weekly-digest',
      { pattern: WEEKLY_DIGEST_CRON, tz: LONDON },
      { name: WEEKLY_DIGEST_JOB, data: {}, opts: { removeOnComplete: 10, removeOnFail: 50 } },
    );
    this.relay = new ReminderRelay(this.db, this.queue, this.redis, relayIntervalMs, (line) => this.logger.warn(line));
    this.relay.start();
  }

  /**
   * Lets running jobs finish, but not for ever. With Redis gone nothing can be finished (a job's completion cannot be
   * recorded, so it will stall and run again, and the notification's email status keeps that from sending twice):
   * then it does not wait at all rather than wait for Redis to come back.
   */
  async beforeApplicationShutdown(): Promise<void> {
    const within = (ms: number, work: Promise<unknown> | undefined) =>
      Promise.race([work, new Promise((resolve) => setTimeout(resolve, ms).unref())]);
    const redisUp = this.redis.status === 'ready';
    await within(redisUp ? 5_000 : 1_000, this.relay?.stop());
    await within(redisUp ? 10_000 : 1_000, this.worker?.close(!redisUp));
    this.mailer.close();
    this.redis.disconnect();
  }

  /** For the health check: is the sender running? */
  get running(): boolean {
    return !!this.worker?.isRunning();
  }
}
