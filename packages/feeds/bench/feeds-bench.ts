/**
 * Feed parsing over the shared evaluation set (../shared/eval/feeds): per group, files parsed,
 * items, errors by reason and files/s; crashes (anything but FeedParseError) are counted apart;
 * every well-formed feed must parse; feedparser's ill-formed files count as recovered when they
 * yield at least one item or a title.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FeedParseError, parseFeed, type ParsedFeed } from '../src/index.ts';

interface IndexEntry {
  path: string;
  format?: string;
  wellFormedXml?: boolean | null;
  expect?: string | null;
  bozo?: boolean | string | null;
  httpHeaders?: Record<string, string> | null;
}

interface GroupStats {
  files: number;
  parsed: number;
  items: number;
  recovered: number;
  errors: Map<string, number>;
  crashes: number;
  ms: number;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const evalDir = path.resolve(root, '../shared/eval');
const indexFile = path.join(evalDir, 'feeds', 'INDEX.json');

/** Decodes a Python string literal body as written in feedparser's Expect lines. */
function pythonString(body: string): string {
  return body.replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|U[0-9a-fA-F]{8}|.)/g, (_, esc: string) => {
    if (esc.length > 1) return String.fromCodePoint(Number.parseInt(esc.slice(1), 16));
    return ({ n: '\n', t: '\t', r: '\r' } as Record<string, string>)[esc] ?? esc;
  });
}

/** Checks the simplest feedparser expectations (feed title, first entry field); null when not of that form. */
function checkExpect(expect: string, feed: ParsedFeed): boolean | null {
  const m = /^(?:not bozo and |bozo and )?(feed\['title'\]|feed\.link|entries\[0\]\['(?:description|summary|title|link)'\]|entries\[0\]\.(?:summary|link|title))\s*==\s*u?(['"])((?:(?!\2)[^\\]|\\.)*)\2$/.exec(
    expect.trim(),
  );
  if (!m) return null;
  const want = pythonString(m[3]!);
  const field = m[1]!;
  const item = feed.items[0];
  let got: string | null | undefined;
  if (field === 'feed.link') got = feed.link;
  else if (field.startsWith('feed')) got = feed.title;
  else if (/description|summary/.test(field)) got = item?.summary;
  else if (/title/.test(field)) got = item?.title;
  else got = item?.url;
  return (got ?? '').replace(/\s+/g, ' ').trim() === want.replace(/\s+/g, ' ').trim();
}

/** Whether feedparser's expectation tests content, or the file plainly holds an item, entry or title. */
function expectsContent(expect: string, bytes: Buffer): boolean {
  if (/\b(feed|entries)\b[[.]/.test(expect)) return true;
  // UTF-16/32 files hide their tags from a byte search: drop the zero bytes first.
  const ascii = Buffer.from(bytes.filter((b) => b !== 0)).toString('latin1');
  return /<(?:\w+:)?(?:item|entry|title)[\s>]/i.test(ascii);
}

async function main(): Promise<void> {
  if (!existsSync(indexFile)) {
    console.log(`bench:feeds skipped: ${indexFile} not found (the evaluation set lives in ../shared/eval beside the project).`);
    return;
  }
  const index = JSON.parse(readFileSync(indexFile, 'utf8')) as IndexEntry[];
  const groups = new Map<string, GroupStats>();
  const wellFormedFailures: string[] = [];
  let wellFormedFeeds = 0;
  let wellFormedParsed = 0;
  const illformed = {
    total: 0,
    recovered: 0,
    withContent: 0,
    recoveredWithContent: 0,
    checked: 0,
    correct: 0,
    missed: [] as string[],
    empty: [] as string[],
    wrong: [] as string[],
  };
  const crashes: string[] = [];
  const started = performance.now();

  for (const entry of index) {
    const rel = entry.path.replace(/^feeds\//, '');
    const group = rel.split('/')[0]!;
    const stats =
      groups.get(group) ??
      groups.set(group, { files: 0, parsed: 0, items: 0, recovered: 0, errors: new Map(), crashes: 0, ms: 0 }).get(group)!;
    const bytes = readFileSync(path.join(evalDir, entry.path));
    const headers = Object.fromEntries(Object.entries(entry.httpHeaders ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
    const expectsError = /^error\b/i.test(entry.expect ?? '');
    stats.files++;
    let feed: ParsedFeed | null = null;
    const t0 = performance.now();
    try {
      feed = await parseFeed(bytes, { contentType: headers['content-type'] ?? null });
      stats.parsed++;
      stats.items += feed.items.length;
      if (feed.recovered) stats.recovered++;
    } catch (error) {
      if (error instanceof FeedParseError) {
        stats.errors.set(error.reason, (stats.errors.get(error.reason) ?? 0) + 1);
      } else {
        stats.crashes++;
        crashes.push(`${rel}: ${(error as Error).stack ?? String(error)}`);
      }
    }
    stats.ms += performance.now() - t0;

    if (entry.wellFormedXml === true && !expectsError && entry.format !== 'html') {
      wellFormedFeeds++;
      if (feed) wellFormedParsed++;
      else wellFormedFailures.push(rel);
    }
    if (group === 'feedparser' && entry.wellFormedXml === false) {
      illformed.total++;
      const something = feed !== null && (feed.items.length > 0 || feed.title !== null);
      if (something) illformed.recovered++;
      if (expectsContent(entry.expect ?? '', bytes)) {
        illformed.withContent++;
        if (something) illformed.recoveredWithContent++;
        else illformed.missed.push(`${rel} (expect: ${entry.expect ?? '-'})`);
      } else if (!something) illformed.empty.push(`${rel} (expect: ${entry.expect ?? '-'})`);
      const verdict = feed && entry.expect ? checkExpect(entry.expect, feed) : null;
      if (verdict !== null) {
        illformed.checked++;
        if (verdict) illformed.correct++;
        else illformed.wrong.push(`${rel} (expect: ${entry.expect})`);
      }
    }
  }

  const totalMs = performance.now() - started;
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  console.log(`feeds bench over ${path.relative(root, path.join(evalDir, 'feeds'))} (${index.length} files)\n`);
  console.log(`${'group'.padEnd(16)}${pad('files', 7)}${pad('parsed', 8)}${pad('items', 8)}${pad('recov.', 8)}${pad('crash', 7)}${pad('files/s', 9)}  errors by reason`);
  const totals: GroupStats = { files: 0, parsed: 0, items: 0, recovered: 0, errors: new Map(), crashes: 0, ms: 0 };
  for (const [name, s] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const errors = [...s.errors].map(([r, n]) => `${r}: ${n}`).join(', ') || '-';
    console.log(
      `${name.padEnd(16)}${pad(s.files, 7)}${pad(s.parsed, 8)}${pad(s.items, 8)}${pad(s.recovered, 8)}${pad(s.crashes, 7)}${pad((s.files / (s.ms / 1000)).toFixed(0), 9)}  ${errors}`,
    );
    totals.files += s.files;
    totals.parsed += s.parsed;
    totals.items += s.items;
    totals.recovered += s.recovered;
    totals.crashes += s.crashes;
    totals.ms += s.ms;
    for (const [r, n] of s.errors) totals.errors.set(r, (totals.errors.get(r) ?? 0) + n);
  }
  const allErrors = [...totals.errors].map(([r, n]) => `${r}: ${n}`).join(', ') || '-';
  console.log(
    `${'total'.padEnd(16)}${pad(totals.files, 7)}${pad(totals.parsed, 8)}${pad(totals.items, 8)}${pad(totals.recovered, 8)}${pad(totals.crashes, 7)}${pad((totals.files / (totals.ms / 1000)).toFixed(0), 9)}  ${allErrors}`,
  );
  console.log(`\nwall time ${(totalMs / 1000).toFixed(2)} s (parse only: ${(totals.ms / 1000).toFixed(2)} s)`);
  console.log(`crashes: ${crashes.length}`);
  for (const c of crashes.slice(0, 10)) console.log(`  ${c.split('\n').slice(0, 3).join(' | ')}`);
  console.log(`well-formed feeds parsed: ${wellFormedParsed}/${wellFormedFeeds} (files whose expectation is an error excluded)`);
  for (const f of wellFormedFailures.slice(0, 20)) console.log(`  not parsed: ${f}`);
  console.log(`feedparser ill-formed files recovered (>= 1 item or a title): ${illformed.recovered}/${illformed.total} (goal: 255)`);
  console.log(
    `  of those with something to read (expect tests feed/entries, or the file has an item, entry or title): ${illformed.recoveredWithContent}/${illformed.withContent}`,
  );
  for (const f of illformed.missed) console.log(`  nothing read: ${f}`);
  for (const f of illformed.empty) console.log(`  nothing there to read: ${f}`);
  console.log(`feedparser ill-formed files whose simple expectation (title/first entry) holds: ${illformed.correct}/${illformed.checked}`);
  for (const f of illformed.wrong.slice(0, 15)) console.log(`  differs: ${f}`);
  if (crashes.length > 0 || wellFormedFailures.length > 0 || illformed.recovered < 255) process.exitCode = 1;
}

await main();
