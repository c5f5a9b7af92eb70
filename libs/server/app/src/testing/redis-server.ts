import { ChildProcess, spawn } from 'node:child_process';
import { createConnection, createServer } from 'node:net';

/** A redis-server of a test's own, to stop and start without disturbing the shared one. */
export interface TestRedis {
  url: string;
  port: number;
  /** Stops it (SIGTERM): with no persistence configured, everything in it is lost, as in a real restart without AOF. */
  stop(): Promise<void>;
  /** Starts it again on the same port. */
  start(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => done(chunk.toString().startsWith('+PONG')));
    socket.on('error', () => done(false));
  });
}

/** Debian's redis-server (the test runner makes sure it is installed), configured as BullMQ requires. */
export async function startTestRedis(): Promise<TestRedis> {
  const port = await freePort();
  let child: ChildProcess | null = null;
  const redis: TestRedis = {
    url: `redis://127.0.0.1:${port}`,
    port,
    async start() {
      const started = spawn(
        process.env['REDIS_SERVER_PATH'] ?? 'redis-server',
        [
          ...['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
          // BullMQ requires noeviction: a Redis that evicts under memory pressure would drop jobs silently.
          ...['--maxmemory-policy', 'noeviction'],
        ],
        { stdio: 'ignore' },
      );
      started.on('error', () => undefined);
      // Never keeps the test process alive, and never outlives it.
      started.unref();
      const killOnExit = () => started.kill('SIGKILL');
      process.once('exit', killOnExit);
      started.once('exit', () => process.off('exit', killOnExit));
      child = started;
      const deadline = Date.now() + 10_000;
      while (!(await ping(port))) {
        if (Date.now() > deadline || started.exitCode !== null)
          throw new Error(`redis-server did not start on ${port}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async stop() {
      const running = child;
      child = null;
      if (!running || running.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        running.once('exit', () => resolve());
        running.kill('SIGTERM');
      });
    },
  };
  await redis.start();
  return redis;
}
