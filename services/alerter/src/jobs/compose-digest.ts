import { digestSubject, renderHtml, renderText, type Digest } from '@pwatch/alerts';
import {
  createDigest,
  findDigest,
  findSubscription,
  lastWindowEnd,
  lockSubscription,
  storyItems,
  unclaimedItems,
  type DigestItem,
  type Prisma,
} from '@pwatch/db';
import { PermanentJobError, type PayloadOf } from '@pwatch/queue';
import type { AlerterJobDeps } from '../deps.ts';
import { buildDigest } from '../digest/build.ts';

/** "daily-20261122T230000Z" → its boundary; immediate and breaking windows end when composed. */
export function windowEndOfKey(windowKey: string): Date | null {
  const match = /-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(windowKey);
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match;
  return new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`);
}

export function kindOfKey(windowKey: string): Digest['kind'] {
  return windowKey.startsWith('breaking-') ? 'breaking' : windowKey.startsWith('immediate-') ? 'immediate' : 'digest';
}

/**
 * Composes one window of a subscription: claims its unsent alert items, renders the digest once
 * and creates one pending delivery per channel, all in one transaction; then queues a delivery
 * job per channel. Composing the same window again finds the stored digest and only re-queues
 * its pending deliveries.
 */
export async function composeDigest({ subscriptionId, windowKey }: PayloadOf<'compose-digest'>, deps: AlerterJobDeps) {
  const { db, log, queues, clock } = deps;
  const kind = kindOfKey(windowKey);
  const now = clock.now();
  const scheduledEnd = kind === 'digest' ? windowEndOfKey(windowKey) : null;
  if (kind === 'digest' && !scheduledEnd) throw new PermanentJobError(`window key "${windowKey}" names no boundary`);
  const breakingStoryId = kind === 'breaking' ? Number(windowKey.slice('breaking-'.length)) : null;
  if (breakingStoryId !== null && !Number.isInteger(breakingStoryId)) throw new PermanentJobError(`window key "${windowKey}" names no story`);

  const result = await db.$transaction(
    async (tx) => {
      if (!(await lockSubscription(tx, subscriptionId))) return null;
      const existing = await findDigest(tx, subscriptionId, windowKey);
      if (existing) {
        return { digestId: existing.id, deliveryIds: existing.deliveries.filter((row) => row.status === 'pending').map((row) => row.id), created: false, stories: existing.storyCount };
      }
      const subscription = await findSubscription(tx, subscriptionId);
      if (!subscription) return null;
      const windowEnd = scheduledEnd ?? now;
      let items: DigestItem[];
      let windowStart: Date | null = null;
      if (breakingStoryId !== null) {
        items = await storyItems(tx, subscriptionId, breakingStoryId);
      } else {
        items = await unclaimedItems(tx, subscriptionId, windowEnd, true);
        windowStart = await lastWindowEnd(tx, subscriptionId);
      }
      if (items.length === 0) return null;
      const digest = await buildDigest(tx, items, { subscription: subscription.name, kind, windowStart, windowEnd, breaking: kind === 'breaking' });
      const created = await createDigest(
        tx,
        {
          subscriptionId,
          windowKey,
          kind,
          windowStart,
          windowEnd,
          storyCount: digest.stories.length,
          subject: digestSubject(digest),
          textBody: renderText(digest),
          htmlBody: renderHtml(digest),
          payload: digest as unknown as Prisma.InputJsonValue,
        },
        // A breaking alert does not consume items: the regular digest still lists the story.
        breakingStoryId === null ? items.map((item) => item.itemId) : [],
        subscription.channels.map((channel) => channel.id),
        breakingStoryId,
      );
      return { ...created, created: true, stories: digest.stories.length };
    },
    { timeout: 30_000 },
  );
  if (!result) {
    log.info({ subscriptionId, windowKey }, 'nothing to send for this window');
    return { digestId: null };
  }
  for (const deliveryId of result.deliveryIds) await queues.enqueue('deliver-digest', { deliveryId });
  log.info({ subscriptionId, windowKey, digestId: result.digestId, stories: result.stories, deliveries: result.deliveryIds.length, created: result.created }, 'digest composed');
  return { digestId: result.digestId };
}
