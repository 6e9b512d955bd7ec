import { sqlOf, type Db } from '../client.ts';
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

/** Every column of `feeds`, named as the Prisma model names them. */
const feedColumns = `
  id, url, title, site_url AS "siteUrl", language, country, status, all_relevant AS "allRelevant", priority,
  min_interval_seconds AS "minIntervalSeconds", max_interval_seconds AS "maxIntervalSeconds",
  interval_seconds AS "intervalSeconds", charset_override AS "charsetOverride", guid_policy AS "guidPolicy",
  etag, last_modified AS "lastModified", last_body_hash AS "lastBodyHash", last_polled_at AS "lastPolledAt",
  last_success_at AS "lastSuccessAt", next_poll_at AS "nextPollAt", failure_score AS "failureScore",
  consecutive_failures AS "consecutiveFailures", last_error AS "lastError", created_at AS "createdAt",
  updated_at AS "updatedAt"`;

// The poll path (getFeed, recordPoll, listSchedulableFeeds) is plain SQL: see sqlOf.

export async function getFeed(db: Db, id: number): Promise<Feed | null> {
  const { rows } = await sqlOf(db).query<Feed>(`SELECT ${feedColumns} FROM feeds WHERE id = $1`, [id]);
  return rows[0] ?? null;
}

/** Feeds that should have a poll schedule, with their interval and when they are due. */
export async function listSchedulableFeeds(db: Db): Promise<Array<Pick<Feed, 'id' | 'intervalSeconds' | 'nextPollAt'>>> {
  const { rows } = await sqlOf(db).query<Pick<Feed, 'id' | 'intervalSeconds' | 'nextPollAt'>>(
    `SELECT id, interval_seconds AS "intervalSeconds", next_poll_at AS "nextPollAt"
     FROM feeds WHERE status = 'active' ORDER BY id`,
  );
  return rows;
}

/**
 * Sets when feeds are next due (the start-up stagger of feeds that are overdue), in one statement,
 * so that the feeds table and their schedulers agree on it.
 */
export async function setFeedsDueAt(db: Db, due: ReadonlyArray<{ id: number; at: Date }>): Promise<void> {
  if (due.length === 0) return;
  await sqlOf(db).query(
    `UPDATE feeds SET next_poll_at = due.at, updated_at = now()
     FROM unnest($1::int[], $2::timestamptz[]) AS due(id, at)
     WHERE feeds.id = due.id`,
    [due.map((feed) => feed.id), due.map((feed) => feed.at.toISOString())],
  );
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

/** The column of each field of FeedStateUpdate (and its cast, for the enum). */
const feedStateColumns: Record<keyof FeedStateUpdate, string> = {
  etag: 'etag',
  lastModified: 'last_modified',
  lastBodyHash: 'last_body_hash',
  lastSuccessAt: 'last_success_at',
  nextPollAt: 'next_poll_at',
  intervalSeconds: 'interval_seconds',
  failureScore: 'failure_score',
  consecutiveFailures: 'consecutive_failures',
  lastError: 'last_error',
  status: 'status::feed_status',
  title: 'title',
  siteUrl: 'site_url',
};

/**
 * Records one poll and the feed's new state together, keeping the last `pollHistoryLength` polls.
 * One transaction; fails when the feed does not exist.
 */
export async function recordPoll(db: Db, poll: PollRecord, state: FeedStateUpdate): Promise<void> {
  const values: unknown[] = [poll.feedId, poll.startedAt];
  const assignments = ['last_polled_at = $2', 'updated_at = now()'];
  for (const [field, value] of Object.entries(state)) {
    const target = feedStateColumns[field as keyof FeedStateUpdate];
    if (value === undefined || !target) continue;
    values.push(value);
    const [column, cast] = target.split('::');
    assignments.push(`${column} = $${values.length}${cast ? `::${cast}` : ''}`);
  }
  const client = await sqlOf(db).connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO feed_polls (feed_id, started_at, scheduled_at, http_status, duration_ms, new_items, error)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [poll.feedId, poll.startedAt, poll.scheduledAt ?? null, poll.httpStatus, poll.durationMs, poll.newItems, poll.error],
    );
    const updated = await client.query(`UPDATE feeds SET ${assignments.join(', ')} WHERE id = $1`, values);
    if (updated.rowCount !== 1) throw new Error(`feed ${poll.feedId} does not exist`);
    await client.query(
      `DELETE FROM feed_polls
       WHERE feed_id = $1
         AND id NOT IN (
           SELECT id FROM feed_polls WHERE feed_id = $1
           ORDER BY started_at DESC, id DESC LIMIT $2
         )`,
      [poll.feedId, pollHistoryLength],
    );
    await client.query('COMMIT');
    client.release();
  } catch (error) {
    // A connection that cannot even roll back is dropped, not handed to the next caller.
    const broken = await client.query('ROLLBACK').then(() => false, () => true);
    client.release(broken);
    throw error;
  }
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
