// `pnpm bench:clean`: quality, speed and memory of `pwatch clean` beside Readability.js 0.6 + jsdom,
// on the same pages in the same run. Prints one table. Needs ../shared/eval (skips without it).
//
// Speed is whole-process pages per second: each tool runs as a child process pinned to one core
// (taskset), timed from spawn to exit, so start-up is included for both. Each tool cleans all the
// pages of both sets in one process, as a batch would: the pages are staged as links under one
// folder (readability/<id>.html, trafilatura/<id>.html; the two sets share some names), and each
// set's outputs are scored against its own gold. Both read the pages from a page cache warmed
// before either runs, and both write a .txt and a .json per page.
//
// pwatch clean runs six times, three times before and three times after Readability.js, and its
// time is the mean of the six. On a shared machine the load changes over the two minutes
// Readability.js takes; a single seven-second run of ours samples that load at one moment only
// (here one run in four or five caught a slow spell, 30-40% slower than the run beside it). The
// runs bracket Readability.js's, and the more of them there are, the less one spell weighs (with
// four, a spell over the last two still moved the ratio by a tenth). Every run is printed, and
// each run's outputs must be byte-identical to the first's.
//
// Each timed run follows an untimed warm-up of the same tool on 20 pages: the run right after
// Readability.js's (1.3 GB of jsdom heap given back to the system) was up to 40% slower here than
// the same run a second later, and a tool should not be timed on the aftermath of the other.
//
// The outputs (about 15,000 files a run of the bench) go to a RAM-backed folder (/dev/shm) where
// there is one, and `.bench-out/clean` links to it; `--disk` keeps them in `.bench-out/clean` itself.
// There they hold about 200 MB of memory until the next run or a reboot (the table's last line says
// how to free it).
// Why: on this machine's disk (ext4 without a journal) creating a file within a minute or five of
// deleting many skips the freed inodes one by one (the kernel's recently_deleted check). The bench
// itself deleted the last run's 13,000 files as it started, and a pwatch run right after took
// 9.0-10.8 s where it took 6.5-6.8 s before the deletion and 6.5-7.1 s five minutes after (system
// time 1.2-2.1 s against 0.8-1.0 s). That taxed the short runs of ours far more than Readability.js's
// two minutes, by an amount that depended on when the bench last ran. Both tools write the same
// files to the same place.
import { spawn } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, rename, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { load as cheerioLoad } from 'cheerio/slim';
import { cleanArticle, decodeHtmlBytes } from '../src/index.ts';
import { parseHtml } from '../src/parse.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const evalDir = path.resolve(root, '../shared/eval');
const outLink = path.join(root, '.bench-out', 'clean');
const quick = process.argv.includes('--quick');
const onDisk = process.argv.includes('--disk') || !isWritableDir('/dev/shm');
const outRoot = onDisk ? outLink : '/dev/shm/pwatch-bench-clean';

function isWritableDir(dir: string): boolean {
  try {
    const stat = statSync(dir);
    return stat.isDirectory() && (stat.mode & 0o222) !== 0;
  } catch {
    return false;
  }
}

/**
 * Makes `outRoot` an empty folder, and `.bench-out/clean` the way to it. A folder of outputs left
 * on disk by an earlier run is moved aside and deleted only after the timed runs (see the top).
 */
async function prepareOutRoot(): Promise<string | null> {
  let aside: string | null = null;
  await mkdir(path.dirname(outLink), { recursive: true });
  const existing = lstatOrNull(outLink);
  if (existing && !existing.isSymbolicLink() && (!onDisk || existing.isDirectory())) {
    aside = `${outLink}.old-${process.pid}`;
    await rename(outLink, aside);
  } else if (existing?.isSymbolicLink() && onDisk) {
    await rm(outLink);
  }
  await rm(outRoot, { recursive: true, force: true });
  await mkdir(outRoot, { recursive: true });
  if (!onDisk && !lstatOrNull(outLink)) await symlink(outRoot, outLink);
  return aside;
}

function lstatOrNull(file: string) {
  try {
    return lstatSync(file);
  } catch {
    return null;
  }
}

if (!existsSync(path.join(evalDir, 'score.mjs'))) {
  console.log(`bench:clean skipped: ${evalDir} not found (the evaluation pages are not part of the repository).`);
  process.exit(0);
}

interface RunResult {
  seconds: number;
  /** CPU time (user + system) of the whole child process (with its own children), as reported at exit. */
  cpuSeconds: number | null;
  maxRssKiB: number | null;
  code: number | null;
  stderr: string;
}

const pinned = existsSync('/usr/bin/taskset') ? ['/usr/bin/taskset', '-c', '0'] : [];

function run(cmd: string[], env: Record<string, string> = {}): Promise<RunResult> {
  const full = [...pinned, ...cmd];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(full[0]!, full.slice(1), { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      // On one core `pwatch` works in a child of a small launcher (services/cli/src/one-core.ts):
      // each reports its own figures, and the two run at the same time, so they add up.
      const sum = (re: RegExp) => {
        const found = [...stderr.matchAll(re)].map((m) => Number(m[1]));
        return found.length ? found.reduce((a, b) => a + b, 0) : null;
      };
      const cpuMicros = sum(/cpu (\d+) us/g);
      resolve({ seconds, cpuSeconds: cpuMicros === null ? null : cpuMicros / 1e6, maxRssKiB: sum(/maxRSS (\d+) KiB/g), code, stderr });
    });
  });
}

// Node 24 runs the TypeScript sources itself (type stripping), as pnpm scripts do.
const nodeTs = [process.execPath];
const pwatchClean = (inputs: string[], out: string) => [...nodeTs, path.join(root, 'services/cli/bin/pwatch.mjs'), 'clean', ...inputs, '--out', out];

interface Scores {
  f1: number;
  title: number | null;
  author: number | null;
  date: number | null;
}

async function score(predDir: string, gold: string, skipSynthetic: boolean): Promise<Scores> {
  const json = `${predDir}.score.json`;
  const args = ['score.mjs', predDir, '--gold', gold, '--bootstrap', '0', '--json', json];
  if (skipSynthetic) args.push('--skip-synthetic');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: evalDir, stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`score.mjs exited ${code}`))));
  });
  const r = JSON.parse(readFileSync(json, 'utf8')) as {
    shingle?: { f1: number };
    snippets?: { f1: number };
    metadata?: Record<string, { exact: number }>;
  };
  return {
    f1: r.shingle?.f1 ?? r.snippets?.f1 ?? NaN,
    title: r.metadata?.title?.exact ?? null,
    author: r.metadata?.author?.exact ?? null,
    date: r.metadata?.datePublished?.exact ?? null,
  };
}

function pages(dir: string, skipSynthetic: boolean): string[] {
  const out: string[] = [];
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.json')) continue;
    const id = f.slice(0, -5);
    const html = path.join(dir, `${id}.html`);
    if (!existsSync(html)) continue;
    if (skipSynthetic && (JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { synthetic?: boolean }).synthetic) continue;
    out.push(html);
  }
  return out;
}

/** A 15 MB article page: long body, heavy navigation, sidebars and comments, as a stress test. */
function bigPage(): string {
  const parts: string[] = ['<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Stress test | Bench</title></head><body>'];
  parts.push('<nav><ul>', ...Array.from({ length: 2000 }, (_, i) => `<li><a href="/s/${i}">Section ${i}</a></li>`), '</ul></nav>');
  parts.push('<div class="layout"><article class="story"><h1>Stress test</h1><div class="story-body">');
  let size = parts.join('').length;
  let i = 0;
  while (size < 15 * 1024 * 1024) {
    const p =
      i % 7 === 6
        ? `<aside class="related"><ul>${Array.from({ length: 10 }, (_, k) => `<li><a href="/r/${i}/${k}">Related story ${i}-${k}</a></li>`).join('')}</ul></aside>`
        : `<p>Paragraph ${i}: the delegation met on Tuesday, officials said, and talks would continue, according to a statement released by the ministry, which added that further rounds, dates and venues were still being discussed by both sides.</p>`;
    parts.push(p);
    size += p.length;
    i++;
  }
  parts.push('</div></article><div class="sidebar">', ...Array.from({ length: 3000 }, (_, k) => `<div class="widget"><a href="/w/${k}">Widget ${k}</a></div>`), '</div></div></body></html>');
  return parts.join('');
}

/**
 * Pages whose tags are never closed, so that every box nests in the one before, 100,000 deep, a
 * text dump of 100,000 header lines, a Markdown line of 50,000 unclosed bold marks, a dump paragraph
 * of 50,000 photo credits and a gallery of 50,000 captioned pictures: each once made some step of the
 * cleaner go over the whole chain, the rest of the dump or line, or the captions so far again at
 * every box, line, mark or caption (20,000 nested <aside>s took 10 s, as many <div>s around a short
 * text 8 s, 40,000 header lines 90 s, the 50,000 marks 16 s, 20,000 credits in a paragraph 100 s,
 * 20,000 captions 4.0 s).
 */
function pathologicalPages(): [string, { bytes: Buffer } | { text: string }][] {
  const depth = 100_000;
  const story = '<article><p>The story tells what happened, who said it, and why it matters to readers.</p></article>';
  const html = (page: string) => ({ bytes: Buffer.from(page) });
  return [
    ['divs around a short text', html(`<html><body>${'<div>'.repeat(depth)}A short text.</body></html>`)],
    ['asides', html(`<html><body>${story}${'<aside class="related">'.repeat(depth)}</body></html>`)],
    ['sidebars with text', html(`<html><body>${story}${'<div class="sidebar">Sidebar note, one of many. '.repeat(depth)}</body></html>`)],
    ['inline tags in a paragraph', html(`<html><body><p>${'<b><i>word, '.repeat(depth / 2)}</p></body></html>`)],
    ['a dump of header lines', { text: Array.from({ length: depth / 2 }, (_, i) => `TITLE: Story ${i}\nLINK: https://x.example/${i}`).join('\n') }],
    ['a Markdown line of 50,000 unclosed bold marks', { text: `Markdown Content:\n${'**word '.repeat(depth / 2)}` }],
    [
      'a dump paragraph of 50,000 photo credits',
      { text: `Headline of the story\n${Array.from({ length: depth / 2 }, (_, i) => `Sentence ${i} tells what happened. A caption ${i} [Photo: Xinhua]`).join(' ')}` },
    ],
    [
      'a gallery of 50,000 captioned pictures',
      html(`<html><body><article>${Array.from({ length: depth / 2 }, (_, i) => `<figure><img src="/g/${i}.jpg"><figcaption>Photo ${i} (Yonhap)</figcaption></figure><p>Paragraph ${i} tells what happened.</p>`).join('')}</article></body></html>`),
    ],
  ];
}

function pathologicalPagesResult(): string {
  const now = new Date();
  const times = pathologicalPages().map(([name, input]) => {
    const started = performance.now();
    cleanArticle({ ...input, now });
    return [name, (performance.now() - started) / 1000] as const;
  });
  const slowest = Math.max(...times.map(([, t]) => t));
  return `slowest ${slowest.toFixed(2)} s (${times.map(([name, t]) => `${name} ${t.toFixed(2)} s`).join(', ')})`;
}

/**
 * The design card names cheerio on its htmlparser2 backend; the cleaner builds its tree straight from
 * htmlparser2's tokenizer instead. This row times the two on the same decoded pages, in process, in
 * alternating passes after a warm-up: cheerio's load alone, beside the tree the cleaner builds.
 */
function treeBuildingResult(files: string[]): string {
  const texts = files.map((file) => decodeHtmlBytes(readFileSync(file)).text);
  const pass = (build: (html: string) => unknown) => {
    const started = performance.now();
    for (const html of texts) build(html);
    return (performance.now() - started) / 1000;
  };
  const viaCheerio = (html: string) => cheerioLoad(html);
  const viaPwatch = (html: string) => parseHtml(html);
  pass(viaCheerio);
  pass(viaPwatch);
  const cheerio: number[] = [];
  const pwatch: number[] = [];
  for (let i = 0; i < 2; i++) {
    cheerio.push(pass(viaCheerio));
    pwatch.push(pass(viaPwatch));
  }
  const c = (cheerio[0]! + cheerio[1]!) / 2;
  const p = (pwatch[0]! + pwatch[1]!) / 2;
  return `${files.length} pages: cheerio/slim load ${c.toFixed(2)} s (${(files.length / c).toFixed(0)} pages/s), pwatch's tree ${p.toFixed(2)} s (${(files.length / p).toFixed(0)} pages/s), ${(c / p).toFixed(1)}x`;
}

function samplesExact(): string {
  const dir = path.join(root, 'test/fixtures/samples');
  const ids = readdirSync(dir).filter((f) => f.endsWith('.expected.json')).map((f) => f.slice(0, -'.expected.json'.length));
  let ok = 0;
  for (const id of ids) {
    const e = JSON.parse(readFileSync(path.join(dir, `${id}.expected.json`), 'utf8')) as Record<string, unknown>;
    const a = cleanArticle({ text: readFileSync(path.join(dir, `${id}.txt`), 'utf8') });
    const got = { title: a.title, url: a.url, publishedDate: a.publishedAt?.slice(0, 10) ?? null, dateline: a.dateline, captions: a.captions, paragraphs: a.paragraphs };
    const want = { title: e.title, url: e.url, publishedDate: e.publishedDate, dateline: e.dateline, captions: e.captions, paragraphs: e.paragraphs };
    if (JSON.stringify(got) === JSON.stringify(want)) ok++;
  }
  return `${ok}/${ids.length}`;
}

async function main(): Promise<void> {
  const aside = await prepareOutRoot();
  console.error(`bench:clean: outputs in ${outRoot}${onDisk ? '' : ' (RAM-backed; .bench-out/clean links to it; --disk to write to the disk)'}`);
  const readabilityGold = path.join(evalDir, 'articles-readability');
  const trafilaturaGold = path.join(evalDir, 'articles-trafilatura');
  let rPages = pages(readabilityGold, true);
  let tPages = pages(trafilaturaGold, false);
  if (quick) {
    rPages = rPages.slice(0, 30);
    tPages = tPages.slice(0, 150);
  }
  const total = rPages.length + tPages.length;
  console.error(`bench:clean: ${rPages.length} readability pages (real), ${tPages.length} trafilatura pages`);

  // Both tools read the same files: read them all once first, so that neither pays for a cold
  // page cache (pwatch clean runs first and would otherwise warm it for Readability).
  let warmBytes = 0;
  for (const file of [...rPages, ...tPages]) warmBytes += readFileSync(file).length;
  console.error(`bench:clean: ${(warmBytes / 1048576).toFixed(0)} MB of pages read once to warm the page cache`);

  // One folder holding both sets, as links: one process per tool cleans it all.
  const staged = path.join(outRoot, 'pages');
  const stage = async (set: 'readability' | 'trafilatura', files: string[]) => {
    await mkdir(path.join(staged, set), { recursive: true });
    for (const file of files) {
      await symlink(file, path.join(staged, set, path.basename(file)));
      const sidecar = file.replace(/\.html?$/, '.meta.json');
      if (existsSync(sidecar)) await symlink(sidecar, path.join(staged, set, path.basename(sidecar)));
    }
  };
  await stage('readability', rPages);
  await stage('trafilatura', tPages);
  const stagedAs = (set: 'readability' | 'trafilatura', files: string[]) => files.map((f) => path.join(staged, set, path.basename(f)));
  const stagedPages = [...stagedAs('readability', rPages), ...stagedAs('trafilatura', tPages)];
  const sets = (dir: string) => ({ r: path.join(dir, 'readability'), t: path.join(dir, 'trafilatura') });
  const ours = path.join(outRoot, 'ours');
  const oursAgain = path.join(outRoot, 'ours-again');
  const theirs = path.join(outRoot, 'readability-js');
  const env = { PWATCH_REPORT_RSS: '1' };
  const child = path.join(import.meta.dirname, 'readability-child.ts');
  const list = path.join(outRoot, 'list-all.txt');
  await writeFile(list, stagedPages.join('\n'));

  // Untimed, the same few pages each time: see the note at the top.
  const warmPages = stagedAs('trafilatura', tPages.slice(0, 20));
  const warmList = path.join(outRoot, 'list-warm-up.txt');
  await writeFile(warmList, warmPages.join('\n'));
  const warmUp = async (tool: 'ours' | 'theirs') => {
    const out = path.join(outRoot, `warm-up-${tool}`);
    await rm(out, { recursive: true, force: true });
    await run(tool === 'ours' ? pwatchClean(warmPages, out) : [...nodeTs, child, warmList, out, staged]);
  };

  // Each run writes to a folder of its own: creating 2,166 files costs what it costs a user; writing
  // over a previous run's would not.
  const oursRunsOf = async (outs: string[]) => {
    await warmUp('ours');
    const runs: RunResult[] = [];
    for (const out of outs) runs.push(await run(pwatchClean([staged], out), env));
    return runs;
  };
  console.error('bench:clean: running pwatch clean …');
  const before = await oursRunsOf([ours, path.join(outRoot, 'ours-2'), path.join(outRoot, 'ours-3')]);

  console.error('bench:clean: running Readability.js + jsdom (slow) …');
  await warmUp('theirs');
  const theirsRun = await run([...nodeTs, child, list, theirs, staged]);

  console.error('bench:clean: running pwatch clean again …');
  const after = await oursRunsOf([oursAgain, path.join(outRoot, 'ours-again-2'), path.join(outRoot, 'ours-again-3')]);
  const oursRuns = [...before, ...after];
  const differing = [path.join(outRoot, 'ours-2'), path.join(outRoot, 'ours-3'), oursAgain, path.join(outRoot, 'ours-again-2'), path.join(outRoot, 'ours-again-3')].flatMap((other) => [
    ...differingFiles(sets(ours).r, sets(other).r),
    ...differingFiles(sets(ours).t, sets(other).t),
  ]);

  console.error('bench:clean: scoring …');
  const [sOR, sOT, sTR, sTT] = await Promise.all([
    score(sets(ours).r, readabilityGold, true),
    score(sets(ours).t, trafilaturaGold, false),
    score(sets(theirs).r, readabilityGold, true),
    score(sets(theirs).t, trafilaturaGold, false),
  ]);

  console.error('bench:clean: 15 MB page …');
  const bigDir = path.join(outRoot, 'big');
  await mkdir(bigDir, { recursive: true });
  const big = path.join(bigDir, 'big-page.html');
  const bigHtml = bigPage();
  await writeFile(big, bigHtml);
  const bigRun = await run(pwatchClean([big], path.join(bigDir, 'out')), env);
  let bigResult = `failed (exit ${bigRun.code})`;
  if (bigRun.code === 0) {
    const out = JSON.parse(readFileSync(path.join(bigDir, 'out', 'big-page.json'), 'utf8')) as { paragraphs: string[] };
    bigResult = `${(bigHtml.length / 1048576).toFixed(1)} MB in ${bigRun.seconds.toFixed(2)} s, peak RSS ${mb(bigRun.maxRssKiB)}, ${out.paragraphs.length} paragraphs`;
  }

  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const oursRate = total / mean(oursRuns.map((r) => r.seconds));
  const rates = (runs: RunResult[]) => runs.map((r) => (total / r.seconds).toFixed(1)).join(', ');
  const theirsRate = total / theirsRun.seconds;
  // The same ratio on CPU time: on a machine shared with other work, wall time also counts the
  // time a process waited for the core; CPU time does not.
  const oursCpu = oursRuns.some((r) => r.cpuSeconds === null) ? null : mean(oursRuns.map((r) => r.cpuSeconds!));
  const theirsCpu = theirsRun.cpuSeconds;
  const cpuRatio = oursCpu && theirsCpu ? `${(total / oursCpu / (total / theirsCpu)).toFixed(1)}x (${(total / oursCpu).toFixed(1)} vs ${(total / theirsCpu).toFixed(1)} pages per CPU second)` : 'n/a';
  const f = (x: number | null) => (x === null || Number.isNaN(x) ? 'n/a' : x.toFixed(3));
  const rows: [string, string, string][] = [
    ['readability set: shingle F1 (real pages)', f(sOR.f1), f(sTR.f1)],
    ['readability set: title / author / date exact', `${f(sOR.title)} / ${f(sOR.author)} / ${f(sOR.date)}`, `${f(sTR.title)} / ${f(sTR.author)} / ${f(sTR.date)}`],
    ['trafilatura set: snippet F1', f(sOT.f1), f(sTT.f1)],
    ['trafilatura set: title / author / date exact', `${f(sOT.title)} / ${f(sOT.author)} / ${f(sOT.date)}`, `${f(sTT.title)} / ${f(sTT.author)} / ${f(sTT.date)}`],
    [`pages/s, whole process, one core (${total} pages)`, `${oursRate.toFixed(1)} (runs before: ${rates(before)}; after: ${rates(after)})`, theirsRate.toFixed(1)],
    ['speed ratio', `${(oursRate / theirsRate).toFixed(1)}x`, '1.0x'],
    ['speed ratio on CPU time (whole process)', cpuRatio, '1.0x'],
    [
      'peak RSS over both sets, highest of the runs',
      `${mb(oursRuns.map((r) => r.maxRssKiB).reduce(maxOf, null))} (runs before: ${before.map((r) => mb(r.maxRssKiB)).join(', ')}; after: ${after.map((r) => mb(r.maxRssKiB)).join(', ')})`,
      mb(theirsRun.maxRssKiB),
    ],
    ['15 MB generated page', bigResult, '-'],
    ['pathological pages (100,000 deep, 100,000 header lines, 50,000 captions, credits or bold marks); in process', pathologicalPagesResult(), '-'],
    ['building the tree, in process (the eval pages, decoded)', treeBuildingResult([...rPages, ...tPages]), '-'],
    ['customer samples exact', samplesExact(), '-'],
    ["later runs' outputs identical to the first's", differing.length === 0 ? 'yes' : `no: ${differing.length} files differ (${differing.slice(0, 3).join(', ')})`, '-'],
  ];
  const w0 = Math.max(...rows.map((r) => r[0].length), 6);
  const w1 = Math.max(...rows.map((r) => r[1].length), 'pwatch clean'.length);
  const w2 = Math.max(...rows.map((r) => r[2].length), 'Readability.js 0.6 + jsdom'.length);
  const line = (a: string, b: string, c: string) => `| ${a.padEnd(w0)} | ${b.padEnd(w1)} | ${c.padEnd(w2)} |`;
  console.log(line('metric', 'pwatch clean', 'Readability.js 0.6 + jsdom'));
  console.log(`|${'-'.repeat(w0 + 2)}|${'-'.repeat(w1 + 2)}|${'-'.repeat(w2 + 2)}|`);
  for (const r of rows) console.log(line(...r));
  for (const [name, r] of [...oursRuns.map((r, i) => [`pwatch clean, run ${i + 1}`, r] as const), ['readability', theirsRun] as const]) {
    if (r.code !== 0 && r.code !== 1) console.log(`note: ${name} exited ${r.code}: ${r.stderr.slice(-300)}`);
  }
  console.log(
    onDisk
      ? `note: both tools wrote their outputs to the disk: ${outRoot}`
      : `note: both tools wrote their outputs to a RAM-backed folder, ${outRoot}; they hold memory (about 200 MB) until the next run or a reboot: rm -r ${outRoot} frees it`,
  );
  // After every timed run: deleting thousands of files slows the creation of the next ones.
  if (aside) await rm(aside, { recursive: true, force: true });
}

/** Names of the files in `a` whose bytes differ from the same file in `b` (or that `b` lacks), and of files only `b` has. */
function differingFiles(a: string, b: string): string[] {
  const inA = new Set(readdirSync(a));
  const out: string[] = [];
  for (const name of inA) {
    const other = path.join(b, name);
    if (!existsSync(other) || !readFileSync(path.join(a, name)).equals(readFileSync(other))) out.push(name);
  }
  for (const name of readdirSync(b)) if (!inA.has(name)) out.push(name);
  return out;
}

function maxOf(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}

function mb(kib: number | null): string {
  return kib === null ? 'n/a' : `${(kib / 1024).toFixed(0)} MB`;
}

await main();
