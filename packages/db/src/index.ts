export * from './client.ts';
export * from './queries/feeds.ts';
export * from './queries/feed-health.ts';
export * from './queries/articles.ts';
export * from './queries/facts.ts';
export type { Article, Feed, FeedItem, FeedPoll, Entity, Quote, Mention, DeliveryStatus } from './generated/prisma/client.ts';
export { Prisma } from './generated/prisma/client.ts';
export * from './queries/alerting.ts';
export * from './queries/digests.ts';
