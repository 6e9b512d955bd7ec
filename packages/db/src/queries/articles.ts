import type { Db } from '../client.ts';
import type { Article, Prisma } from '../generated/prisma/client.ts';

export interface NewFeedItem {
  guid: string;
  url: string | null;
  title: string | null;
  summary: string | null;
  publishedAt: Date | null;
  relevance: number;
  relevant: boolean;
}

/** Inserts the items not seen before in this feed; returns only those (the "new items"). */
export async function insertNewFeedItems(db: Db, feedId: number, items: NewFeedItem[]) {
  if (items.length === 0) return [];
  return db.feedItem.createManyAndReturn({
    data: items.map((item) => ({ ...item, feedId })),
    skipDuplicates: true,
    select: { id: true, guid: true, url: true, relevant: true },
  });
}

/**
 * The article row for a canonical URL, created when first seen. One statement, so two fetchers
 * reaching the same wire story through two feeds get the same row.
 */
export async function ensureArticle(
  db: Db,
  url: string,
): Promise<{ id: number; status: Article['status']; created: boolean }> {
  // xmax is 0 only for a row this statement inserted (not one it found and touched).
  const rows = await db.$queryRaw<Array<{ id: number; status: Article['status']; created: boolean }>>`
    INSERT INTO articles (url, updated_at) VALUES (${url}, now())
    ON CONFLICT (url) DO UPDATE SET url = EXCLUDED.url
    RETURNING id, status, (xmax = 0) AS created`;
  const row = rows[0];
  if (!row) throw new Error(`could not create article for ${url}`);
  return row;
}

export async function linkFeedItem(db: Db, feedItemId: number, articleId: number): Promise<void> {
  await db.feedItem.update({ where: { id: feedItemId }, data: { articleId } });
}

export async function getArticle(db: Db, id: number): Promise<Article | null> {
  return db.article.findUnique({ where: { id } });
}

export interface RawPage {
  httpStatus: number;
  contentType: string | null;
  /** gzip-compressed page bytes. */
  rawPage: Uint8Array;
  rawSha256: string;
  fetchedAt: Date;
}

export async function storeRawPage(db: Db, articleId: number, page: RawPage): Promise<void> {
  await db.article.update({
    where: { id: articleId },
    data: {
      ...page,
      rawPage: Buffer.from(page.rawPage) as Uint8Array<ArrayBuffer>,
      fetchError: null,
      status: 'fetched',
    },
  });
}

export async function markArticleFailed(db: Db, articleId: number, error: string): Promise<void> {
  await db.article.update({ where: { id: articleId }, data: { status: 'failed', fetchError: error.slice(0, 2000) } });
}

export interface CleanedFields {
  title: string | null;
  author: string | null;
  siteName: string | null;
  language: string | null;
  publishedAt: Date | null;
  datelinePlace: string | null;
  datelineAgency: string | null;
  captions: string[];
  paragraphs: string[];
  text: string;
  contentHash: string;
  simhash: string;
  removed: Prisma.InputJsonValue;
  cleanerVersion: string;
  parsedAt: Date;
}

/** Stores the cleaner's output. Idempotent: the same input writes the same row. */
export async function storeCleanedArticle(db: Db, articleId: number, cleaned: CleanedFields): Promise<void> {
  await db.article.update({ where: { id: articleId }, data: { ...cleaned, status: 'parsed' } });
}

export interface StalledArticle {
  id: number;
  status: Article['status'];
  rawSha256: string | null;
  contentHash: string | null;
}

/**
 * Articles whose stage finished but whose next job may never have been enqueued (the process died
 * between the write and the enqueue). Enqueueing their next job again is harmless: ids are
 * deterministic, so a job that exists is not duplicated.
 */
export async function findStalledArticles(db: Db, updatedBefore: Date, limit = 1000): Promise<StalledArticle[]> {
  return db.article.findMany({
    where: { status: { in: ['pending', 'fetched', 'parsed'] }, updatedAt: { lt: updatedBefore } },
    select: { id: true, status: true, rawSha256: true, contentHash: true },
    orderBy: { updatedAt: 'asc' },
    take: limit,
  });
}

/**
 * Ids of articles with a stored page fetched in [since, until), in id order, one page at a time
 * (`afterId` is the last id of the previous page), for re-parsing history.
 */
export async function listStoredArticleIds(
  db: Db,
  range: { since: Date; until?: Date; afterId?: number; limit: number },
): Promise<number[]> {
  const rows = await db.article.findMany({
    where: {
      rawSha256: { not: null },
      fetchedAt: { gte: range.since, ...(range.until ? { lt: range.until } : {}) },
      id: { gt: range.afterId ?? 0 },
    },
    select: { id: true },
    orderBy: { id: 'asc' },
    take: range.limit,
  });
  return rows.map((row) => row.id);
}
