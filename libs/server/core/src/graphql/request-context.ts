import type { Request, Response } from 'express';
import DataLoader from 'dataloader';
import type { Viewer } from '@lantern/shared/domain';

/**
 * Per-request DataLoaders: each nested field resolves through a named loader whose batch
 * function runs one SQL statement for all the keys a page asks for.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 }) as DataLoader<unknown, unknown>;
      this.loaders.set(name, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

export interface RequestContext {
  req: Request;
  res: Response;
  viewer: Viewer | null;
  loaders: RequestLoaders;
  /** Called once, when AccessGuard has loaded the request's viewer (the audit log gathers its reads from then on). */
  onViewer?: (viewer: Viewer) => void;
}

/** Groups rows by a key in the order of the keys asked for, for "one to many" loaders. */
export function groupByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

/** Orders rows by the keys asked for, for "one to one" loaders; a missing row is null. */
export function orderByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row] as const));
  return keys.map((key) => byKey.get(key) ?? null);
}
