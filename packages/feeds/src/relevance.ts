import keywords from '../data/relevance-keywords.json' with { type: 'json' };

interface KeywordEntry {
  term: string;
  lang: string;
  weight: number;
  caseSensitive?: boolean;
  aliases?: string[];
}

export interface RelevanceScore {
  score: number;
  /** Canonical terms found, strongest first. */
  matches: string[];
}

/** Score at or above which an item is downloaded (one strong term, or weaker ones together). */
export const RELEVANCE_THRESHOLD: number = keywords.threshold;

interface Matcher {
  term: string;
  weight: number;
  pattern: RegExp;
}

const latin = /^[\p{Script=Latin}\p{N}\s'’.-]+$/u;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function buildMatchers(entries: KeywordEntry[]): Matcher[] {
  const matchers: Matcher[] = [];
  for (const entry of entries) {
    for (const form of [entry.term, ...(entry.aliases ?? [])]) {
      let source: string;
      let flags = 'gu';
      if (latin.test(form)) {
        // Spaces and hyphens are interchangeable in romanised names (Kim Jong-un, Kim Jong Un).
        const body = form
          .split(/[\s-]+/)
          .map(escape)
          .join('[\\s\\-‐–]+');
        source = `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`;
        if (!entry.caseSensitive) flags += 'i';
      } else {
        source = escape(form);
      }
      matchers.push({ term: entry.term, weight: entry.weight, pattern: new RegExp(source, flags) });
    }
  }
  return matchers;
}

const matchers = buildMatchers(keywords.terms as KeywordEntry[]);

/**
 * Scores a text (title and summary) for Korean Peninsula relevance: the sum of the weights of the
 * distinct terms found. Overlapping matches count once and the longest wins, so 北朝鮮 does not
 * also count as 朝鮮 and "Korean Peninsula" not also as a weaker term inside it.
 */
export function scoreRelevance(text: string): RelevanceScore {
  const normalized = text.normalize('NFKC');
  const spans: { start: number; end: number; term: string; weight: number }[] = [];
  for (const matcher of matchers) {
    matcher.pattern.lastIndex = 0;
    for (const m of normalized.matchAll(matcher.pattern)) {
      spans.push({ start: m.index, end: m.index + m[0].length, term: matcher.term, weight: matcher.weight });
    }
  }
  spans.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: { start: number; end: number }[] = [];
  const found = new Map<string, number>();
  for (const span of spans) {
    if (taken.some((t) => span.start < t.end && t.start < span.end)) continue;
    taken.push(span);
    found.set(span.term, span.weight);
  }
  const matches = [...found.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const score = Math.round(matches.reduce((sum, [, weight]) => sum + weight, 0) * 100) / 100;
  return { score, matches: matches.map(([term]) => term) };
}
