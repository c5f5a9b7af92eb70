import {
  EntityManager,
  EntitySubscriberInterface,
  EventSubscriber,
  QueryRunner,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { PoolClient, QueryResult } from 'pg';
import type { Viewer } from '@lantern/shared/domain';
import { AuditEvent } from './audit-event.entity';
import { AuditAction, chainHash, GENESIS_HASH } from './audit.rules';

/** Any fixed 64-bit number: the advisory lock that makes audit writers take turns, so the chain stays a chain. */
const AUDIT_CHAIN_LOCK = 7_411_602_893;

export interface AuditEntry {
  action: AuditAction;
  entityType: string;
  entityIds: readonly string[];
  /** Why the data was processed: the operation, e.g. "Premises register: view a premises". */
  purpose: string;
  recipients?: readonly string[];
  /** Metadata only (changed field names, counts): never the personal data itself. */
  details?: Record<string, unknown>;
}

interface QueuedEntry {
  /** The transaction depth it was recorded at: a rolled-back savepoint drops what was recorded inside it. */
  depth: number;
  viewer: Viewer | null;
  entry: AuditEntry;
}

const depthOf = (runner: QueryRunner) => (runner as unknown as { transactionDepth: number }).transactionDepth;

/**
 * Appends a transaction's audit entries to the hash chain just before it commits. Entries are queued as the
 * transaction records them and written in its last moments, so the chain's lock (which makes writers take turns) is
 * held for the lock, one read, one insert and the commit, not for the whole business change. If they cannot be
 * written the commit fails and the change rolls back with them; a rolled-back transaction writes none.
 * Registered on every DataSource through schemaParts; AuditLog refuses to queue on one without it.
 */
@EventSubscriber()
export class AuditChainWriter implements EntitySubscriberInterface {
  private static readonly queues = new WeakMap<QueryRunner, QueuedEntry[]>();

  static isAttachedTo(manager: EntityManager): boolean {
    return manager.connection.subscribers.some((subscriber) => subscriber instanceof AuditChainWriter);
  }

  static enqueue(runner: QueryRunner, viewer: Viewer | null, entry: AuditEntry): void {
    const queue = AuditChainWriter.queues.get(runner) ?? [];
    queue.push({ depth: depthOf(runner), viewer, entry });
    AuditChainWriter.queues.set(runner, queue);
  }

  async beforeTransactionCommit({ queryRunner }: TransactionCommitEvent): Promise<void> {
    const queue = AuditChainWriter.queues.get(queryRunner);
    if (!queue?.length) return;
    const depth = depthOf(queryRunner);
    if (depth > 1) {
      // A savepoint is released: what it recorded now belongs to the enclosing transaction.
      for (const queued of queue) queued.depth = Math.min(queued.depth, depth - 1);
      return;
    }
    AuditChainWriter.queues.delete(queryRunner);
    await writeToChain(queryRunner.manager, queue);
  }

  beforeTransactionRollback({ queryRunner }: TransactionRollbackEvent): void {
    const queue = AuditChainWriter.queues.get(queryRunner);
    if (!queue) return;
    const depth = depthOf(queryRunner);
    const kept = queue.filter((queued) => queued.depth < depth);
    if (kept.length) AuditChainWriter.queues.set(queryRunner, kept);
    else AuditChainWriter.queues.delete(queryRunner);
  }
}

async function writeToChain(manager: EntityManager, queue: readonly QueuedEntry[]): Promise<void> {
  // Two statements in one round trip (the simple query protocol): the lock, then the read. Each statement takes its
  // own snapshot, so the read sees the entry written by whoever held the lock before.
  const client = (await manager.queryRunner!.connect()) as PoolClient;
  const [, read] = (await client.query(
    `SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK});
     SELECT current_setting('transaction_isolation') AS isolation,
            (SELECT hash FROM audit_event ORDER BY sequence DESC LIMIT 1) AS hash`,
  )) as unknown as QueryResult<{ isolation: string; hash: string | null }>[];
  const [last] = read.rows;
  // Under REPEATABLE READ or SERIALIZABLE the snapshot predates the lock: the last hash read would be stale
  // and the chain would fork. Only READ COMMITTED sees the entry written by whoever held the lock before.
  if (last.isolation !== 'read committed')
    throw new Error(`Audit entries must be written in a READ COMMITTED transaction, not ${last.isolation}`);
  let previousHash = last.hash ?? GENESIS_HASH;
  const occurredAt = new Date();
  const rows = queue.map(({ viewer, entry }) => {
    const fields = {
      occurredAt,
      action: entry.action,
      entityType: entry.entityType,
      entityIds: [...entry.entityIds],
      userId: viewer?.userId ?? null,
      agencyId: viewer?.agencyId ?? null,
      purpose: entry.purpose,
      recipients: [...(entry.recipients ?? [])],
      details: entry.details ?? {},
    };
    const row = manager.create(AuditEvent, { ...fields, previousHash, hash: chainHash(previousHash, fields) });
    previousHash = row.hash;
    return row;
  });
  // One statement; PostgreSQL numbers the rows of a VALUES list in order, so the sequence follows the chain.
  await manager
    .createQueryBuilder()
    .insert()
    .into(AuditEvent)
    .values(rows as QueryDeepPartialEntity<AuditEvent>[]) // `details` is free-form JSON, which the type cannot follow
    .updateEntity(false)
    .execute();
}
