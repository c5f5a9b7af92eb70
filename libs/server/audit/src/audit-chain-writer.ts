import {
  DataSource,
  EntityManager,
  EntitySubscriberInterface,
  EventSubscriber,
  QueryRunner,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';
import { type Pool, type PoolClient, type QueryResult } from 'pg';
import type { Viewer } from '@lantern/shared/domain';
import { AuditAction, chainBody, GENESIS_HASH } from './audit.rules';

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
 * held for one insert and the commit, not for the whole business change. If they cannot be
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
  const client = (await manager.queryRunner!.connect()) as PoolClient;
  // One round trip: the lock, the isolation level, then the insert, each statement with its own snapshot.
  const [, isolation] = (await client.query(
    `SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK});
     SELECT current_setting('transaction_isolation') AS isolation;
     ${chainInsert(queue)}`,
  )) as unknown as QueryResult<{ isolation: string }>[];
  // Under REPEATABLE READ or SERIALIZABLE the snapshot predates the lock: the last hash read would be stale and the
  // chain would fork. Only READ COMMITTED sees the entry written by whoever held the lock before. Throwing here rolls
  // back what was just inserted.
  if (isolation.rows[0].isolation !== 'read committed')
    throw new Error(
      `Audit entries must be written in a READ COMMITTED transaction, not ${isolation.rows[0].isolation}`,
    );
}

/**
 * Appends entries that record no change of their own (what a request read) in a transaction of their own, in one
 * round trip: begin, the lock, the insert, commit. The lock is held inside PostgreSQL only, for the insert and the
 * commit, never across a turn of JavaScript, which on a busy server can wait behind other requests' work.
 */
export async function appendToChain(
  db: DataSource,
  viewer: Viewer | null,
  entries: readonly AuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  const client = await (db.driver as unknown as { master: Pool }).master.connect();
  try {
    await client.query(
      `BEGIN ISOLATION LEVEL READ COMMITTED;
       SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK});
       ${chainInsert(entries.map((entry) => ({ viewer, entry })))};
       COMMIT`,
    );
  } catch (error) {
    // A failed statement leaves the transaction open and aborted; the connection goes back to the pool clean.
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * The insert of queued entries onto the chain, as one statement with the entries as a literal (it runs in a text of
 * several statements, which cannot take parameters). Each entry is its chainBody, the canonical JSON its hash covers,
 * from which PostgreSQL also reads the columns. PostgreSQL reads the last hash (after the lock, in a statement of its
 * own, so its snapshot sees the entry of whoever held the lock before) and chains each entry to the one before as
 * chainHash does: SHA-256 of the previous hash, a line feed and the body. Rows are inserted in order, so their
 * sequence follows the chain.
 */
function chainInsert(queue: readonly { viewer: Viewer | null; entry: AuditEntry }[]): string {
  const occurredAt = new Date();
  const bodies = queue.map(({ viewer, entry }) =>
    chainBody({
      occurredAt,
      action: entry.action,
      entityType: entry.entityType,
      entityIds: [...entry.entityIds],
      userId: viewer?.userId ?? null,
      agencyId: viewer?.agencyId ?? null,
      purpose: entry.purpose,
      recipients: [...(entry.recipients ?? [])],
      details: entry.details ?? {},
    }),
  );
  return `WITH RECURSIVE entry AS (
      SELECT n, body, body::jsonb AS e FROM jsonb_array_elements_text(${sqlText(JSON.stringify(bodies))}::jsonb)
        WITH ORDINALITY AS t (body, n)
    ), chain AS (
      SELECT 1::bigint AS n, last.hash AS previous_hash,
             encode(sha256(convert_to(last.hash || E'\\n' || (SELECT body FROM entry WHERE n = 1), 'UTF8')), 'hex') AS hash
      FROM (SELECT coalesce((SELECT hash FROM audit_event ORDER BY sequence DESC LIMIT 1), '${GENESIS_HASH}') AS hash) last
      UNION ALL
      SELECT chain.n + 1, chain.hash, encode(sha256(convert_to(chain.hash || E'\\n' || entry.body, 'UTF8')), 'hex')
      FROM chain JOIN entry ON entry.n = chain.n + 1
    )
    INSERT INTO audit_event (occurred_at, action, entity_type, entity_ids, user_id, agency_id, purpose, recipients,
                             details, previous_hash, hash)
    SELECT (e ->> 'occurredAt')::timestamptz, e ->> 'action', e ->> 'entityType',
           ARRAY(SELECT jsonb_array_elements_text(e -> 'entityIds')), (e ->> 'userId')::uuid, (e ->> 'agencyId')::uuid,
           e ->> 'purpose', ARRAY(SELECT jsonb_array_elements_text(e -> 'recipients')), e -> 'details',
           chain.previous_hash, chain.hash
    FROM chain JOIN entry USING (n)
    ORDER BY n`;
}

/** A string constant for SQL text: E'...', with backslashes and quotes doubled (whatever standard_conforming_strings). */
const sqlText = (value: string) => `E'${value.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
