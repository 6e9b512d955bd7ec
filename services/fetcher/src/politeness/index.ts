import { isIP } from 'node:net';
import type { Redis } from 'ioredis';
import type { Logger } from '@pwatch/runtime';
import type { FetcherConfig } from '../config.ts';
import type { HttpGet } from '../deps.ts';
import { HostLimiter } from './host-limiter.ts';
import { RobotsPolicy, type RobotsVerdict } from './robots-policy.ts';

export { HostLimiter, hostOf, type HostLimits } from './host-limiter.ts';
export { RobotsPolicy, RobotsUnreachableError, type RobotsVerdict } from './robots-policy.ts';

/** Politeness towards publishers: per-host slots and robots.txt. */
export interface Politeness {
  /**
   * A slot for one request to the URL's host; call the returned function when the request is over.
   * Throws RetryLaterError when no slot comes within the short wait.
   */
  acquire(url: string, options?: { minIntervalMs?: number }): Promise<() => Promise<void>>;
  /** What the host's robots.txt says of the URL (for article pages; feeds are made for machines). */
  robots(url: string): Promise<RobotsVerdict>;
}

/** Crawl-delay raises a host's interval up to this much, no further (some sites ask for hours). */
const maxCrawlDelayMs = 60_000;

const release = async () => undefined;

/** No limits: for tools and tests that talk to their own server. */
export const noPoliteness: Politeness = {
  acquire: async () => release,
  robots: async () => ({ allowed: true, crawlDelaySeconds: null }),
};

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1' || host.startsWith('::ffff:127.');
}

export function createPoliteness(options: {
  redis: Redis;
  keyPrefix: string;
  config: FetcherConfig;
  http: HttpGet;
  userAgent: string;
  log: Logger;
}): Politeness {
  const { config } = options;
  const limiter = new HostLimiter(options.redis, options.keyPrefix, {
    maxInFlight: config.FETCH_HOST_MAX_IN_FLIGHT,
    minIntervalMs: config.FETCH_HOST_MIN_INTERVAL_MS,
    maxWaitMs: config.FETCH_HOST_MAX_WAIT_MS,
    // A request never outlives its timeout; the margin covers a slow release after it.
    leaseMs: config.FETCH_TIMEOUT_MS + 10_000,
  });
  const robots = new RobotsPolicy({
    redis: options.redis,
    keyPrefix: options.keyPrefix,
    http: options.http,
    userAgent: options.userAgent,
    log: options.log,
    ttlSeconds: config.ROBOTS_CACHE_SECONDS,
    retrySeconds: Math.min(600, config.ROBOTS_CACHE_SECONDS),
  });
  return {
    acquire(url, acquireOptions) {
      // Loopback is the demo, the tests or a local feed bridge, not a publisher to be polite to.
      if (!config.FETCH_HOST_LIMIT_LOOPBACK && isLoopbackHost(new URL(url).hostname)) return Promise.resolve(release);
      const minIntervalMs = Math.max(config.FETCH_HOST_MIN_INTERVAL_MS, Math.min(acquireOptions?.minIntervalMs ?? 0, maxCrawlDelayMs));
      return limiter.acquire(url, { minIntervalMs });
    },
    robots: (url) => robots.check(url),
  };
}
