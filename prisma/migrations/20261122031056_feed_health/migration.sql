-- AlterTable
ALTER TABLE "feed_polls" ADD COLUMN     "scheduled_at" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "feed_items_feed_id_first_seen_at_idx" ON "feed_items"("feed_id", "first_seen_at");

-- Feed health for dashboards and `pwatch feeds list`. In its own schema because views in "public"
-- would show up as extra columns in the migration drift test (information_schema.columns).
-- Polls: the last 30 kept per feed. Items per day: the last 2 days against the feed's usual
-- volume (the 28 days before, excluding its first day, whose backlog arrives all at once);
-- a feed is "quiet" below a quarter of its usual volume, judged only when that volume would
-- give at least 4 items in 2 days (fewer is ordinary noise).
CREATE SCHEMA IF NOT EXISTS reporting;

CREATE VIEW reporting.feed_health AS
WITH polls AS (
  SELECT feed_id,
         count(*)::int AS polls,
         count(*) FILTER (WHERE error IS NOT NULL)::int AS failed_polls,
         percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM started_at - scheduled_at))
           FILTER (WHERE scheduled_at IS NOT NULL) AS p95_lag_seconds
  FROM feed_polls
  GROUP BY feed_id
),
base AS (
  SELECT f.*,
         greatest(f.created_at + interval '1 day', now() - interval '30 days') AS usual_from,
         coalesce(p.polls, 0) AS polls,
         coalesce(p.failed_polls, 0) AS failed_polls,
         p.p95_lag_seconds,
         items.recent_items,
         items.usual_items
  FROM feeds f
  LEFT JOIN polls p ON p.feed_id = f.id
  LEFT JOIN LATERAL (
    SELECT count(*) FILTER (WHERE i.first_seen_at >= now() - interval '2 days')::int AS recent_items,
           count(*) FILTER (WHERE i.first_seen_at < now() - interval '2 days'
                              AND i.first_seen_at >= greatest(f.created_at + interval '1 day', now() - interval '30 days'))::int AS usual_items
    FROM feed_items i
    WHERE i.feed_id = f.id AND i.first_seen_at >= now() - interval '30 days'
  ) items ON true
),
rates AS (
  SELECT b.*,
         b.recent_items / 2.0 AS items_per_day,
         CASE WHEN extract(epoch FROM (now() - interval '2 days') - b.usual_from) >= 2 * 86400
              THEN b.usual_items / (extract(epoch FROM (now() - interval '2 days') - b.usual_from) / 86400.0)
         END AS usual_items_per_day
  FROM base b
),
judged AS (
  SELECT r.*,
         CASE
           WHEN r.status = 'paused' THEN 'paused'
           WHEN r.status = 'gone' THEN 'gone'
           WHEN r.consecutive_failures >= 3 THEN 'failing'
           WHEN r.last_polled_at IS NULL THEN 'pending'
           WHEN r.usual_items_per_day >= 2 AND r.items_per_day < r.usual_items_per_day / 4 THEN 'quiet'
           WHEN r.polls >= 4 AND r.failed_polls::float8 / r.polls > 0.5 THEN 'flaky'
           ELSE 'ok'
         END AS health
  FROM rates r
)
SELECT id AS feed_id,
       url,
       title,
       status,
       health,
       health IN ('ok', 'pending') AS healthy,
       last_success_at,
       last_polled_at,
       polls,
       failed_polls,
       CASE WHEN polls > 0 THEN round((failed_polls::float8 / polls)::numeric, 3)::float8 END AS error_rate,
       round(items_per_day::numeric, 2)::float8 AS items_per_day,
       round(usual_items_per_day::numeric, 2)::float8 AS usual_items_per_day,
       consecutive_failures,
       failure_score,
       interval_seconds,
       next_poll_at,
       round(p95_lag_seconds::numeric, 1)::float8 AS p95_lag_seconds,
       last_error
FROM judged;
