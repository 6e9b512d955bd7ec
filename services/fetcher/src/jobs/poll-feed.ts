import { createHash } from 'node:crypto';
import {
  ensureArticle,
  getFeed,
  insertNewFeedItems,
  linkFeedItem,
  recordPoll,
  type Feed,
  type FeedStateUpdate,
  type NewFeedItem,
} from '@pwatch/db';
import {
  canonicalizeUrl,
  isWithinHorizon,
  itemIdentity,
  parseFeed,
  RELEVANCE_THRESHOLD,
  scoreRelevance,
  type ParsedFeed,
} from '@pwatch/feeds';
import type { PayloadOf } from '@pwatch/queue';
import type { FetcherJobDeps, PollTrigger } from '../deps.ts';
import { FetchError, type FetchResult } from '../http/types.ts';
import { RetryLaterError } from '../retry-later.ts';
import {
  adaptInterval,
  backoffSeconds,
  earlyTolerance,
  publisherHint,
  planNextPoll,
  scoreAfterFailure,
  scoreAfterSuccess,
  type FailureKind,
  type PollYield,
} from '../scheduling.ts';
import { removeFeedSchedule, scheduleFeed } from './sync-feeds.ts';

export interface PollOutcome {
  status: 'skipped' | 'not-modified' | 'unchanged' | 'updated' | 'gone' | 'failed';
  httpStatus?: number;
  items?: number;
  newItems?: number;
  enqueued?: number;
  /** Seconds until the next poll. */
  nextInSeconds?: number;
}

export type PollDeps = FetcherJobDeps & { trigger?: PollTrigger };

function policyOf(feed: Feed): 'guid' | 'link' | 'title-date' {
  return feed.guidPolicy === 'title_date' ? 'title-date' : feed.guidPolicy;
}

/** Why a request failed, weighed: a timeout usually passes, a refused connection or a 4xx rarely does. */
function failureKindOf(error: FetchError): FailureKind {
  return error.reason === 'timeout' ? 'timeout' : 'hard';
}

/**
 * Polls one feed: conditional GET under the host's politeness limits, parse, keep the Korean
 * Peninsula items, store them, create one article per canonical URL and enqueue its download.
 * Every poll is recorded with the feed's next interval (adaptive on success, backoff on failure,
 * never sooner than the publisher's ttl, max-age, Expires or Retry-After), then the feed's job
 * scheduler is moved to that interval when it changed. Writes first, enqueues second; a second run
 * over the same feed body inserts nothing and enqueues nothing new.
 */
export async function pollFeed({ feedId }: PayloadOf<'poll-feed'>, deps: PollDeps): Promise<PollOutcome> {
  const { db, log, clock, http, queues, politeness } = deps;
  const feed = await getFeed(db, feedId);
  if (!feed || feed.status !== 'active') {
    log.info({ feedId, status: feed?.status ?? 'missing' }, 'feed not active, poll skipped');
    return { status: 'skipped' };
  }
  const startedAt = clock.now();
  const trigger = deps.trigger;
  const scheduledAt = trigger?.scheduledAt ?? startedAt;

  // A scheduled poll before the feed is due (a backoff or Retry-After the scheduler has not caught
  // up with): wait for the due time when it is near, else realign the scheduler and skip.
  if (trigger?.schedulerEveryMs && feed.nextPollAt && feed.nextPollAt.getTime() > startedAt.getTime() + 1000) {
    const early = feed.nextPollAt.getTime() - startedAt.getTime();
    if (early <= earlyTolerance(trigger.schedulerEveryMs)) throw new RetryLaterError(feed.nextPollAt, 'feed not due yet');
    await scheduleFeed(queues, feedId, { everyMs: trigger.schedulerEveryMs, startAt: feed.nextPollAt, replace: true });
    log.info({ feedId, nextPollAt: feed.nextPollAt }, 'feed not due; scheduler realigned');
    return { status: 'skipped' };
  }

  const releaseSlot = await politeness.acquire(feed.url);
  const started = performance.now();
  let response: FetchResult | FetchError;
  try {
    // A redirect to another host waits for that host's slot too (or the poll comes back later).
    response = await http(feed.url, { etag: feed.etag, lastModified: feed.lastModified, redirectSlot: (url) => politeness.acquire(url) });
  } catch (error) {
    if (!(error instanceof FetchError)) throw error;
    response = error;
  } finally {
    await releaseSlot();
  }
  const durationMs = () => Math.round(performance.now() - started);
  const poll = { feedId, startedAt, scheduledAt: trigger ? scheduledAt : null };

  const finish = async (
    outcome: PollOutcome,
    record: { httpStatus: number | null; newItems?: number; error?: string | null },
    state: FeedStateUpdate & { gapSeconds: number; hintFrom?: { status: number; headers: Record<string, string>; ttlMinutes?: number | null } },
  ): Promise<PollOutcome> => {
    const now = clock.now();
    const { gapSeconds, hintFrom, ...update } = state;
    const hint = hintFrom ? publisherHint({ ...hintFrom, now }) : { seconds: 0, source: null };
    const next = planNextPoll({ scheduledAt, now, gapSeconds, hint, maxIntervalSeconds: feed.maxIntervalSeconds });
    await recordPoll(
      db,
      { ...poll, httpStatus: record.httpStatus, durationMs: durationMs(), newItems: record.newItems ?? 0, error: record.error ?? null },
      { ...update, nextPollAt: next.nextPollAt },
    );
    if (trigger?.schedulerEveryMs !== next.everyMs) {
      await scheduleFeed(queues, feedId, { everyMs: next.everyMs, startAt: next.nextPollAt, onlyIfChanged: !trigger?.schedulerEveryMs });
    }
    const nextInSeconds = Math.round((next.nextPollAt.getTime() - now.getTime()) / 1000);
    return { ...outcome, nextInSeconds };
  };

  const fail = async (message: string, httpStatus: number | null, kind: FailureKind, headers?: Record<string, string>) => {
    const failureScore = scoreAfterFailure(feed.failureScore, kind);
    const consecutiveFailures = feed.consecutiveFailures + 1;
    const outcome = await finish(
      { status: 'failed', httpStatus: httpStatus ?? undefined },
      { httpStatus, error: message },
      {
        consecutiveFailures,
        failureScore,
        lastError: message,
        gapSeconds: backoffSeconds(feed.intervalSeconds, failureScore),
        hintFrom: headers && httpStatus ? { status: httpStatus, headers } : undefined,
      },
    );
    log.warn({ feedId, url: feed.url, httpStatus, consecutiveFailures, failureScore, nextInSeconds: outcome.nextInSeconds, error: message }, 'feed poll failed');
    return outcome;
  };

  const succeed = async (
    outcome: PollOutcome,
    pollYield: PollYield,
    result: FetchResult,
    extra: FeedStateUpdate & { ttlMinutes?: number | null } = {},
  ) => {
    const { ttlMinutes, ...update } = extra;
    const intervalSeconds = adaptInterval(
      feed.intervalSeconds,
      { minSeconds: feed.minIntervalSeconds, maxSeconds: feed.maxIntervalSeconds },
      pollYield,
    );
    return finish(
      outcome,
      { httpStatus: result.status, newItems: pollYield.newItems },
      {
        ...update,
        intervalSeconds,
        consecutiveFailures: 0,
        failureScore: scoreAfterSuccess(feed.failureScore),
        lastError: null,
        lastSuccessAt: startedAt,
        gapSeconds: intervalSeconds,
        hintFrom: { status: result.status, headers: result.headers, ttlMinutes },
      },
    );
  };

  if (response instanceof FetchError) return fail(`${response.reason}: ${response.message}`, null, failureKindOf(response));

  const nothingNew = { items: 0, newItems: 0 };
  if (response.status === 304) {
    const outcome = await succeed({ status: 'not-modified', httpStatus: 304 }, nothingNew, response);
    log.info({ feedId, httpStatus: 304, nextInSeconds: outcome.nextInSeconds, lagMs: startedAt.getTime() - scheduledAt.getTime() }, 'feed not modified');
    return outcome;
  }
  if (response.status === 410) {
    // The only automatic stop: the publisher said the feed is gone for good.
    await recordPoll(db, { ...poll, httpStatus: 410, durationMs: durationMs(), newItems: 0, error: '410 Gone' }, { status: 'gone', lastError: '410 Gone', nextPollAt: null });
    await removeFeedSchedule(queues, feedId);
    log.warn({ feedId, url: feed.url }, 'feed is gone (410); it will not be polled again');
    return { status: 'gone', httpStatus: 410 };
  }
  if (response.status === 429 || response.status === 503) return fail(`HTTP ${response.status}`, response.status, 'throttled', response.headers);
  if (response.status < 200 || response.status >= 300) return fail(`HTTP ${response.status}`, response.status, 'hard', response.headers);

  const validators = {
    etag: response.headers['etag'] ?? null,
    lastModified: response.headers['last-modified'] ?? null,
  };
  const bodyHash = createHash('sha256').update(response.body).digest('hex');
  if (bodyHash === feed.lastBodyHash) {
    // Validators lie: the same bytes without a 304 are nothing new all the same.
    const outcome = await succeed({ status: 'unchanged', httpStatus: response.status }, nothingNew, response, validators);
    log.info({ feedId, nextInSeconds: outcome.nextInSeconds, lagMs: startedAt.getTime() - scheduledAt.getTime() }, 'feed body unchanged');
    return outcome;
  }

  let parsed: ParsedFeed;
  try {
    parsed = await parseFeed(response.body, {
      contentType: response.headers['content-type'] ?? null,
      charsetOverride: feed.charsetOverride,
      baseUrl: response.finalUrl,
    });
  } catch (error) {
    return fail(`unreadable feed: ${error instanceof Error ? error.message : String(error)}`, response.status, 'hard');
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

  const outcome = await succeed(
    { status: 'updated', httpStatus: response.status, items: parsed.items.length, newItems: inserted.length, enqueued },
    // Items the document repeats under one identity count once.
    { items: new Set(candidates.map((candidate) => candidate.guid)).size, newItems: inserted.length },
    response,
    { ...validators, lastBodyHash: bodyHash, title: feed.title ?? parsed.title, siteUrl: feed.siteUrl ?? parsed.link, ttlMinutes: parsed.ttlMinutes },
  );
  log.info(
    {
      feedId,
      httpStatus: response.status,
      items: parsed.items.length,
      newItems: inserted.length,
      enqueued,
      nextInSeconds: outcome.nextInSeconds,
      lagMs: startedAt.getTime() - scheduledAt.getTime(),
    },
    'feed polled',
  );
  return outcome;
}
