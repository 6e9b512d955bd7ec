import type { Db } from '../client.ts';
import type { Feed, FeedStatus, GuidPolicy } from '../generated/prisma/client.ts';

export interface FeedInput {
  url: string;
  title?: string | null;
  siteUrl?: string | null;
  language?: string | null;
  country?: string | null;
  allRelevant?: boolean;
  priority?: number;
  minIntervalSeconds?: number;
  maxIntervalSeconds?: number;
  intervalSeconds?: number;
  charsetOverride?: string | null;
  guidPolicy?: GuidPolicy;
  status?: FeedStatus;
}

/** Adds a feed or updates the settings given for an existing one (same URL). */
export async function upsertFeed(db: Db, input: FeedInput): Promise<Feed> {
  const { url, ...settings } = input;
  const defined = Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined));
  return db.feed.upsert({ where: { url }, create: { url, ...defined }, update: defined });
}

export async function getFeed(db: Db, id: number): Promise<Feed | null> {
  return db.feed.findUnique({ where: { id } });
}

/** Feeds that should have a poll schedule, with their interval and when they are due. */
export async function listSchedulableFeeds(db: Db): Promise<Array<Pick<Feed, 'id' | 'intervalSeconds' | 'nextPollAt'>>> {
  return db.feed.findMany({
    where: { status: 'active' },
    select: { id: true, intervalSeconds: true, nextPollAt: true },
    orderBy: { id: 'asc' },
  });
}

/** A feed by id ("12") or by URL. */
export async function findFeed(db: Db, idOrUrl: string): Promise<Feed | null> {
  if (/^\d+$/.test(idOrUrl)) {
    const id = Number(idOrUrl);
    return Number.isSafeInteger(id) && id <= 2_147_483_647 ? db.feed.findUnique({ where: { id } }) : null;
  }
  return db.feed.findUnique({ where: { url: idOrUrl } });
}

export async function listFeeds(db: Db, where: { status?: FeedStatus } = {}): Promise<Feed[]> {
  return db.feed.findMany({ where, orderBy: { id: 'asc' } });
}

/** Removes a feed with its items and polls; the articles they led to stay. */
export async function deleteFeed(db: Db, id: number): Promise<{ items: number; polls: number }> {
  const [items, polls] = await Promise.all([db.feedItem.count({ where: { feedId: id } }), db.feedPoll.count({ where: { feedId: id } })]);
  await db.feed.delete({ where: { id } });
  return { items, polls };
}

/** A feed's recorded polls, newest first. */
export async function listFeedPolls(db: Db, feedId: number, limit = 30) {
  return db.feedPoll.findMany({ where: { feedId }, orderBy: [{ startedAt: 'desc' }, { id: 'desc' }], take: limit });
}

export async function setFeedStatus(db: Db, id: number, status: FeedStatus): Promise<Feed> {
  return db.feed.update({ where: { id }, data: { status } });
}

/** How many poll records each feed keeps. */
export const pollHistoryLength = 30;

export interface PollRecord {
  feedId: number;
  startedAt: Date;
  /** When the poll was due (null for a poll run by hand). */
  scheduledAt?: Date | null;
  httpStatus: number | null;
  durationMs: number;
  newItems: number;
  error: string | null;
}

export interface FeedStateUpdate {
  etag?: string | null;
  lastModified?: string | null;
  lastBodyHash?: string | null;
  lastSuccessAt?: Date;
  nextPollAt?: Date | null;
  intervalSeconds?: number;
  failureScore?: number;
  consecutiveFailures?: number;
  lastError?: string | null;
  status?: FeedStatus;
  title?: string | null;
  siteUrl?: string | null;
}

/** Records one poll and the feed's new state together, keeping the last `pollHistoryLength` polls. */
export async function recordPoll(db: Db, poll: PollRecord, state: FeedStateUpdate): Promise<void> {
  const defined = Object.fromEntries(Object.entries(state).filter(([, value]) => value !== undefined));
  await db.$transaction([
    db.feedPoll.create({ data: poll }),
    db.feed.update({ where: { id: poll.feedId }, data: { ...defined, lastPolledAt: poll.startedAt } }),
    db.$executeRaw`
      DELETE FROM feed_polls
      WHERE feed_id = ${poll.feedId}
        AND id NOT IN (
          SELECT id FROM feed_polls WHERE feed_id = ${poll.feedId}
          ORDER BY started_at DESC, id DESC LIMIT ${pollHistoryLength}
        )`,
  ]);
}

/**
 * Adds the given feeds when the feeds table is empty (a fresh install), so `pnpm start` polls
 * something with no configuration. Returns how many were added; an installation that has feeds
 * of its own is left alone.
 */
export async function seedFeedsIfEmpty(db: Db, feeds: readonly FeedInput[]): Promise<number> {
  if ((await db.feed.count()) > 0) return 0;
  const result = await db.feed.createMany({ data: [...feeds], skipDuplicates: true });
  return result.count;
}
