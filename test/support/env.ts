import { z } from 'zod';
import { parseConfig } from '@pwatch/runtime';

/** Where tests find Postgres and Redis; the defaults are this project's CI machine. */
export const testEnv = parseConfig(
  z.object({
    TEST_POSTGRES_URL: z.url().default('postgresql://postgres@127.0.0.1:5432/postgres'),
    TEST_REDIS_URL: z.url().default('redis://127.0.0.1:6379'),
  }),
  process.env,
);

export function databaseUrl(name: string): string {
  const url = new URL(testEnv.TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return url.toString();
}
