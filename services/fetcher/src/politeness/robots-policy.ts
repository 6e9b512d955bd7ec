import type { Redis } from 'ioredis';
import { decodeBytes, parseRobots, robotsAllows, robotsCrawlDelay, ROBOTS_MAX_BYTES, type Robots } from '@pwatch/feeds';
import type { Logger } from '@pwatch/runtime';
import type { HttpGet } from '../deps.ts';
import { FetchError } from '../http/types.ts';

export interface RobotsVerdict {
  allowed: boolean;
  crawlDelaySeconds: number | null;
}

/** What a host's robots.txt said, as cached in Redis. */
type RobotsState = { kind: 'rules'; body: string } | { kind: 'none' } | { kind: 'unreachable'; error: string };

export interface RobotsPolicyOptions {
  redis: Redis;
  keyPrefix: string;
  http: HttpGet;
  userAgent: string;
  log: Logger;
  /** How long a fetched (or absent) robots.txt is trusted: RFC 9309 says at most a day. */
  ttlSeconds: number;
  /** How soon an unreachable robots.txt is asked for again. */
  retrySeconds: number;
}

/** Thrown while a host's robots.txt cannot be read: RFC 9309 says assume everything is disallowed, for now. */
export class RobotsUnreachableError extends Error {}

const localCacheMs = 60_000;
/** Longer than a robots.txt request may take (the fetch deadline is 20 s by default). */
const lockMs = 30_000;
const localCacheSize = 2_000;

/**
 * robots.txt for article pages: fetched once per host and TTL (cached in Redis for every fetcher
 * process, and for a minute in this one), parsed with @pwatch/feeds. A missing robots.txt (4xx)
 * allows everything; one that cannot be read (5xx, 429, network) disallows until it can.
 */
export class RobotsPolicy {
  private readonly pending = new Map<string, Promise<RobotsState>>();
  private readonly local = new Map<string, { state: RobotsState; robots: Robots | null; until: number }>();

  private readonly options: RobotsPolicyOptions;

  constructor(options: RobotsPolicyOptions) {
    this.options = options;
  }

  async check(url: string): Promise<RobotsVerdict> {
    const target = new URL(url);
    const origin = target.origin;
    let entry = this.local.get(origin);
    if (!entry || entry.until < Date.now()) {
      const state = await this.stateOf(origin);
      entry = { state, robots: state.kind === 'rules' ? parseRobots(state.body) : null, until: Date.now() + localCacheMs };
      if (this.local.size >= localCacheSize) this.local.delete(this.local.keys().next().value!);
      this.local.set(origin, entry);
    }
    if (entry.state.kind === 'unreachable') {
      throw new RobotsUnreachableError(`robots.txt of ${origin} cannot be read (${entry.state.error}); retrying later`);
    }
    if (!entry.robots) return { allowed: true, crawlDelaySeconds: null };
    return {
      allowed: robotsAllows(entry.robots, this.options.userAgent, `${target.pathname}${target.search}`),
      crawlDelaySeconds: robotsCrawlDelay(entry.robots, this.options.userAgent),
    };
  }

  private key(origin: string) {
    return `${this.options.keyPrefix}:robots:${origin}`;
  }

  private async stateOf(origin: string): Promise<RobotsState> {
    const cached = await this.options.redis.get(this.key(origin));
    if (cached) return JSON.parse(cached) as RobotsState;
    // One fetch per host at a time in this process, and a Redis lock for the other processes.
    let pending = this.pending.get(origin);
    if (!pending) {
      pending = this.fetchOnce(origin).finally(() => this.pending.delete(origin));
      this.pending.set(origin, pending);
    }
    return pending;
  }

  /** Fetches unless another process holds the lock; then waits for its answer (and fetches if none comes). */
  private async fetchOnce(origin: string): Promise<RobotsState> {
    const lock = `${this.key(origin)}:lock`;
    if ((await this.options.redis.set(lock, '1', 'PX', lockMs, 'NX')) === 'OK') {
      try {
        return await this.fetchAndStore(origin);
      } finally {
        await this.options.redis.del(lock);
      }
    }
    for (const deadline = Date.now() + lockMs; Date.now() < deadline; ) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const cached = await this.options.redis.get(this.key(origin));
      if (cached) return JSON.parse(cached) as RobotsState;
      if (!(await this.options.redis.exists(lock))) break;
    }
    return this.fetchAndStore(origin);
  }

  private async fetchAndStore(origin: string): Promise<RobotsState> {
    const { http, redis, ttlSeconds, retrySeconds, log } = this.options;
    let state: RobotsState;
    try {
      const response = await http(`${origin}/robots.txt`, { accept: 'text/plain', maxBytes: 4 * ROBOTS_MAX_BYTES });
      if (response.status >= 200 && response.status < 300) {
        const text = decodeBytes(response.body.subarray(0, ROBOTS_MAX_BYTES), { contentType: response.headers['content-type'] ?? null }).text;
        state = { kind: 'rules', body: text };
      } else if (response.status === 429 || response.status >= 500) {
        state = { kind: 'unreachable', error: `HTTP ${response.status}` };
      } else {
        state = { kind: 'none' };
      }
    } catch (error) {
      if (!(error instanceof FetchError)) throw error;
      // An oversized robots.txt is read no further than 500 KiB by RFC 9309; a bigger one than our
      // cap is almost certainly not a robots file at all.
      state = error.reason === 'too-large' ? { kind: 'none' } : { kind: 'unreachable', error: `${error.reason}: ${error.message}` };
    }
    const ttl = state.kind === 'unreachable' ? retrySeconds : ttlSeconds;
    await redis.set(this.key(origin), JSON.stringify(state), 'EX', ttl);
    log.info({ origin, robots: state.kind }, 'robots.txt read');
    return state;
  }
}
