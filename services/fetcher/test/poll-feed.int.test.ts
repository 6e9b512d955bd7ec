import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollHistoryLength, upsertFeed } from '@pwatch/db';
import { createQueues, type Queues } from '@pwatch/queue';
import { createLogger, fixedClock } from '@pwatch/runtime';
import {
  createHttpGet,
  createPoliteness,
  feedSchedulerId,
  fetcherConfigSchema,
  noPoliteness,
  pollFeed,
  RetryLaterError,
} from '@pwatch/fetcher';
import type { FetcherJobDeps } from '../src/deps.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/support/db.ts';
import { createTestRedis, type TestRedis } from '../../../test/support/redis.ts';

const now = new Date('2026-11-20T12:00:00Z');

function rss(items: Array<{ title: string; link: string; description: string }>): string {
  const body = items
    .map(
      (item) => `<item><title>${item.title}</title><link>${item.link}</link><guid>${item.link}</guid>
        <pubDate>Thu, 19 Nov 2026 08:00:00 GMT</pubDate><description>${item.description}</description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test wire</title><link>http://example.org/</link>${body}</channel></rss>`;
}

describe('pollFeed against feeds on loopback', () => {
  let database: TestDatabase;
  let redis: TestRedis;
  let queues: Queues;
  let server: Server;
  let base: string;
  let deps: FetcherJobDeps;
  const routes = new Map<string, (request: IncomingMessage, response: ServerResponse) => void>();

  beforeAll(async () => {
    [database, redis] = await Promise.all([createTestDatabase(), createTestRedis()]);
    queues = createQueues(redis.redis, redis.prefix);
    server = createServer((request, response) => {
      const route = routes.get(request.url ?? '');
      if (route) route(request, response);
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const config = fetcherConfigSchema.parse({ FETCH_ALLOW_PRIVATE: '127.0.0.1', FETCH_TIMEOUT_MS: '5000' });
    deps = {
      db: database.db,
      queues,
      clock: fixedClock(now),
      log: createLogger({ level: 'silent', service: 'test', destination: new Writable({ write: (_c, _e, cb) => cb() }) }),
      http: createHttpGet(config),
      redis: redis.redis,
      politeness: noPoliteness,
      horizonDays: 30,
    };
  });
  afterAll(async () => {
    server.closeAllConnections();
    server.close();
    await queues.close();
    await Promise.all([database.drop(), redis.cleanup()]);
  });

  const pagesJobs = async () => (await queues.queue('pages').getJobs(['waiting', 'delayed', 'prioritized'])).map((job) => job.id).sort();

  it('keeps relevant items, creates one article per canonical URL, and a second poll changes nothing', async () => {
    const body = rss([
      { title: 'North Korea fires missile', link: `${base}/a/1?utm_source=rss`, description: 'Pyongyang launched…' },
      { title: 'Local football results', link: `${base}/a/2`, description: 'Nothing about Korea here' },
      { title: '북한, 미사일 발사', link: `${base}/a/3#top`, description: '북한이 동해상으로…' },
    ]);
    let requests = 0;
    routes.set('/wire.xml', (request, response) => {
      requests += 1;
      if (request.headers['if-none-match'] === '"v1"') return void response.writeHead(304).end();
      response.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' }).end(body);
    });
    const feed = await upsertFeed(database.db, { url: `${base}/wire.xml` });

    const first = await pollFeed({ feedId: feed.id }, deps);
    expect(first).toMatchObject({ status: 'updated', items: 3, newItems: 3, enqueued: 2 });
    const articles = await database.db.article.findMany({ orderBy: { url: 'asc' } });
    expect(articles.map((article) => article.url)).toEqual([`${base}/a/1`, `${base}/a/3`]);
    expect(await pagesJobs()).toEqual(articles.map((article) => `fetch-article-${article.id}`).sort());
    const items = await database.db.feedItem.findMany({ where: { feedId: feed.id } });
    expect(items.filter((item) => item.relevant)).toHaveLength(2);

    const second = await pollFeed({ feedId: feed.id }, deps);
    expect(second).toMatchObject({ status: 'not-modified', httpStatus: 304 });
    expect(requests).toBe(2);
    expect(await database.db.feedItem.count()).toBe(3);
    expect(await database.db.article.count()).toBe(2);
    const polls = await database.db.feedPoll.findMany({ where: { feedId: feed.id }, orderBy: { id: 'asc' } });
    expect(polls.map((poll) => [poll.httpStatus, poll.newItems])).toEqual([
      [200, 3],
      [304, 0],
    ]);
  });

  it('stores the same story reached through a second feed once', async () => {
    routes.set('/other.xml', (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(
        rss([{ title: 'DPRK missile launch', link: `${base}/a/1?fbclid=xyz`, description: 'Same wire story' }]),
      );
    });
    const before = await database.db.article.count();
    const feed = await upsertFeed(database.db, { url: `${base}/other.xml` });
    const outcome = await pollFeed({ feedId: feed.id }, deps);
    expect(outcome).toMatchObject({ status: 'updated', newItems: 1, enqueued: 0 });
    expect(await database.db.article.count()).toBe(before);
    const item = await database.db.feedItem.findFirstOrThrow({ where: { feedId: feed.id } });
    const article = await database.db.article.findUniqueOrThrow({ where: { url: `${base}/a/1` } });
    expect(item.articleId).toBe(article.id);
  });

  it('stores items whose GUID or link is too long for Postgres to index, and polls the feed again', async () => {
    // Random hex does not compress: Postgres refuses a btree key of this size outright.
    const noise = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 16).toString(16)).join('');
    const longGuid = noise(5000);
    const longLink = `${base}/a/long?token=${noise(3000)}`;
    const xml = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Odd wire</title><link>http://example.org/</link>
<item><title>North Korea fires missile, long guid</title><link>${base}/a/guid</link><guid isPermaLink="false">${longGuid}</guid><description>Pyongyang launched a missile.</description></item>
<item><title>North Korea fires missile, long link</title><link>${longLink}</link><description>Pyongyang launched a missile.</description></item>
</channel></rss>`;
    routes.set('/odd.xml', (_request, response) => response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(xml));
    const feed = await upsertFeed(database.db, { url: `${base}/odd.xml` });
    const first = await pollFeed({ feedId: feed.id }, deps);
    expect(first).toMatchObject({ status: 'updated', items: 2, newItems: 2 });
    const items = await database.db.feedItem.findMany({ where: { feedId: feed.id }, orderBy: { id: 'asc' } });
    expect(items.map((item) => item.guid)).toEqual([expect.stringMatching(/^guid:sha256:[0-9a-f]{64}$/), expect.stringMatching(/^link:sha256:[0-9a-f]{64}$/)]);
    // The link too long to be an article's address is kept on the item, with no page to fetch.
    expect(items[1]!.url).toBeNull();
    expect(await database.db.article.count({ where: { url: `${base}/a/guid` } })).toBe(1);
    const second = await pollFeed({ feedId: feed.id }, deps);
    expect(second).toMatchObject({ status: 'unchanged' });
  });

  it('backs off after server errors, and stops polling a feed that is gone', async () => {
    routes.set('/broken.xml', (_request, response) => void response.writeHead(500).end('boom'));
    const broken = await upsertFeed(database.db, { url: `${base}/broken.xml`, intervalSeconds: 600 });
    expect(await pollFeed({ feedId: broken.id }, deps)).toMatchObject({ status: 'failed', httpStatus: 500 });
    expect(await pollFeed({ feedId: broken.id }, deps)).toMatchObject({ status: 'failed' });
    const afterFailures = await database.db.feed.findUniqueOrThrow({ where: { id: broken.id } });
    expect(afterFailures.consecutiveFailures).toBe(2);
    expect(afterFailures.status).toBe('active');
    expect(afterFailures.lastError).toBe('HTTP 500');
    // Two hard errors: a failure score of 2, so the interval doubled twice.
    expect(afterFailures.failureScore).toBe(2);
    expect(afterFailures.intervalSeconds).toBe(600);
    expect(afterFailures.nextPollAt!.getTime() - now.getTime()).toBe(600 * 4 * 1000);
    expect((await queues.queue('feeds').getJobScheduler(feedSchedulerId(broken.id)))?.every).toBe(2_400_000);

    // A success halves the score and polls at the feed's own interval again.
    routes.set('/broken.xml', (_request, response) => void response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss([])));
    expect(await pollFeed({ feedId: broken.id }, deps)).toMatchObject({ status: 'updated' });
    const recovered = await database.db.feed.findUniqueOrThrow({ where: { id: broken.id } });
    expect(recovered).toMatchObject({ consecutiveFailures: 0, failureScore: 1, lastError: null });
    expect(recovered.nextPollAt!.getTime() - now.getTime()).toBe(recovered.intervalSeconds * 1000);

    routes.set('/gone.xml', (_request, response) => void response.writeHead(410).end());
    const gone = await upsertFeed(database.db, { url: `${base}/gone.xml` });
    expect(await pollFeed({ feedId: gone.id }, deps)).toMatchObject({ status: 'gone' });
    expect((await database.db.feed.findUniqueOrThrow({ where: { id: gone.id } })).status).toBe('gone');
    expect(await queues.queue('feeds').getJobScheduler(feedSchedulerId(gone.id))).toBeUndefined();
    expect(await pollFeed({ feedId: gone.id }, deps)).toMatchObject({ status: 'skipped' });
  });

  it('keeps only the most recent polls of a feed', async () => {
    routes.set('/static.xml', (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss([]));
    });
    const feed = await upsertFeed(database.db, { url: `${base}/static.xml` });
    for (let poll = 0; poll < pollHistoryLength + 5; poll += 1) await pollFeed({ feedId: feed.id }, deps);
    expect(await database.db.feedPoll.count({ where: { feedId: feed.id } })).toBe(pollHistoryLength);
  });

  const feedRow = (id: number) => database.db.feed.findUniqueOrThrow({ where: { id } });
  const lastPoll = (feedId: number) => database.db.feedPoll.findFirstOrThrow({ where: { feedId }, orderBy: { id: 'desc' } });

  it('honours Retry-After on 429 and 503 as a lower bound, weighing throttling lightly', async () => {
    routes.set('/throttled.xml', (_request, response) => void response.writeHead(429, { 'retry-after': '7200' }).end());
    const feed = await upsertFeed(database.db, { url: `${base}/throttled.xml`, intervalSeconds: 300 });
    expect(await pollFeed({ feedId: feed.id }, deps)).toMatchObject({ status: 'failed', httpStatus: 429, nextInSeconds: 7200 });
    const row = await feedRow(feed.id);
    expect(row).toMatchObject({ failureScore: 0.5, consecutiveFailures: 1, status: 'active' });
    expect(row.nextPollAt!.getTime() - now.getTime()).toBe(7_200_000);
    expect((await queues.queue('feeds').getJobScheduler(feedSchedulerId(feed.id)))?.every).toBe(7_200_000);

    routes.set('/maintenance.xml', (_request, response) =>
      void response.writeHead(503, { 'retry-after': new Date(Date.now() + 3_600_000).toUTCString(), date: new Date().toUTCString() }).end(),
    );
    const down = await upsertFeed(database.db, { url: `${base}/maintenance.xml`, intervalSeconds: 300 });
    const outcome = await pollFeed({ feedId: down.id }, deps);
    expect(outcome.status).toBe('failed');
    expect(outcome.nextInSeconds).toBeGreaterThanOrEqual(3_598);
    expect(outcome.nextInSeconds).toBeLessThanOrEqual(3_600);
  });

  it('waits at least the RSS ttl and Cache-Control max-age before polling again', async () => {
    const withTtl = (ttl: number) =>
      `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><ttl>${ttl}</ttl><item><guid>g1</guid><title>x</title></item></channel></rss>`;
    routes.set('/ttl.xml', (_request, response) => void response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(withTtl(120)));
    const feed = await upsertFeed(database.db, { url: `${base}/ttl.xml`, intervalSeconds: 300 });
    expect(await pollFeed({ feedId: feed.id }, deps)).toMatchObject({ status: 'updated', nextInSeconds: 7_200 });

    routes.set('/cached.xml', (_request, response) =>
      void response.writeHead(200, { 'content-type': 'application/rss+xml', 'cache-control': 'public, max-age=1800' }).end(withTtl(1)),
    );
    const cached = await upsertFeed(database.db, { url: `${base}/cached.xml`, intervalSeconds: 300 });
    expect(await pollFeed({ feedId: cached.id }, deps)).toMatchObject({ status: 'updated', nextInSeconds: 1_800 });

    // A hint never goes past the feed's max interval (the operator's bound wins over the publisher's).
    const bounded = await upsertFeed(database.db, { url: `${base}/ttl.xml?bounded`, intervalSeconds: 300, maxIntervalSeconds: 3_600 });
    routes.set('/ttl.xml?bounded', (_request, response) => void response.writeHead(200).end(withTtl(1_440)));
    expect(await pollFeed({ feedId: bounded.id }, deps)).toMatchObject({ status: 'updated', nextInSeconds: 3_600 });
  });

  it('slows down on 304s and unchanged bodies, speeds up when every item is new, within the bounds', async () => {
    let etag = true;
    let generation = 0;
    const items = (n: number) => rss(Array.from({ length: 4 }, (_, i) => ({ title: `Story ${n}-${i}`, link: `${base}/s/${n}-${i}`, description: 'x' })));
    routes.set('/adaptive.xml', (request, response) => {
      if (etag && request.headers['if-none-match'] === `"g${generation}"`) return void response.writeHead(304).end();
      response.writeHead(200, etag ? { etag: `"g${generation}"` } : {}).end(items(generation));
    });
    const feed = await upsertFeed(database.db, { url: `${base}/adaptive.xml`, intervalSeconds: 3_600, minIntervalSeconds: 600, maxIntervalSeconds: 7_200 });
    expect(await pollFeed({ feedId: feed.id }, deps)).toMatchObject({ status: 'updated', newItems: 4 });
    const afterAllNew = (await feedRow(feed.id)).intervalSeconds;
    expect(afterAllNew).toBe(1_800);

    expect(await pollFeed({ feedId: feed.id }, deps)).toMatchObject({ status: 'not-modified' });
    const after304 = (await feedRow(feed.id)).intervalSeconds;
    expect(after304).toBeGreaterThan(afterAllNew);

    // Validators gone, same bytes: the body hash says nothing is new, and counts the same.
    etag = false;
    expect(await pollFeed({ feedId: feed.id }, deps)).toMatchObject({ status: 'unchanged', httpStatus: 200 });
    const afterUnchanged = (await feedRow(feed.id)).intervalSeconds;
    expect(afterUnchanged).toBeGreaterThan(after304);
    for (let i = 0; i < 20; i++) await pollFeed({ feedId: feed.id }, deps);
    expect((await feedRow(feed.id)).intervalSeconds).toBe(7_200);
    for (let i = 0; i < 20; i++) {
      generation += 1;
      await pollFeed({ feedId: feed.id }, deps);
    }
    expect((await feedRow(feed.id)).intervalSeconds).toBe(600);
    expect((await lastPoll(feed.id)).newItems).toBe(4);
  });

  it('moves the feed job scheduler to the new interval after a scheduled poll, and records the poll lag', async () => {
    routes.set('/scheduled.xml', (_request, response) => void response.writeHead(304).end());
    const feed = await upsertFeed(database.db, { url: `${base}/scheduled.xml`, intervalSeconds: 900 });
    const scheduledAt = new Date(now.getTime() - 12_000);
    const outcome = await pollFeed({ feedId: feed.id }, { ...deps, trigger: { scheduledAt, schedulerEveryMs: 900_000 } });
    const interval = (await feedRow(feed.id)).intervalSeconds;
    expect(interval).toBeGreaterThan(900);
    expect(outcome.nextInSeconds).toBe(interval - 12);
    const scheduler = await queues.queue('feeds').getJobScheduler(feedSchedulerId(feed.id));
    expect(scheduler?.every).toBe(interval * 1000);
    const poll = await lastPoll(feed.id);
    expect(poll.startedAt.getTime() - poll.scheduledAt!.getTime()).toBe(12_000);
  });

  it('delays a scheduled poll that comes a little early, and realigns a scheduler that is far ahead of its feed', async () => {
    routes.set('/early.xml', (_request, response) => void response.writeHead(304).end());
    const feed = await upsertFeed(database.db, { url: `${base}/early.xml`, intervalSeconds: 300 });
    await database.db.feed.update({ where: { id: feed.id }, data: { nextPollAt: new Date(now.getTime() + 30_000) } });
    const early = await pollFeed({ feedId: feed.id }, { ...deps, trigger: { scheduledAt: now, schedulerEveryMs: 300_000 } }).catch((error: unknown) => error);
    expect(early).toBeInstanceOf(RetryLaterError);
    expect((early as RetryLaterError).at.getTime()).toBe(now.getTime() + 30_000);

    const later = new Date(Date.now() + 6 * 3_600_000);
    await database.db.feed.update({ where: { id: feed.id }, data: { nextPollAt: later } });
    const outcome = await pollFeed({ feedId: feed.id }, { ...deps, trigger: { scheduledAt: now, schedulerEveryMs: 300_000 } });
    expect(outcome).toEqual({ status: 'skipped' });
    expect(await database.db.feedPoll.count({ where: { feedId: feed.id } })).toBe(0);
    const scheduler = await queues.queue('feeds').getJobScheduler(feedSchedulerId(feed.id));
    expect(scheduler?.next).toBe(later.getTime());
  });

  it('leaves a feed whose host is busy for later, recording nothing', async () => {
    routes.set('/polite-a.xml', (_request, response) => void response.writeHead(304).end());
    routes.set('/polite-b.xml', (_request, response) => void response.writeHead(304).end());
    const config = fetcherConfigSchema.parse({
      FETCH_ALLOW_PRIVATE: '127.0.0.1',
      FETCH_HOST_LIMIT_LOOPBACK: 'true',
      FETCH_HOST_MIN_INTERVAL_MS: '60000',
      FETCH_HOST_MAX_WAIT_MS: '0',
    });
    const politeness = createPoliteness({ redis: redis.redis, keyPrefix: redis.prefix, config, http: deps.http, userAgent: 'test', log: deps.log });
    const a = await upsertFeed(database.db, { url: `${base}/polite-a.xml` });
    const b = await upsertFeed(database.db, { url: `${base}/polite-b.xml` });
    expect(await pollFeed({ feedId: a.id }, { ...deps, politeness })).toMatchObject({ status: 'not-modified' });
    const busy = await pollFeed({ feedId: b.id }, { ...deps, politeness }).catch((error: unknown) => error);
    expect(busy).toBeInstanceOf(RetryLaterError);
    expect((busy as RetryLaterError).at.getTime()).toBeGreaterThan(Date.now() + 50_000);
    expect(await database.db.feedPoll.count({ where: { feedId: b.id } })).toBe(0);
  });

  describe('hostile and broken feeds are recorded failures, never crashes', () => {
    const failure = async (path: string, handler: (request: IncomingMessage, response: ServerResponse) => void, pollDeps = deps) => {
      routes.set(path, handler);
      const feed = await upsertFeed(database.db, { url: `${base}${path}`, intervalSeconds: 300 });
      const outcome = await pollFeed({ feedId: feed.id }, pollDeps);
      return { outcome, feed: await feedRow(feed.id), poll: await lastPoll(feed.id) };
    };

    it('a redirect loop', async () => {
      routes.set('/loop-b.xml', (_request, response) => void response.writeHead(302, { location: '/loop-a.xml' }).end());
      const { outcome, feed, poll } = await failure('/loop-a.xml', (_request, response) => void response.writeHead(301, { location: '/loop-b.xml' }).end());
      expect(outcome.status).toBe('failed');
      expect(poll.error).toMatch(/^too-many-redirects: redirect loop/);
      expect(feed.failureScore).toBe(1);
    });

    it('a body that stalls past the deadline counts as a timeout (half a hard error)', async () => {
      const slowDeps = { ...deps, http: createHttpGet(fetcherConfigSchema.parse({ FETCH_ALLOW_PRIVATE: '127.0.0.1', FETCH_TIMEOUT_MS: '1000' })) };
      const { feed, poll } = await failure(
        '/stalled.xml',
        (_request, response) => {
          response.writeHead(200, { 'content-type': 'application/rss+xml' });
          response.write('<?xml version="1.0"?><rss version="2.0"><channel>');
        },
        slowDeps,
      );
      expect(poll.error).toMatch(/^timeout:/);
      expect(feed.failureScore).toBe(0.5);
      expect(feed.nextPollAt!.getTime() - now.getTime()).toBe(Math.round(300 * Math.SQRT2) * 1000);
    });

    it('an oversized body and a gzip bomb', async () => {
      const smallDeps = { ...deps, http: createHttpGet(fetcherConfigSchema.parse({ FETCH_ALLOW_PRIVATE: '127.0.0.1', FETCH_MAX_BYTES: '65536' })) };
      const big = await failure('/big.xml', (_request, response) => void response.writeHead(200).end(Buffer.alloc(200_000, 0x20)), smallDeps);
      expect(big.poll.error).toMatch(/^too-large:/);
      const bomb = zlib.gzipSync(Buffer.alloc(10 * 1024 * 1024));
      const gz = await failure('/bomb.xml', (_request, response) => void response.writeHead(200, { 'content-encoding': 'gzip' }).end(bomb), smallDeps);
      expect(gz.poll.error).toMatch(/^too-large: decoded body exceeds/);
    });

    it('an entity-expansion bomb is read without expanding it', async () => {
      const xml = await readFile(new URL('../../../packages/feeds/test/fixtures/billion-laughs.xml', import.meta.url));
      routes.set('/lol.xml', (_request, response) => void response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(xml));
      const feed = await upsertFeed(database.db, { url: `${base}/lol.xml` });
      const outcome = await pollFeed({ feedId: feed.id }, deps);
      expect(['updated', 'failed']).toContain(outcome.status);
      const items = await database.db.feedItem.findMany({ where: { feedId: feed.id } });
      for (const item of items) expect((item.title ?? '').length + (item.summary ?? '').length).toBeLessThan(10_000);
    });

    it('a feed on a private address, refused before any connection', async () => {
      const feed = await upsertFeed(database.db, { url: 'http://192.168.10.1/feed.xml' });
      expect(await pollFeed({ feedId: feed.id }, deps)).toMatchObject({ status: 'failed' });
      expect((await lastPoll(feed.id)).error).toMatch(/^blocked-address: .*private/);
      expect((await feedRow(feed.id)).status).toBe('active');
    });
  });

  it('decodes each legacy charset from the XML prolog, and a per-feed override beats a wrong header', async () => {
    const cases: Array<[string, string, string]> = [
      ['euc-kr', 'bacfc7d120b9ccbbe7c0cf20b9dfbbe7', '북한 미사일 발사'],
      ['shift_jis', '966b92a9914e82aa837e83548343838b94ad8ecb', '北朝鮮がミサイル発射'],
      ['gb18030', 'b3afcfcab7a2c9e4b5bcb5af', '朝鲜发射导弹'],
      ['big5', 'a55fc1fab56fae67adb8bc75', '北韓發射飛彈'],
      ['windows-1252', '436166e920696e2050796f6e6779616e672096206e61ef7665', 'Café in Pyongyang – naïve'],
    ];
    for (const [charset, hex, title] of cases) {
      const body = Buffer.concat([
        Buffer.from(`<?xml version="1.0" encoding="${charset}"?><rss version="2.0"><channel><title>c</title><item><guid>${charset}</guid><title>`),
        Buffer.from(hex, 'hex'),
        Buffer.from(`</title><link>${base}/charset/${charset}</link></item></channel></rss>`),
      ]);
      routes.set(`/charset-${charset}.xml`, (_request, response) => void response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(body));
      const feed = await upsertFeed(database.db, { url: `${base}/charset-${charset}.xml`, allRelevant: true });
      expect(await pollFeed({ feedId: feed.id }, deps)).toMatchObject({ status: 'updated', newItems: 1 });
      expect((await database.db.feedItem.findFirstOrThrow({ where: { feedId: feed.id } })).title).toBe(title);
    }

    const korean = Buffer.concat([
      Buffer.from('<?xml version="1.0"?><rss version="2.0"><channel><title>c</title><item><guid>o</guid><title>'),
      Buffer.from('bacfc7d120b9ccbbe7c0cf20b9dfbbe7', 'hex'),
      Buffer.from('</title></item></channel></rss>'),
    ]);
    routes.set('/override.xml', (_request, response) => void response.writeHead(200, { 'content-type': 'text/xml; charset=iso-8859-1' }).end(korean));
    const feed = await upsertFeed(database.db, { url: `${base}/override.xml`, charsetOverride: 'EUC-KR' });
    await pollFeed({ feedId: feed.id }, deps);
    expect((await database.db.feedItem.findFirstOrThrow({ where: { feedId: feed.id } })).title).toBe('북한 미사일 발사');
  });
});
