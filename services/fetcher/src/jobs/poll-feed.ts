import { createHash } from 'node:crypto';
import {
  ensureArticle,
  getFeed,
  insertNewFeedItems,
  linkFeedItem,
  recordPoll,
  type Feed,
  type NewFeedItem,
} from '@pwatch/db';
import {
  canonicalizeUrl,
  isWithinHorizon,
  itemIdentity,
  parseFeed,
  RELEVANCE_THRESHOLD,
  scoreRelevance,
} from '@pwatch/feeds';
import type { PayloadOf } from '@pwatch/queue';
import type { FetcherJobDeps } from '../deps.ts';
import { FetchError } from '../http/types.ts';

export interface PollOutcome {
  status: 'skipped' | 'not-modified' | 'unchanged' | 'updated' | 'gone' | 'failed';
  httpStatus?: number;
  items?: number;
  newItems?: number;
  enqueued?: number;
}

const maxIntervalAfterFailures = 24 * 3600;

/** Next interval after a failure: doubling per consecutive failure, capped at 24 hours. */
export function backoffSeconds(feed: Pick<Feed, 'intervalSeconds'>, consecutiveFailures: number): number {
  return Math.min(maxIntervalAfterFailures, feed.intervalSeconds * 2 ** Math.min(consecutiveFailures, 16));
}

function policyOf(feed: Feed): 'guid' | 'link' | 'title-date' {
  return feed.guidPolicy === 'title_date' ? 'title-date' : feed.guidPolicy;
}

/**
 * Polls one feed: conditional GET, parse, keep the Korean Peninsula items, store them, create one
 * article per canonical URL and enqueue its download. Writes first, enqueues second; a second run
 * over the same feed body inserts nothing and enqueues nothing new.
 */
export async function pollFeed(
  { feedId }: PayloadOf<'poll-feed'>,
  deps: FetcherJobDeps,
): Promise<PollOutcome> {
  const { db, log, clock, http, queues } = deps;
  const feed = await getFeed(db, feedId);
  if (!feed || feed.status !== 'active') {
    log.info({ feedId, status: feed?.status ?? 'missing' }, 'feed not active, poll skipped');
    return { status: 'skipped' };
  }
  const startedAt = clock.now();
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const poll = { feedId, startedAt, httpStatus: null as number | null, durationMs: 0, newItems: 0, error: null as string | null };

  const fail = async (message: string, httpStatus: number | null, hard: boolean): Promise<PollOutcome> => {
    const consecutiveFailures = feed.consecutiveFailures + 1;
    const nextIn = backoffSeconds(feed, consecutiveFailures);
    await recordPoll(
      db,
      { ...poll, httpStatus, durationMs: elapsed(), error: message },
      {
        consecutiveFailures,
        failureScore: feed.failureScore + (hard ? 1 : 0.5),
        lastError: message,
        nextPollAt: new Date(startedAt.getTime() + nextIn * 1000),
      },
    );
    log.warn({ feedId, url: feed.url, httpStatus, consecutiveFailures, error: message }, 'feed poll failed');
    return { status: 'failed', httpStatus: httpStatus ?? undefined };
  };

  let response;
  try {
    response = await http(feed.url, { etag: feed.etag, lastModified: feed.lastModified });
  } catch (error) {
    if (error instanceof FetchError) return fail(`${error.reason}: ${error.message}`, null, error.reason !== 'timeout');
    throw error;
  }
  poll.httpStatus = response.status;
  const ok = {
    consecutiveFailures: 0,
    lastError: null,
    lastSuccessAt: startedAt,
    nextPollAt: new Date(startedAt.getTime() + feed.intervalSeconds * 1000),
  };

  if (response.status === 304) {
    await recordPoll(db, { ...poll, durationMs: elapsed() }, ok);
    log.info({ feedId, httpStatus: 304 }, 'feed not modified');
    return { status: 'not-modified', httpStatus: 304 };
  }
  if (response.status === 410) {
    await recordPoll(db, { ...poll, durationMs: elapsed(), error: '410 Gone' }, { status: 'gone', lastError: '410 Gone' });
    log.warn({ feedId, url: feed.url }, 'feed is gone (410); it will not be polled again');
    return { status: 'gone', httpStatus: 410 };
  }
  if (response.status >= 400) return fail(`HTTP ${response.status}`, response.status, response.status < 500);

  const validators = {
    etag: response.headers['etag'] ?? null,
    lastModified: response.headers['last-modified'] ?? null,
  };
  const bodyHash = createHash('sha256').update(response.body).digest('hex');
  if (bodyHash === feed.lastBodyHash) {
    await recordPoll(db, { ...poll, durationMs: elapsed() }, { ...ok, ...validators });
    log.info({ feedId }, 'feed body unchanged');
    return { status: 'unchanged', httpStatus: response.status };
  }

  let parsed;
  try {
    parsed = await parseFeed(response.body, {
      contentType: response.headers['content-type'] ?? null,
      charsetOverride: feed.charsetOverride,
      baseUrl: response.finalUrl,
    });
  } catch (error) {
    return fail(`unreadable feed: ${error instanceof Error ? error.message : String(error)}`, response.status, true);
  }

  const now = clock.now();
  const candidates: NewFeedItem[] = [];
  for (const item of parsed.items) {
    let url: string | null;
    try {
      url = item.url ? canonicalizeUrl(item.url, response.finalUrl) : null;
    } catch {
      // An item link that is not a URL at all: keep the item, but there is no page to fetch.
      url = null;
    }
    const relevance = feed.allRelevant ? { score: 1, matches: [] } : scoreRelevance(`${item.title ?? ''}\n${item.summary ?? ''}`);
    const fresh = item.publishedAt === null || isWithinHorizon(item.publishedAt, now, deps.horizonDays);
    candidates.push({
      guid: itemIdentity(item, policyOf(feed)),
      url,
      title: item.title,
      summary: item.summary,
      publishedAt: item.publishedAt ? new Date(item.publishedAt) : null,
      relevance: relevance.score,
      relevant: fresh && url !== null && (feed.allRelevant || relevance.score >= RELEVANCE_THRESHOLD),
    });
  }
  const inserted = await insertNewFeedItems(db, feedId, candidates);

  let enqueued = 0;
  for (const row of inserted) {
    if (!row.relevant || !row.url) continue;
    const article = await ensureArticle(db, row.url);
    await linkFeedItem(db, row.id, article.id);
    // The same story reached through another feed is already on its way (and the housekeeping
    // sweep re-enqueues a download that was lost between this write and the enqueue).
    if (article.created) {
      await queues.enqueue('fetch-article', { articleId: article.id });
      enqueued += 1;
    }
  }

  await recordPoll(
    db,
    { ...poll, durationMs: elapsed(), newItems: inserted.length },
    { ...ok, ...validators, lastBodyHash: bodyHash, title: feed.title ?? parsed.title, siteUrl: feed.siteUrl ?? parsed.link },
  );
  log.info(
    { feedId, httpStatus: response.status, items: parsed.items.length, newItems: inserted.length, enqueued },
    'feed polled',
  );
  return { status: 'updated', httpStatus: response.status, items: parsed.items.length, newItems: inserted.length, enqueued };
}
