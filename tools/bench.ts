import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { chromium } from 'playwright-core';
import { londonToday } from '@lantern/shared/domain';
import { freePort } from '@lantern/server/app/testing';
import { BOROUGH_PASSWORD, boroughEmails, generateBorough } from './borough-generator';
import { startDevServices } from './dev-services';
import { machineReference } from './machine-reference';
import { runMigrations } from './migrations';

/**
 * `npm run bench` (issue 9): generates the borough-scale history (tools/borough-generator.ts) into a fresh database,
 * starts the production build of the API (serving the web app), and drives the main read paths and mutations with
 * autocannon at 1 and 10 concurrent users, printing throughput, p50/p95/p99 latency and SQL statements per request.
 * Runs the same nested group-board query through PostGraphile (the peer) on the same database and prints the ratio of
 * our p95 to its p95. Then, in headless Chromium, the JavaScript each route loads (gzip) and the time to first render
 * of the group board. Prints figures; not a test (`npm test` runs none of it).
 *
 * Flags: --quick (a tenth of the scale), --groups/--premises/--actions N, --duration S (per run, default 10),
 * --reuse (keep and reuse the generated database between runs), --skip-browser, --json FILE,
 * --only TEXT (the scenarios whose name contains it), --cpu-prof DIR (a V8 CPU profile of the API, written when it stops).
 * Uses DATABASE_URL's server (a database of its own on it) and REDIS_URL when set, the dev services otherwise.
 */
const repoRoot = resolve(__dirname, '..', '..');
const log = (line: string) => console.log(`[bench] ${line}`);

interface Scenario {
  name: string;
  /** Who runs it: a cookie from signing in. */
  user: string;
  query: string;
  variables?: Record<string, unknown>;
  mutation?: boolean;
  /** Budget for p95 at 10 users, in ms. */
  budget?: number;
}

interface Figures {
  scenario: string;
  users: number;
  requests: number;
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** The API process's CPU time (user and system) per request; not measured for the peer. */
  cpuMs?: number;
}

const GROUP_BOARD = `query Board { groupBoard(pageSize: 50) { total items {
  id name stage updatedAt leadAgency { id name } coordinator { id displayName }
  premises { id name postcode status } agencies { id name }
  visits { id startsAt status enforcementActions { id kind status takenOn agency { id name } } }
  taskCounts { open overdue } } } }`;

/** The same board through PostGraphile's generated schema (coordinator has no foreign key there: left out). */
const PEER_GROUP_BOARD = `query Board { allTaskAndFinishGroups(first: 50, orderBy: UPDATED_AT_DESC) { totalCount nodes {
  id name stage updatedAt agencyByLeadAgencyId { id name }
  groupPremisesByGroupId { nodes { premisesByPremisesId { id name postcode status } } }
  groupAgenciesByGroupId { nodes { id agencyByAgencyId { id name } } }
  visitPlansByGroupId { nodes { id startsAt status enforcementActionsByVisitPlanId { nodes { id kind status takenOn agencyByAgencyId { id name } } } } }
  tasksByGroupId { totalCount } } } }`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(url: string, child: ChildProcess, what: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`${what} did not start within 60 s`);
}

/** Waits until the server answers quickly again: requests still running after a run must not slow the next one. */
async function settle(url: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const at = Date.now();
    await fetch(url).catch(() => undefined);
    if (Date.now() - at < 50) return;
    await sleep(500);
  }
}

async function graphql(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  cookie?: string,
): Promise<{ data?: Record<string, unknown>; errors?: unknown[]; cookie?: string }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const setCookie = response.headers.get('set-cookie');
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  return { ...body, cookie: setCookie ? setCookie.split(';')[0] : undefined };
}

async function signIn(url: string, email: string): Promise<string> {
  const result = await graphql(
    url,
    `
      mutation ($input: SignInInput!) {
        signIn(input: $input) {
          id
        }
      }
    `,
    {
      input: { email, password: BOROUGH_PASSWORD },
    },
  );
  if (result.errors?.length || !result.cookie)
    throw new Error(`sign-in as ${email} failed: ${JSON.stringify(result.errors)}`);
  return result.cookie;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;

/**
 * Each scenario (and the peer) first runs this long at 10 users, unmeasured: a freshly started Node process spends its
 * first thousand requests compiling the hot paths, which would otherwise land in whichever run comes first.
 */
const WARM_UP_SECONDS = 10;
/** What "record an action" writes, so that a reused database's own history can be told from the benchmark's. */
const RECORDED_ACTION_DETAILS = 'Benchmark: advice given to the manager at the door.';

/** autocannon for `seconds` at `users` connections; latencies from every response (autocannon has no p95). */
async function load(url: string, body: string, cookie: string | undefined, users: number, seconds: number) {
  const latencies: number[] = [];
  const instance = autocannon({
    url,
    method: 'POST',
    connections: users,
    duration: seconds,
    // a slow scenario still gives figures (autocannon's default is 10 s)
    timeout: 60,
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body,
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) =>
    latencies.push(responseTime),
  );
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    requests: result.requests.total,
    throughput: result.requests.total / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.errors + result.non2xx + result.timeouts,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      groups: { type: 'string' },
      premises: { type: 'string' },
      actions: { type: 'string' },
      duration: { type: 'string', default: '10' },
      reuse: { type: 'boolean', default: false },
      'skip-browser': { type: 'boolean', default: false },
      only: { type: 'string' },
      'cpu-prof': { type: 'string' },
      json: { type: 'string' },
    },
  });
  const scale = values.quick
    ? { groups: 1_000, premises: 10_000, actions: 100_000 }
    : { groups: 10_000, premises: 100_000, actions: 1_000_000 };
  if (values.groups) scale.groups = Number(values.groups);
  if (values.premises) scale.premises = Number(values.premises);
  if (values.actions) scale.actions = Number(values.actions);
  const seconds = Number(values.duration);
  const started = Date.now();
  const reference = { start: machineReference().ms, end: Number.NaN };
  log(`machine reference: ${reference.start.toFixed(1)} ms`);

  const services = await startDevServices({ profile: 'dev' });
  const name = `lantern_bench_${scale.groups}_${scale.premises}_${scale.actions}`;
  const databaseUrl = Object.assign(new URL(services.databaseUrl), { pathname: `/${name}` }).toString();
  const children: ChildProcess[] = [];
  const results: Figures[] = [];
  const notes: string[] = [];
  try {
    // 1. The data --------------------------------------------------------------------------------------------
    const admin = new Client({ connectionString: services.databaseUrl });
    await admin.connect();
    const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).rowCount === 1;
    let reuse = values.reuse && exists;
    if (reuse) {
      const db = new Client({ connectionString: databaseUrl });
      await db.connect();
      const [{ ok }] = (
        await db.query(`SELECT to_regclass('agency') IS NOT NULL AND EXISTS (SELECT 1 FROM agency) AS ok`)
      ).rows;
      await db.end();
      reuse = ok;
    }
    if (!reuse) {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      await runMigrations(databaseUrl);
      const at = Date.now();
      await generateBorough(databaseUrl, { ...scale, years: 5, seed: 1, log: (line) => log(`generate: ${line}`) });
      const db = new Client({ connectionString: databaseUrl });
      await db.connect();
      await db.query('VACUUM ANALYZE');
      // Write out the gigabyte of pages the load dirtied now, not during the first scenario's measurements.
      await db.query('CHECKPOINT').catch((error: Error) => log(`no checkpoint before measuring: ${error.message}`));
      await db.end();
      log(`generated and vacuumed in ${((Date.now() - at) / 1000).toFixed(1)} s`);
    } else {
      await admin.end();
      await runMigrations(databaseUrl);
      log(`reusing ${name}`);
    }

    // 2. The production build --------------------------------------------------------------------------------
    const port = await freePort();
    const api = spawn(
      process.execPath,
      [
        ...(values['cpu-prof'] ? ['--cpu-prof', '--cpu-prof-dir', values['cpu-prof']] : []),
        '--max-semi-space-size=64', // as npm start and the container run it
        '--require',
        join(repoRoot, 'dist', 'tools', 'sql-statement-counter.js'),
        join(repoRoot, 'dist', 'apps', 'api', 'src', 'main.js'),
      ],
      {
        env: {
          ...process.env,
          NODE_ENV: 'production',
          DATABASE_URL: databaseUrl,
          REDIS_URL: services.redisUrl,
          SMTP_URL: services.smtpUrl,
          PORT: String(port),
          HOST: '127.0.0.1',
          WEB_DIST_PATH: join(repoRoot, 'dist', 'apps', 'web'),
          PUBLIC_URL: `http://localhost:${port}`,
          LANTERN_COUNT_SQL: '1',
          // many sign-ins from one address in a few seconds are the benchmark, not an attack
          SIGN_IN_ATTEMPTS: '1000',
        },
        stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      },
    );
    children.push(api);
    const base = `http://127.0.0.1:${port}`;
    await waitFor(`${base}/health`, api, 'the API');
    const endpoint = `${base}/graphql`;
    const apiCounters = () =>
      new Promise<{ sqlCount: number; cpuMicros: number }>((ok) => {
        const onMessage = (message: { sqlCount?: number; cpuMicros: number }) => {
          if (typeof message?.sqlCount === 'number') {
            api.off('message', onMessage);
            ok({ sqlCount: message.sqlCount, cpuMicros: message.cpuMicros });
          }
        };
        api.on('message', onMessage);
        api.send('sql-count');
      });
    const sqlCount = async () => (await apiCounters()).sqlCount;

    // 3. Who and what ----------------------------------------------------------------------------------------
    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    // The busiest in the generated history: with --reuse, "record an action" has added actions of its own.
    const [busiest] = (
      await db.query(
        `SELECT premises_id FROM enforcement_action WHERE details <> $1 GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
        [RECORDED_ACTION_DETAILS],
      )
    ).rows;
    const [officer] = (
      await db.query(`SELECT u.email, u.agency_id FROM task t JOIN user_account u ON u.officer_id = t.owner_officer_id
                      WHERE u.role = 'AGENCY_OFFICER' AND t.status NOT IN ('DONE', 'CANCELLED')
                      GROUP BY 1, 2 ORDER BY count(*) DESC, 1 LIMIT 1`)
    ).rows;
    const [shared] = (
      await db.query(`SELECT premises_id FROM premises_agency WHERE agency_id = $1 ORDER BY premises_id LIMIT 1`, [
        officer.agency_id,
      ])
    ).rows;
    const [active] = (
      await db.query(`SELECT g.id, gp.premises_id, g.lead_agency_id FROM task_and_finish_group g
                      JOIN group_premises gp ON gp.group_id = g.id WHERE g.stage = 'ACTIVE' ORDER BY g.id LIMIT 1`)
    ).rows;
    await db.end();
    const cookies: Record<string, string> = {
      coordinator: await signIn(endpoint, boroughEmails.coordinator(1)),
      officer: await signIn(endpoint, officer.email),
      board: await signIn(endpoint, boroughEmails.board(1)),
    };
    const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const scenarios: Scenario[] = [
      { name: 'group board (50 groups)', user: 'coordinator', query: GROUP_BOARD, budget: 150 },
      {
        name: 'premises timeline',
        user: 'coordinator',
        query: `query ($id: ID!) { premises(id: $id) { id name status timeline { id kind at allDay title detail agencyName path } } }`,
        variables: { id: busiest.premises_id },
      },
      {
        name: 'my tasks',
        user: 'officer',
        query: `query { myTasks { id title status dueOn priority overdue group { id name } premises { id name } ownerAgency { id name } } }`,
      },
      // The board report (branch board-reports, merged): a year of outcomes for the whole borough.
      {
        name: 'board report (this year)',
        user: 'board',
        query: `query ($period: String) { boardReport(period: $period) { asOf areaLabel figures { key label changeDisplay current { display } previous { display } }
          tables { key title columns rows { label cells { display } } } durations { key label } } }`,
        variables: { period: londonToday().slice(0, 4) },
      },
      {
        name: 'record an action',
        user: 'officer',
        mutation: true,
        budget: 100,
        query: `mutation ($input: RecordEnforcementActionInput!) { recordEnforcementAction(input: $input) { id status } }`,
        variables: {
          input: {
            premisesId: shared.premises_id,
            agencyId: officer.agency_id,
            kind: 'ADVICE',
            takenOn: londonToday(),
            details: RECORDED_ACTION_DETAILS,
          },
        },
      },
      {
        name: 'plan a visit',
        user: 'coordinator',
        mutation: true,
        budget: 100,
        query: `mutation ($input: PlanVisitInput!) { planVisit(input: $input) { id status } }`,
        variables: {
          input: {
            groupId: active.id,
            premisesId: active.premises_id,
            startsAt: `${inAWeek}T21:00`,
            riskLevel: 'MEDIUM',
            agencies: [{ agencyId: active.lead_agency_id, entersPremises: true }],
          },
        },
      },
    ];

    // 4. Each scenario: statements per request, then 1 and 10 users -------------------------------------------
    const statements: Record<string, number> = {};
    for (const scenario of scenarios.filter((s) => !values.only || s.name.includes(values.only!))) {
      const check = await graphql(endpoint, scenario.query, scenario.variables, cookies[scenario.user]);
      if (check.errors?.length) {
        notes.push(`${scenario.name}: skipped, the request fails: ${JSON.stringify(check.errors).slice(0, 300)}`);
        log(notes.at(-1)!);
        continue;
      }
      const before = await sqlCount();
      const samples = 5;
      for (let i = 0; i < samples; i += 1)
        await graphql(endpoint, scenario.query, scenario.variables, cookies[scenario.user]);
      statements[scenario.name] = Math.round(((await sqlCount()) - before) / samples);
      const body = JSON.stringify({ query: scenario.query, variables: scenario.variables ?? {} });
      await load(endpoint, body, cookies[scenario.user], 10, WARM_UP_SECONDS);
      await settle(`${base}/health`);
      for (const users of [1, 10]) {
        const cpuBefore = (await apiCounters()).cpuMicros;
        const loaded = await load(endpoint, body, cookies[scenario.user], users, seconds);
        const figures = { ...loaded, cpuMs: ((await apiCounters()).cpuMicros - cpuBefore) / 1000 / loaded.requests };
        results.push({ scenario: scenario.name, users, ...figures });
        await settle(`${base}/health`);
        log(
          `${scenario.name.padEnd(26)} ${String(users).padStart(2)} user(s): ${figures.throughput.toFixed(1).padStart(7)} req/s  ` +
            `p50 ${figures.p50.toFixed(0).padStart(5)} ms  p95 ${figures.p95.toFixed(0).padStart(5)} ms  p99 ${figures.p99.toFixed(0).padStart(5)} ms  ` +
            `${statements[scenario.name]} SQL/request  ${figures.cpuMs.toFixed(1)} ms API CPU/request${figures.errors ? `  ${figures.errors} errors` : ''}`,
        );
      }
    }

    // 5. The peer: PostGraphile on the same database, the same nested board ----------------------------------
    if (!values.only || 'PostGraphile group board'.includes(values.only)) {
      const peerPort = await freePort();
      const peer = spawn(process.execPath, [join(repoRoot, 'dist', 'tools', 'postgraphile-peer.js')], {
        env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: databaseUrl, PORT: String(peerPort) },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      children.push(peer);
      const peerEndpoint = `http://127.0.0.1:${peerPort}/graphql`;
      await waitFor(`http://127.0.0.1:${peerPort}/graphql`, peer, 'PostGraphile');
      const peerCheck = await graphql(peerEndpoint, PEER_GROUP_BOARD);
      if (peerCheck.errors?.length) throw new Error(`PostGraphile's board fails: ${JSON.stringify(peerCheck.errors)}`);
      const peerBody = JSON.stringify({ query: PEER_GROUP_BOARD });
      await load(peerEndpoint, peerBody, undefined, 10, WARM_UP_SECONDS);
      for (const users of [1, 10]) {
        const figures = await load(peerEndpoint, peerBody, undefined, users, seconds);
        results.push({ scenario: 'PostGraphile group board', users, ...figures });
        log(
          `${'PostGraphile group board'.padEnd(26)} ${String(users).padStart(2)} user(s): ${figures.throughput.toFixed(1).padStart(7)} req/s  ` +
            `p95 ${figures.p95.toFixed(0).padStart(5)} ms  p99 ${figures.p99.toFixed(0).padStart(5)} ms`,
        );
      }
      peer.kill('SIGTERM');
    }
    const p95Of = (scenario: string, users: number) =>
      results.find((r) => r.scenario === scenario && r.users === users)?.p95 ?? NaN;
    const ratio = (users: number) => p95Of('group board (50 groups)', users) / p95Of('PostGraphile group board', users);

    // 6. The front end ---------------------------------------------------------------------------------------
    const frontEnd: { route: string; files: number; gzipKb: number; servedKb: number }[] = [];
    let firstRender: number[] = [];
    if (!values['skip-browser']) {
      const browser = await chromium.launch({
        executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
      });
      try {
        const origin = `http://127.0.0.1:${port}`;
        const context = await browser.newContext();
        const [name, value] = cookies['coordinator'].split('=');
        await context.addCookies([{ name, value, domain: '127.0.0.1', path: '/', httpOnly: true, secure: false }]);
        const webDist = join(repoRoot, 'dist', 'apps', 'web');
        const gzipOf = (path: string) => gzipSync(readFileSync(join(webDist, path))).length;
        // What the API actually sends a browser that takes Brotli: the copy compressed at build time, or gzipped as it
        // goes for a file the build left uncompressed (one that compression would not make smaller).
        const servedOf = (path: string) => {
          const brotli = join(webDist, `${path}.br`);
          return existsSync(brotli) ? statSync(brotli).size : gzipOf(path);
        };
        const routes: [string, string][] = [
          ['/groups', 'group board'],
          [`/groups/${active.id}`, 'group'],
          [`/premises/${busiest.premises_id}`, 'premises'],
          ['/tasks', 'my tasks'],
          ['/premises', 'premises search'],
          ['/board-report', 'board report'],
        ];
        for (const [path, label] of routes) {
          const page = await context.newPage();
          const scripts = new Set<string>();
          page.on('response', (response) => {
            const url = new URL(response.url());
            if (url.pathname.endsWith('.js')) scripts.add(url.pathname);
          });
          await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
          // A lazy page (the board report) is titled "Loading" until its code arrives: wait for the page itself, then
          // for what it fetches, or a slow answer leaves its chunk uncounted.
          await page.waitForFunction(() => !document.title.startsWith('Loading'), undefined, { timeout: 60_000 });
          await page.waitForLoadState('networkidle');
          const gzip = [...scripts].reduce((sum, script) => sum + gzipOf(script.slice(1)), 0);
          const served = [...scripts].reduce((sum, script) => sum + servedOf(script.slice(1)), 0);
          frontEnd.push({
            route: `${label} (${path.replace(/[0-9a-f-]{36}/, ':id')})`,
            files: scripts.size,
            gzipKb: gzip / 1024,
            servedKb: served / 1024,
          });
          await page.close();
        }
        // Time to first render of the group board: from navigation to its first row, cold cache, median of 5.
        for (let i = 0; i < 5; i += 1) {
          const fresh = await browser.newContext();
          await fresh.addCookies([{ name, value, domain: '127.0.0.1', path: '/', httpOnly: true, secure: false }]);
          const page = await fresh.newPage();
          const at = Date.now();
          await page.goto(`${origin}/groups`);
          await page.locator('.lantern-board__card').first().waitFor();
          firstRender.push(Date.now() - at);
          await fresh.close();
        }
        firstRender = firstRender.sort((a, b) => a - b);
      } finally {
        await browser.close();
      }
    }

    // 7. The summary -----------------------------------------------------------------------------------------
    reference.end = machineReference().ms;
    console.log('');
    console.log(
      `Lantern benchmark: ${scale.groups} groups, ${scale.premises} premises, ${scale.actions} actions; ${seconds} s per run; ${new Date().toISOString()}`,
    );
    console.log('');
    console.log(
      '| scenario | users | req/s | p50 ms | p95 ms | p99 ms | SQL/request | API CPU ms/request | budget (p95 at 10) |',
    );
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
    for (const r of results) {
      const scenario = scenarios.find((s) => s.name === r.scenario);
      const budget =
        scenario?.budget && r.users === 10
          ? `${r.p95 <= scenario.budget ? 'met' : 'MISSED'} (< ${scenario.budget} ms)`
          : '';
      console.log(
        `| ${r.scenario} | ${r.users} | ${r.throughput.toFixed(1)} | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} | ${r.p99.toFixed(0)} | ${statements[r.scenario] ?? ''} | ${r.cpuMs?.toFixed(1) ?? ''} | ${budget} |`,
      );
    }
    console.log('');
    console.log(
      `Group board p95, Lantern / PostGraphile: ${ratio(1).toFixed(2)} at 1 user, ${ratio(10).toFixed(2)} at 10 users (goal: at or below 1.0; Lantern with access control and auditing on)`,
    );
    if (frontEnd.length) {
      console.log('');
      console.log('| route | JavaScript files | JavaScript (gzip) | as served (Brotli) |');
      console.log('| --- | ---: | ---: | ---: |');
      for (const f of frontEnd)
        console.log(`| ${f.route} | ${f.files} | ${f.gzipKb.toFixed(1)} KB | ${f.servedKb.toFixed(1)} KB |`);
      const initial = frontEnd[0].gzipKb;
      console.log('');
      console.log(
        `Initial JavaScript (group board): ${initial.toFixed(1)} KB gzip (budget < 250 KB: ${initial < 250 ? 'met' : 'MISSED'})`,
      );
      console.log(
        `Group board, time to first render (headless Chromium, cold cache, 5 runs): median ${firstRender[2]} ms, min ${firstRender[0]} ms, max ${firstRender[4]} ms`,
      );
    }
    console.log(
      `Machine reference (fixed CPU work, tools/machine-reference.ts; lower is faster): ${reference.start.toFixed(1)} ms at the start, ${reference.end.toFixed(1)} ms at the end`,
    );
    for (const note of notes) console.log(`Note: ${note}`);
    console.log(`Total time: ${((Date.now() - started) / 1000).toFixed(0)} s`);
    if (values.json)
      writeFileSync(
        values.json,
        JSON.stringify(
          {
            scale,
            seconds,
            reference,
            results,
            statements,
            ratio: { 1: ratio(1), 10: ratio(10) },
            frontEnd,
            firstRender,
          },
          null,
          2,
        ),
      );
  } finally {
    // A child stopped by a signal keeps exitCode null: running means neither code nor signal yet.
    const running = children.filter((child) => child.exitCode === null && child.signalCode === null);
    const exited = running.map((child) => new Promise((resolve) => child.once('exit', resolve)));
    for (const child of running) child.kill('SIGTERM');
    await Promise.all(exited);
    if (!values.reuse) {
      const admin = new Client({ connectionString: services.databaseUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
      await admin.end();
    }
    await services.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
