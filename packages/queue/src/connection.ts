import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from 'pino';

/**
 * A Redis connection for BullMQ. `maxRetriesPerRequest: null` is what BullMQ requires of
 * connections used by workers: commands wait for a reconnect instead of failing mid-job.
 */
export function createRedis(url: string, options: RedisOptions = {}): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, ...options });
}

/**
 * BullMQ loses jobs silently when Redis evicts keys under memory pressure: say so loudly at start.
 * Managed Redis services may forbid CONFIG; that is reported, not fatal.
 */
export async function checkEvictionPolicy(redis: Redis, log: Logger): Promise<string | null> {
  try {
    const reply = (await redis.config('GET', 'maxmemory-policy')) as string[];
    const policy = reply[1] ?? null;
    if (policy !== 'noeviction') {
      log.warn(
        { maxmemoryPolicy: policy },
        'REDIS maxmemory-policy is not "noeviction": under memory pressure Redis will delete queued jobs. Set `maxmemory-policy noeviction`.',
      );
    }
    return policy;
  } catch (error) {
    log.warn({ err: error }, 'could not read Redis maxmemory-policy (CONFIG refused); make sure it is "noeviction"');
    return null;
  }
}

/** Deletes every key matching a SCAN pattern, e.g. `prefix:*` (a scratch deployment: tests, benchmarks). */
export async function deleteKeysMatching(redis: Redis, pattern: string): Promise<number> {
  let cursor = '0';
  let deleted = 0;
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    cursor = next;
    if (keys.length) deleted += await redis.del(...keys);
  } while (cursor !== '0');
  return deleted;
}
