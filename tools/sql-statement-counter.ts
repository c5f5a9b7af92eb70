import { Client } from 'pg';

/**
 * Counts the SQL statements this process sends to PostgreSQL (every `query` on a pg Client, which TypeORM's pool
 * uses), for the N+1 test and for `npm run bench`'s statements per request. Patches pg once; returns the reader.
 */
let statements = 0;

/** A text without parameters may hold several statements (the simple query protocol): each counts. */
function statementsIn(query: unknown, values: unknown): number {
  if (typeof query !== 'string' || Array.isArray(values)) return 1;
  return Math.max(1, query.split(';').filter((statement) => statement.trim()).length);
}
let patched = false;

export function countSqlStatements(): () => number {
  if (!patched) {
    patched = true;
    const query = Client.prototype.query as (...args: unknown[]) => unknown;
    (Client.prototype as unknown as { query: (...args: unknown[]) => unknown }).query = function (
      this: Client,
      ...args: unknown[]
    ) {
      statements += statementsIn(args[0], args[1]);
      return query.apply(this, args);
    };
  }
  return () => statements;
}

/**
 * Preloaded into the API by the benchmark (`node --require .../sql-statement-counter.js`, with an IPC channel and
 * LANTERN_COUNT_SQL=1): answers `sql-count` messages with the number of statements so far and the CPU time the
 * process has used (microseconds, user and system).
 */
if (process.env['LANTERN_COUNT_SQL'] === '1' && process.send) {
  const read = countSqlStatements();
  process.on('message', (message) => {
    if (message !== 'sql-count') return;
    const cpu = process.cpuUsage();
    process.send?.({ sqlCount: read(), cpuMicros: cpu.user + cpu.system });
  });
}
