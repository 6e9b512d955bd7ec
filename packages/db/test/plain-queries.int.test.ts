import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureArticle,
  findStalledArticles,
  getArticleToFetch,
  getFeed,
  insertNewFeedItems,
  linkFeedItem,
  listSchedulableFeeds,
  markArticleFailed,
  pingDb,
  pollHistoryLength,
  recordPoll,
  storeRawPage,
  upsertFeed,
  type NewFeedItem,
} from '@pwatch/db';
import { createTestDatabase, type TestDatabase } from '../../../test/support/db.ts';

// The fetcher's queries are plain SQL over the client's pool (no Prisma query compiler on the hot
// path). They must read and write exactly what the Prisma model says: checked here against Prisma.

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

const item = (guid: string, extra: Partial<NewFeedItem> = {}): NewFeedItem => ({
  guid,
  url: `https://example.org/${guid}`,
  title: `Title ${guid}`,
  summary: null,
  publishedAt: new Date('2026-11-01T10:20:30.456Z'),
  relevance: 0.25,
  relevant: true,
  ...extra,
});

describe('plain SQL queries', () => {
  it('getFeed returns the row exactly as Prisma does, after recordPoll wrote every state field', async () => {
    const { db } = database;
    const feed = await upsertFeed(db, { url: 'https://example.org/plain.xml', guidPolicy: 'title_date', charsetOverride: 'euc-kr' });
    await recordPoll(
      db,
      { feedId: feed.id, startedAt: new Date('2026-11-02T00:00:01.234Z'), scheduledAt: new Date('2026-11-02T00:00:00Z'), httpStatus: 200, durationMs: 12, newItems: 3, error: null },
      {
        etag: '"v1"',
        lastModified: 'Mon, 02 Nov 2026 00:00:00 GMT',
        lastBodyHash: 'ab'.repeat(32),
        lastSuccessAt: new Date('2026-11-02T00:00:01.234Z'),
        nextPollAt: new Date('2026-11-02T00:15:00Z'),
        intervalSeconds: 777,
        failureScore: 0.125,
        consecutiveFailures: 0,
        lastError: null,
        title: 'Plain',
        siteUrl: 'https://example.org/',
        // Left out: not written.
        status: undefined,
      },
    );
    const viaSql = await getFeed(db, feed.id);
    const viaPrisma = await db.feed.findUnique({ where: { id: feed.id } });
    expect(viaSql).toEqual(viaPrisma);
    expect(viaSql).toMatchObject({
      etag: '"v1"',
      intervalSeconds: 777,
      failureScore: 0.125,
      guidPolicy: 'title_date',
      status: 'active',
      lastPolledAt: new Date('2026-11-02T00:00:01.234Z'),
      nextPollAt: new Date('2026-11-02T00:15:00Z'),
    });
    expect(await getFeed(db, feed.id + 1000)).toBeNull();

    const polls = await db.feedPoll.findMany({ where: { feedId: feed.id } });
    expect(polls).toEqual([
      expect.objectContaining({ startedAt: new Date('2026-11-02T00:00:01.234Z'), scheduledAt: new Date('2026-11-02T00:00:00Z'), httpStatus: 200, durationMs: 12, newItems: 3, error: null }),
    ]);

    // The enum column takes its value too, and listSchedulableFeeds leaves a gone feed out.
    await recordPoll(db, { feedId: feed.id, startedAt: new Date(), httpStatus: 410, durationMs: 1, newItems: 0, error: '410 Gone' }, { status: 'gone', nextPollAt: null });
    expect(await getFeed(db, feed.id)).toMatchObject({ status: 'gone', nextPollAt: null, etag: '"v1"' });
    expect((await listSchedulableFeeds(db)).map((row) => row.id)).not.toContain(feed.id);
  });

  it('recordPoll keeps the newest polls only, and records nothing for a feed that does not exist', async () => {
    const { db } = database;
    const feed = await upsertFeed(db, { url: 'https://example.org/history.xml' });
    const base = Date.parse('2026-11-03T00:00:00Z');
    for (let i = 0; i < pollHistoryLength + 4; i += 1) {
      await recordPoll(db, { feedId: feed.id, startedAt: new Date(base + i * 1000), httpStatus: 304, durationMs: i, newItems: 0, error: null }, {});
    }
    const kept = await db.feedPoll.findMany({ where: { feedId: feed.id }, orderBy: { startedAt: 'asc' } });
    expect(kept).toHaveLength(pollHistoryLength);
    expect(kept[0]!.durationMs).toBe(4);

    const before = await db.feedPoll.count();
    await expect(recordPoll(db, { feedId: 999_999, startedAt: new Date(), httpStatus: 200, durationMs: 1, newItems: 0, error: null }, {})).rejects.toThrow();
    expect(await db.feedPoll.count()).toBe(before);
    // The pool is still usable after the rolled-back transaction.
    await pingDb(db);
  });

  it('insertNewFeedItems returns only the items not seen before, stored as Prisma reads them', async () => {
    const { db } = database;
    const feed = await upsertFeed(db, { url: 'https://example.org/items.xml' });
    const first = await insertNewFeedItems(db, feed.id, [item('a'), item('b', { url: null, publishedAt: null, title: 'quote " and, comma {x}', relevant: false })]);
    expect(first.map((row) => row.guid).sort()).toEqual(['a', 'b']);
    const second = await insertNewFeedItems(db, feed.id, [item('a'), item('c'), item('c')]);
    expect(second).toEqual([{ id: expect.any(Number), guid: 'c', url: 'https://example.org/c', relevant: true }]);
    expect(await insertNewFeedItems(db, feed.id, [])).toEqual([]);

    const stored = await db.feedItem.findMany({ where: { feedId: feed.id }, orderBy: { guid: 'asc' } });
    expect(stored.map((row) => [row.guid, row.url, row.title, row.publishedAt, row.relevance, row.relevant])).toEqual([
      ['a', 'https://example.org/a', 'Title a', new Date('2026-11-01T10:20:30.456Z'), 0.25, true],
      ['b', null, 'quote " and, comma {x}', null, 0.25, false],
      ['c', 'https://example.org/c', 'Title c', new Date('2026-11-01T10:20:30.456Z'), 0.25, true],
    ]);

    const article = await ensureArticle(db, 'https://example.org/a');
    expect(article).toEqual({ id: expect.any(Number), status: 'pending', created: true });
    expect(await ensureArticle(db, 'https://example.org/a')).toEqual({ ...article, created: false });
    await linkFeedItem(db, first.find((row) => row.guid === 'a')!.id, article.id);
    expect((await db.feedItem.findFirst({ where: { feedId: feed.id, guid: 'a' } }))?.articleId).toBe(article.id);
  });

  it('stores a page, marks a failure and finds stalled articles', async () => {
    const { db } = database;
    const stored = await ensureArticle(db, 'https://example.org/stored');
    const failed = await ensureArticle(db, 'https://example.org/failed');
    expect(await getArticleToFetch(db, stored.id)).toEqual({ id: stored.id, url: 'https://example.org/stored', rawSha256: null, hasRawPage: false });

    const page = new Uint8Array([0, 1, 2, 250, 255]);
    await storeRawPage(db, stored.id, { httpStatus: 200, contentType: 'text/html', rawPage: page, rawSha256: 'f'.repeat(64), fetchedAt: new Date('2026-11-04T01:02:03.004Z') });
    await markArticleFailed(db, failed.id, 'x'.repeat(3000));
    await expect(markArticleFailed(db, 999_999, 'nope')).rejects.toThrow(/does not exist/);

    const row = await db.article.findUnique({ where: { id: stored.id } });
    expect(row).toMatchObject({ status: 'fetched', httpStatus: 200, contentType: 'text/html', rawSha256: 'f'.repeat(64), fetchedAt: new Date('2026-11-04T01:02:03.004Z'), fetchError: null });
    expect([...row!.rawPage!]).toEqual([...page]);
    expect(await getArticleToFetch(db, stored.id)).toEqual({ id: stored.id, url: 'https://example.org/stored', rawSha256: 'f'.repeat(64), hasRawPage: true });
    expect(await db.article.findUnique({ where: { id: failed.id } })).toMatchObject({ status: 'failed', fetchError: 'x'.repeat(2000) });
    expect(await getArticleToFetch(db, 999_999)).toBeNull();

    const stalled = await findStalledArticles(db, new Date(Date.now() + 60_000));
    expect(stalled).toContainEqual({ id: stored.id, status: 'fetched', rawSha256: 'f'.repeat(64), contentHash: null });
    expect(stalled.map((article) => article.id)).not.toContain(failed.id);
    expect(await findStalledArticles(db, new Date(Date.now() - 3_600_000))).toEqual([]);
  });
});
