import { latestBoundary, parseCadence, windowKeyOf } from '@pwatch/alerts';
import { findUnmatchedArticles, markStaleSendingUnknown, pendingBreakingAlerts, pendingDeliveries, subscriptionsWithUnsentItems } from '@pwatch/db';
import { extractRevisionOf, type PayloadOf } from '@pwatch/queue';
import type { AlerterJobDeps } from '../deps.ts';

const MINUTE = 60_000;

/**
 * Every minute: queue the scheduled digests that are due, immediate subscriptions' leftover
 * updates (hourly), breaking alerts and deliveries whose enqueue was lost, match jobs lost between
 * the extractor's write and its enqueue; mark deliveries whose worker died `unknown`. Every job id
 * is deterministic, so queueing what is already queued does nothing.
 */
export async function alertsHousekeeping(_payload: PayloadOf<'alerts-housekeeping'>, deps: AlerterJobDeps) {
  const { db, log, queues, clock, settings } = deps;
  const now = clock.now();
  let digests = 0;
  for (const subscription of await subscriptionsWithUnsentItems(db)) {
    let cadence;
    try {
      cadence = parseCadence(subscription.cadence);
    } catch {
      log.warn({ subscriptionId: subscription.id, cadence: subscription.cadence }, 'subscription cadence does not parse; skipped');
      continue;
    }
    // Updates on stories an immediate subscription was already alerted about go out hourly.
    const boundary = latestBoundary(cadence.kind === 'immediate' ? { kind: 'hourly' } : cadence, now)!;
    if (subscription.oldest.getTime() > boundary.getTime()) continue;
    const windowKey = cadence.kind === 'immediate' ? `immediate-${windowKeyOf({ kind: 'hourly' }, boundary)}` : windowKeyOf(cadence, boundary);
    await queues.enqueue('compose-digest', { subscriptionId: subscription.id, windowKey });
    digests += 1;
  }
  const breaking = await pendingBreakingAlerts(db);
  for (const pending of breaking) await queues.enqueue('compose-digest', { subscriptionId: pending.subscriptionId, windowKey: `breaking-${pending.storyId}` });
  const pending = await pendingDeliveries(db, new Date(now.getTime() - MINUTE));
  for (const deliveryId of pending) await queues.enqueue('deliver-digest', { deliveryId });
  const unknown = await markStaleSendingUnknown(db, new Date(now.getTime() - settings.sendingTimeoutMs));
  if (unknown) log.error({ deliveries: unknown }, 'deliveries claimed but never recorded: marked unknown, not re-sent');
  const unmatched = await findUnmatchedArticles(db, new Date(now.getTime() - 2 * MINUTE), new Date(now.getTime() - 2 * 24 * 60 * MINUTE));
  for (const article of unmatched) {
    await queues.enqueue('match-article', { articleId: article.id, revision: extractRevisionOf(article.contentHash ?? 'unknown-content') });
  }
  return { digests, breaking: breaking.length, deliveries: pending.length, unknown, unmatched: unmatched.length };
}
