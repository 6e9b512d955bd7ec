import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { RetryLaterError } from '../retry-later.ts';

export interface HostLimits {
  /** Requests to one host in flight at once, across every fetcher process. */
  maxInFlight: number;
  /** Least time between two request starts on one host. */
  minIntervalMs: number;
  /** A slot whose holder died is freed after this long (longer than any request may take). */
  leaseMs: number;
  /** How long a caller may wait for a slot before it is told to come back later. */
  maxWaitMs: number;
}

export type TryAcquireResult = { granted: true; token: string } | { granted: false; retryInMs: number };

// One atomic step per attempt, on the Redis server's clock (fetchers' clocks may disagree):
// drop expired leases; refuse when the host has maxInFlight leases or its next start is in the
// future; otherwise take a lease and push the next start back by the interval.
const acquireScript = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local maxInFlight = tonumber(ARGV[1])
local minInterval = tonumber(ARGV[2])
local leaseMs = tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= maxInFlight then
  local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return {0, math.max(1, math.min(tonumber(first[2]) - now, math.max(minInterval, 1000)))}
end
local nextStart = tonumber(redis.call('GET', KEYS[2]) or '0')
if nextStart > now then
  return {0, nextStart - now}
end
redis.call('ZADD', KEYS[1], now + leaseMs, ARGV[4])
redis.call('PEXPIRE', KEYS[1], leaseMs)
if minInterval > 0 then
  redis.call('SET', KEYS[2], now + minInterval, 'PX', minInterval)
end
return {1, 0}
`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The politeness key of a URL: its host name without the port. One publisher's server is one
 * server whatever port a URL names (a feed on :8080 and pages on :443 share its limits).
 */
export function hostOf(url: string): string {
  return new URL(url).hostname.toLowerCase();
}

/**
 * A per-host limiter shared by every fetcher process through Redis: at most `maxInFlight`
 * requests in flight and one start per `minIntervalMs` per host. A caller that cannot get a slot
 * within `maxWaitMs` gets a RetryLaterError naming when to try again, so a worker slot is never
 * held for long by a busy host.
 */
export class HostLimiter {
  private readonly redis: Redis;
  private readonly keyPrefix: string;
  readonly limits: HostLimits;

  constructor(redis: Redis, keyPrefix: string, limits: HostLimits) {
    this.redis = redis;
    this.keyPrefix = keyPrefix;
    this.limits = limits;
  }

  private keys(host: string): [string, string] {
    const base = `${this.keyPrefix}:politeness:${host}`;
    return [`${base}:inflight`, `${base}:next`];
  }

  async tryAcquire(host: string, minIntervalMs = this.limits.minIntervalMs): Promise<TryAcquireResult> {
    const token = randomBytes(8).toString('hex');
    const [granted, retryInMs] = (await this.redis.eval(
      acquireScript,
      2,
      ...this.keys(host),
      this.limits.maxInFlight,
      Math.round(minIntervalMs),
      this.limits.leaseMs,
      token,
    )) as [number, number];
    return granted === 1 ? { granted: true, token } : { granted: false, retryInMs: Number(retryInMs) };
  }

  async release(host: string, token: string): Promise<void> {
    await this.redis.zrem(this.keys(host)[0], token);
  }

  /**
   * Waits up to maxWaitMs for a slot on the URL's host and returns its release; throws
   * RetryLaterError (with a little jitter, so waiting jobs do not all return at once) otherwise.
   */
  async acquire(url: string, options: { minIntervalMs?: number } = {}): Promise<() => Promise<void>> {
    const host = hostOf(url);
    const deadline = Date.now() + this.limits.maxWaitMs;
    for (;;) {
      const result = await this.tryAcquire(host, options.minIntervalMs);
      if (result.granted) return () => this.release(host, result.token);
      const wait = result.retryInMs + Math.floor(Math.random() * 250);
      if (Date.now() + wait > deadline) {
        throw new RetryLaterError(new Date(Date.now() + wait + Math.floor(Math.random() * 1000)), `host ${host} is busy`);
      }
      await sleep(wait);
    }
  }
}
