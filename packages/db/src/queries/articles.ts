import { sqlOf, type Db } from '../client.ts';
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

// The fetcher's queries (a poll's items, an article's download) are plain SQL: see sqlOf.

/** Inserts the items not seen before in this feed; returns only those (the "new items"). */
export async function insertNewFeedItems(
  db: Db,
  feedId: number,
  items: NewFeedItem[],
): Promise<Array<{ id: number; guid: string; url: string | null; relevant: boolean }>> {
  if (items.length === 0) return [];
  const { rows } = await sqlOf(db).query<{ id: number; guid: string; url: string | null; relevant: boolean }>(
    `INSERT INTO feed_items (feed_id, guid, url, title, summary, published_at, relevance, relevant)
     SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[], $7::float8[], $8::boolean[])
     ON CONFLICT (feed_id, guid) DO NOTHING
     RETURNING id, guid, url, relevant`,
    [
      feedId,
      items.map((item) => item.guid),
      items.map((item) => item.url),
      items.map((item) => item.title),
      items.map((item) => item.summary),
      items.map((item) => item.publishedAt?.toISOString() ?? null),
      items.map((item) => item.relevance),
      items.map((item) => item.relevant),
    ],
  );
  return rows;
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
  const { rows } = await sqlOf(db).query<{ id: number; status: Article['status']; created: boolean }>(
    `INSERT INTO articles (url, updated_at) VALUES ($1, now())
     ON CONFLICT (url) DO UPDATE SET url = EXCLUDED.url
     RETURNING id, status, (xmax = 0) AS created`,
    [url],
  );
  const row = rows[0];
  if (!row) throw new Error(`could not create article for ${url}`);
  return row;
}

export async function linkFeedItem(db: Db, feedItemId: number, articleId: number): Promise<void> {
  await sqlOf(db).query('UPDATE feed_items SET article_id = $2 WHERE id = $1', [feedItemId, articleId]);
}

/** What the fetcher needs to know of an article: where it is and whether its page is stored (not the page). */
export async function getArticleToFetch(
  db: Db,
  id: number,
): Promise<{ id: number; url: string; rawSha256: string | null; hasRawPage: boolean } | null> {
  const { rows } = await sqlOf(db).query<{ id: number; url: string; rawSha256: string | null; hasRawPage: boolean }>(
    'SELECT id, url, raw_sha256 AS "rawSha256", raw_page IS NOT NULL AS "hasRawPage" FROM articles WHERE id = $1',
    [id],
  );
  return rows[0] ?? null;
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

/** Stores a downloaded page; fails when the article does not exist. */
export async function storeRawPage(db: Db, articleId: number, page: RawPage): Promise<void> {
  const { rowCount } = await sqlOf(db).query(
    `UPDATE articles
     SET http_status = $2, content_type = $3, raw_page = $4, raw_sha256 = $5, fetched_at = $6,
         fetch_error = NULL, status = 'fetched', updated_at = now()
     WHERE id = $1`,
    [articleId, page.httpStatus, page.contentType, Buffer.from(page.rawPage.buffer, page.rawPage.byteOffset, page.rawPage.byteLength), page.rawSha256, page.fetchedAt],
  );
  if (rowCount !== 1) throw new Error(`article ${articleId} does not exist`);
}

/** Marks an article's download as failed for good; fails when the article does not exist. */
export async function markArticleFailed(db: Db, articleId: number, error: string): Promise<void> {
  const { rowCount } = await sqlOf(db).query(
    `UPDATE articles SET status = 'failed', fetch_error = $2, updated_at = now() WHERE id = $1`,
    [articleId, error.slice(0, 2000)],
  );
  if (rowCount !== 1) throw new Error(`article ${articleId} does not exist`);
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
  const { rows } = await sqlOf(db).query<StalledArticle>(
    `SELECT id, status, raw_sha256 AS "rawSha256", content_hash AS "contentHash"
     FROM articles
     WHERE status IN ('pending', 'fetched', 'parsed') AND updated_at < $1
     ORDER BY updated_at
     LIMIT $2`,
    [updatedBefore, limit],
  );
  return rows;
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
