import type { Db } from '../client.ts';

/** One row of the reporting.feed_health view (see its migration for the rules). */
export interface FeedHealthRow {
  feedId: number;
  url: string;
  title: string | null;
  status: string;
  /** ok, pending, quiet, flaky, failing, paused or gone. */
  health: string;
  healthy: boolean;
  lastSuccessAt: Date | null;
  lastPolledAt: Date | null;
  polls: number;
  failedPolls: number;
  errorRate: number | null;
  itemsPerDay: number | null;
  usualItemsPerDay: number | null;
  consecutiveFailures: number;
  failureScore: number;
  intervalSeconds: number;
  nextPollAt: Date | null;
  p95LagSeconds: number | null;
  lastError: string | null;
}

interface RawRow {
  feed_id: number;
  url: string;
  title: string | null;
  status: string;
  health: string;
  healthy: boolean;
  last_success_at: Date | null;
  last_polled_at: Date | null;
  polls: number;
  failed_polls: number;
  error_rate: number | null;
  items_per_day: number | null;
  usual_items_per_day: number | null;
  consecutive_failures: number;
  failure_score: number;
  interval_seconds: number;
  next_poll_at: Date | null;
  p95_lag_seconds: number | null;
  last_error: string | null;
}

/** Health of the given feeds (all when none are given), by id. */
export async function feedHealth(db: Db, feedIds?: number[]): Promise<FeedHealthRow[]> {
  const rows = feedIds
    ? await db.$queryRaw<RawRow[]>`SELECT * FROM reporting.feed_health WHERE feed_id = ANY(${feedIds}::int[]) ORDER BY feed_id`
    : await db.$queryRaw<RawRow[]>`SELECT * FROM reporting.feed_health ORDER BY feed_id`;
  return rows.map((row) => ({
    feedId: row.feed_id,
    url: row.url,
    title: row.title,
    status: row.status,
    health: row.health,
    healthy: row.healthy,
    lastSuccessAt: row.last_success_at,
    lastPolledAt: row.last_polled_at,
    polls: row.polls,
    failedPolls: row.failed_polls,
    errorRate: row.error_rate,
    itemsPerDay: row.items_per_day,
    usualItemsPerDay: row.usual_items_per_day,
    consecutiveFailures: row.consecutive_failures,
    failureScore: row.failure_score,
    intervalSeconds: row.interval_seconds,
    nextPollAt: row.next_poll_at,
    p95LagSeconds: row.p95_lag_seconds,
    lastError: row.last_error,
  }));
}
