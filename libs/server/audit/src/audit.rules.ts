import { createHash } from 'node:crypto';

/** The kinds of processing s.62 DPA 2018 requires a log of. */
export const AUDIT_ACTIONS = [
  'COLLECTION',
  'ALTERATION',
  'CONSULTATION',
  'DISCLOSURE',
  'COMBINATION',
  'ERASURE',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedFields {
  occurredAt: Date;
  action: string;
  entityType: string;
  entityIds: string[];
  userId: string | null;
  agencyId: string | null;
  purpose: string;
  recipients: string[];
  details: Record<string, unknown>;
}

/** Canonical JSON: keys sorted at every level, so the same event always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return `{${Object.keys(value as Record<string, unknown>)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value instanceof Date ? value.toISOString() : value);
}

/**
 * The hash of an entry: its own fields (and only those) chained to the hash of the entry before: SHA-256 of the hash
 * before, a line feed and chainBody, in UTF-8. The chain writer has PostgreSQL compute the same (chainInsert).
 */
export function chainHash(previousHash: string, event: ChainedFields): string {
  return createHash('sha256').update(previousHash).update('\n').update(chainBody(event)).digest('hex');
}

/** What an entry's hash covers: its fields as canonical JSON. */
export function chainBody(event: ChainedFields): string {
  return canonicalJson({
    occurredAt: event.occurredAt.toISOString(),
    action: event.action,
    entityType: event.entityType,
    entityIds: event.entityIds,
    userId: event.userId,
    agencyId: event.agencyId,
    purpose: event.purpose,
    recipients: event.recipients,
    details: event.details,
  });
}

export interface ChainRow extends ChainedFields {
  sequence: string;
  previousHash: string;
  hash: string;
}

/** Walks the log in order; returns the first row whose link or hash does not hold, or null when the chain is whole. */
export function firstBrokenLink(
  rows: Iterable<ChainRow>,
  expectedPrevious = GENESIS_HASH,
): { sequence: string; reason: string } | null {
  let previous = expectedPrevious;
  for (const row of rows) {
    if (row.previousHash !== previous)
      return {
        sequence: row.sequence,
        reason: 'does not follow the entry before it (an entry was removed or reordered)',
      };
    if (chainHash(row.previousHash, row) !== row.hash)
      return { sequence: row.sequence, reason: 'its content does not match its hash (it was altered)' };
    previous = row.hash;
  }
  return null;
}
