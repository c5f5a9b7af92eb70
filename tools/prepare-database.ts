import 'reflect-metadata';
import { loadConfig } from '@lantern/server/core';
import { runMigrations } from './migrations';
import { seedDemoData } from '@lantern/server/app';

/** Migrates DATABASE_URL and adds the powers catalogue (and the demo borough unless SEED_DEMO=false). Used by docker-compose. */
async function main() {
  const config = loadConfig();
  const applied = await runMigrations(config.databaseUrl);
  const seeded = await seedDemoData(config.databaseUrl, {
    demo: process.env['SEED_DEMO'] !== 'false',
    history: process.env['SEED_DEMO'] !== 'false',
  });
  console.log(
    `migrations applied: ${applied.length}; powers added: ${seeded.powersAdded}; demo borough ${seeded.demoAdded ? 'loaded' : 'not loaded'}`,
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
