import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { testEnv } from './env.ts';

export interface TestRedis {
  url: string;
  /** A BullMQ prefix no other test file uses. */
  prefix: string;
  redis: Redis;
  /** Deletes every key under the prefix and closes the connection. */
  cleanup(): Promise<void>;
}

export async function createTestRedis(): Promise<TestRedis> {
  const prefix = `pwatch-test-${randomBytes(5).toString('hex')}`;
  const redis = new Redis(testEnv.TEST_REDIS_URL, { maxRetriesPerRequest: null });
  return {
    url: testEnv.TEST_REDIS_URL,
    prefix,
    redis,
    async cleanup() {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
        cursor = next;
        if (keys.length) await redis.del(...keys);
      } while (cursor !== '0');
      await redis.quit();
    },
  };
}
