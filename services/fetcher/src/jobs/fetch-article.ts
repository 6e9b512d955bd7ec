import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { getArticleToFetch, markArticleFailed, storeRawPage } from '@pwatch/db';
import { parseRevisionOf, PermanentJobError, type PayloadOf } from '@pwatch/queue';
import type { FetcherJobDeps } from '../deps.ts';
import { FetchError } from '../http/types.ts';

const gzipAsync = promisify(gzip);

const pageAccept = 'text/html, application/xhtml+xml;q=0.9, text/plain;q=0.8, */*;q=0.5';

/** Statuses no retry will fix. */
const permanentStatuses = new Set([400, 401, 403, 404, 405, 410, 451]);

/**
 * Downloads an article page and stores it raw (gzip), then enqueues parsing. A page already stored
 * is not downloaded again: a second run only makes sure the parse job exists. The host's
 * robots.txt is obeyed (a disallowed page fails for good) and its politeness slot is taken first
 * (a busy host delays the job).
 */
export async function fetchArticle({ articleId }: PayloadOf<'fetch-article'>, deps: FetcherJobDeps) {
  const { db, log, http, queues, clock } = deps;
  const article = await getArticleToFetch(db, articleId);
  if (!article) {
    log.warn({ articleId }, 'article no longer exists');
    return { status: 'missing' as const };
  }
  if (article.rawSha256 && article.hasRawPage) {
    await queues.enqueue('parse-article', { articleId, revision: parseRevisionOf(article.rawSha256) });
    return { status: 'already-fetched' as const };
  }

  let verdict;
  try {
    verdict = await deps.politeness.robots(article.url);
  } catch (error) {
    // A robots.txt that is unreachable (or a URL that is not one) blocks only for now: retried.
    if (error instanceof TypeError) {
      await markArticleFailed(db, articleId, `invalid URL: ${article.url}`);
      throw new PermanentJobError(`invalid URL: ${article.url}`);
    }
    throw error;
  }
  if (!verdict.allowed) {
    const message = `robots.txt disallows ${article.url}`;
    await markArticleFailed(db, articleId, message);
    log.info({ articleId, url: article.url }, 'article page disallowed by robots.txt');
    throw new PermanentJobError(message);
  }

  const releaseSlot = await deps.politeness.acquire(article.url, {
    minIntervalMs: verdict.crawlDelaySeconds === null ? undefined : verdict.crawlDelaySeconds * 1000,
  });
  let response;
  try {
    // A redirect to another host waits for that host's slot too (or the job comes back later).
    response = await http(article.url, { accept: pageAccept, redirectSlot: (url) => deps.politeness.acquire(url) });
  } catch (error) {
    if (error instanceof FetchError && ['blocked-address', 'bad-scheme', 'too-large', 'too-many-redirects'].includes(error.reason)) {
      await markArticleFailed(db, articleId, `${error.reason}: ${error.message}`);
      throw new PermanentJobError(`${error.reason}: ${error.message}`);
    }
    throw error;
  } finally {
    await releaseSlot();
  }
  if (response.status >= 400) {
    const message = `HTTP ${response.status} for ${article.url}`;
    if (permanentStatuses.has(response.status)) {
      await markArticleFailed(db, articleId, message);
      throw new PermanentJobError(message);
    }
    throw new Error(message);
  }

  const rawSha256 = createHash('sha256').update(response.body).digest('hex');
  await storeRawPage(db, articleId, {
    httpStatus: response.status,
    contentType: response.headers['content-type'] ?? null,
    rawPage: await gzipAsync(response.body),
    rawSha256,
    fetchedAt: clock.now(),
  });
  await queues.enqueue('parse-article', { articleId, revision: parseRevisionOf(rawSha256) });
  log.info({ articleId, bytes: response.body.length, ms: Math.round(response.durationMs) }, 'article page stored');
  return { status: 'fetched' as const, bytes: response.body.length };
}
