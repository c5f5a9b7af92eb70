import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * Each integration test file gets its own database, copied from a template that `npm test`
 * migrated once: real PostgreSQL, isolated, and no test depends on another's data.
 */
export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value)
    throw new Error(
      `${name} is not set: run the tests with \`npm test\`, which starts PostgreSQL and Redis and migrates the template database.`,
    );
  return value;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = requiredEnv('LANTERN_TEST_ADMIN_DATABASE_URL');
  const template = requiredEnv('LANTERN_TEST_TEMPLATE_DATABASE');
  const name = `lantern_t_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
