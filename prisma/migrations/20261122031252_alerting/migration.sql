-- CreateEnum
CREATE TYPE "delivery_status" AS ENUM ('pending', 'sending', 'sent', 'failed', 'unknown');

-- CreateTable
CREATE TABLE "subscriptions" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "rule" TEXT NOT NULL,
    "cadence" TEXT NOT NULL DEFAULT 'daily 08:00 UTC',
    "breaking" BOOLEAN NOT NULL DEFAULT false,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "subscriptions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "subscription_channels" (
    "id" SERIAL NOT NULL,
    "subscription_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "secret" TEXT,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "subscription_channels_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stories" (
    "id" SERIAL NOT NULL,
    "title" TEXT,
    "first_article_id" INTEGER NOT NULL,
    "first_seen_at" TIMESTAMPTZ(3) NOT NULL,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL,
    "article_count" INTEGER NOT NULL DEFAULT 0,
    "source_count" INTEGER NOT NULL DEFAULT 0,
    "breaking_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "stories_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "story_articles" (
    "article_id" INTEGER NOT NULL,
    "story_id" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "simhash" TEXT,
    "content_hash" TEXT,
    "band_0" INTEGER,
    "band_1" INTEGER,
    "band_2" INTEGER,
    "band_3" INTEGER,
    "seen_at" TIMESTAMPTZ(3) NOT NULL,
    "added_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "story_articles_pkey" PRIMARY KEY ("article_id")
);

-- CreateTable
CREATE TABLE "alerts" (
    "id" SERIAL NOT NULL,
    "subscription_id" INTEGER NOT NULL,
    "story_id" INTEGER NOT NULL,
    "first_article_id" INTEGER NOT NULL,
    "breaking_digest_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "alerts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "alert_items" (
    "id" SERIAL NOT NULL,
    "alert_id" INTEGER NOT NULL,
    "subscription_id" INTEGER NOT NULL,
    "article_id" INTEGER NOT NULL,
    "revision" TEXT NOT NULL,
    "digest_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "alert_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "digests" (
    "id" SERIAL NOT NULL,
    "subscription_id" INTEGER NOT NULL,
    "window_key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "window_start" TIMESTAMPTZ(3),
    "window_end" TIMESTAMPTZ(3) NOT NULL,
    "story_count" INTEGER NOT NULL,
    "subject" TEXT NOT NULL,
    "text_body" TEXT NOT NULL,
    "html_body" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "digests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "deliveries" (
    "id" SERIAL NOT NULL,
    "digest_id" INTEGER NOT NULL,
    "channel_id" INTEGER NOT NULL,
    "status" "delivery_status" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "claimed_at" TIMESTAMPTZ(3),
    "sent_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "deliveries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "subscriptions_name_key" ON "subscriptions"("name");

-- CreateIndex
CREATE UNIQUE INDEX "subscription_channels_subscription_id_kind_target_key" ON "subscription_channels"("subscription_id", "kind", "target");

-- CreateIndex
CREATE INDEX "stories_last_seen_at_idx" ON "stories"("last_seen_at");

-- CreateIndex
CREATE INDEX "story_articles_story_id_idx" ON "story_articles"("story_id");

-- CreateIndex
CREATE INDEX "story_articles_content_hash_idx" ON "story_articles"("content_hash");

-- CreateIndex
CREATE INDEX "story_articles_band_0_idx" ON "story_articles"("band_0");

-- CreateIndex
CREATE INDEX "story_articles_band_1_idx" ON "story_articles"("band_1");

-- CreateIndex
CREATE INDEX "story_articles_band_2_idx" ON "story_articles"("band_2");

-- CreateIndex
CREATE INDEX "story_articles_band_3_idx" ON "story_articles"("band_3");

-- CreateIndex
CREATE INDEX "alerts_story_id_idx" ON "alerts"("story_id");

-- CreateIndex
CREATE UNIQUE INDEX "alerts_subscription_id_story_id_key" ON "alerts"("subscription_id", "story_id");

-- CreateIndex
CREATE INDEX "alert_items_subscription_id_digest_id_idx" ON "alert_items"("subscription_id", "digest_id");

-- CreateIndex
CREATE INDEX "alert_items_article_id_idx" ON "alert_items"("article_id");

-- CreateIndex
CREATE UNIQUE INDEX "alert_items_alert_id_article_id_revision_key" ON "alert_items"("alert_id", "article_id", "revision");

-- CreateIndex
CREATE UNIQUE INDEX "digests_subscription_id_window_key_key" ON "digests"("subscription_id", "window_key");

-- CreateIndex
CREATE INDEX "deliveries_status_updated_at_idx" ON "deliveries"("status", "updated_at");

-- CreateIndex
CREATE INDEX "deliveries_channel_id_idx" ON "deliveries"("channel_id");

-- CreateIndex
CREATE UNIQUE INDEX "deliveries_digest_id_channel_id_key" ON "deliveries"("digest_id", "channel_id");

-- AddForeignKey
ALTER TABLE "subscription_channels" ADD CONSTRAINT "subscription_channels_subscription_id_fkey" FOREIGN KEY ("subscription_id") REFERENCES "subscriptions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "story_articles" ADD CONSTRAINT "story_articles_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "story_articles" ADD CONSTRAINT "story_articles_story_id_fkey" FOREIGN KEY ("story_id") REFERENCES "stories"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_subscription_id_fkey" FOREIGN KEY ("subscription_id") REFERENCES "subscriptions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_story_id_fkey" FOREIGN KEY ("story_id") REFERENCES "stories"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alert_items" ADD CONSTRAINT "alert_items_alert_id_fkey" FOREIGN KEY ("alert_id") REFERENCES "alerts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alert_items" ADD CONSTRAINT "alert_items_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alert_items" ADD CONSTRAINT "alert_items_digest_id_fkey" FOREIGN KEY ("digest_id") REFERENCES "digests"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "digests" ADD CONSTRAINT "digests_subscription_id_fkey" FOREIGN KEY ("subscription_id") REFERENCES "subscriptions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_digest_id_fkey" FOREIGN KEY ("digest_id") REFERENCES "digests"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_channel_id_fkey" FOREIGN KEY ("channel_id") REFERENCES "subscription_channels"("id") ON DELETE CASCADE ON UPDATE CASCADE;
