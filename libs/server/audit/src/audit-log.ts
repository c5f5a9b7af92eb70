import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { Viewer } from '@lantern/shared/domain';
import { AuditEvent } from './audit-event.entity';
import { AuditAction, chainHash, GENESIS_HASH } from './audit.rules';
import { addConsultation, pendingConsultationsOf, takeConsultationsOf } from './request-consultations';

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

/**
 * Writes audit entries inside the caller's transaction: if the entry cannot be written, the
 * business change rolls back with it. Nothing is recorded for a request that reads no ids.
 */
@Injectable()
export class AuditLog {
  /**
   * Reads rows of personal data and records the consultation, with the ids returned. Within a GraphQL request the
   * reads are gathered and recorded together, in one transaction, before the response leaves (no record, no
   * response: see recordConsultationsOf); elsewhere the read and its record share one transaction.
   */
  async consult<T extends { id: string }>(
    db: DataSource,
    viewer: Viewer | null,
    what: { entityType: string; purpose: string },
    load: (manager: EntityManager) => Promise<T[]>,
  ): Promise<T[]> {
    const pending = pendingConsultationsOf(viewer);
    if (pending) {
      const rows = await load(db.manager);
      addConsultation(
        pending,
        what,
        rows.map((row) => row.id),
      );
      return rows;
    }
    return db.transaction(async (manager) => {
      const rows = await load(manager);
      await this.record(manager, viewer, { action: 'CONSULTATION', ...what, entityIds: rows.map((row) => row.id) });
      return rows;
    });
  }

  /**
   * Records what a GraphQL request read on behalf of its viewer (gathered since gatherConsultationsOf), one entry per
   * entity type and purpose, in one transaction: one turn at the chain's lock and one insert instead of one of each
   * per loader. Throws when it cannot: the caller then withholds the response.
   */
  async recordConsultationsOf(db: DataSource, viewer: Viewer | null): Promise<void> {
    const entries = takeConsultationsOf(viewer);
    if (entries.length === 0) return;
    await db.transaction((manager) =>
      this.recordAll(
        manager,
        viewer,
        entries.map((entry) => ({
          action: 'CONSULTATION',
          entityType: entry.entityType,
          purpose: entry.purpose,
          entityIds: [...entry.entityIds],
        })),
      ),
    );
  }

  record(manager: EntityManager, viewer: Viewer | null, entry: AuditEntry): Promise<void> {
    return this.recordAll(manager, viewer, [entry]);
  }

  /** Appends entries to the chain, in order, inside the caller's READ COMMITTED transaction. */
  async recordAll(manager: EntityManager, viewer: Viewer | null, entries: readonly AuditEntry[]): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive)
      throw new Error('Audit entries must be written inside the transaction of the change they record');
    const kept = entries.filter((entry) => entry.entityIds.length > 0 || entry.action !== 'CONSULTATION');
    if (kept.length === 0) return;
    await manager.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
    const [last] = (await manager.query(
      `SELECT current_setting('transaction_isolation') AS isolation,
              (SELECT hash FROM audit_event ORDER BY sequence DESC LIMIT 1) AS hash`,
    )) as { isolation: string; hash: string | null }[];
    // Under REPEATABLE READ or SERIALIZABLE the snapshot predates the lock: the last hash read would be stale
    // and the chain would fork. Only READ COMMITTED sees the entry written by whoever held the lock before.
    if (last.isolation !== 'read committed')
      throw new Error(`Audit entries must be written in a READ COMMITTED transaction, not ${last.isolation}`);
    let previousHash = last.hash ?? GENESIS_HASH;
    const occurredAt = new Date();
    const rows = kept.map((entry) => {
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
}
