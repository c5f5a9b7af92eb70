import 'reflect-metadata';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@lantern/server/core';
import { schemaParts } from '@lantern/server/app';
import { BoardReportService, boardReportPdf, boardReportWorkbook } from '@lantern/server/reporting';
import {
  londonToday,
  parseReportPeriod,
  previousReportPeriod,
  quarterKeyOf,
  ReportPeriod,
} from '@lantern/shared/domain';
import { generateBorough } from './borough-generator';
import { startDevServices } from './dev-services';
import { createMigratedDatabase } from './migrations';

/**
 * `npm run bench:board-report`: generates a borough-scale history (tools/borough-generator.ts; by default 10,000
 * groups, 100,000 premises and 1,000,000 enforcement actions) in a throw-away database of the dev PostgreSQL, then
 * times the board report over several periods, for the whole borough and for one postcode district: the first run
 * (the first of the process opens the connection pool) and the median of the next RUNS. Also times the
 * workbook and PDF of a year's report. A script that prints figures, not a test.
 * Options by environment: BENCH_GROUPS, BENCH_PREMISES, BENCH_ACTIONS, BENCH_YEARS, BENCH_RUNS, BENCH_KEEP=1 (keep
 * the database and print its URL), BENCH_DATABASE_URL (time a database kept before, without generating).
 */
const GROUPS = Number(process.env['BENCH_GROUPS'] ?? 10_000);
const PREMISES = Number(process.env['BENCH_PREMISES'] ?? 100_000);
const ACTIONS = Number(process.env['BENCH_ACTIONS'] ?? 1_000_000);
const YEARS = Number(process.env['BENCH_YEARS'] ?? 5);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);

const ms = (value: number) => `${value.toFixed(0)} ms`.padStart(9);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function timed<T>(run: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await run();
  return [performance.now() - started, result];
}

async function main(): Promise<void> {
  const existing = process.env['BENCH_DATABASE_URL'];
  if (existing) return timeReports(existing);
  const services = await startDevServices({ profile: 'dev' });
  const database = await createMigratedDatabase(services.databaseUrl);
  const url = database.url;
  try {
    const [generation] = await timed(() =>
      generateBorough(url, {
        groups: GROUPS,
        premises: PREMISES,
        actions: ACTIONS,
        years: YEARS,
        seed: 8,
        log: (line) => console.log(`[generate] ${line}`),
      }),
    );
    const vacuum = new Client({ connectionString: url });
    await vacuum.connect();
    await vacuum.query('VACUUM ANALYZE');
    await vacuum.end();
    console.log(`[bench] generated in ${(generation / 1000).toFixed(1)} s`);
    await timeReports(url);
  } finally {
    if (process.env['BENCH_KEEP'] === '1') {
      console.log(`[bench] kept ${url}`);
    } else {
      await database.drop();
    }
    await services.stop();
  }
}

/** Times the report over the database at `url`, which holds a generated borough. */
async function timeReports(url: string): Promise<void> {
  const stats = new Client({ connectionString: url });
  await stats.connect();
  const { rows: counts } = await stats.query(
    `SELECT (SELECT count(*) FROM enforcement_action)::int AS actions, (SELECT count(*) FROM premises)::int AS premises,
          (SELECT count(*) FROM task_and_finish_group)::int AS groups, (SELECT count(*) FROM visit_record)::int AS visits,
          (SELECT count(*) FROM task)::int AS tasks, (SELECT count(*) FROM information_report)::int AS reports,
          (SELECT split_part(postcode, ' ', 1) FROM premises GROUP BY 1 ORDER BY count(*) DESC LIMIT 1) AS district,
          (SELECT count(DISTINCT split_part(postcode, ' ', 1)) FROM premises)::int AS districts`,
  );
  await stats.end();
  const c = counts[0] as Record<string, number | string>;
  console.log(
    `[bench] ${c['actions']} actions, ${c['premises']} premises, ` +
      `${c['groups']} groups, ${c['visits']} visits, ${c['tasks']} tasks, ${c['reports']} information reports, ` +
      `${c['districts']} postcode districts`,
  );

  const db = new DataSource(dataSourceOptions(url, schemaParts));
  await db.initialize();
  const service = new BoardReportService(db);
  const quarter = previousReportPeriod(parseReportPeriod(quarterKeyOf(londonToday())) as ReportPeriod);
  const month = previousReportPeriod(parseReportPeriod(londonToday().slice(0, 7)) as ReportPeriod);
  const year = String(Number(londonToday().slice(0, 4)) - 1);
  const cases: [string, string, string | null][] = [];
  for (const [label, key] of [
    ['month', month.key],
    ['quarter', quarter.key],
    ['year', year],
  ] as const) {
    cases.push([label, key, null], [label, key, String(c['district'])]);
  }
  console.log(`\n| period  | key     | area          | first run | then (median of ${RUNS}) | actions counted |`);
  console.log('| ------- | ------- | ------------- | --------- | ------------------ | --------------- |');
  for (const [label, key, area] of cases) {
    const [cold, report] = await timed(() => service.report(key, area));
    const warm: number[] = [];
    for (let i = 0; i < RUNS; i++) warm.push((await timed(() => service.report(key, area)))[0]);
    const byAgency = report.tables.find((t) => t.key === 'outcomesByAgency')!;
    const counted = byAgency.columns
      .map((column, i) => (i >= 3 ? (byAgency.rows.at(-1)!.cells[i].value ?? 0) : 0))
      .reduce((a, b) => a + b, 0);
    console.log(
      `| ${label.padEnd(7)} | ${key.padEnd(7)} | ${(area ?? 'whole borough').padEnd(13)} | ${ms(cold)} | ${ms(median(warm)).padEnd(18)} | ${String(counted).padStart(15)} |`,
    );
  }
  const yearReport = await service.report(year, null);
  const [xlsx] = await timed(() => boardReportWorkbook(yearReport));
  const [pdf] = await timed(() => boardReportPdf(yearReport));
  console.log(`\n[bench] exports of the year's report: workbook ${ms(xlsx).trim()}, PDF ${ms(pdf).trim()}`);
  await db.destroy();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
