import type { Db } from '../client.ts';
import type { DeliveryStatus, Prisma } from '../generated/prisma/client.ts';
import type { DbOrTx } from './alerting.ts';

// Subscriptions, digests and the delivery outbox.

export interface ChannelInput {
  kind: string;
  target: string;
  secret?: string | null;
}

export interface SubscriptionInput {
  name: string;
  rule: string;
  cadence: string;
  breaking: boolean;
  enabled: boolean;
  channels: ChannelInput[];
}

const withChannels = { channels: { where: { enabled: true }, orderBy: { id: 'asc' } } } satisfies Prisma.SubscriptionInclude;
export type SubscriptionWithChannels = Prisma.SubscriptionGetPayload<{ include: typeof withChannels }>;

/**
 * Creates or replaces a subscription by name. Channels no longer listed are disabled, not deleted,
 * so their delivery log stays readable.
 */
export async function saveSubscription(db: Db, input: SubscriptionInput): Promise<SubscriptionWithChannels> {
  return db.$transaction(async (tx) => {
    const { channels, ...fields } = input;
    const subscription = await tx.subscription.upsert({ where: { name: input.name }, create: fields, update: fields });
    const keep: number[] = [];
    for (const channel of channels) {
      const row = await tx.subscriptionChannel.upsert({
        where: { subscriptionId_kind_target: { subscriptionId: subscription.id, kind: channel.kind, target: channel.target } },
        create: { subscriptionId: subscription.id, kind: channel.kind, target: channel.target, secret: channel.secret ?? null },
        update: { secret: channel.secret ?? null, enabled: true },
      });
      keep.push(row.id);
    }
    await tx.subscriptionChannel.updateMany({ where: { subscriptionId: subscription.id, id: { notIn: keep } }, data: { enabled: false } });
    return tx.subscription.findUniqueOrThrow({ where: { id: subscription.id }, include: withChannels });
  });
}

/** Creates the subscription only if no subscription of that name exists. */
export async function ensureSubscription(db: Db, input: SubscriptionInput): Promise<SubscriptionWithChannels> {
  const existing = await findSubscription(db, input.name);
  return existing ?? saveSubscription(db, input);
}

/** By id ("3") or by name. */
export async function findSubscription(db: DbOrTx, nameOrId: string | number): Promise<SubscriptionWithChannels | null> {
  const byId = typeof nameOrId === 'number' ? nameOrId : /^\d+$/.test(nameOrId) ? Number(nameOrId) : null;
  if (byId !== null) {
    const found = await db.subscription.findUnique({ where: { id: byId }, include: withChannels });
    if (found || typeof nameOrId === 'number') return found;
  }
  return db.subscription.findUnique({ where: { name: String(nameOrId) }, include: withChannels });
}

export async function listSubscriptions(db: DbOrTx) {
  const subscriptions = await db.subscription.findMany({ include: withChannels, orderBy: { id: 'asc' } });
  const counts = await db.alert.groupBy({ by: ['subscriptionId'], _count: { _all: true } });
  const pending = await db.alertItem.groupBy({ by: ['subscriptionId'], where: { digestId: null }, _count: { _all: true } });
  const countOf = new Map(counts.map((row) => [row.subscriptionId, row._count._all]));
  const pendingOf = new Map(pending.map((row) => [row.subscriptionId, row._count._all]));
  return subscriptions.map((subscription) => ({ ...subscription, alerts: countOf.get(subscription.id) ?? 0, unsentItems: pendingOf.get(subscription.id) ?? 0 }));
}

export async function deleteSubscription(db: DbOrTx, id: number): Promise<void> {
  await db.subscription.delete({ where: { id } });
}

export interface DigestItem {
  itemId: number;
  alertId: number;
  storyId: number;
  articleId: number;
  createdAt: Date;
}

/** Alert items of a subscription no digest has carried yet (locked for claiming inside a transaction). */
export async function unclaimedItems(db: DbOrTx, subscriptionId: number, createdBefore: Date, lock = false): Promise<DigestItem[]> {
  const rows = await db.$queryRaw<DigestItem[]>`
    SELECT i.id AS "itemId", i.alert_id AS "alertId", a.story_id AS "storyId", i.article_id AS "articleId", i.created_at AS "createdAt"
    FROM alert_items i JOIN alerts a ON a.id = i.alert_id
    WHERE i.subscription_id = ${subscriptionId} AND i.digest_id IS NULL AND i.created_at <= ${createdBefore}
    ORDER BY i.id`;
  if (lock && rows.length) {
    await db.$queryRaw`SELECT id FROM alert_items WHERE id = ANY(${rows.map((row) => row.itemId)}::int[]) FOR UPDATE`;
  }
  return rows;
}

/** Every item of a subscription since a time, carried or not (previews with --since). */
export async function itemsSince(db: DbOrTx, subscriptionId: number, since: Date): Promise<DigestItem[]> {
  return db.$queryRaw<DigestItem[]>`
    SELECT i.id AS "itemId", i.alert_id AS "alertId", a.story_id AS "storyId", i.article_id AS "articleId", i.created_at AS "createdAt"
    FROM alert_items i JOIN alerts a ON a.id = i.alert_id
    WHERE i.subscription_id = ${subscriptionId} AND i.created_at >= ${since}
    ORDER BY i.id`;
}

/** The items of one story for a subscription (a breaking alert shows the whole story). */
export async function storyItems(db: DbOrTx, subscriptionId: number, storyId: number): Promise<DigestItem[]> {
  return db.$queryRaw<DigestItem[]>`
    SELECT i.id AS "itemId", i.alert_id AS "alertId", a.story_id AS "storyId", i.article_id AS "articleId", i.created_at AS "createdAt"
    FROM alert_items i JOIN alerts a ON a.id = i.alert_id
    WHERE a.subscription_id = ${subscriptionId} AND a.story_id = ${storyId}
    ORDER BY i.id`;
}

/** Alerts an earlier digest already carried: what is new on them is an update. */
export async function alertsAlreadySent(db: DbOrTx, alertIds: number[], exceptDigestId: number | null = null): Promise<Set<number>> {
  if (alertIds.length === 0) return new Set();
  const rows = await db.alertItem.findMany({
    where: { alertId: { in: alertIds }, digestId: exceptDigestId === null ? { not: null } : { not: null, notIn: [exceptDigestId] } },
    select: { alertId: true },
    distinct: ['alertId'],
  });
  return new Set(rows.map((row) => row.alertId));
}

export async function lastWindowEnd(db: DbOrTx, subscriptionId: number): Promise<Date | null> {
  const last = await db.digest.findFirst({
    where: { subscriptionId, kind: { not: 'breaking' } },
    orderBy: { windowEnd: 'desc' },
    select: { windowEnd: true },
  });
  return last?.windowEnd ?? null;
}

export interface DigestMaterial {
  stories: Array<{ id: number; title: string | null; sourceCount: number; articleCount: number; breakingAt: Date | null }>;
  articles: Array<{
    id: number;
    url: string;
    title: string | null;
    siteName: string | null;
    publishedAt: Date | null;
    createdAt: Date;
    relevance: number | null;
    /** The title its feed gave it, for pages with no headline of their own. */
    feedTitle: string | null;
  }>;
  quotes: Array<{
    articleId: number;
    startOffset: number;
    text: string;
    kind: string;
    speakerEntityId: string | null;
    speakerName: string | null;
    speakerText: string | null;
    speakerType: string | null;
  }>;
  events: Array<{
    articleId: number;
    action: string;
    cameo: string;
    plover: string;
    actorEntityId: string | null;
    actorName: string | null;
    actorCountry: string | null;
    targetName: string | null;
    targetCountry: string | null;
    topic: string | null;
  }>;
}

/** What a digest says about its stories: titles, articles, quotes with speakers, coded events. */
export async function loadDigestMaterial(db: DbOrTx, storyIds: number[], articleIds: number[]): Promise<DigestMaterial> {
  // One statement at a time: this runs inside interactive transactions too.
  const stories = await db.story.findMany({ where: { id: { in: storyIds } }, select: { id: true, title: true, sourceCount: true, articleCount: true, breakingAt: true } });
  const articles = await db.article.findMany({
    where: { id: { in: articleIds } },
    select: {
      id: true,
      url: true,
      title: true,
      siteName: true,
      publishedAt: true,
      createdAt: true,
      relevance: true,
      feedItems: { select: { title: true }, where: { title: { not: null } }, take: 1 },
    },
  });
  const quotes = await db.quote.findMany({
    where: { articleId: { in: articleIds } },
    select: { articleId: true, startOffset: true, text: true, kind: true, speakerEntityId: true, speakerName: true, speakerText: true, speaker: { select: { type: true } } },
    orderBy: [{ articleId: 'asc' }, { startOffset: 'asc' }],
  });
  const events = await db.event.findMany({
    where: { articleId: { in: articleIds } },
    select: {
      articleId: true,
      action: true,
      cameo: true,
      plover: true,
      actorEntityId: true,
      actorCountry: true,
      targetCountry: true,
      topic: true,
      actor: { select: { name: true } },
      target: { select: { name: true } },
    },
    orderBy: [{ articleId: 'asc' }, { startOffset: 'asc' }],
  });
  return {
    stories,
    articles: articles.map(({ feedItems, ...article }) => ({ ...article, feedTitle: feedItems[0]?.title ?? null })),
    quotes: quotes.map(({ speaker, ...quote }) => ({ ...quote, speakerType: speaker?.type ?? null })),
    events: events.map(({ actor, target, ...event }) => ({ ...event, actorName: actor?.name ?? null, targetName: target?.name ?? null })),
  };
}

export interface NewDigest {
  subscriptionId: number;
  windowKey: string;
  kind: 'digest' | 'immediate' | 'breaking';
  windowStart: Date | null;
  windowEnd: Date;
  storyCount: number;
  subject: string;
  textBody: string;
  htmlBody: string;
  payload: Prisma.InputJsonValue;
}

/**
 * Stores a digest, claims its items and creates one pending delivery per enabled channel, inside
 * the caller's transaction: either all of it exists or none of it.
 */
export async function createDigest(
  tx: Prisma.TransactionClient,
  digest: NewDigest,
  itemIds: number[],
  channelIds: number[],
  breakingStoryId: number | null = null,
): Promise<{ digestId: number; deliveryIds: number[] }> {
  const row = await tx.digest.create({ data: digest, select: { id: true } });
  if (itemIds.length) await tx.alertItem.updateMany({ where: { id: { in: itemIds }, digestId: null }, data: { digestId: row.id } });
  if (breakingStoryId !== null) {
    await tx.alert.updateMany({ where: { subscriptionId: digest.subscriptionId, storyId: breakingStoryId }, data: { breakingDigestId: row.id } });
  }
  const deliveries = await tx.delivery.createManyAndReturn({
    data: channelIds.map((channelId) => ({ digestId: row.id, channelId })),
    select: { id: true },
  });
  return { digestId: row.id, deliveryIds: deliveries.map((delivery) => delivery.id) };
}

export async function findDigest(db: DbOrTx, subscriptionId: number, windowKey: string) {
  return db.digest.findUnique({ where: { subscriptionId_windowKey: { subscriptionId, windowKey } }, include: { deliveries: true } });
}

/** Locks a subscription for composing (one digest at a time per subscription). */
export async function lockSubscription(tx: Prisma.TransactionClient, id: number): Promise<boolean> {
  const rows = await tx.$queryRaw<Array<{ id: number }>>`SELECT id FROM subscriptions WHERE id = ${id} FOR UPDATE`;
  return rows.length === 1;
}

export type DeliveryClaim =
  | {
      outcome: 'claimed';
      attempt: number;
      delivery: { id: number; digestId: number };
      digest: { subject: string; textBody: string; htmlBody: string; payload: Prisma.JsonValue; windowKey: string };
      channel: { id: number; kind: string; target: string; secret: string | null };
    }
  /** Already settled, or claimed by a worker that died: nothing to send. */
  | { outcome: 'settled'; status: DeliveryStatus }
  | { outcome: 'unknown' }
  | { outcome: 'missing' };

/**
 * The outbox's claim: pending → sending, in a transaction that locks the row. A row found in
 * `sending` was claimed by a worker that never recorded the outcome (it died after or while
 * talking to the channel): it becomes `unknown` and is not sent again.
 */
export async function claimDelivery(db: Db, deliveryId: number, now: Date): Promise<DeliveryClaim> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<Array<{ status: DeliveryStatus }>>`SELECT status FROM deliveries WHERE id = ${deliveryId} FOR UPDATE`;
    const row = rows[0];
    if (!row) return { outcome: 'missing' };
    if (row.status === 'sending') {
      await tx.delivery.update({
        where: { id: deliveryId },
        data: { status: 'unknown', lastError: 'the worker died after claiming this delivery; it may or may not have arrived (not re-sent)' },
      });
      return { outcome: 'unknown' };
    }
    if (row.status !== 'pending') return { outcome: 'settled', status: row.status };
    const delivery = await tx.delivery.update({
      where: { id: deliveryId },
      data: { status: 'sending', attempts: { increment: 1 }, claimedAt: now },
      include: { digest: true, channel: true },
    });
    return {
      outcome: 'claimed',
      attempt: delivery.attempts,
      delivery: { id: delivery.id, digestId: delivery.digestId },
      digest: {
        subject: delivery.digest.subject,
        textBody: delivery.digest.textBody,
        htmlBody: delivery.digest.htmlBody,
        payload: delivery.digest.payload,
        windowKey: delivery.digest.windowKey,
      },
      channel: { id: delivery.channel.id, kind: delivery.channel.kind, target: delivery.channel.target, secret: delivery.channel.secret },
    };
  });
}

/** Records an attempt's outcome; only a row this worker holds (`sending`) changes. */
export async function settleDelivery(
  db: DbOrTx,
  deliveryId: number,
  status: 'sent' | 'failed' | 'pending' | 'unknown',
  now: Date,
  error: string | null = null,
): Promise<boolean> {
  const updated = await db.delivery.updateMany({
    where: { id: deliveryId, status: 'sending' },
    data: { status, lastError: error?.slice(0, 2000) ?? null, sentAt: status === 'sent' ? now : undefined },
  });
  return updated.count === 1;
}

/** Deliveries claimed longer ago than any attempt can take: their worker died. */
export async function markStaleSendingUnknown(db: DbOrTx, claimedBefore: Date): Promise<number> {
  const updated = await db.delivery.updateMany({
    where: { status: 'sending', claimedAt: { lt: claimedBefore } },
    data: { status: 'unknown', lastError: 'claimed but never recorded (worker died?); it may or may not have arrived (not re-sent)' },
  });
  return updated.count;
}

export async function pendingDeliveries(db: DbOrTx, updatedBefore: Date, limit = 1000): Promise<number[]> {
  const rows = await db.delivery.findMany({ where: { status: 'pending', updatedAt: { lt: updatedBefore } }, select: { id: true }, take: limit, orderBy: { id: 'asc' } });
  return rows.map((row) => row.id);
}

/** Subscriptions with items no digest has carried, and the oldest such item. */
export async function subscriptionsWithUnsentItems(db: DbOrTx): Promise<Array<{ id: number; cadence: string; oldest: Date }>> {
  return db.$queryRaw<Array<{ id: number; cadence: string; oldest: Date }>>`
    SELECT s.id, s.cadence, min(i.created_at) AS oldest
    FROM subscriptions s JOIN alert_items i ON i.subscription_id = s.id AND i.digest_id IS NULL
    WHERE s.enabled
    GROUP BY s.id, s.cadence`;
}

export async function deliveryLog(db: DbOrTx, subscriptionId: number, limit = 20) {
  return db.delivery.findMany({
    where: { digest: { subscriptionId } },
    include: { channel: { select: { kind: true, target: true } }, digest: { select: { windowKey: true, kind: true, storyCount: true } } },
    orderBy: { id: 'desc' },
    take: limit,
  });
}
