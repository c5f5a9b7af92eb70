import IORedis, { RedisOptions } from 'ioredis';

/**
 * A producer's connection fails fast when Redis is down (no offline queue, few retries) so a
 * request never hangs on it; a worker's connection retries for ever, as BullMQ requires.
 */
export function redisConnection(url: string, role: 'producer' | 'worker'): IORedis {
  const options: RedisOptions =
    role === 'producer'
      ? { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000 }
      : { maxRetriesPerRequest: null, enableReadyCheck: true };
  return new IORedis(url, { ...options, lazyConnect: false });
}
