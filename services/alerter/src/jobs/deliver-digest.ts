import { claimDelivery, settleDelivery } from '@pwatch/db';
import type { PayloadOf } from '@pwatch/queue';
import { DeliveryRejected } from '../channels/errors.ts';
import type { Senders } from '../channels/types.ts';
import type { AlerterJobDeps } from '../deps.ts';

/**
 * Sends one digest to one channel through the outbox: claim (pending → sending), send, record
 * (sent, or back to pending for a retry, or failed after the last attempt). A row still `sending`
 * when its job runs again belonged to a worker that died between sending and recording: it is
 * marked `unknown` and not sent again, because a second copy is worse than an honest gap that ops
 * can see in the delivery log.
 */
export async function deliverDigest({ deliveryId }: PayloadOf<'deliver-digest'>, deps: AlerterJobDeps) {
  const { db, log, clock, senders, settings } = deps;
  const claim = await claimDelivery(db, deliveryId, clock.now());
  if (claim.outcome === 'unknown') {
    log.error({ deliveryId }, 'delivery outcome unknown: its worker died after claiming it; not re-sent (see deliveries.last_error)');
    return { status: 'unknown' };
  }
  if (claim.outcome !== 'claimed') return { status: claim.outcome === 'settled' ? claim.status : 'missing' };

  const { channel } = claim;
  const sender = (senders as unknown as Record<string, Senders[keyof Senders] | undefined>)[channel.kind];
  if (!sender) {
    await settleDelivery(db, deliveryId, 'failed', clock.now(), `unknown channel kind "${channel.kind}"`);
    return { status: 'failed' };
  }
  try {
    await sender({ deliveryId, digest: claim.digest, channel });
  } catch (error) {
    // Anything but a certain "not delivered" leaves the row `sending`: the outcome is unknown.
    if (!(error instanceof DeliveryRejected)) throw error;
    if (claim.attempt >= settings.deliveryAttempts) {
      await settleDelivery(db, deliveryId, 'failed', clock.now(), error.message);
      log.error({ deliveryId, channel: channel.kind, attempts: claim.attempt, err: error }, 'delivery failed for good');
      return { status: 'failed' };
    }
    await settleDelivery(db, deliveryId, 'pending', clock.now(), error.message);
    log.warn({ deliveryId, channel: channel.kind, attempt: claim.attempt, err: error }, 'delivery attempt failed; will retry');
    throw error;
  }
  await settleDelivery(db, deliveryId, 'sent', clock.now());
  log.info({ deliveryId, channel: channel.kind, attempt: claim.attempt }, 'digest delivered');
  return { status: 'sent' };
}
