import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollHistoryLength, upsertFeed } from '@pwatch/db';
import { createQueues, type Queues } from '@pwatch/queue';
import { createLogger, fixedClock } from '@pwatch/runtime';
import { createHttpGet, fetcherConfigSchema, pollFeed } from '@pwatch/fetcher';
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

  it('backs off after server errors, and stops polling a feed that is gone', async () => {
    routes.set('/broken.xml', (_request, response) => void response.writeHead(500).end('boom'));
    const broken = await upsertFeed(database.db, { url: `${base}/broken.xml`, intervalSeconds: 600 });
    expect(await pollFeed({ feedId: broken.id }, deps)).toMatchObject({ status: 'failed', httpStatus: 500 });
    expect(await pollFeed({ feedId: broken.id }, deps)).toMatchObject({ status: 'failed' });
    const afterFailures = await database.db.feed.findUniqueOrThrow({ where: { id: broken.id } });
    expect(afterFailures.consecutiveFailures).toBe(2);
    expect(afterFailures.status).toBe('active');
    expect(afterFailures.lastError).toBe('HTTP 500');
    expect(afterFailures.nextPollAt!.getTime() - now.getTime()).toBe(600 * 4 * 1000);

    routes.set('/gone.xml', (_request, response) => void response.writeHead(410).end());
    const gone = await upsertFeed(database.db, { url: `${base}/gone.xml` });
    expect(await pollFeed({ feedId: gone.id }, deps)).toMatchObject({ status: 'gone' });
    expect((await database.db.feed.findUniqueOrThrow({ where: { id: gone.id } })).status).toBe('gone');
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
});
