import IORedis, { RedisOptions } from 'ioredis';

/** ioredis options for a redis:// or rediss:// URL. */
export function redisOptionsFromUrl(url: string): RedisOptions {
  const parsed = new URL(url);
  const db = parsed.pathname.replace('/', '');
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    ...(db ? { db: Number(db) } : {}),
    ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
  };
}

/**
 * A producer's connection fails fast when Redis is down (no offline queue, few retries) so a
 * request never hangs on it; a worker's connection retries for ever, as BullMQ requires.
 */
export function connectionBehaviour(role: 'producer' | 'worker') {
  return role === 'producer'
    ? { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000 }
    : { maxRetriesPerRequest: null, enableReadyCheck: true };
}

export function redisOptions(url: string, role: 'producer' | 'worker'): RedisOptions {
  return { ...redisOptionsFromUrl(url), ...connectionBehaviour(role) };
}

export function redisConnection(url: string, role: 'producer' | 'worker'): IORedis {
  return new IORedis(redisOptions(url, role));
}
