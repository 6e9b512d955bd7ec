import type { Db } from '../client.ts';
import type { Prisma } from '../generated/prisma/client.ts';

// Queries of the alerter: stories, matches, subscriptions. Structural types only: the database
// package depends on no pipeline library (the alerts package picks stories and renders digests).

export type DbOrTx = Db | Prisma.TransactionClient;

/** An article with the facts a rule is matched against. */
export interface ArticleForMatching {
  id: number;
  url: string;
  title: string | null;
  text: string;
  language: string | null;
  relevance: number | null;
  topics: string[];
  siteName: string | null;
  simhash: string | null;
  contentHash: string | null;
  createdAt: Date;
  feeds: Array<{ title: string | null; url: string }>;
  entities: Array<{ id: string; name: string; country: string | null; aliases: string[] }>;
  events: Array<{ action: string; cameo: string; plover: string; actorId: string | null; actorName: string | null; actorCountry: string | null }>;
}

export async function loadArticleForMatching(db: DbOrTx, articleId: number): Promise<ArticleForMatching | null> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      url: true,
      title: true,
      text: true,
      language: true,
      relevance: true,
      topics: true,
      siteName: true,
      simhash: true,
      contentHash: true,
      createdAt: true,
      status: true,
      feedItems: { select: { feed: { select: { title: true, url: true } } } },
      mentions: { select: { entityId: true, text: true, entity: { select: { name: true, country: true } } } },
      quotes: { select: { speakerEntityId: true, speaker: { select: { name: true, country: true } } } },
      events: {
        select: { action: true, cameo: true, plover: true, actorEntityId: true, actorCountry: true, actor: { select: { name: true } } },
      },
    },
  });
  if (!article || article.status !== 'extracted') return null;
  const entities = new Map<string, { id: string; name: string; country: string | null; aliases: Set<string> }>();
  const addEntity = (id: string, name: string, country: string | null, alias?: string) => {
    let entry = entities.get(id);
    if (!entry) {
      entry = { id, name, country, aliases: new Set() };
      entities.set(id, entry);
    }
    if (alias) entry.aliases.add(alias);
  };
  for (const mention of article.mentions) addEntity(mention.entityId, mention.entity.name, mention.entity.country, mention.text);
  for (const quote of article.quotes) if (quote.speakerEntityId && quote.speaker) addEntity(quote.speakerEntityId, quote.speaker.name, quote.speaker.country);
  for (const event of article.events) if (event.actorEntityId && event.actor) addEntity(event.actorEntityId, event.actor.name, event.actorCountry);
  return {
    id: article.id,
    url: article.url,
    title: article.title,
    text: article.text ?? '',
    language: article.language,
    relevance: article.relevance,
    topics: article.topics,
    siteName: article.siteName,
    simhash: article.simhash,
    contentHash: article.contentHash,
    createdAt: article.createdAt,
    feeds: article.feedItems.map((item) => item.feed),
    entities: [...entities.values()].map((entity) => ({ ...entity, aliases: [...entity.aliases] })),
    events: article.events.map((event) => ({
      action: event.action,
      cameo: event.cameo,
      plover: event.plover,
      actorId: event.actorEntityId,
      actorName: event.actor?.name ?? null,
      actorCountry: event.actorCountry,
    })),
  };
}

export interface StoryCandidateRow {
  storyId: number;
  simhash: string | null;
  contentHash: string | null;
  seenAt: Date;
}

export interface StoryPlacement {
  articleId: number;
  title: string | null;
  source: string;
  simhash: string | null;
  contentHash: string | null;
  bands: [number, number, number, number] | null;
  seenAt: Date;
}

/** One story assignment at a time: two copies of a wire story arriving together must not found two stories. */
const STORY_LOCK = 0x5057_5354; // "PWST"

/**
 * Puts an article into a story: the one `pick` chooses among the candidates (same content hash
 * or a shared SimHash band within the window), or a new one. Idempotent: an article already
 * placed keeps its story.
 */
export async function placeInStory(
  db: Db,
  placement: StoryPlacement,
  windowDays: number,
  pick: (candidates: StoryCandidateRow[]) => number | null,
): Promise<{ storyId: number; created: boolean; placed: boolean }> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${STORY_LOCK})`;
    const existing = await tx.storyArticle.findUnique({ where: { articleId: placement.articleId }, select: { storyId: true } });
    if (existing) return { storyId: existing.storyId, created: false, placed: false };
    const from = new Date(placement.seenAt.getTime() - windowDays * 86_400_000);
    const to = new Date(placement.seenAt.getTime() + windowDays * 86_400_000);
    const [b0, b1, b2, b3] = placement.bands ?? [-1, -1, -1, -1];
    const candidates = await tx.$queryRaw<StoryCandidateRow[]>`
      SELECT story_id AS "storyId", simhash, content_hash AS "contentHash", seen_at AS "seenAt"
      FROM story_articles
      WHERE seen_at BETWEEN ${from} AND ${to}
        AND (content_hash = ${placement.contentHash ?? ''} OR band_0 = ${b0} OR band_1 = ${b1} OR band_2 = ${b2} OR band_3 = ${b3})`;
    let storyId = pick(candidates);
    const created = storyId === null;
    if (storyId === null) {
      const story = await tx.story.create({
        data: { title: placement.title, firstArticleId: placement.articleId, firstSeenAt: placement.seenAt, lastSeenAt: placement.seenAt },
      });
      storyId = story.id;
    }
    await tx.storyArticle.create({
      data: {
        articleId: placement.articleId,
        storyId,
        source: placement.source,
        simhash: placement.simhash,
        contentHash: placement.contentHash,
        band0: placement.bands?.[0] ?? null,
        band1: placement.bands?.[1] ?? null,
        band2: placement.bands?.[2] ?? null,
        band3: placement.bands?.[3] ?? null,
        seenAt: placement.seenAt,
      },
    });
    await tx.$executeRaw`
      UPDATE stories s SET
        article_count = agg.articles, source_count = agg.sources,
        first_seen_at = agg.first_seen, last_seen_at = agg.last_seen,
        title = coalesce(s.title, ${placement.title}), updated_at = now()
      FROM (SELECT count(*)::int AS articles, count(DISTINCT source)::int AS sources, min(seen_at) AS first_seen, max(seen_at) AS last_seen
            FROM story_articles WHERE story_id = ${storyId}) agg
      WHERE s.id = ${storyId}`;
    return { storyId, created, placed: true };
  });
}

export async function storySightings(db: DbOrTx, storyId: number): Promise<Array<{ source: string; seenAt: Date }>> {
  return db.storyArticle.findMany({ where: { storyId }, select: { source: true, seenAt: true } });
}

/** Marks a story breaking once; true only for the call that marked it. */
export async function markStoryBreaking(db: DbOrTx, storyId: number, at: Date): Promise<boolean> {
  const updated = await db.story.updateMany({ where: { id: storyId, breakingAt: null }, data: { breakingAt: at } });
  return updated.count === 1;
}

export interface EnabledSubscription {
  id: number;
  name: string;
  rule: string;
  cadence: string;
  breaking: boolean;
}

export async function listEnabledSubscriptions(db: DbOrTx): Promise<EnabledSubscription[]> {
  return db.subscription.findMany({
    where: { enabled: true },
    select: { id: true, name: true, rule: true, cadence: true, breaking: true },
    orderBy: { id: 'asc' },
  });
}

export interface MatchRecord {
  subscriptionId: number;
  alertId: number;
  /** The first match of this subscription on this story: an alert, not an update. */
  newAlert: boolean;
  newItem: boolean;
}

/**
 * Records that an article matched subscriptions, in one transaction: one alert per
 * (subscription, story), one item per (alert, article, revision). Replays change nothing.
 */
export async function recordMatches(
  db: Db,
  input: { storyId: number; articleId: number; revision: string; subscriptionIds: number[]; at: Date },
): Promise<MatchRecord[]> {
  if (input.subscriptionIds.length === 0) return [];
  return db.$transaction(async (tx) => {
    const records: MatchRecord[] = [];
    for (const subscriptionId of input.subscriptionIds) {
      const [alert] = await tx.$queryRaw<Array<{ id: number; created: boolean }>>`
        INSERT INTO alerts (subscription_id, story_id, first_article_id, created_at)
        VALUES (${subscriptionId}, ${input.storyId}, ${input.articleId}, ${input.at})
        ON CONFLICT (subscription_id, story_id) DO UPDATE SET subscription_id = EXCLUDED.subscription_id
        RETURNING id, (xmax = 0) AS created`;
      if (!alert) throw new Error(`could not record the alert of subscription ${subscriptionId} on story ${input.storyId}`);
      const items = await tx.$queryRaw<Array<{ id: number }>>`
        INSERT INTO alert_items (alert_id, subscription_id, article_id, revision, created_at)
        VALUES (${alert.id}, ${subscriptionId}, ${input.articleId}, ${input.revision}, ${input.at})
        ON CONFLICT (alert_id, article_id, revision) DO NOTHING
        RETURNING id`;
      records.push({ subscriptionId, alertId: alert.id, newAlert: alert.created, newItem: items.length > 0 });
    }
    return records;
  });
}

/** Subscriptions that asked for breaking news, match the story and have not had its breaking alert. */
export async function pendingBreakingAlerts(db: DbOrTx, storyId?: number): Promise<Array<{ subscriptionId: number; storyId: number }>> {
  return db.$queryRaw<Array<{ subscriptionId: number; storyId: number }>>`
    SELECT a.subscription_id AS "subscriptionId", a.story_id AS "storyId"
    FROM alerts a
    JOIN stories st ON st.id = a.story_id
    JOIN subscriptions s ON s.id = a.subscription_id
    WHERE st.breaking_at IS NOT NULL AND s.breaking AND s.enabled AND a.breaking_digest_id IS NULL
      AND (${storyId ?? null}::int IS NULL OR a.story_id = ${storyId ?? null}::int)
    ORDER BY a.id
    LIMIT 1000`;
}

/** Extracted articles that were never placed in a story: their match job was lost. */
export async function findUnmatchedArticles(
  db: DbOrTx,
  extractedBefore: Date,
  extractedSince: Date,
  limit = 500,
): Promise<Array<{ id: number; contentHash: string | null }>> {
  return db.article.findMany({
    // Bounded below, so a database that predates alerting is not alerted about its whole history.
    where: { status: 'extracted', extractedAt: { lt: extractedBefore, gte: extractedSince }, story: null },
    select: { id: true, contentHash: true },
    orderBy: { extractedAt: 'asc' },
    take: limit,
  });
}
