import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '@lantern/shared/domain';
import { appendToChain, AuditChainWriter, AuditEntry } from './audit-chain-writer';
import { addConsultation, pendingConsultationsOf, takeConsultationsOf } from './request-consultations';

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
  consult<T extends { id: string }>(
    db: DataSource,
    viewer: Viewer | null,
    what: { entityType: string; purpose: string },
    load: (manager: EntityManager) => Promise<T[]>,
  ): Promise<T[]> {
    return this.consultEach(db, viewer, load, (rows) => [{ ...what, entityIds: rows.map((row) => row.id) }]);
  }

  /**
   * Reads a result that holds rows of several kinds (a read model built in one statement) and records the
   * consultation of each kind it names, as consult does for one.
   */
  async consultEach<R>(
    db: DataSource,
    viewer: Viewer | null,
    load: (manager: EntityManager) => Promise<R>,
    consulted: (result: R) => { entityType: string; purpose: string; entityIds: string[] }[],
  ): Promise<R> {
    const pending = pendingConsultationsOf(viewer);
    if (pending) {
      const result = await load(db.manager);
      for (const { entityIds, ...what } of consulted(result)) addConsultation(pending, what, entityIds);
      return result;
    }
    return db.transaction(async (manager) => {
      const result = await load(manager);
      for (const entry of consulted(result)) await this.record(manager, viewer, { action: 'CONSULTATION', ...entry });
      return result;
    });
  }

  /**
   * Records what a GraphQL request read on behalf of its viewer (gathered since gatherConsultationsOf), one entry per
   * entity type and purpose, in a transaction of its own: one round trip, one turn at the chain's lock.
   * Throws when it cannot: the caller then withholds the response.
   */
  async recordConsultationsOf(db: DataSource, viewer: Viewer | null): Promise<void> {
    const entries = takeConsultationsOf(viewer);
    await appendToChain(
      db,
      viewer,
      entries.map((entry) => ({
        action: 'CONSULTATION',
        entityType: entry.entityType,
        purpose: entry.purpose,
        entityIds: [...entry.entityIds],
      })),
    );
  }

  /**
   * Records an entry in the caller's transaction. It is written to the chain when the transaction commits
   * (AuditChainWriter), so the change and its record commit together or not at all.
   */
  async record(manager: EntityManager, viewer: Viewer | null, entry: AuditEntry): Promise<void> {
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive)
      throw new Error('Audit entries must be written inside the transaction of the change they record');
    if (!AuditChainWriter.isAttachedTo(manager))
      throw new Error('Audit entries need the AuditChainWriter subscriber on the DataSource (schemaParts)');
    if (entry.entityIds.length === 0 && entry.action === 'CONSULTATION') return;
    AuditChainWriter.enqueue(runner, viewer, entry);
  }
}
