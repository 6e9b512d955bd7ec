import { createServer } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDemo } from '@pwatch/stack/demo';
import { createTestDatabase, type TestDatabase } from '../support/db.ts';
import { createTestRedis, type TestRedis } from '../support/redis.ts';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function collect() {
  let text = '';
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      text += String(chunk);
      callback();
    },
  });
  return { stream, text: () => text };
}

const tables = [
  'feeds',
  'feed_items',
  'articles',
  'entities',
  'mentions',
  'quotes',
  'article_dates',
  'events',
  'subscriptions',
  'stories',
  'story_articles',
  'alerts',
  'alert_items',
  'digests',
] as const;

async function rowCounts(database: TestDatabase): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const rows = await database.db.$queryRawUnsafe<Array<{ count: bigint }>>(`SELECT count(*) AS count FROM ${table}`);
    counts[table] = Number(rows[0]!.count);
  }
  return counts;
}

describe('the demo pipeline, end to end on loopback', () => {
  let database: TestDatabase;
  let redis: TestRedis;
  let port: number;
  beforeAll(async () => {
    [database, redis, port] = await Promise.all([createTestDatabase(), createTestRedis(), freePort()]);
  });
  afterAll(async () => {
    await database.drop();
    await redis.cleanup();
  });

  const run = async () => {
    const out = collect();
    const logs = collect();
    const result = await runDemo({
      env: { DATABASE_URL: database.url, REDIS_URL: redis.url, QUEUE_PREFIX: redis.prefix, LOG_LEVEL: 'info' },
      out: out.stream,
      port,
      timeoutMs: 45_000,
      logDestination: logs.stream,
    }).catch((error: unknown) => {
      // The pipeline's own logs say why a stage stalled.
      throw new Error(`${String(error)}\n--- logs ---\n${logs.text().split('\n').filter((line) => /"level":"(warn|error)"/.test(line)).slice(0, 10).join('\n')}`);
    });
    return { result, output: out.text(), logs: logs.text() };
  };

  it('stores the five sample articles with their facts, and a second run stores nothing twice', { timeout: 120_000 }, async () => {
    const first = await run();
    expect(first.result.articleIds).toHaveLength(5);
    const articles = await database.db.article.findMany({ orderBy: { url: 'asc' } });
    expect(articles.map((article) => article.status)).toEqual(Array(5).fill('extracted'));
    expect(articles.every((article) => article.paragraphs.length > 0 && article.contentHash && article.rawPage)).toBe(true);
    expect(articles.find((article) => article.url.endsWith('004_674fa83d9a50dead'))?.title).toBe(
      'Xi says China ready to promote Korean dialogue',
    );
    expect(first.output).toMatch(/\[5\/5\]/);
    expect(first.output).toMatch(/Xi Jinping: “Peace and stability on the Korean Peninsula/);
    const afterFirst = await rowCounts(database);
    expect(afterFirst.feeds).toBe(1);
    expect(afterFirst.feed_items).toBe(5);
    expect(afterFirst.articles).toBe(5);
    expect(afterFirst.quotes).toBeGreaterThanOrEqual(15);
    // The demo ends with the default subscription's digest: every sample is its own story, alerted once.
    expect(afterFirst.stories).toBe(5);
    expect(afterFirst.story_articles).toBe(5);
    expect(afterFirst.alerts).toBe(5);
    expect(afterFirst.alert_items).toBe(5);
    const digestAt = first.output.indexOf('Digest of "Korean Peninsula: everything"');
    expect(digestAt).toBeGreaterThan(first.output.indexOf('[5/5]'));
    const digest = first.output.slice(digestAt);
    expect(digest).toMatch(/^5 stories, until /m);
    expect(digest).toContain('Xi says China ready to promote Korean dialogue');
    expect(digest).toMatch(/\* Xi Jinping: “Peace and stability on the Korean Peninsula/);
    expect(digest).not.toContain('(untitled)');

    const second = await run();
    expect(second.result.articleIds.sort()).toEqual(first.result.articleIds.sort());
    // Nothing stored twice, and no second alert: the same stories, alerts and unsent items.
    expect(await rowCounts(database)).toEqual(afterFirst);
    const secondDigest = second.output.slice(second.output.indexOf('Digest of "Korean Peninsula: everything"'));
    expect(secondDigest.replace(/until .*UTC/g, '')).toBe(digest.replace(/until .*UTC/g, ''));
    // The second poll saw nothing new, so no page was downloaded again.
    expect(second.logs).not.toMatch(/article page stored/);
    const latestPoll = await database.db.feedPoll.findFirst({ orderBy: { id: 'desc' } });
    expect(latestPoll?.newItems).toBe(0);
  });
});
