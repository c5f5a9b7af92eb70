import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions, loadConfig } from '@lantern/server/core';
import { schemaParts } from '@lantern/server/app';
import { verifyAuditChain } from '@lantern/server/audit';

/** `npm run audit:verify` (with DATABASE_URL): checks every link of the audit log's hash chain; exits 1 when it is broken. */
async function main() {
  const db = new DataSource(
    dataSourceOptions(loadConfig({ REDIS_URL: 'redis://unused', ...process.env }).databaseUrl, schemaParts),
  );
  await db.initialize();
  try {
    const started = Date.now();
    const { entries, broken } = await verifyAuditChain(db);
    if (broken) {
      console.error(
        `The audit log has been tampered with: entry ${broken.sequence} ${broken.reason}. ${entries} entries read.`,
      );
      process.exitCode = 1;
    } else {
      console.log(`The audit log is intact: ${entries} entries checked in ${Date.now() - started} ms.`);
    }
  } finally {
    await db.destroy();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
