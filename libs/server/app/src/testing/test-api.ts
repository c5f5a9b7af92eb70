import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { INestApplication, LoggerService } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { loadConfig } from '@lantern/server/core';
import { PasswordHasher } from '@lantern/server/identity';
import { Agency } from '@lantern/server/agencies';
import { UserAccount } from '@lantern/server/identity';
import type { AgencyType, Role } from '@lantern/shared/domain';
import { createApiApp } from '../create-app';
import { createTestDatabase, TestDatabase } from './test-database';
import { GraphqlClient } from './graphql-client';

export const TEST_PASSWORD = 'correct-horse-battery-staple';

export interface TestApi {
  url: string;
  app: INestApplication;
  db: DataSource;
  database: TestDatabase;
  client(): GraphqlClient;
  /** Creates an agency of that type (or reuses the one given) and a user with the role, and returns a signed-in client. */
  signedIn(
    role: Role,
    options?: { agencyType?: AgencyType; agencyId?: string },
  ): Promise<{ client: GraphqlClient; user: UserAccount }>;
  close(): Promise<void>;
}

/** The real API on a random port, over its own copy of the migrated database and the test Redis. */
export async function startTestApi(
  options: { webDistPath?: string | null; env?: Record<string, string>; logger?: LoggerService } = {},
): Promise<TestApi> {
  const database = await createTestDatabase();
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    PORT: '0',
    WEB_DIST_PATH: options.webDistPath ?? '',
    ...options.env,
  });
  const app = await createApiApp(config, { logger: options.logger ?? false });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  const db = app.get(DataSource);
  const hasher = app.get(PasswordHasher);
  const suffix = randomBytes(4).toString('hex');
  let users = 0;

  return {
    url,
    app,
    db,
    database,
    client: () => new GraphqlClient(url),
    async signedIn(role, { agencyType = 'POLICE', agencyId } = {}) {
      users += 1;
      const agency = agencyId
        ? await db.getRepository(Agency).findOneByOrFail({ id: agencyId })
        : await db.getRepository(Agency).save({ name: `Test ${agencyType} ${suffix}-${users}`, type: agencyType });
      const user = await db.getRepository(UserAccount).save({
        email: `${role.toLowerCase()}-${suffix}-${users}@lantern.test`,
        displayName: `Test ${role} ${users}`,
        role,
        agencyId: agency.id,
        passwordHash: await hasher.hash(TEST_PASSWORD),
      });
      const client = new GraphqlClient(url);
      await client.signIn(user.email, TEST_PASSWORD);
      return { client, user };
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
