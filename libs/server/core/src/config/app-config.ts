/**
 * The one validated configuration of a Lantern process, read once from the environment at start-up.
 * A bad value stops the process with a message naming the variable and what is wrong with it.
 */
export interface AppConfig {
  readonly environment: 'development' | 'test' | 'production';
  readonly databaseUrl: string;
  readonly redisUrl: string;
  readonly port: number;
  /** Address to listen on: loopback by default, 0.0.0.0 in a container. */
  readonly host: string;
  /** Folder of the built web app that the API serves at `/`; absent when the API runs alone. */
  readonly webDistPath: string | null;
  readonly session: {
    readonly inactivityTimeoutMinutes: number;
    readonly absoluteTimeoutHours: number;
    readonly secureCookie: boolean;
  };
  readonly signInRateLimit: { readonly attempts: number; readonly windowSeconds: number };
  /** Port of the worker's health endpoint; null for none. */
  readonly workerHealthPort: number | null;
  readonly mail: {
    /** smtp:// or smtps:// URL of the mail server; null sends no email (the in-app inbox still works). */
    readonly smtpUrl: string | null;
    readonly from: string;
    /** The web app's address, for links in emails. */
    readonly publicUrl: string;
  };
  readonly reminders: {
    /** How often the worker's relay looks for reminders to hand to the queue. */
    readonly relayIntervalMs: number;
    /** How long a job may run before BullMQ treats its worker as dead and gives the job to another. */
    readonly lockDurationMs: number;
    readonly concurrency: number;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Lantern cannot start: the configuration is not valid.\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function url(env: Env, name: string, protocols: string[], problems: string[]): string {
  const value = env[name];
  if (!value) {
    problems.push(`${name} is not set: give a ${protocols[0]}:// URL.`);
    return '';
  }
  try {
    const parsed = new URL(value);
    if (!protocols.includes(parsed.protocol.replace(/:$/, ''))) {
      problems.push(
        `${name} must start with ${protocols.map((p) => `${p}://`).join(' or ')} (got ${parsed.protocol}//).`,
      );
    }
  } catch {
    problems.push(`${name} is not a valid URL.`);
  }
  return value;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}").`);
    return fallback;
  }
  return value;
}

export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const rawEnvironment = env['NODE_ENV'] ?? 'development';
  if (!['development', 'test', 'production'].includes(rawEnvironment)) {
    problems.push(`NODE_ENV must be development, test or production (got "${rawEnvironment}").`);
  }
  const environment = rawEnvironment as AppConfig['environment'];
  const config: AppConfig = {
    environment,
    databaseUrl: url(env, 'DATABASE_URL', ['postgres', 'postgresql'], problems),
    redisUrl: url(env, 'REDIS_URL', ['redis', 'rediss'], problems),
    port: integer(env, 'PORT', 3000, 0, 65535, problems),
    host: env['HOST'] || '127.0.0.1',
    webDistPath: env['WEB_DIST_PATH'] || null,
    session: {
      inactivityTimeoutMinutes: integer(env, 'SESSION_INACTIVITY_MINUTES', 30, 1, 24 * 60, problems),
      absoluteTimeoutHours: integer(env, 'SESSION_ABSOLUTE_HOURS', 12, 1, 24 * 7, problems),
      secureCookie: environment === 'production' && env['INSECURE_COOKIES'] !== 'true',
    },
    signInRateLimit: {
      attempts: integer(env, 'SIGN_IN_ATTEMPTS', 5, 1, 1000, problems),
      windowSeconds: integer(env, 'SIGN_IN_WINDOW_SECONDS', 900, 1, 86400, problems),
    },
    workerHealthPort: env['WORKER_HEALTH_PORT'] ? integer(env, 'WORKER_HEALTH_PORT', 0, 1, 65535, problems) : null,
    mail: {
      smtpUrl: env['SMTP_URL'] ? url(env, 'SMTP_URL', ['smtp', 'smtps'], problems) : null,
      from: env['MAIL_FROM'] || 'Lantern <no-reply@lantern.example>',
      publicUrl: (env['PUBLIC_URL'] || `http://localhost:${env['PORT'] || 3000}`).replace(/\/$/, ''),
    },
    reminders: {
      relayIntervalMs: integer(env, 'REMINDER_RELAY_INTERVAL_MS', 2000, 50, 600_000, problems),
      lockDurationMs: integer(env, 'REMINDER_LOCK_MS', 30_000, 1000, 600_000, problems),
      concurrency: integer(env, 'REMINDER_CONCURRENCY', 20, 1, 200, problems),
    },
  };
  if (problems.length) throw new ConfigError(problems);
  return config;
}
