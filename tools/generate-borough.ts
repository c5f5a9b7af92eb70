import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { generateBorough } from './borough-generator';
import { startDevServices } from './dev-services';
import { runMigrations } from './migrations';

/**
 * `npm run generate:borough -- [--groups N] [--premises N] [--actions N] [--years N] [--seed N] [--database NAME]`:
 * a borough-scale history (default: issue 8's 10,000 groups, 100,000 premises, 1,000,000 actions over 5 years).
 * Into DATABASE_URL when set (migrated first; it must hold no agencies yet), otherwise into a fresh database
 * (default `lantern_borough`, dropped and created again) on the project's dev PostgreSQL.
 */
export const BOROUGH_SCALE = { groups: 10_000, premises: 100_000, actions: 1_000_000 } as const;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      groups: { type: 'string' },
      premises: { type: 'string' },
      actions: { type: 'string' },
      years: { type: 'string' },
      seed: { type: 'string' },
      database: { type: 'string', default: 'lantern_borough' },
    },
  });
  const number = (name: keyof typeof values, fallback: number): number => {
    const raw = values[name];
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number, not "${raw}"`);
    return value;
  };
  const options = {
    groups: number('groups', BOROUGH_SCALE.groups),
    premises: number('premises', BOROUGH_SCALE.premises),
    actions: number('actions', BOROUGH_SCALE.actions),
    years: number('years', 5),
    seed: number('seed', 1),
    log: (line: string) => console.log(`[borough] ${line}`),
  };
  const name = values.database!;
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error('--database must be a lower-case SQL name');

  let databaseUrl = process.env['DATABASE_URL'];
  const services = databaseUrl ? null : await startDevServices({ profile: 'dev' });
  try {
    if (services) {
      const admin = new Client({ connectionString: services.databaseUrl });
      await admin.connect();
      try {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.query(`CREATE DATABASE ${name}`);
      } finally {
        await admin.end();
      }
      const url = new URL(services.databaseUrl);
      url.pathname = `/${name}`;
      databaseUrl = url.toString();
    }
    await runMigrations(databaseUrl!);
    await generateBorough(databaseUrl!, options);
    console.log(`[borough] DATABASE_URL=${databaseUrl}`);
  } finally {
    await services?.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
