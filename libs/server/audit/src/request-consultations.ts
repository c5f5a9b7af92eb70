import type { Viewer } from '@lantern/shared/domain';

/** What one request has read so far and not yet recorded: one entry per entity type and purpose. */
export interface PendingConsultation {
  entityType: string;
  purpose: string;
  entityIds: Set<string>;
}

/**
 * The reads gathered per viewer object. Each GraphQL request loads its own viewer object (AccessGuard), so this is
 * per request without async context tracking (AsyncLocalStorage made every promise of every request dearer).
 */
const pendingOfViewer = new WeakMap<Viewer, Map<string, PendingConsultation>>();

/**
 * From now on, what is read on behalf of this viewer object is gathered rather than written one transaction each,
 * until takeConsultationsOf: the request records them together before its response is sent (AuditLog).
 */
export function gatherConsultationsOf(viewer: Viewer): void {
  if (!pendingOfViewer.has(viewer)) pendingOfViewer.set(viewer, new Map());
}

/** The consultations gathered for this viewer object, or undefined when none are (the worker, a download). */
export function pendingConsultationsOf(viewer: Viewer | null): Map<string, PendingConsultation> | undefined {
  return viewer ? pendingOfViewer.get(viewer) : undefined;
}

/** Ends the gathering for this viewer object and returns what it gathered: later reads record themselves. */
export function takeConsultationsOf(viewer: Viewer | null): PendingConsultation[] {
  const pending = pendingConsultationsOf(viewer);
  if (!pending) return [];
  pendingOfViewer.delete(viewer!);
  return [...pending.values()];
}

export function addConsultation(
  pending: Map<string, PendingConsultation>,
  what: { entityType: string; purpose: string },
  ids: readonly string[],
): void {
  if (ids.length === 0) return;
  const key = `${what.entityType}\u0000${what.purpose}`;
  let entry = pending.get(key);
  if (!entry) pending.set(key, (entry = { ...what, entityIds: new Set<string>() }));
  for (const id of ids) entry.entityIds.add(id);
}
