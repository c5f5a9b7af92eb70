import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startDevServices } from './dev-services';
import { runMigrations } from './migrations';
import { seedDemoData } from '@lantern/server/app';
import { DEMO_PASSWORD, demoUsers } from '@lantern/server/app';
import { ROLE_LABELS } from '@lantern/shared/domain';

/**
 * `npm start`: PostgreSQL and Redis (yours through DATABASE_URL / REDIS_URL, or project-local ones),
 * migrations, demo data, then the API (serving the web app) and the worker, until Ctrl-C.
 */
async function main() {
  const repoRoot = resolve(__dirname, '..', '..');
  const webDist = join(repoRoot, 'dist', 'apps', 'web');
  if (!existsSync(join(webDist, 'index.html')))
    throw new Error('The web app is not built: run `npm run build` first (npm start does it for you).');
  const port = process.env['PORT'] ?? '3000';
  const services = await startDevServices({ profile: 'dev' });
  const children: ChildProcess[] = [];
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    // Ctrl-C reaches the children too: one stopped by a signal keeps exitCode null, so look at signalCode as well.
    const running = children.filter((child) => child.exitCode === null && child.signalCode === null);
    const exited = running.map((child) => new Promise((resolve) => child.once('exit', resolve)));
    for (const child of running) child.kill('SIGTERM');
    await Promise.all(exited);
    await services.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  try {
    const applied = await runMigrations(services.databaseUrl);
    console.log(`[start] migrations: ${applied.length ? applied.join(', ') : 'up to date'}`);
    const seeded = await seedDemoData(services.databaseUrl, { demo: true, history: true });
    console.log(
      `[start] powers added from the catalogue: ${seeded.powersAdded}; demo borough ${seeded.demoAdded ? 'loaded' : 'already there'}`,
    );
  } catch (error) {
    console.error(error);
    await stop(1);
    return;
  }

  const env = {
    ...process.env,
    NODE_ENV: process.env['NODE_ENV'] ?? 'development',
    DATABASE_URL: services.databaseUrl,
    REDIS_URL: services.redisUrl,
    SMTP_URL: services.smtpUrl,
    PORT: port,
    WEB_DIST_PATH: webDist,
  };
  for (const app of ['api', 'worker']) {
    const child = spawn(
      process.execPath,
      [
        '--enable-source-maps',
        // A larger young generation: the API's garbage collection fell from 28 % to 17 % of its CPU (docs/benchmarks.md).
        ...(app === 'api' ? ['--max-semi-space-size=64'] : []),
        join(repoRoot, 'dist', 'apps', app, 'src', 'main.js'),
      ],
      { env, stdio: 'inherit' },
    );
    child.on('exit', (code) => {
      if (!stopping) {
        console.error(`[start] the ${app} stopped (exit code ${code}); stopping everything.`);
        void stop(code ?? 1);
      }
    });
    children.push(child);
  }

  const url = `http://localhost:${port}`;
  for (let attempt = 0; attempt < 120; attempt += 1) {
    if (
      await fetch(`${url}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 500));
  }
  console.log(`
  Lantern is running: open ${url}
  Demo accounts (password for all: ${DEMO_PASSWORD}):
${demoUsers.map((user) => `    ${user.email.padEnd(36)} ${ROLE_LABELS[user.role]}`).join('\n')}
  Queue dashboard (administrators): ${url}/admin/queues${services.mailUrl ? `\n  Emails the worker sent: ${services.mailUrl}` : ''}
  Press Ctrl-C to stop.
`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
