import 'reflect-metadata';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@lantern/server/core';
import { schemaParts } from '@lantern/server/app';
import { startDevServices } from './dev-services';
import { runMigrations } from './migrations';

/**
 * `npm run migration:generate -- <name>`: applies the committed migrations to a fresh database,
 * compares it with the entities and writes the difference as a new migration to review and commit.
 */
async function main() {
  const name = process.argv[2];
  if (!name || !/^[a-z][a-z0-9-]*$/.test(name))
    throw new Error('Give the migration a name in kebab-case: npm run migration:generate -- add-visit-plans');
  const repoRoot = resolve(__dirname, '..', '..');
  const folder = join(repoRoot, 'libs', 'server', 'app', 'src', 'migrations');
  const services = await startDevServices({ profile: 'test' });
  try {
    await runMigrations(services.databaseUrl);
    const dataSource = new DataSource(dataSourceOptions(services.databaseUrl, schemaParts));
    await dataSource.initialize();
    const sql = await dataSource.driver.createSchemaBuilder().log();
    await dataSource.destroy();
    if (!sql.upQueries.length) {
      console.log('The entities match the migrations: nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const className = `${name.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase())}${timestamp}`;
    const quote = (query: string) =>
      '`' + query.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
    const lines = (queries: { query: string; parameters?: unknown[] }[]) =>
      queries
        .map(
          (q) =>
            `    await queryRunner.query(${quote(q.query)}${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`,
        )
        .join('\n');
    const file = `${timestamp}-${name}.ts`;
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      join(folder, file),
      `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${lines(sql.upQueries)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${lines(sql.downQueries.reverse())}
  }
}
`,
    );
    const migrationFiles = readdirSync(folder)
      .filter((f) => /^\d+-.*\.ts$/.test(f))
      .sort();
    const classOf = (f: string) => {
      const [stamp, ...rest] = f.replace(/\.ts$/, '').split('-');
      return `${rest.join('-').replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase())}${stamp}`;
    };
    writeFileSync(
      join(folder, 'index.ts'),
      `${migrationFiles.map((f) => `import { ${classOf(f)} } from './${f.replace(/\.ts$/, '')}';`).join('\n')}

/** Every migration, oldest first. \`npm run migration:generate -- <name>\` adds to this list. */
export const migrations = [${migrationFiles.map(classOf).join(', ')}];
`,
    );
    console.log(
      `Wrote libs/server/app/src/migrations/${file} (${sql.upQueries.length} statements): review it, then commit it.`,
    );
  } finally {
    await services.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
