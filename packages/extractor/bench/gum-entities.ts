/**
 * GUM news entity scoring shared by `pnpm bench:extract` and the error dump
 * (bench/entity-errors.ts). A prediction counts when its type is accepted by a gold mention it
 * overlaps and its text equals, after stripping "the" and "'s", the gold's full or minimal span.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractFacts, type Facts } from '../src/index.ts';

export interface GumSpan {
  start: number;
  end: number;
  text: string;
}
export interface GumEntity extends GumSpan {
  type: string;
  named: boolean;
  min_start: number;
  min_end: number;
  min_text: string;
}
export interface GumDoc {
  doc_id: string;
  text: string;
  date_created: string;
  dateline_date: string | null;
  entities: GumEntity[];
  quotations: (GumSpan & { tag: string })[];
  dates: (GumSpan & { when?: string; rend?: string })[];
}

export const gumTypes = ['person', 'organization', 'place'];

export function readGum(evalDir: string): GumDoc[] {
  const file = path.join(evalDir, 'gum-news/derived/gum_news_eval.jsonl');
  return readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as GumDoc);
}

/** Runs the extractor on a GUM document (one paragraph per line) and maps offsets back to GUM's text. */
export function runGum(doc: Pick<GumDoc, 'text' | 'dateline_date' | 'date_created'>): { facts: Facts; toGum: (offset: number) => number } {
  const lines = doc.text.split('\n');
  const facts = extractFacts({ title: null, paragraphs: lines, publishedAt: doc.dateline_date ?? doc.date_created });
  const starts: number[] = [];
  let mine = 0;
  for (const line of lines) {
    starts.push(mine);
    mine += line.length + 2;
  }
  const toGum = (offset: number) => {
    let k = 0;
    while (k + 1 < starts.length && starts[k + 1]! <= offset) k += 1;
    return offset - k;
  };
  return { facts, toGum };
}

const strip = (s: string) => s.replace(/^the\s+/i, '').replace(/['’]s$/, '').trim();

export interface Prediction extends GumSpan {
  /** The extractor's type: person, organization, country or place. */
  type: string;
  /** The type it is scored as (countries as place unless they match an organisation). */
  scoredType: string;
  gold: GumEntity | null;
}

export interface EntityMatch {
  gold: GumEntity[];
  preds: Prediction[];
  /** Gold mentions no prediction matched. */
  missed: GumEntity[];
}

export function matchEntities(doc: GumDoc, facts: Facts, toGum: (offset: number) => number): EntityMatch {
  const gold = doc.entities.filter((e) => e.named && gumTypes.includes(e.type));
  const used = new Set<number>();
  const preds: Prediction[] = facts.entities.flatMap((e) =>
    e.mentions.map((m) => ({ start: toGum(m.start), end: toGum(m.end), text: m.text, type: e.type, scoredType: e.type === 'country' ? 'place' : e.type, gold: null })),
  );
  for (const p of preds) {
    const accepts = p.type === 'country' ? ['place', 'organization'] : [p.type];
    const index = gold.findIndex(
      (g, k) =>
        !used.has(k) &&
        accepts.includes(g.type) &&
        p.start < g.end &&
        p.end > g.start &&
        (strip(p.text) === strip(g.text) || strip(p.text) === strip(g.min_text)),
    );
    if (index >= 0) {
      used.add(index);
      p.gold = gold[index]!;
      p.scoredType = p.gold.type;
    }
  }
  return { gold, preds, missed: gold.filter((_, k) => !used.has(k)) };
}
