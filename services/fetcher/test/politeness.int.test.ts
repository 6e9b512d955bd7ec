import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureArticle, upsertFeed } from '@pwatch/db';
import { createQueues, PermanentJobError, type Queues } from '@pwatch/queue';
import { createLogger, fixedClock } from '@pwatch/runtime';
import {
  createHttpGet,
  createPoliteness,
  fetchArticle,
  fetcherConfigSchema,
  HostLimiter,
  hostOf,
  pollFeed,
  RetryLaterError,
  RobotsPolicy,
  RobotsUnreachableError,
} from '@pwatch/fetcher';
import type { FetcherJobDeps } from '../src/deps.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/support/db.ts';
import { createTestRedis, type TestRedis } from '../../../test/support/redis.ts';

const log = createLogger({ level: 'silent', service: 'test', destination: new Writable({ write: (_c, _e, cb) => cb() }) });
const userAgent = 'PeninsulaWatch/0.1 (+https://example.org/contact)';

describe('politeness shared through Redis', () => {
  let database: TestDatabase;
  let redis: TestRedis;
  let queues: Queues;
  let server: Server;
  let base: string;
  const routes = new Map<string, (request: IncomingMessage, response: ServerResponse) => void>();
  const hits: string[] = [];
  const config = fetcherConfigSchema.parse({ FETCH_ALLOW_PRIVATE: '127.0.0.1', FETCH_TIMEOUT_MS: '5000' });
  const http = createHttpGet(config);

  beforeAll(async () => {
    [database, redis] = await Promise.all([createTestDatabase(), createTestRedis()]);
    queues = createQueues(redis.redis, redis.prefix);
    server = createServer((request, response) => {
      hits.push(request.url ?? '');
      const route = routes.get(request.url ?? '');
      if (route) route(request, response);
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    server.close();
    await queues.close();
    await Promise.all([database.drop(), redis.cleanup()]);
  });

  describe('host limiter: two fetcher processes (two limiters) on one Redis', () => {
    const limits = { maxInFlight: 2, minIntervalMs: 0, leaseMs: 30_000, maxWaitMs: 0 };

    it('allows at most maxInFlight requests per host across both, and frees a slot on release', async () => {
      const one = new HostLimiter(redis.redis, `${redis.prefix}-a`, limits);
      const two = new HostLimiter(redis.redis, `${redis.prefix}-a`, limits);
      const first = await one.tryAcquire('news.example:443');
      const second = await two.tryAcquire('news.example:443');
      const third = await one.tryAcquire('news.example:443');
      expect([first.granted, second.granted, third.granted]).toEqual([true, true, false]);
      expect((await two.tryAcquire('other.example')).granted).toBe(true);
      if (!first.granted) throw new Error('unreachable');
      await one.release('news.example:443', first.token);
      expect((await two.tryAcquire('news.example:443')).granted).toBe(true);
    });

    it('spaces request starts on one host by the minimum interval, whichever process asks', async () => {
      const spaced = { ...limits, minIntervalMs: 60_000 };
      const one = new HostLimiter(redis.redis, `${redis.prefix}-b`, spaced);
      const two = new HostLimiter(redis.redis, `${redis.prefix}-b`, spaced);
      expect((await one.tryAcquire('wire.example')).granted).toBe(true);
      const refused = await two.tryAcquire('wire.example');
      expect(refused.granted).toBe(false);
      expect(!refused.granted && refused.retryInMs).toBeGreaterThan(55_000);
      // acquire() gives up at once (maxWaitMs 0) and says when to come back.
      const error = await two.acquire('https://wire.example/feed').catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(RetryLaterError);
      expect((error as RetryLaterError).at.getTime()).toBeGreaterThan(Date.now() + 55_000);
      // A crawl-delay-like longer interval applies to its own call only; another host is free.
      expect((await two.tryAcquire('other.example', 120_000)).granted).toBe(true);
    });

    it('frees the slot of a holder that died once its lease expires', async () => {
      const short = new HostLimiter(redis.redis, `${redis.prefix}-c`, { ...limits, maxInFlight: 1, leaseMs: 50 });
      expect((await short.tryAcquire('crashy.example')).granted).toBe(true);
      expect((await short.tryAcquire('crashy.example')).granted).toBe(false);
      await new Promise((resolve) => setTimeout(resolve, 120));
      expect((await short.tryAcquire('crashy.example')).granted).toBe(true);
    });

    it('exempts loopback unless asked, and limits it when asked', async () => {
      const strict = fetcherConfigSchema.parse({ FETCH_HOST_MIN_INTERVAL_MS: '60000', FETCH_HOST_MAX_WAIT_MS: '0' });
      const lax = createPoliteness({ redis: redis.redis, keyPrefix: `${redis.prefix}-d`, config: strict, http, userAgent, log });
      await (await lax.acquire(`${base}/a`))();
      await (await lax.acquire(`${base}/b`))();
      const limited = createPoliteness({
        redis: redis.redis,
        keyPrefix: `${redis.prefix}-d`,
        config: { ...strict, FETCH_HOST_LIMIT_LOOPBACK: true },
        http,
        userAgent,
        log,
      });
      await (await limited.acquire(`${base}/a`))();
      await expect(limited.acquire(`${base}/b`)).rejects.toBeInstanceOf(RetryLaterError);
    });
  });

  describe('limits per host name, across ports and redirects', () => {
    // A second publisher on its own loopback address: 127.0.0.2 is a host of its own.
    let other: Server;
    let otherBase: string;
    const otherHits: string[] = [];
    beforeAll(async () => {
      other = createServer((request, response) => {
        otherHits.push(request.url ?? '');
        response.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss version="2.0"><channel><title>t</title></channel></rss>');
      });
      await new Promise<void>((resolve) => other.listen(0, '127.0.0.2', resolve));
      otherBase = `http://127.0.0.2:${(other.address() as AddressInfo).port}`;
      routes.set('/elsewhere', (_request, response) => void response.writeHead(302, { location: `${otherBase}/feed.xml` }).end());
      routes.set('/here', (_request, response) => void response.writeHead(302, { location: `${base}/feed.xml` }).end());
      routes.set('/feed.xml', (_request, response) => void response.writeHead(200).end('<rss version="2.0"><channel><title>t</title></channel></rss>'));
    });
    afterAll(() => {
      other.closeAllConnections();
      other.close();
    });
    const lenient = fetcherConfigSchema.parse({ FETCH_ALLOW_PRIVATE: '127.0.0.0/8', FETCH_TIMEOUT_MS: '5000' });
    const redirecting = createHttpGet(lenient);
    /** Loopback limited: one request in flight per host, no spacing, no waiting. */
    const politeness = (prefix: string) =>
      createPoliteness({
        redis: redis.redis,
        keyPrefix: prefix,
        config: { ...lenient, FETCH_HOST_LIMIT_LOOPBACK: true, FETCH_HOST_MAX_IN_FLIGHT: 1, FETCH_HOST_MIN_INTERVAL_MS: 0, FETCH_HOST_MAX_WAIT_MS: 0 },
        http: redirecting,
        userAgent,
        log,
      });

    it('keys a host by its name: another port of the same host shares its limits', async () => {
      expect(hostOf('https://News.Example:8443/feed')).toBe('news.example');
      expect(hostOf('http://[::1]:8080/')).toBe('[::1]');
      const limited = politeness(`${redis.prefix}-p1`);
      const release = await limited.acquire('http://127.0.0.1:1111/a');
      await expect(limited.acquire('http://127.0.0.1:2222/b')).rejects.toBeInstanceOf(RetryLaterError);
      await (await limited.acquire('http://127.0.0.2:2222/b'))();
      await release();
      await (await limited.acquire('http://127.0.0.1:2222/b'))();
    });

    it('takes the slot of the host a redirect leads to, and gives it back after', async () => {
      const limited = politeness(`${redis.prefix}-p2`);
      const slotted = (url: string) => redirecting(url, { redirectSlot: (target) => limited.acquire(target) });
      // The other host is busy: the request stops at the redirect, without a request to it.
      const busy = await limited.acquire(`${otherBase}/x`);
      otherHits.length = 0;
      await expect(slotted(`${base}/elsewhere`)).rejects.toBeInstanceOf(RetryLaterError);
      expect(otherHits).toEqual([]);
      await busy();
      // Free: followed, and its slot is released when the request ends.
      expect(await slotted(`${base}/elsewhere`)).toMatchObject({ status: 200, finalUrl: `${otherBase}/feed.xml` });
      expect(otherHits).toEqual(['/feed.xml']);
      await (await limited.acquire(`${otherBase}/y`))();
      // A redirect within the caller's own host takes no second slot (it would wait on itself).
      const own = await limited.acquire(`${base}/here`);
      expect(await slotted(`${base}/here`)).toMatchObject({ status: 200 });
      await own();
    });

    it('pollFeed comes back later when its feed redirects to a busy host', async () => {
      const feed = await upsertFeed(database.db, { url: `${base}/elsewhere` });
      const limited = politeness(`${redis.prefix}-p3`);
      const deps: FetcherJobDeps = {
        db: database.db,
        queues,
        log,
        clock: fixedClock('2026-11-20T12:00:00Z'),
        http: redirecting,
        redis: redis.redis,
        politeness: limited,
        horizonDays: 30,
      };
      const busy = await limited.acquire(`${otherBase}/x`);
      otherHits.length = 0;
      await expect(pollFeed({ feedId: feed.id }, deps)).rejects.toBeInstanceOf(RetryLaterError);
      expect(otherHits).toEqual([]);
      expect(await database.db.feedPoll.count({ where: { feedId: feed.id } })).toBe(0);
      await busy();
      expect(await pollFeed({ feedId: feed.id }, deps)).toMatchObject({ status: 'updated', httpStatus: 200 });
      // Both slots were given back.
      await (await limited.acquire(`${base}/z`))();
      await (await limited.acquire(`${otherBase}/z`))();
    });
  });

  describe('robots.txt', () => {
    const policy = (prefix: string) =>
      new RobotsPolicy({ redis: redis.redis, keyPrefix: prefix, http, userAgent, log, ttlSeconds: 3_600, retrySeconds: 60 });

    it('is fetched once per host for every process, and obeyed', async () => {
      routes.set('/robots.txt', (_request, response) =>
        void response.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private/\nCrawl-delay: 7\n'),
      );
      hits.length = 0;
      const one = policy(`${redis.prefix}-r1`);
      const two = policy(`${redis.prefix}-r1`);
      const verdicts = await Promise.all([one.check(`${base}/news/1`), one.check(`${base}/private/x`), two.check(`${base}/news/2`)]);
      expect(verdicts).toEqual([
        { allowed: true, crawlDelaySeconds: 7 },
        { allowed: false, crawlDelaySeconds: 7 },
        { allowed: true, crawlDelaySeconds: 7 },
      ]);
      expect(hits.filter((hit) => hit === '/robots.txt')).toHaveLength(1);
    });

    it('allows everything when there is none, and nothing while it cannot be read', async () => {
      routes.set('/robots.txt', (_request, response) => void response.writeHead(404).end());
      expect(await policy(`${redis.prefix}-r2`).check(`${base}/private/x`)).toEqual({ allowed: true, crawlDelaySeconds: null });
      routes.set('/robots.txt', (_request, response) => void response.writeHead(503).end());
      await expect(policy(`${redis.prefix}-r3`).check(`${base}/news/1`)).rejects.toBeInstanceOf(RobotsUnreachableError);
    });

    it('fetch-article stores an allowed page and fails a disallowed one for good', async () => {
      routes.set('/robots.txt', (_request, response) => void response.writeHead(200).end('User-agent: peninsulawatch\nDisallow: /members/\n'));
      routes.set('/story', (_request, response) => void response.writeHead(200, { 'content-type': 'text/html' }).end('<p>Pyongyang said…</p>'));
      routes.set('/members/story', (_request, response) => void response.writeHead(200).end('secret'));
      const deps: FetcherJobDeps = {
        db: database.db,
        queues,
        log,
        clock: fixedClock('2026-11-20T12:00:00Z'),
        http,
        redis: redis.redis,
        politeness: createPoliteness({ redis: redis.redis, keyPrefix: `${redis.prefix}-r4`, config, http, userAgent, log }),
        horizonDays: 30,
      };
      const allowed = await ensureArticle(database.db, `${base}/story`);
      const disallowed = await ensureArticle(database.db, `${base}/members/story`);
      hits.length = 0;
      expect(await fetchArticle({ articleId: allowed.id }, deps)).toMatchObject({ status: 'fetched' });
      await expect(fetchArticle({ articleId: disallowed.id }, deps)).rejects.toBeInstanceOf(PermanentJobError);
      const failed = await database.db.article.findUniqueOrThrow({ where: { id: disallowed.id } });
      expect(failed.status).toBe('failed');
      expect(failed.fetchError).toMatch(/robots\.txt disallows/);
      expect(hits).not.toContain('/members/story');
    });
  });
});
