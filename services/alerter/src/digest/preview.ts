import { digestSubject, renderHtml, renderText, type Digest } from '@pwatch/alerts';
import { findSubscription, itemsSince, lastWindowEnd, unclaimedItems, type Db } from '@pwatch/db';
import { buildDigest } from './build.ts';

export interface DigestPreview {
  subscription: { id: number; name: string; cadence: string };
  digest: Digest;
  subject: string;
  text: string;
  html: string;
}

/**
 * The digest a subscription would send now, without claiming anything: its unsent items, or with
 * `since` every item matched since then (sent or not). Null when the subscription does not exist.
 */
export async function previewDigest(db: Db, subscription: string | number, options: { now: Date; since?: Date | null }): Promise<DigestPreview | null> {
  const found = await findSubscription(db, subscription);
  if (!found) return null;
  const items = options.since ? await itemsSince(db, found.id, options.since) : await unclaimedItems(db, found.id, options.now);
  const windowStart = options.since ?? (await lastWindowEnd(db, found.id));
  const digest = await buildDigest(db, items, { subscription: found.name, kind: 'digest', windowStart, windowEnd: options.now });
  return {
    subscription: { id: found.id, name: found.name, cadence: found.cadence },
    digest,
    subject: digestSubject(digest),
    text: renderText(digest),
    html: renderHtml(digest),
  };
}
