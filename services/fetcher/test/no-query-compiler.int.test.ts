import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pingDb, sqlOf } from '@pwatch/db';
import { createQueues, type Queues } from '@pwatch/queue';
import { createLogger, systemClock } from '@pwatch/runtime';
import { createHttpGet, fetchArticle, fetcherConfigSchema, noPoliteness, pollFeed, syncFeedSchedules } from '@pwatch/fetcher';
import type { FetcherJobDeps } from '../src/deps.ts';
import { requeueStalledArticles } from '../src/jobs/requeue-stalled.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/support/db.ts';
import { createTestRedis, type TestRedis } from '../../../test/support/redis.ts';

// The fetcher's jobs run on plain SQL: Prisma's WebAssembly query compiler (about 45 MB once
// loaded, plus its plan cache) must never be loaded by a poll, a download, a schedule sync or a
// health check. Prisma builds the compiler with `new WebAssembly.Module` on its first query, so
// counting those tells whether it ran; the last step shows that a Prisma query is counted.

describe('the fetcher does not load Prisma’s query compiler', () => {
  let database: TestDatabase;
  let redis: TestRedis;
  let queues: Queues;
  let server: Server;
  let base: string;
  let compiled = 0;
  const original = WebAssembly.Module;

  beforeAll(async () => {
    [database, redis] = await Promise.all([createTestDatabase(), createTestRedis()]);
    queues = createQueues(redis.redis, redis.prefix);
    server = createServer((request, response) => {
      if (request.url === '/feed.xml') {
        response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(
          `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
           <item><title>Talks resume</title><link>${base}/story</link><guid>story-1</guid></item></channel></rss>`,
        );
      } else if (request.url === '/story') {
        response.writeHead(200, { 'content-type': 'text/html' }).end('<p>Talks resumed in Panmunjom.</p>');
      } else {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    WebAssembly.Module = new Proxy(original, {
      construct(target, args, newTarget) {
        compiled += 1;
        return Reflect.construct(target, args, newTarget) as object;
      },
    });
  });
  afterAll(async () => {
    WebAssembly.Module = original;
    server?.closeAllConnections();
    server?.close();
    await queues?.close();
    await Promise.all([database?.drop(), redis?.cleanup()]);
  });

  it('polls, downloads, syncs schedules and answers health checks on plain SQL only', async () => {
    const { db } = database;
    const config = fetcherConfigSchema.parse({ FETCH_ALLOW_PRIVATE: '127.0.0.1', FETCH_TIMEOUT_MS: '5000' });
    const deps: FetcherJobDeps = {
      db,
      queues,
      clock: systemClock,
      log: createLogger({ level: 'silent', service: 'test', destination: new Writable({ write: (_c, _e, cb) => cb() }) }),
      http: createHttpGet(config),
      redis: redis.redis,
      politeness: noPoliteness,
      horizonDays: 30,
    };
    const { rows } = await sqlOf(db).query<{ id: number }>(
      'INSERT INTO feeds (url, all_relevant, updated_at) VALUES ($1, true, now()) RETURNING id',
      [`${base}/feed.xml`],
    );
    const feedId = rows[0]!.id;

    expect(await syncFeedSchedules(deps)).toMatchObject({ added: 1 });
    expect(await pollFeed({ feedId }, deps)).toMatchObject({ status: 'updated', newItems: 1, enqueued: 1 });
    const [article] = (await sqlOf(db).query<{ id: number }>('SELECT id FROM articles')).rows;
    expect(await fetchArticle({ articleId: article!.id }, deps)).toMatchObject({ status: 'fetched' });
    expect(await fetchArticle({ articleId: article!.id }, deps)).toMatchObject({ status: 'already-fetched' });
    await requeueStalledArticles(deps);
    await pingDb(db);
    expect(compiled).toBe(0);

    // The probe works: the first Prisma query compiles the query compiler.
    expect(await db.feed.count()).toBe(1);
    expect(compiled).toBeGreaterThan(0);
  });
});
