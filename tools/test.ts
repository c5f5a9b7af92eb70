import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { ensureChromium, startDevServices } from './dev-services';
import { runMigrations } from './migrations';

const TEMPLATE = 'lantern_template';

/**
 * `npm test`: starts PostgreSQL and Redis (or uses DATABASE_URL / REDIS_URL), migrates a
 * template database that each integration test file copies, finds Chromium for the browser
 * tests, runs every Jest project, and stops what it started whatever the outcome. Two Jest workers even on two cores:
 * the browser and integration files spend much of their time waiting on PostgreSQL, Chromium and the API.
 */
async function main(): Promise<number> {
  const repoRoot = resolve(__dirname, '..', '..');
  const services = await startDevServices({ profile: 'test' });
  try {
    const admin = new Client({ connectionString: services.databaseUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEMPLATE}`);
    await admin.end();
    const templateUrl = new URL(services.databaseUrl);
    templateUrl.pathname = `/${TEMPLATE}`;
    const started = Date.now();
    await runMigrations(templateUrl.toString());
    console.log(`[test] migrated the template database in ${Date.now() - started} ms`);
    const chromium = await ensureChromium();

    const jest = spawn(
      process.execPath,
      [join(repoRoot, 'node_modules', 'jest', 'bin', 'jest.js'), '--ci', '--maxWorkers=2', ...process.argv.slice(2)],
      {
        cwd: repoRoot,
        stdio: 'inherit',
        env: {
          ...process.env,
          NODE_ENV: 'test',
          LANTERN_TEST_ADMIN_DATABASE_URL: services.databaseUrl,
          LANTERN_TEST_TEMPLATE_DATABASE: TEMPLATE,
          DATABASE_URL: templateUrl.toString(),
          REDIS_URL: services.redisUrl,
          SMTP_URL: services.smtpUrl,
          CHROMIUM_PATH: chromium,
          WEB_DIST_PATH: join(repoRoot, 'dist', 'apps', 'web'),
        },
      },
    );
    const forward = (signal: NodeJS.Signals) => jest.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    return await new Promise<number>((done) => jest.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0))));
  } finally {
    await services.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
