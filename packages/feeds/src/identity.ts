import { createHash } from 'node:crypto';
import { canonicalizeUrl } from './canonical-url.ts';
import type { FeedItem } from './types.ts';

export type GuidPolicy = 'guid' | 'link' | 'title-date';

function titleDateHash(item: Pick<FeedItem, 'title' | 'publishedAt'>): string {
  const title = (item.title ?? '').normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  return createHash('sha256').update(`${title}\n${item.publishedAt ?? ''}`).digest('hex').slice(0, 32);
}

function canonicalOrNull(url: string | null): string | null {
  if (!url) return null;
  try {
    return canonicalizeUrl(url);
  } catch {
    return url.trim() || null;
  }
}

/**
 * The identity of an item within its feed under the feed's policy: "guid" (publishers that keep
 * GUIDs stable), "link" (the canonical URL, for feeds whose GUIDs change on every edit) or
 * "title-date" (a hash, for feeds with neither). When the chosen field is missing the next one is
 * used; the prefix says which, so identities from different fields never collide.
 */
export function itemIdentity(item: Pick<FeedItem, 'guid' | 'url' | 'title' | 'publishedAt'>, policy: GuidPolicy): string {
  const guid = item.guid?.trim() || null;
  const link = canonicalOrNull(item.url);
  if (policy === 'guid' && guid) return bounded('guid:', guid);
  if ((policy === 'guid' || policy === 'link') && link) return bounded('link:', link);
  if (policy === 'link' && guid) return bounded('guid:', guid);
  return `td:${titleDateHash(item)}`;
}

/** Identities longer than this (in UTF-8 bytes) are stored as a hash: see `bounded`. */
export const MAX_IDENTITY_BYTES = 1024;

/**
 * The identity as stored: a GUID or link too long for Postgres to index (a btree key holds at most
 * about 2.7 KB; some feeds put a whole summary or a signed address there) would fail the insert of
 * the whole poll, every poll. Past the limit the value's hash stands in for it, which is as stable.
 */
function bounded(prefix: string, value: string): string {
  const identity = `${prefix}${value}`;
  if (Buffer.byteLength(identity) <= MAX_IDENTITY_BYTES) return identity;
  return `${prefix}sha256:${createHash('sha256').update(value).digest('hex')}`;
}

/**
 * Whether an item's date makes it eligible as new: not older than the horizon and not further in
 * the future than the tolerance (clock skew, time zones mislabelled by publishers). An item without
 * a readable date is eligible, since its novelty can only be judged by identity.
 */
export function isWithinHorizon(
  publishedAt: string | Date | null | undefined,
  now: Date = new Date(),
  horizonDays = 30,
  futureToleranceHours = 24,
): boolean {
  if (publishedAt === null || publishedAt === undefined || publishedAt === '') return true;
  const t = publishedAt instanceof Date ? publishedAt.getTime() : Date.parse(publishedAt);
  if (Number.isNaN(t)) return true;
  const nowMs = now.getTime();
  return t >= nowMs - horizonDays * 86_400_000 && t <= nowMs + futureToleranceHours * 3_600_000;
}
