-- CreateEnum
CREATE TYPE "feed_status" AS ENUM ('active', 'paused', 'gone');

-- CreateEnum
CREATE TYPE "guid_policy" AS ENUM ('guid', 'link', 'title_date');

-- CreateEnum
CREATE TYPE "article_status" AS ENUM ('pending', 'fetched', 'parsed', 'extracted', 'failed');

-- CreateTable
CREATE TABLE "feeds" (
    "id" SERIAL NOT NULL,
    "url" TEXT NOT NULL,
    "title" TEXT,
    "site_url" TEXT,
    "language" TEXT,
    "country" TEXT,
    "status" "feed_status" NOT NULL DEFAULT 'active',
    "all_relevant" BOOLEAN NOT NULL DEFAULT false,
    "priority" INTEGER NOT NULL DEFAULT 0,
    "min_interval_seconds" INTEGER NOT NULL DEFAULT 300,
    "max_interval_seconds" INTEGER NOT NULL DEFAULT 86400,
    "interval_seconds" INTEGER NOT NULL DEFAULT 900,
    "charset_override" TEXT,
    "guid_policy" "guid_policy" NOT NULL DEFAULT 'guid',
    "etag" TEXT,
    "last_modified" TEXT,
    "last_body_hash" TEXT,
    "last_polled_at" TIMESTAMPTZ(3),
    "last_success_at" TIMESTAMPTZ(3),
    "next_poll_at" TIMESTAMPTZ(3),
    "failure_score" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "consecutive_failures" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "feeds_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "feed_polls" (
    "id" SERIAL NOT NULL,
    "feed_id" INTEGER NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL,
    "http_status" INTEGER,
    "duration_ms" INTEGER NOT NULL,
    "new_items" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,

    CONSTRAINT "feed_polls_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "feed_items" (
    "id" SERIAL NOT NULL,
    "feed_id" INTEGER NOT NULL,
    "guid" TEXT NOT NULL,
    "url" TEXT,
    "title" TEXT,
    "summary" TEXT,
    "published_at" TIMESTAMPTZ(3),
    "relevance" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "relevant" BOOLEAN NOT NULL DEFAULT false,
    "article_id" INTEGER,
    "first_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "feed_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "articles" (
    "id" SERIAL NOT NULL,
    "url" TEXT NOT NULL,
    "status" "article_status" NOT NULL DEFAULT 'pending',
    "http_status" INTEGER,
    "content_type" TEXT,
    "raw_page" BYTEA,
    "raw_sha256" TEXT,
    "fetched_at" TIMESTAMPTZ(3),
    "fetch_error" TEXT,
    "title" TEXT,
    "author" TEXT,
    "site_name" TEXT,
    "language" TEXT,
    "published_at" TIMESTAMPTZ(3),
    "dateline_place" TEXT,
    "dateline_agency" TEXT,
    "captions" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "paragraphs" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "text" TEXT,
    "content_hash" TEXT,
    "simhash" TEXT,
    "removed" JSONB,
    "cleaner_version" TEXT,
    "parsed_at" TIMESTAMPTZ(3),
    "relevance" DOUBLE PRECISION,
    "topics" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "extractor_version" TEXT,
    "extracted_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "articles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "entities" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "country" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "entities_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mentions" (
    "id" SERIAL NOT NULL,
    "article_id" INTEGER NOT NULL,
    "entity_id" TEXT NOT NULL,
    "start_offset" INTEGER NOT NULL,
    "end_offset" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "mentions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "quotes" (
    "id" SERIAL NOT NULL,
    "article_id" INTEGER NOT NULL,
    "start_offset" INTEGER NOT NULL,
    "end_offset" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "verb" TEXT,
    "speaker_entity_id" TEXT,
    "speaker_name" TEXT,
    "speaker_text" TEXT,
    "addressee_entity_id" TEXT,

    CONSTRAINT "quotes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "article_dates" (
    "id" SERIAL NOT NULL,
    "article_id" INTEGER NOT NULL,
    "start_offset" INTEGER NOT NULL,
    "end_offset" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "resolved_date" DATE NOT NULL,
    "precision" TEXT NOT NULL,

    CONSTRAINT "article_dates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "events" (
    "id" SERIAL NOT NULL,
    "article_id" INTEGER NOT NULL,
    "start_offset" INTEGER NOT NULL,
    "end_offset" INTEGER NOT NULL,
    "actor_entity_id" TEXT,
    "actor_country" TEXT,
    "action" TEXT NOT NULL,
    "cameo" TEXT NOT NULL,
    "plover" TEXT NOT NULL,
    "target_entity_id" TEXT,
    "target_country" TEXT,
    "topic" TEXT,
    "evidence" TEXT NOT NULL,

    CONSTRAINT "events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "feeds_url_key" ON "feeds"("url");

-- CreateIndex
CREATE INDEX "feeds_status_next_poll_at_idx" ON "feeds"("status", "next_poll_at");

-- CreateIndex
CREATE INDEX "feed_polls_feed_id_started_at_idx" ON "feed_polls"("feed_id", "started_at" DESC);

-- CreateIndex
CREATE INDEX "feed_items_article_id_idx" ON "feed_items"("article_id");

-- CreateIndex
CREATE UNIQUE INDEX "feed_items_feed_id_guid_key" ON "feed_items"("feed_id", "guid");

-- CreateIndex
CREATE UNIQUE INDEX "articles_url_key" ON "articles"("url");

-- CreateIndex
CREATE INDEX "articles_published_at_idx" ON "articles"("published_at");

-- CreateIndex
CREATE INDEX "articles_content_hash_idx" ON "articles"("content_hash");

-- CreateIndex
CREATE INDEX "articles_status_idx" ON "articles"("status");

-- CreateIndex
CREATE INDEX "entities_type_idx" ON "entities"("type");

-- CreateIndex
CREATE INDEX "mentions_entity_id_idx" ON "mentions"("entity_id");

-- CreateIndex
CREATE UNIQUE INDEX "mentions_article_id_start_offset_end_offset_entity_id_key" ON "mentions"("article_id", "start_offset", "end_offset", "entity_id");

-- CreateIndex
CREATE INDEX "quotes_speaker_entity_id_idx" ON "quotes"("speaker_entity_id");

-- CreateIndex
CREATE UNIQUE INDEX "quotes_article_id_start_offset_end_offset_key" ON "quotes"("article_id", "start_offset", "end_offset");

-- CreateIndex
CREATE UNIQUE INDEX "article_dates_article_id_start_offset_end_offset_key" ON "article_dates"("article_id", "start_offset", "end_offset");

-- CreateIndex
CREATE INDEX "events_actor_country_topic_idx" ON "events"("actor_country", "topic");

-- CreateIndex
CREATE UNIQUE INDEX "events_article_id_start_offset_end_offset_action_key" ON "events"("article_id", "start_offset", "end_offset", "action");

-- AddForeignKey
ALTER TABLE "feed_polls" ADD CONSTRAINT "feed_polls_feed_id_fkey" FOREIGN KEY ("feed_id") REFERENCES "feeds"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feed_items" ADD CONSTRAINT "feed_items_feed_id_fkey" FOREIGN KEY ("feed_id") REFERENCES "feeds"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feed_items" ADD CONSTRAINT "feed_items_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_entity_id_fkey" FOREIGN KEY ("entity_id") REFERENCES "entities"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_speaker_entity_id_fkey" FOREIGN KEY ("speaker_entity_id") REFERENCES "entities"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_addressee_entity_id_fkey" FOREIGN KEY ("addressee_entity_id") REFERENCES "entities"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_dates" ADD CONSTRAINT "article_dates_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "events" ADD CONSTRAINT "events_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "events" ADD CONSTRAINT "events_actor_entity_id_fkey" FOREIGN KEY ("actor_entity_id") REFERENCES "entities"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "events" ADD CONSTRAINT "events_target_entity_id_fkey" FOREIGN KEY ("target_entity_id") REFERENCES "entities"("id") ON DELETE SET NULL ON UPDATE CASCADE;
