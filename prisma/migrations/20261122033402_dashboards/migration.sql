-- AlterTable
ALTER TABLE "articles" ADD COLUMN     "published_day" DATE;

-- AlterTable
ALTER TABLE "mentions" ADD COLUMN     "published_day" DATE;

-- AlterTable
ALTER TABLE "events" ADD COLUMN     "published_day" DATE;

-- CreateIndex
CREATE INDEX "articles_published_day_idx" ON "articles"("published_day");

-- CreateIndex
CREATE INDEX "mentions_published_day_entity_id_idx" ON "mentions"("published_day", "entity_id");

-- CreateIndex
CREATE INDEX "events_published_day_plover_cameo_action_idx" ON "events"("published_day", "plover", "cameo", "action");

-- CreateIndex
CREATE INDEX "events_published_day_actor_country_idx" ON "events"("published_day", "actor_country");

-- ---------------------------------------------------------------------------------------------
-- Dashboards (hand-written). docs/schema.md documents every view. Views live in the "reporting"
-- schema beside reporting.feed_health (views in "public" would count as drift in the migration
-- test). dashboard_reader may select from these views and nothing else.

-- published_day: the day an article counts for (publication date in UTC, else the day it was
-- stored), copied onto mentions and events so a 30-day query reads one index, not a join over
-- millions of rows. Kept by triggers: Prisma cannot express generated columns. Bodies are E''
-- strings with \x3B for each semicolon: the migration runner (the Prisma pg adapter's
-- executeScript) splits the script at every semicolon, even inside dollar quotes, and runs it without a
-- transaction.
CREATE FUNCTION articles_set_published_day() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN NEW.published_day := (coalesce(NEW.published_at, NEW.created_at) AT TIME ZONE ''UTC'')::date\x3B RETURN NEW\x3B END';
CREATE TRIGGER articles_published_day BEFORE INSERT OR UPDATE OF published_at, created_at ON articles
  FOR EACH ROW EXECUTE FUNCTION articles_set_published_day();

CREATE FUNCTION facts_set_published_day() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN NEW.published_day := (SELECT a.published_day FROM articles a WHERE a.id = NEW.article_id)\x3B RETURN NEW\x3B END';
CREATE TRIGGER mentions_published_day BEFORE INSERT OR UPDATE OF article_id ON mentions
  FOR EACH ROW EXECUTE FUNCTION facts_set_published_day();
CREATE TRIGGER events_published_day BEFORE INSERT OR UPDATE OF article_id ON events
  FOR EACH ROW EXECUTE FUNCTION facts_set_published_day();

-- A re-parse that finds another publication date moves the article's facts with it.
CREATE FUNCTION articles_propagate_published_day() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN UPDATE mentions SET published_day = NEW.published_day WHERE article_id = NEW.id\x3B UPDATE events SET published_day = NEW.published_day WHERE article_id = NEW.id\x3B RETURN NULL\x3B END';
CREATE TRIGGER articles_propagate_published_day AFTER UPDATE OF published_at, created_at ON articles
  FOR EACH ROW WHEN (OLD.published_day IS DISTINCT FROM NEW.published_day)
  EXECUTE FUNCTION articles_propagate_published_day();

UPDATE articles SET published_day = (coalesce(published_at, created_at) AT TIME ZONE 'UTC')::date WHERE published_day IS NULL;
UPDATE mentions m SET published_day = a.published_day FROM articles a WHERE a.id = m.article_id AND m.published_day IS NULL;
UPDATE events e SET published_day = a.published_day FROM articles a WHERE a.id = e.article_id AND e.published_day IS NULL;

CREATE SCHEMA IF NOT EXISTS reporting;

-- One row per day, source (site name, else URL host) and language.
CREATE VIEW reporting.articles_per_day AS
SELECT a.published_day AS day,
       coalesce(a.site_name, split_part(a.url, '/', 3)) AS source,
       coalesce(a.language, 'und') AS language,
       count(*)::int AS articles,
       count(*) FILTER (WHERE a.status = 'extracted')::int AS extracted,
       round(avg(a.relevance)::numeric, 3)::float8 AS mean_relevance
FROM articles a
GROUP BY 1, 2, 3;

-- One row per day and entity. Counted first, named after: the count reads one index.
CREATE VIEW reporting.entity_mentions_per_day AS
SELECT c.day,
       c.entity_id,
       e.name AS entity_name,
       e.type AS entity_type,
       e.country AS entity_country,
       c.mentions
FROM (SELECT m.published_day AS day, m.entity_id, count(*)::int AS mentions FROM mentions m GROUP BY 1, 2) c
JOIN entities e ON e.id = c.entity_id;

-- One row per quote: who said what, where and when. Newest first:
--   WHERE day >= current_date - 30 ORDER BY day DESC, at DESC LIMIT 100
CREATE VIEW reporting.quote_feed AS
SELECT q.id AS quote_id,
       coalesce(a.published_at, a.created_at) AS at,
       a.published_day AS day,
       q.speaker_entity_id,
       coalesce(q.speaker_name, q.speaker_text, 'unattributed') AS speaker,
       s.type AS speaker_type,
       s.country AS speaker_country,
       q.kind,
       q.verb,
       q.text AS quote,
       q.addressee_entity_id,
       a.id AS article_id,
       a.title AS article_title,
       a.url AS article_url,
       coalesce(a.site_name, split_part(a.url, '/', 3)) AS source,
       a.language
FROM quotes q
JOIN articles a ON a.id = q.article_id
LEFT JOIN entities s ON s.id = q.speaker_entity_id;

-- One row per day, actor, topic and coded action: who took which stance on what.
CREATE VIEW reporting.stance_timeline AS
SELECT c.day,
       c.actor_entity_id,
       coalesce(actor.name, c.actor_country, 'unknown') AS actor,
       c.actor_country,
       c.topic,
       c.action,
       c.plover,
       c.cameo,
       c.events
FROM (SELECT ev.published_day AS day, ev.actor_entity_id, ev.actor_country, coalesce(ev.topic, 'none') AS topic,
             ev.action, ev.plover, ev.cameo, count(*)::int AS events
      FROM events ev
      GROUP BY 1, 2, 3, 4, 5, 6, 7) c
LEFT JOIN entities actor ON actor.id = c.actor_entity_id;

-- One row per day and event type (PLOVER, CAMEO, action).
CREATE VIEW reporting.events_per_day AS
SELECT ev.published_day AS day, ev.plover, ev.cameo, ev.action, count(*)::int AS events
FROM events ev
GROUP BY 1, 2, 3, 4;

-- One row per article: first seen (its row is created when a feed item first links to it) →
-- fetched → parsed → extracted, in seconds.
CREATE VIEW reporting.pipeline_lag AS
SELECT a.id AS article_id,
       a.published_day AS day,
       coalesce(a.site_name, split_part(a.url, '/', 3)) AS source,
       a.status::text AS status,
       a.created_at AS first_seen_at,
       a.fetched_at,
       a.parsed_at,
       a.extracted_at,
       extract(epoch FROM a.fetched_at - a.created_at)::float8 AS fetch_seconds,
       extract(epoch FROM a.parsed_at - a.fetched_at)::float8 AS parse_seconds,
       extract(epoch FROM a.extracted_at - a.parsed_at)::float8 AS extract_seconds,
       extract(epoch FROM a.extracted_at - a.created_at)::float8 AS total_seconds
FROM articles a;

-- One row per day: how long articles took through the pipeline.
CREATE VIEW reporting.pipeline_lag_per_day AS
SELECT day,
       count(*)::int AS articles,
       count(extracted_at)::int AS extracted,
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY total_seconds)::numeric, 1)::float8 AS p50_total_seconds,
       round(percentile_cont(0.95) WITHIN GROUP (ORDER BY total_seconds)::numeric, 1)::float8 AS p95_total_seconds,
       round(avg(fetch_seconds)::numeric, 1)::float8 AS mean_fetch_seconds,
       round(avg(parse_seconds)::numeric, 1)::float8 AS mean_parse_seconds,
       round(avg(extract_seconds)::numeric, 1)::float8 AS mean_extract_seconds
FROM reporting.pipeline_lag
GROUP BY day;

-- One row per digest delivery to a channel: the outbox as ops read it (unknown = needs a look).
CREATE VIEW reporting.delivery_log AS
SELECT d.id AS delivery_id,
       s.id AS subscription_id,
       s.name AS subscription,
       g.window_key,
       g.kind AS digest_kind,
       g.story_count,
       c.kind AS channel_kind,
       -- Webhook URLs carry their secret in the path: only the host is shown.
       CASE WHEN c.kind = 'email' THEN c.target ELSE split_part(c.target, '/', 3) END AS channel,
       d.status::text AS status,
       d.attempts,
       d.last_error,
       d.created_at,
       d.claimed_at,
       d.sent_at,
       d.updated_at
FROM deliveries d
JOIN digests g ON g.id = d.digest_id
JOIN subscriptions s ON s.id = g.subscription_id
JOIN subscription_channels c ON c.id = d.channel_id;

-- The read-only role, NOLOGIN. Give a login its rights with
--   CREATE ROLE grafana LOGIN PASSWORD '…' IN ROLE dashboard_reader
-- or let it log in itself: ALTER ROLE dashboard_reader LOGIN PASSWORD '…'
-- Roles belong to the cluster, not the database: created once, granted per database.
DO E'BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ''dashboard_reader'') THEN CREATE ROLE dashboard_reader NOLOGIN\x3B END IF\x3B END';
GRANT USAGE ON SCHEMA reporting TO dashboard_reader;
GRANT SELECT ON reporting.articles_per_day, reporting.entity_mentions_per_day, reporting.quote_feed,
  reporting.stance_timeline, reporting.events_per_day, reporting.pipeline_lag, reporting.pipeline_lag_per_day,
  reporting.delivery_log, reporting.feed_health
  TO dashboard_reader;
