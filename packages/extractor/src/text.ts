/** The text all offsets index into. */
export function articleText(paragraphs: string[]): string {
  return paragraphs.join('\n\n');
}

export interface Token {
  start: number;
  end: number;
  text: string;
}

export interface Span {
  start: number;
  end: number;
}

// Letters and digits only: apostrophes, hyphens and dots separate tokens, so "Kim Jong-un",
// "Kim Jong Un" and "U.S." tokenise alike in text and gazetteer, and the gap between two tokens
// tells whether they may belong to one name.
const tokenPattern = /[\p{L}\p{M}\p{N}]+/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(tokenPattern)) {
    tokens.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return tokens;
}

// Words after which a period does not end a sentence.
const abbreviations = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'rep', 'sen', 'gov', 'st', 'jr', 'sr',
  'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'mt', 'ft', 'fig', 'approx', 'est', 'rev', 'u', 's', 'n', 'k', 'p', 'r', 'c', 'e', 'a', 'b', 'd', 'f',
  'g', 'h', 'i', 'j', 'l', 'm', 'o', 'q', 't', 'v', 'w', 'x', 'y', 'z',
]);

const sentenceEnd = /[.!?。！？]+["”’)\]]*(?=\s+|$)|\n\n/g;

/**
 * Sentence spans over the whole text. Paragraph breaks always end a sentence; a period after a
 * known abbreviation or a single letter ("U.S.", "F. W.") does not, unless a capitalised word after
 * it starts what cannot be a name (cheap and right for news copy).
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(sentenceEnd)) {
    const end = match.index + match[0].length;
    if (match[0] !== '\n\n' && match[0][0] === '.' && match[0].length === 1) {
      const before = /([\p{L}]+)$/u.exec(text.slice(Math.max(start, match.index - 12), match.index));
      const word = before?.[1]?.toLowerCase();
      if (word && abbreviations.has(word)) {
        const after = text.slice(end).trimStart();
        // "in the U.S. The next day" still ends; "U.S. President" does not: accept only when the
        // next word is a common sentence opener.
        if (!/^(The|A|An|He|She|It|They|We|I|In|On|But|This|That|His|Her|Its|Their)\b/.test(after)) continue;
      }
      const next = text.slice(end).trimStart()[0];
      if (next && /[\p{Ll}\d,;]/u.test(next)) continue;
    }
    pushTrimmed(text, spans, start, match[0] === '\n\n' ? match.index : end);
    start = end;
  }
  pushTrimmed(text, spans, start, text.length);
  return spans;
}

function pushTrimmed(text: string, spans: Span[], start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  if (end > start) spans.push({ start, end });
}

export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Index of the span containing `offset`, by binary search over sorted, disjoint spans. */
export function spanIndexAt(spans: Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid]!;
    if (offset < span.start) hi = mid - 1;
    else if (offset >= span.end) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, Math.min(spans.length - 1, lo - 1));
}
