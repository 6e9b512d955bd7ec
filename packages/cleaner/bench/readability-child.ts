// The reference extractor for the benchmark: Readability.js 0.6 on jsdom, one page after another,
// writing the same <id>.txt / <id>.json files as `pwatch clean`. Run as a child process so that its
// time and memory are its own. Usage: node readability-child.ts LIST_FILE OUT_DIR [ROOT]
// With ROOT, a page's outputs keep its folder relative to ROOT (as `pwatch clean ROOT` names them);
// without, they take the page's base name.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { decodeHtmlBytes } from '../src/index.ts';
import { peakRssKiB } from '../../../services/cli/src/peak-rss.ts';

const [listFile, outDir, root] = process.argv.slice(2);
if (!listFile || !outDir) {
  console.error('usage: readability-child.ts LIST_FILE OUT_DIR [ROOT]');
  process.exit(2);
}
const files = (await readFile(listFile, 'utf8')).split('\n').filter(Boolean);
await mkdir(outDir, { recursive: true });
// jsdom reports every CSS and script error of real pages: silence them.
const virtualConsole = new VirtualConsole();
let failed = 0;
for (const file of files) {
  const id = (root ? path.relative(root, file) : path.basename(file)).replace(/\.html?$/, '');
  try {
    await mkdir(path.dirname(path.join(outDir, id)), { recursive: true });
    const bytes = await readFile(file);
    // Both tools get the same decoding, so the comparison is about extraction.
    const { text } = decodeHtmlBytes(bytes);
    const dom = new JSDOM(text, { url: 'https://example.org/', virtualConsole });
    const article = new Readability(dom.window.document).parse();
    dom.window.close();
    await writeFile(path.join(outDir, `${id}.txt`), article?.textContent ?? '');
    await writeFile(
      path.join(outDir, `${id}.json`),
      JSON.stringify({ title: article?.title ?? null, author: article?.byline ?? null, datePublished: article?.publishedTime ?? null }),
    );
  } catch (error) {
    failed++;
    await writeFile(path.join(outDir, `${id}.error.txt`), String(error));
  }
}
const usage = process.resourceUsage();
console.error(`readability: ${files.length} pages, ${failed} failed, maxRSS ${peakRssKiB()} KiB, cpu ${usage.userCPUTime + usage.systemCPUTime} us`);
