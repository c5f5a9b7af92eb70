import 'reflect-metadata';
import { loadConfig } from '@lantern/server/core';
import { createApiApp } from '@lantern/server/app';

async function main() {
  const config = loadConfig();
  const app = await createApiApp(config);
  await app.listen(config.port, config.host);
  console.log(`Lantern API listening on http://localhost:${config.port}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
