/**
 * GUM news direct quotes for `pnpm bench:extract` (run alone: `pnpm exec node packages/extractor/bench/quote-bench.ts`).
 *
 * Spans: a predicted direct quote counts for precision when it overlaps a gold `<quote>`, a gold
 * `<quote>` counts for recall when a prediction overlaps it (so boundaries, marks and splits do not
 * matter). `<q>` (scare quotes, mentions, titles) is not speech: a prediction on it is wrong.
 * GUM marked quotations in only some documents: flag, hackers, ie9, warhol and warming have
 * quotation marks round plainly attributed speech ("…", said Gustafon) but no `<quote>` or `<q>` at
 * all. Scoring predictions there counts every correct quote as a false positive, so the headline
 * figure is over the documents with quotation markup; the all-documents figure is printed beside it.
 *
 * Speakers: GUM has no quote-speaker field, but its discourse layer (eRST, CoNLL-U `Discourse=`)
 * links each attribution clause to its content with an `attribution-*` relation and marks the
 * source's tokens with an `atsrc` signal; the entity layer's coreference chains (`entity_id`) give
 * every name that source goes by. A gold `<quote>` has a gold speaker when an attribution relation
 * points at one of its discourse units (or at the unit its first unit hangs from) and carries an
 * `atsrc` signal that falls on an entity mention. A prediction's speaker is right when its name
 * equals, after "the"/"'s", one of the chain's full or minimal mention texts or ends in the same
 * surname as a named person mention of the chain.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Quote } from '../src/index.ts';
import { runGum } from './gum-entities.ts';

interface Span {
  start: number;
  end: number;
  text: string;
}
interface Mention extends Span {
  type: string;
  named: boolean;
  entity_id: number;
  min_text: string;
}
interface Doc {
  doc_id: string;
  text: string;
  date_created: string;
  dateline_date: string | null;
  entities: Mention[];
  quotations: (Span & { tag: string })[];
}

interface Relation {
  type: string;
  from: number;
  to: number;
  source: number[];
}

const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const pct = (n: number, d: number) => (d === 0 ? 'n/a' : ((100 * n) / d).toFixed(1));
const strip = (s: string) => s.replace(/^the\s+/i, '').replace(/['’]s$/, '').replace(/\s+/g, ' ').trim().toLowerCase();

/** Token offsets in the JSONL text (tokens appear in order; a multi-word token's parts share its offsets). */
export function readDiscourse(conllu: string, text: string): { tokenAt: Span[]; edus: number[]; relations: Relation[] } {
  const tokenAt: Span[] = [];
  const edus: number[] = [];
  const relations: Relation[] = [];
  let cursor = 0;
  let pending: { last: number; span: Span } | null = null;
  for (const line of conllu.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const cols = line.split('\t');
    const id = cols[0]!;
    if (/^\d+-\d+$/.test(id)) {
      const start = text.indexOf(cols[1]!, cursor);
      cursor = start + cols[1]!.length;
      pending = { last: Number(id.split('-')[1]), span: { start, end: cursor, text: cols[1]! } };
      continue;
    }
    if (!/^\d+$/.test(id)) continue;
    let span: Span;
    if (pending) {
      span = pending.span;
      if (Number(id) >= pending.last) pending = null;
    } else {
      const start = text.indexOf(cols[1]!, cursor);
      cursor = start + cols[1]!.length;
      span = { start, end: cursor, text: cols[1]! };
    }
    tokenAt.push(span);
    const discourse = /(?:^|\|)Discourse=([^|]*)/.exec(cols[9] ?? '')?.[1];
    if (!discourse) continue;
    edus.push(tokenAt.length);
    for (const rel of discourse.split(';')) {
      const m = /^([^:]+):(\d+)->(\d+):[^:]*:?(.*)$/.exec(rel);
      if (!m) continue;
      const source: number[] = [];
      for (const signal of m[4]!.split('+')) {
        const parts = signal.split('-');
        if (parts[1] !== 'atsrc') continue;
        for (const range of parts.slice(2, -1).join('-').split(',')) {
          const [a, b] = range.split('-').map(Number);
          for (let t = a!; t <= (b ?? a!); t += 1) source.push(t);
        }
      }
      relations.push({ type: m[1]!, from: Number(m[2]), to: Number(m[3]), source });
    }
  }
  return { tokenAt, edus, relations };
}

/**
 * Mentions of the entity each quote is attributed to, where GUM's discourse layer says so: the gold
 * `<quote>` spans, or, in a document without quotation markup, the spans given.
 */
export function goldSpeakers(doc: Doc, conllu: string, spans: Span[] = doc.quotations.filter((q) => q.tag === 'quote')): Map<Span, Mention[]> {
  const { tokenAt, edus, relations } = readDiscourse(conllu, doc.text);
  const eduStart = (k: number) => tokenAt[edus[k - 1]! - 1]!.start;
  const parentOf = new Map<number, number>();
  for (const r of relations) if (!parentOf.has(r.from)) parentOf.set(r.from, r.to);
  const golds = spans;
  const inQuote = (k: number) => golds.some((q) => eduStart(k) >= q.start && eduStart(k) < q.end);
  // A source named inside the quotation marks (`"… we've convinced them …"`) is quoted, not quoting.
  const quotedSource = (quote: Span, at: number) => at > quote.start && at < quote.end && (doc.text.slice(quote.start, at).match(/["“”]/g)?.length ?? 0) % 2 === 1;
  const result = new Map<Span, Mention[]>();
  for (const quote of golds) {
    const inside: number[] = [];
    for (let k = 1; k <= edus.length; k += 1) if (eduStart(k) >= quote.start && eduStart(k) < quote.end) inside.push(k);
    let attribution: Relation | undefined;
    const attributedTo = (node: number) =>
      relations.find(
        (r) => r.type.startsWith('attribution') && r.to === node && r.source.length > 0 && !quotedSource(quote, tokenAt[r.source[0]! - 1]!.start),
      );
    if (inside.length === 0) {
      // Quoted words within one unit: that unit's own attribution, if any.
      let containing = 0;
      for (let k = 1; k <= edus.length && eduStart(k) <= quote.start; k += 1) containing = k;
      attribution = containing > 0 ? attributedTo(containing) : undefined;
    }
    // Else up the discourse tree from each unit of the quote, through units that are quoted too.
    for (const first of inside) {
      for (let node: number | undefined = first, steps = 0; node !== undefined && steps < 12 && !attribution; steps += 1) {
        attribution = attributedTo(node);
        const parent = parentOf.get(node);
        node = parent !== undefined && inQuote(parent) ? parent : undefined;
      }
      if (attribution) break;
    }
    if (!attribution) continue;
    const start = Math.min(...attribution.source.map((t) => tokenAt[t - 1]!.start));
    const end = Math.max(...attribution.source.map((t) => tokenAt[t - 1]!.end));
    // The mention the signal marks: the one covering it most tightly, else the widest one inside it.
    const covering = doc.entities.filter((m) => m.start <= start && m.end >= end).sort((a, b) => a.end - a.start - (b.end - b.start));
    const within = doc.entities.filter((m) => m.start >= start && m.end <= end).sort((a, b) => b.end - b.start - (a.end - a.start));
    const mention = covering[0] ?? within[0];
    if (!mention || !['person', 'organization', 'place'].includes(mention.type)) continue;
    result.set(quote, doc.entities.filter((m) => m.entity_id === mention.entity_id));
  }
  return result;
}

function sameSpeaker(name: string, chain: Mention[]): boolean {
  const want = strip(name);
  // Equal to a mention, or the end of one: "Department of Agriculture" of "The U.S. Department of Agriculture".
  if (chain.some((m) => [strip(m.text), strip(m.min_text)].some((t) => t === want || t.endsWith(` ${want}`)))) return true;
  // A person by surname: "Raisinghani" of "Environment Canada spokeswoman Sujata Raisinghani".
  const surname = want.split(' ').at(-1)!;
  return (
    surname.length > 2 &&
    chain.some((m) => m.type === 'person' && /\p{Lu}/u.test(m.text.trim().split(/\s+/).at(-1)![0] ?? '') && strip(m.text).split(' ').at(-1) === surname)
  );
}

export function quoteBench(evalDir: string): void {
  const file = path.join(evalDir, 'gum-news/derived/gum_news_eval.jsonl');
  const docs = readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Doc);
  const spans = { annotated: { tpPred: 0, pred: 0, tpGold: 0, gold: 0, docs: 0 }, all: { tpPred: 0, pred: 0, tpGold: 0, gold: 0, docs: 0 } };
  const speakers = { right: 0, named: 0, total: 0 };
  const speakersUnmarked = { right: 0, named: 0, total: 0 };
  const verbose = Boolean(process.env.BENCH_VERBOSE);
  for (const doc of docs) {
    const { facts, toGum } = runGum(doc);
    const gold = doc.quotations.filter((q) => q.tag === 'quote');
    const preds = facts.quotes.filter((q) => q.kind === 'direct').map((q) => ({ quote: q, start: toGum(q.start), end: toGum(q.end) }));
    const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && a.end > b.start;
    const annotated = doc.quotations.length > 0;
    for (const score of annotated ? [spans.annotated, spans.all] : [spans.all]) {
      score.docs += 1;
      score.gold += gold.length;
      score.pred += preds.length;
      score.tpPred += preds.filter((p) => gold.some((g) => overlaps(p, g))).length;
      score.tpGold += gold.filter((g) => preds.some((p) => overlaps(p, g))).length;
    }
    if (verbose && annotated) {
      for (const g of gold) if (!preds.some((p) => overlaps(p, g))) console.log(`  span missed ${doc.doc_id}: "${g.text.slice(0, 60)}"`);
      for (const p of preds) {
        if (!gold.some((g) => overlaps(p, g))) console.log(`  span wrong ${doc.doc_id}: "${p.quote.text.slice(0, 60)}"`);
      }
    }
    const conllu = path.join(evalDir, 'gum-news/raw/dep', `${doc.doc_id}.conllu`);
    if (!existsSync(conllu)) continue;
    // Where GUM marked no quotations, the discourse layer still says who is quoted in our spans.
    const golds = goldSpeakers(doc, readFileSync(conllu, 'utf8'), annotated ? gold : preds.map((p) => ({ ...p, text: p.quote.text })));
    const counts = annotated ? speakers : speakersUnmarked;
    for (const p of preds) {
      const chain = [...golds].find(([g]) => overlaps(p, g))?.[1];
      if (!chain) continue;
      {
        const q: Quote = p.quote;
        counts.total += 1;
        if (!q.speaker) {
          if (verbose) console.log(`  speaker missed ${doc.doc_id}: "${q.text.slice(0, 50)}" (want ${chain[0]!.text})`);
          continue;
        }
        counts.named += 1;
        if (sameSpeaker(q.speaker.name, chain)) counts.right += 1;
        else if (verbose) console.log(`  speaker wrong ${doc.doc_id}: "${q.text.slice(0, 50)}" → ${q.speaker.name} (want ${chain.map((m) => m.text).join(' / ')})`);
      }
    }
  }
  for (const [label, s] of [['documents with quotation markup', spans.annotated], ['all documents', spans.all]] as const) {
    const p = s.tpPred / s.pred;
    const r = s.tpGold / s.gold;
    const head = label === 'all documents' ? '  ' : 'GUM news: direct-quote span F1 ';
    console.log(`${head}${label === 'all documents' ? `${label}: F1 ` : ''}${(100 * f1(p, r)).toFixed(1)} (P ${(100 * p).toFixed(1)} R ${(100 * r).toFixed(1)}, ${s.gold} <quote> spans in ${s.docs} ${label}${label === 'all documents' ? ', five without any quotation markup' : '; goal ≥ 80, paired-quote regex 59'})`);
  }
  const line = (c: typeof speakers) => `P ${pct(c.right, c.named)} R ${pct(c.right, c.total)} F1 ${(100 * f1(c.right / c.named, c.right / c.total)).toFixed(1)} (${c.right}/${c.named} named, ${c.total}`;
  console.log(`GUM news: direct-quote speaker ${line(speakers)} found <quote> spans with a speaker in GUM's attribution relations; goal P ≥ 95, R ≥ 85, citron 92.9/73.3)`);
  console.log(`  in the five documents without quotation markup: ${line(speakersUnmarked)} found quotes the attribution relations give a speaker)`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  quoteBench(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/eval/nlp'));
}
