import { DelayedError, type Job } from 'bullmq';
import { jobCatalog } from '@pwatch/queue';
import { startWorker } from '@pwatch/queue';
import type { ProcessDeps, ServicePart } from '@pwatch/service-kit';
import { userAgentOf, type FetcherConfig } from './config.ts';
import type { FetcherJobDeps, HttpGet, PollTrigger } from './deps.ts';
import { safeFetch } from './http/safe-fetch.ts';
import { fetchArticle } from './jobs/fetch-article.ts';
import { housekeeping } from './jobs/housekeeping.ts';
import { pollFeed } from './jobs/poll-feed.ts';
import { syncFeedSchedules } from './jobs/sync-feeds.ts';
import { createPoliteness, type Politeness } from './politeness/index.ts';
import { RetryLaterError } from './retry-later.ts';

export function createHttpGet(config: FetcherConfig): HttpGet {
  const userAgent = userAgentOf(config);
  return (url, options) =>
    safeFetch(url, {
      userAgent,
      timeoutMs: config.FETCH_TIMEOUT_MS,
      maxBytes: config.FETCH_MAX_BYTES,
      allowPrivate: config.FETCH_ALLOW_PRIVATE,
      ...options,
    });
}

/** How a poll job came to run: a scheduler's slot (from its id, `repeat:<scheduler>:<ms>`) or by hand. */
export function pollTriggerOf(job: Job): PollTrigger {
  // Scheduler-made jobs carry their scheduler's repeat options (typed internal in BullMQ 6).
  const every = Number((job.opts as { repeat?: { every?: number } }).repeat?.every);
  const slot = job.repeatJobKey ? Number(/:(\d+)$/.exec(job.id ?? '')?.[1]) : NaN;
  if (Number.isFinite(every) && every > 0 && Number.isFinite(slot)) {
    return { scheduledAt: new Date(slot), schedulerEveryMs: every };
  }
  return { scheduledAt: new Date(job.timestamp + (job.opts.delay ?? 0)), schedulerEveryMs: null };
}

/**
 * A job that must wait (busy host, feed not due) goes back to the delayed set until its time,
 * without holding a worker slot or spending an attempt.
 */
async function deferrable<T>(job: Job, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof RetryLaterError) || !job.token) throw error;
    await job.moveToDelayed(error.at.getTime(), job.token);
    throw new DelayedError(error.message);
  }
}

/** The fetcher: polls feeds on their schedules and downloads article pages. */
export async function createFetcher(
  deps: ProcessDeps,
  config: FetcherConfig,
  http = createHttpGet(config),
  politeness: Politeness = createPoliteness({
    redis: deps.redis,
    keyPrefix: deps.config.QUEUE_PREFIX,
    config,
    http,
    userAgent: userAgentOf(config),
    log: deps.log,
  }),
): Promise<ServicePart> {
  const jobDeps: FetcherJobDeps = { ...deps, http, politeness, horizonDays: config.FEED_HORIZON_DAYS };
  const common = { connection: deps.redis, prefix: deps.config.QUEUE_PREFIX, metrics: deps.metrics, log: deps.log };

  // Schedules first, so a fresh install starts polling without waiting for the first housekeeping.
  await syncFeedSchedules(jobDeps);
  const feedsQueue = deps.queues.queue('feeds');
  await feedsQueue.upsertJobScheduler(
    'housekeeping',
    { every: config.FEED_SYNC_EVERY_MS },
    { name: 'housekeeping', data: {}, opts: jobCatalog.housekeeping.options },
  );

  const feedWorker = startWorker({
    ...common,
    queue: 'feeds',
    concurrency: config.FEED_CONCURRENCY,
    handlers: {
      'poll-feed': (payload, { log, job }) => deferrable(job, () => pollFeed(payload, { ...jobDeps, log, trigger: pollTriggerOf(job) })),
      housekeeping: (payload, { log }) => housekeeping(payload, { ...jobDeps, log }),
    },
  });
  const pageWorker = startWorker({
    ...common,
    queue: 'pages',
    concurrency: config.PAGE_CONCURRENCY,
    handlers: {
      'fetch-article': (payload, { log, job }) => deferrable(job, () => fetchArticle(payload, { ...jobDeps, log })),
    },
  });
  return { name: 'fetcher', workers: [feedWorker, pageWorker] };
}
