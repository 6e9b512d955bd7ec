export { createFetcher, createHttpGet } from './service.ts';
export { fetcherConfigShape, fetcherConfigSchema, type FetcherConfig } from './config.ts';
export { syncFeedSchedules, feedSchedulerId } from './jobs/sync-feeds.ts';
export { pollFeed } from './jobs/poll-feed.ts';
export { fetchArticle } from './jobs/fetch-article.ts';
export { safeFetch } from './http/safe-fetch.ts';
export * from './http/types.ts';
