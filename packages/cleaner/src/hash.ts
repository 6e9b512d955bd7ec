import { createHash } from 'node:crypto';

/**
 * The text in pieces of about `size` characters, cut only at whitespace, NFKC-normalised and lower
 * case. Normalising and lower-casing a long text whole holds several copies of it at once; no
 * normalisation or case rule (final sigma included) reaches across whitespace, so the pieces give
 * the same result.
 */
function* normalisedPieces(text: string, size = 65536): Generator<string> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      let cut = end;
      while (cut > start && !isSpace(text.charCodeAt(cut))) cut--;
      if (cut === start) {
        // One word longer than a piece: it stays whole.
        cut = end;
        while (cut < text.length && !isSpace(text.charCodeAt(cut))) cut++;
      }
      end = cut;
    }
    yield text.slice(start, end).normalize('NFKC').toLowerCase();
    start = end;
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 12;
}

/** The text as compared for identity: layout, case and punctuation differences do not count. */
export function normaliseForHash(text: string): string {
  const out: string[] = [];
  const words = new WordJoiner();
  for (const piece of normalisedPieces(text)) out.push(words.of(piece));
  return out.join('');
}

/** The words of normalised pieces, one space between them across pieces. */
class WordJoiner {
  private pending = false;

  of(t: string): string {
    let buffer = '';
    let start = -1;
    for (let i = 0; i <= t.length; i++) {
      if (i < t.length && isWordChar(t.charCodeAt(i))) {
        if (start < 0) start = i;
      } else if (start >= 0) {
        if (this.pending) buffer += ' ';
        buffer += t.slice(start, i);
        this.pending = true;
        start = -1;
      }
    }
    // A word cut by a piece boundary cannot happen: pieces end at whitespace.
    return buffer;
  }
}

/** sha256 hex of the normalised text: the same article from two fetches shares it. */
export function contentHash(text: string): string {
  return fingerprints(text).contentHash;
}

/**
 * The content hash and the SimHash of a text in one pass over it: both read the same normalised
 * pieces, which are the costly part.
 */
export function fingerprints(text: string): { contentHash: string; simhash: string } {
  const hash = createHash('sha256');
  const words = new WordJoiner();
  const shingles = new Shingles();
  for (const piece of normalisedPieces(text)) {
    hash.update(words.of(piece));
    shingles.addPiece(piece);
  }
  return { contentHash: hash.digest('hex'), simhash: shingles.digest() };
}

function fmix(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function isCjk(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff);
}

/** Letters and digits; outside ASCII everything but the punctuation blocks counts, which is close enough for hashing. */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return !(
    (c >= 0x80 && c <= 0xbf) || c === 0xd7 || c === 0xf7 || (c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20) || (c >= 0xff3b && c <= 0xff40) ||
    (c >= 0xff5b && c <= 0xff65) || c === 0xfeff
  );
}

/**
 * SimHash state over word 3-shingles. Tokens are hashed without regexes: words for alphabetic
 * scripts, character bigrams for CJK runs (which have no spaces). They stream through a window of
 * three, so that a long text needs no array of them.
 */
class Shingles {
  // Counts of set bits per position; a bit of the result is set where more than half the shingles
  // set it. Adding the bit itself rather than branching on it: the branch is a coin flip.
  private readonly v = new Int32Array(64);
  private count = 0;
  private t0 = 0;
  private t1 = 0;

  private shingle(a: number, b: number, c: number): void {
    const v = this.v;
    const hi = fmix(a ^ Math.imul(b, 0x9e3779b1) ^ Math.imul(c, 0x85ebca77) ^ 0x27d4eb2f);
    const lo = fmix(hi ^ Math.imul(a + c, 0xc2b2ae3d) ^ b);
    for (let bit = 0; bit < 32; bit++) {
      v[bit]! += (hi >>> bit) & 1;
      v[32 + bit]! += (lo >>> bit) & 1;
    }
  }

  private token(t: number): void {
    if (this.count >= 2) this.shingle(this.t0, this.t1, t);
    this.t0 = this.t1;
    this.t1 = t;
    this.count++;
  }

  addPiece(s: string): void {
    let h = 0x811c9dc5;
    let inWord = false;
    let prevCjk = -1;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (isCjk(c)) {
        if (inWord) this.token(fmix(h));
        inWord = false;
        h = 0x811c9dc5;
        if (prevCjk >= 0) this.token(fmix(Math.imul(prevCjk, 0x9e3779b1) ^ c));
        prevCjk = c;
      } else if (isWordChar(c)) {
        h = Math.imul(h ^ c, 0x01000193);
        inWord = true;
        prevCjk = -1;
      } else {
        if (inWord) this.token(fmix(h));
        inWord = false;
        h = 0x811c9dc5;
        prevCjk = -1;
      }
    }
    if (inWord) this.token(fmix(h));
  }

  digest(): string {
    const { count, t0, t1, v } = this;
    // Texts of fewer than three tokens: one shingle per token, padded with zeros.
    let n = count - 2;
    if (count === 1) this.shingle(t1, 0, 0);
    else if (count === 2) {
      this.shingle(t0, t1, 0);
      this.shingle(t1, 0, 0);
    }
    if (count < 3) n = count;
    let hi = 0;
    let lo = 0;
    for (let b = 0; b < 32; b++) {
      if (2 * v[b]! > n) hi |= 1 << b;
      if (2 * v[32 + b]! > n) lo |= 1 << b;
    }
    return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
  }
}

/**
 * 64-bit SimHash over word 3-shingles, as 16 hex digits. Near-duplicate texts (the same wire story
 * with a different intro or footer) differ in few bits; see `hammingDistance`.
 */
export function simhash(text: string): string {
  return fingerprints(text).simhash;
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
