import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { deleteKeysMatching } from '@pwatch/queue';
import { testEnv } from './env.ts';

export interface TestRedis {
  url: string;
  /** A BullMQ prefix no other test file uses. */
  prefix: string;
  redis: Redis;
  /** Deletes every key under the prefix (and prefixes derived from it) and closes the connection. */
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
      // Tests may derive more prefixes from theirs (`${prefix}-r1`): the random part keeps this safe.
      await deleteKeysMatching(redis, `${prefix}*`);
      await redis.quit();
    },
  };
}
