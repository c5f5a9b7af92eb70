import type { DataSource } from 'typeorm';
import type { Queue } from 'bullmq';
import type IORedis from 'ioredis';

/** Set in Redis by the relay; when it is missing, Redis lost its data (restarted without persistence, flushed). */
export const RELAY_MARKER = 'lantern:reminders:relay-marker';
/** Reminders due within this horizon are handed to BullMQ as delayed jobs. */
export const RELAY_HORIZON_SECONDS = 3600;
/**
 * A pending reminder this late, handed over this long ago, is handed over again (its job failed for good, or was
 * lost some way the marker did not show). Long enough that a backlog being worked through is left alone.
 */
export const RELAY_OVERDUE_SECONDS = 300;
export const DELIVER_JOB = 'deliver';
export const RELAY_BATCH = 2000;

export interface DeliverJobData {
  reminderId: string;
}

/** Options for every reminder job: many attempts with back-off, trimmed once done. */
export const deliverJobOptions = {
  attempts: 12,
  backoff: { type: 'exponential' as const, delay: 1000 },
  removeOnComplete: { count: 5000, age: 24 * 3600 },
  removeOnFail: { count: 5000 },
};

/**
 * Hands pending reminders from PostgreSQL to BullMQ: each due within the horizon becomes a delayed job whose id
 * is the reminder's id (so handing it over twice adds it once) and whose payload is that id only. Redis being
 * down only delays this: the rows wait in PostgreSQL. Redis losing its jobs is noticed by the missing marker,
 * and every pending reminder is handed over again.
 */
export class ReminderRelay {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly db: DataSource,
    private readonly queue: Queue<DeliverJobData>,
    /** A connection of the relay's own, for the marker. */
    private readonly redis: IORedis,
    private readonly intervalMs: number,
    private readonly log: (line: string) => void = () => undefined,
  ) {}

  start(): void {
    this.stopped = false;
    const loop = () => {
      if (this.stopped) return;
      this.running = this.tick()
        .then(() => undefined)
        .catch((error) => this.log(`reminder relay: ${error instanceof Error ? error.message : String(error)}`))
        .finally(() => {
          this.running = null;
          if (!this.stopped) this.timer = setTimeout(loop, this.intervalMs);
        });
    };
    loop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** One pass; returns how many reminders it handed over. */
  async tick(): Promise<number> {
    if ((await this.redis.set(RELAY_MARKER, new Date().toISOString(), 'NX')) === 'OK') {
      const reset = await this.db.query(
        `UPDATE reminder SET enqueued_at = NULL WHERE status = 'PENDING' AND enqueued_at IS NOT NULL`,
      );
      if (reset[1]) this.log(`reminder relay: Redis lost its jobs; handing ${reset[1]} pending reminders over again`);
    }
    let total = 0;
    for (;;) {
      const rows: { id: string; delay: string; overdue: boolean }[] = await this.db.query(
        `SELECT id, GREATEST(0, CEIL(EXTRACT(EPOCH FROM (due_at - now())) * 1000))::bigint AS delay,
                enqueued_at IS NOT NULL AS overdue
         FROM reminder
         WHERE status = 'PENDING' AND (
           (enqueued_at IS NULL AND due_at <= now() + make_interval(secs => $1))
           OR (due_at < now() - make_interval(secs => $2) AND enqueued_at < now() - make_interval(secs => $2)))
         ORDER BY due_at LIMIT $3`,
        [RELAY_HORIZON_SECONDS, RELAY_OVERDUE_SECONDS, RELAY_BATCH],
      );
      if (!rows.length) return total;
      for (const row of rows.filter((one) => one.overdue)) {
        const job = await this.queue.getJob(row.id);
        if (job && (await job.isFailed())) await job.retry('failed');
      }
      await this.queue.addBulk(
        rows.map((row) => ({
          name: DELIVER_JOB,
          data: { reminderId: row.id },
          opts: { ...deliverJobOptions, jobId: row.id, delay: Number(row.delay) },
        })),
      );
      await this.db.query(`UPDATE reminder SET enqueued_at = now() WHERE id = ANY($1::uuid[])`, [
        rows.map((row) => row.id),
      ]);
      total += rows.length;
      if (rows.length < RELAY_BATCH) return total;
    }
  }
}
