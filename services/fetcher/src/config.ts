import { z } from 'zod';
import { commaList } from '@pwatch/runtime';

/** Fetcher variables (the base ones, such as DATABASE_URL, come from @pwatch/runtime). */
export const fetcherConfigShape = {
  /** Sent with every request so publishers can reach the operator. */
  FETCH_CONTACT_URL: z.url().default('https://github.com/peninsula-watch/peninsula-watch'),
  FETCH_USER_AGENT: z.string().min(3).optional(),
  FETCH_TIMEOUT_MS: z.coerce.number().int().min(1000).max(120_000).default(20_000),
  FETCH_MAX_BYTES: z.coerce.number().int().min(1024).default(15 * 1024 * 1024),
  /** Hosts, IPs or CIDRs that may resolve to private or loopback addresses (e.g. "127.0.0.1"). */
  FETCH_ALLOW_PRIVATE: commaList.default([]),
  FEED_CONCURRENCY: z.coerce.number().int().min(1).max(500).default(16),
  PAGE_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(4),
  /** Items older than this are recorded but not taken as new articles. */
  FEED_HORIZON_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  /** Per-host politeness, shared by every fetcher through Redis: requests in flight at once… */
  FETCH_HOST_MAX_IN_FLIGHT: z.coerce.number().int().min(1).max(50).default(2),
  /** …and least time between two request starts. */
  FETCH_HOST_MIN_INTERVAL_MS: z.coerce.number().int().min(0).max(600_000).default(5_000),
  /** A job waits this long at most for a busy host, then is delayed (it does not hold a worker). */
  FETCH_HOST_MAX_WAIT_MS: z.coerce.number().int().min(0).max(60_000).default(2_000),
  /** Apply the per-host limits to loopback too (off: loopback is the demo, tests or a local bridge). */
  FETCH_HOST_LIMIT_LOOPBACK: z.enum(['true', 'false']).default('false').transform((value) => value === 'true'),
  /** How long a host's robots.txt is trusted (RFC 9309: at most a day). */
  ROBOTS_CACHE_SECONDS: z.coerce.number().int().min(60).max(86_400).default(86_400),
  /** How often feed schedules are reconciled with the feeds table. */
  FEED_SYNC_EVERY_MS: z.coerce.number().int().min(1000).default(60_000),
};

export const fetcherConfigSchema = z.object(fetcherConfigShape);
export type FetcherConfig = z.infer<typeof fetcherConfigSchema>;

export function userAgentOf(config: FetcherConfig): string {
  return config.FETCH_USER_AGENT ?? `PeninsulaWatch/0.1 (+${config.FETCH_CONTACT_URL})`;
}
