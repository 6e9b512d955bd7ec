/**
 * Entity error dump against GUM news: every false positive and false negative with the gold or
 * predicted mentions it overlaps, and a count by kind (wrong type, wrong boundary, spurious,
 * missed). Run: pnpm exec node packages/extractor/bench/entity-errors.ts [doc-substring] [--summary]
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { matchEntities, readGum, runGum, type GumEntity } from './gum-entities.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const evalDir = path.resolve(root, '../shared/eval/nlp');
if (!existsSync(evalDir)) {
  console.log(`skipped: ${evalDir} is absent`);
  process.exit(0);
}
const args = process.argv.slice(2);
const summary = args.includes('--summary');
const filter = args.find((a) => !a.startsWith('--'));
const kinds = new Map<string, number>();
const count = (kind: string) => kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
const show = (g: GumEntity) => `${g.type}${g.named ? '' : '(unnamed)'} "${g.text}"${g.min_text !== g.text ? ` [min "${g.min_text}"]` : ''}`;

for (const doc of readGum(evalDir)) {
  if (filter && !doc.doc_id.includes(filter)) continue;
  const { facts, toGum } = runGum(doc);
  const { preds, missed } = matchEntities(doc, facts, toGum);
  const lines: string[] = [];
  for (const p of preds) {
    if (p.gold) continue;
    const over = doc.entities.filter((g) => g.start < p.end && g.end > p.start && ['person', 'organization', 'place'].includes(g.type));
    const sameSpan = over.find((g) => g.named && (g.min_text === p.text || g.text === p.text || g.text.replace(/^the /i, '') === p.text));
    const kind = sameSpan ? `FP type ${p.type}→${sameSpan.type}` : over.some((g) => g.named) ? `FP boundary ${p.type}` : over.length ? `FP unnamed-gold ${p.type}` : `FP spurious ${p.type}`;
    count(kind);
    lines.push(`  ${kind.padEnd(32)} "${p.text}" @${p.start}  gold: ${over.map(show).join(' | ') || '—'}`);
  }
  for (const g of missed) {
    const over = preds.filter((p) => p.start < g.end && p.end > g.start);
    const kind = over.length === 0 ? `FN missed ${g.type}` : over.some((p) => p.gold === g) ? 'FN ?' : `FN overlapped ${g.type}`;
    count(kind);
    const context = doc.text.slice(Math.max(0, g.start - 30), g.end + 30).replace(/\n/g, ' ⏎ ');
    lines.push(`  ${kind.padEnd(32)} ${show(g)} @${g.start}  pred: ${over.map((p) => `${p.type} "${p.text}"${p.gold ? ' (matched other)' : ''}`).join(' | ') || '—'}  …${context}…`);
  }
  if (!summary) {
    console.log(`${doc.doc_id}`);
    for (const line of lines.sort()) console.log(line);
  }
}
console.log('errors by kind:');
for (const [kind, n] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)} ${kind}`);
