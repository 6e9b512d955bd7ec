import { jobCatalog } from '@pwatch/queue';
import { startWorker } from '@pwatch/queue';
import type { ProcessDeps, ServicePart } from '@pwatch/service-kit';
import { userAgentOf, type FetcherConfig } from './config.ts';
import type { FetcherJobDeps, HttpGet } from './deps.ts';
import { safeFetch } from './http/safe-fetch.ts';
import { fetchArticle } from './jobs/fetch-article.ts';
import { housekeeping } from './jobs/housekeeping.ts';
import { pollFeed } from './jobs/poll-feed.ts';
import { syncFeedSchedules } from './jobs/sync-feeds.ts';

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

/** The fetcher: polls feeds on their schedules and downloads article pages. */
export async function createFetcher(deps: ProcessDeps, config: FetcherConfig, http = createHttpGet(config)): Promise<ServicePart> {
  const jobDeps: FetcherJobDeps = { ...deps, http, horizonDays: config.FEED_HORIZON_DAYS };
  const common = { connection: deps.redis, prefix: deps.config.QUEUE_PREFIX, metrics: deps.metrics, log: deps.log };

  // Schedules first, so a fresh install starts polling without waiting for the first housekeeping.
  await syncFeedSchedules(deps);
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
      'poll-feed': (payload, { log }) => pollFeed(payload, { ...jobDeps, log }),
      housekeeping: (payload, { log }) => housekeeping(payload, { ...jobDeps, log }),
    },
  });
  const pageWorker = startWorker({
    ...common,
    queue: 'pages',
    concurrency: config.PAGE_CONCURRENCY,
    handlers: {
      'fetch-article': (payload, { log }) => fetchArticle(payload, { ...jobDeps, log }),
    },
  });
  return { name: 'fetcher', workers: [feedWorker, pageWorker] };
}
