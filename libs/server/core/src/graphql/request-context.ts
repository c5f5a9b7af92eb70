import type { Request, Response } from 'express';
import DataLoader from 'dataloader';
import type { Viewer } from '@lantern/shared/domain';

/**
 * Per-request DataLoaders: each nested field resolves through a named loader whose batch
 * function runs one SQL statement for all the keys a page asks for.
 *
 * The request's loaders dispatch in waves: while any of its batches is running, new batches wait, and when the last
 * one settles (and the resolvers it woke have run) every waiting batch goes at once. So a loader reached by several
 * paths of a query at the same depth (a group's premises and its visits' premises) loads once, whichever result
 * PostgreSQL returns first, and the statements a request costs depend on its query, not on timing.
 * A batch function must therefore not wait on a loader of its own request (none does: they call services).
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();
  private running = 0;
  private waiting: (() => void)[] = [];
  private flushScheduled = false;

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = new DataLoader<K, V>((keys) => this.run(() => batch(keys)), {
        maxBatchSize: 1000,
        batchScheduleFn: (dispatch) => this.schedule(dispatch),
      }) as DataLoader<unknown, unknown>;
      this.loaders.set(name, loader);
    }
    return loader as DataLoader<K, V>;
  }

  private async run<V>(batch: () => Promise<V[]>): Promise<V[]> {
    this.running += 1;
    try {
      return await batch();
    } finally {
      this.running -= 1;
      if (this.running === 0 && this.waiting.length) this.scheduleFlush();
    }
  }

  private schedule(dispatch: () => void): void {
    this.waiting.push(dispatch);
    if (this.running === 0) this.scheduleFlush();
  }

  /** After the current turn's promise jobs: the resolvers woken by the last batch ask for their keys first. */
  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => {
      this.flushScheduled = false;
      const waiting = this.waiting;
      this.waiting = [];
      for (const dispatch of waiting) dispatch();
    });
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
