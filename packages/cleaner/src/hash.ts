import { createHash } from 'node:crypto';

/** The text as compared for identity: layout, case and punctuation differences do not count. */
export function normaliseForHash(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** sha256 hex of the normalised text: the same article from two fetches shares it. */
export function contentHash(text: string): string {
  return createHash('sha256').update(normaliseForHash(text)).digest('hex');
}

/** Two independent 32-bit FNV-1a style hashes give the 64 bits without BigInt arithmetic. */
function hash32(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // Final avalanche (murmur3 fmix) so that similar shingles do not share bit patterns.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function features(text: string): Map<string, number> {
  const tokens: string[] = [];
  for (const word of normaliseForHash(text).split(' ')) {
    if (!word) continue;
    // CJK runs have no spaces: character bigrams stand in for words.
    if (/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(word) && word.length > 2) {
      for (let i = 0; i + 1 < word.length; i++) tokens.push(word.slice(i, i + 2));
    } else tokens.push(word);
  }
  const counts = new Map<string, number>();
  const n = tokens.length < 3 ? 1 : 3;
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * 64-bit SimHash over word 3-shingles, as 16 hex digits. Near-duplicate texts (the same wire story
 * with a different intro or footer) differ in few bits; see `hammingDistance`.
 */
export function simhash(text: string): string {
  const v = new Float64Array(64);
  for (const [feature, weight] of features(text)) {
    const hi = hash32(feature, 0x811c9dc5);
    const lo = hash32(feature, 0x9747b28c);
    for (let b = 0; b < 32; b++) {
      v[b] += (hi >>> b) & 1 ? weight : -weight;
      v[32 + b] += (lo >>> b) & 1 ? weight : -weight;
    }
  }
  let hi = 0;
  let lo = 0;
  for (let b = 0; b < 32; b++) {
    if (v[b]! > 0) hi |= 1 << b;
    if (v[32 + b]! > 0) lo |= 1 << b;
  }
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}

function popcount(x: number): number {
  let v = x >>> 0;
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** Number of differing bits between two 16-hex-digit SimHashes. */
export function hammingDistance(a: string, b: string): number {
  if (!/^[0-9a-f]{16}$/i.test(a) || !/^[0-9a-f]{16}$/i.test(b)) {
    throw new Error(`hammingDistance: expected two 16-hex-digit simhashes, got "${a}" and "${b}"`);
  }
  const hi = parseInt(a.slice(0, 8), 16) ^ parseInt(b.slice(0, 8), 16);
  const lo = parseInt(a.slice(8), 16) ^ parseInt(b.slice(8), 16);
  return popcount(hi) + popcount(lo);
}
