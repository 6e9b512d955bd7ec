import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { cleanArticle, CLEANER_VERSION, decodeTextBytes, type CleanInput } from '@pwatch/cleaner';
import { getArticle, storeCleanedArticle } from '@pwatch/db';
import { extractRevisionOf, PermanentJobError, type PayloadOf } from '@pwatch/queue';
import type { JobDeps } from '@pwatch/service-kit';

const gunzipAsync = promisify(gunzip);

/**
 * A text/plain page is a text dump (like the customer's samples); anything else is HTML. A dump's
 * charset is detected as a page's is (a Korean desk's dump may be EUC-KR with no charset declared).
 */
export function cleanInputFor(body: Buffer, contentType: string | null, url: string, now: Date): CleanInput {
  const mime = contentType?.split(';')[0]?.trim().toLowerCase();
  if (mime === 'text/plain') return { text: decodeTextBytes(body, contentType).text, url, now };
  return { bytes: body, contentType, url, now };
}

/**
 * Cleans a stored page with the current cleaner and stores the result, then enqueues extraction.
 * Cleaning is deterministic, so running it twice writes the same row and the same extract job id.
 */
export async function parseArticle({ articleId, revision }: PayloadOf<'parse-article'>, deps: JobDeps) {
  const { db, log, queues, clock } = deps;
  const article = await getArticle(db, articleId);
  if (!article?.rawPage) {
    throw new PermanentJobError(`article ${articleId} has no stored page to parse`);
  }
  const body = await gunzipAsync(article.rawPage);
  let cleaned;
  try {
    cleaned = cleanArticle(cleanInputFor(body, article.contentType, article.url, clock.now()));
  } catch (error) {
    // The cleaner refuses empty or undecodable pages; retrying the same bytes cannot help.
    throw new PermanentJobError(`cleaner refused article ${articleId}: ${error instanceof Error ? error.message : String(error)}`);
  }
  await storeCleanedArticle(db, articleId, {
    title: cleaned.title,
    author: cleaned.author,
    siteName: cleaned.siteName,
    language: cleaned.language,
    publishedAt: cleaned.publishedAt ? new Date(cleaned.publishedAt) : null,
    datelinePlace: cleaned.dateline?.place ?? null,
    datelineAgency: cleaned.dateline?.agency ?? null,
    captions: cleaned.captions,
    paragraphs: cleaned.paragraphs,
    text: cleaned.text,
    contentHash: cleaned.contentHash,
    simhash: cleaned.simhash,
    removed: cleaned.removed.map((block) => ({ text: block.text, reason: block.reason })),
    cleanerVersion: CLEANER_VERSION,
    parsedAt: clock.now(),
  });
  await queues.enqueue('extract-article', { articleId, revision: extractRevisionOf(cleaned.contentHash, revision) });
  log.info({ articleId, paragraphs: cleaned.paragraphs.length, title: cleaned.title }, 'article cleaned');
  return { paragraphs: cleaned.paragraphs.length };
}
