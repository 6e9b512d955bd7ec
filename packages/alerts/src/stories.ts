// Near-duplicate grouping: the same wire story on ten sites is one story. Two articles belong
// together when their content hashes are equal or their 64-bit SimHashes differ in at most
// `maxDistance` bits, and they were seen within a few days of each other.

export const STORY_MAX_DISTANCE = 3;
export const STORY_WINDOW_DAYS = 7;

/** Hamming distance between two SimHashes written as 16 hex digits. */
export function hammingDistance(a: string, b: string): number {
  let diff = BigInt.asUintN(64, BigInt(`0x${a}`) ^ BigInt(`0x${b}`));
  let count = 0;
  while (diff) {
    diff &= diff - 1n;
    count += 1;
  }
  return count;
}

/**
 * The four 16-bit bands of a SimHash. With at most 3 differing bits, at least one of four bands
 * is identical (pigeonhole), so an index on the bands finds every candidate without a scan.
 */
export function simhashBands(simhash: string): [number, number, number, number] {
  const padded = simhash.padStart(16, '0');
  return [0, 1, 2, 3].map((band) => parseInt(padded.slice(band * 4, band * 4 + 4), 16)) as [number, number, number, number];
}

export interface StoryCandidate {
  storyId: number;
  simhash: string | null;
  contentHash: string | null;
  seenAt: Date;
}

/** The story an article joins: same content first, then the nearest SimHash, then the oldest story. */
export function pickStory(
  article: { simhash: string | null; contentHash: string | null; seenAt: Date },
  candidates: StoryCandidate[],
  maxDistance = STORY_MAX_DISTANCE,
  windowDays = STORY_WINDOW_DAYS,
): number | null {
  const windowMs = windowDays * 86_400_000;
  let best: { storyId: number; distance: number } | null = null;
  for (const candidate of candidates) {
    if (Math.abs(candidate.seenAt.getTime() - article.seenAt.getTime()) > windowMs) continue;
    let distance: number | null = null;
    if (article.contentHash && candidate.contentHash === article.contentHash) distance = -1;
    else if (article.simhash && candidate.simhash) {
      const hamming = hammingDistance(article.simhash, candidate.simhash);
      if (hamming <= maxDistance) distance = hamming;
    }
    if (distance === null) continue;
    if (!best || distance < best.distance || (distance === best.distance && candidate.storyId < best.storyId)) {
      best = { storyId: candidate.storyId, distance };
    }
  }
  return best?.storyId ?? null;
}

export interface BreakingRule {
  /** At least this many distinct sources… */
  minSources: number;
  /** …within this many minutes. */
  withinMinutes: number;
}

/** Whether a story's articles show at least N distinct sources within any M-minute span. */
export function isBreaking(articles: Array<{ source: string; seenAt: Date }>, rule: BreakingRule): boolean {
  const sorted = [...articles].sort((a, b) => a.seenAt.getTime() - b.seenAt.getTime());
  const span = rule.withinMinutes * 60_000;
  let start = 0;
  const counts = new Map<string, number>();
  for (const article of sorted) {
    counts.set(article.source, (counts.get(article.source) ?? 0) + 1);
    while (article.seenAt.getTime() - sorted[start]!.seenAt.getTime() > span) {
      const old = sorted[start]!.source;
      const left = (counts.get(old) ?? 1) - 1;
      if (left === 0) counts.delete(old);
      else counts.set(old, left);
      start += 1;
    }
    if (counts.size >= rule.minSources) return true;
  }
  return false;
}
