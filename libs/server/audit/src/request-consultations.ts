import { AsyncLocalStorage } from 'node:async_hooks';
import type { Viewer } from '@lantern/shared/domain';

/** What one request has read so far and not yet recorded: one entry per reader, entity type and purpose. */
export interface PendingConsultation {
  viewer: Viewer | null;
  entityType: string;
  purpose: string;
  entityIds: Set<string>;
}

const pendingOfRequest = new AsyncLocalStorage<Map<string, PendingConsultation>>();

/**
 * Runs a request with its consultations gathered rather than written one transaction each: the request's reads
 * are recorded together when it ends (see AuditLog.recordConsultationsOfRequest), before its response is sent.
 */
export function gatherConsultations<T>(run: () => T): T {
  return pendingOfRequest.run(new Map(), run);
}

/** The consultations of the request being handled, or undefined outside one (the worker, a download). */
export function pendingConsultations(): Map<string, PendingConsultation> | undefined {
  return pendingOfRequest.getStore();
}

export function addConsultation(
  pending: Map<string, PendingConsultation>,
  viewer: Viewer | null,
  what: { entityType: string; purpose: string },
  ids: readonly string[],
): void {
  if (ids.length === 0) return;
  const key = JSON.stringify([viewer?.userId ?? null, what.entityType, what.purpose]);
  const entry = pending.get(key) ?? { viewer, ...what, entityIds: new Set<string>() };
  for (const id of ids) entry.entityIds.add(id);
  pending.set(key, entry);
}
