import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { cleanArticle, decodeTextBytes, primeCleaner, type CleanedArticle } from '@pwatch/cleaner';
import { parseBatchArgs, runBatch, type BatchInput } from '../batch.ts';
import type { Command } from '../command.ts';
import { peakRssKiB } from '../peak-rss.ts';

const EXTENSIONS = ['.html', '.htm', '.txt'];
/** Batches at least this long start by priming the cleaner (see primeCleaner): it costs tens of ms. */
const PRIME_FROM = 100;

/** The page's address from a `<name>.meta.json` sidecar beside the input, if there is one. */
function sidecarUrl(input: BatchInput): string | null {
  const base = input.path.slice(0, input.path.length - path.extname(input.path).length);
  const file = `${base}.meta.json`;
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new Error(`cannot read the sidecar ${file}: ${(error as Error).message}`, { cause: error });
  }
  // A sidecar that says something unreadable fails the page: cleaned without its address, the
  // page would lose its canonical URL and the date in it without anyone noticing.
  let meta: unknown;
  try {
    meta = JSON.parse(raw);
  } catch (error) {
    throw new Error(`the sidecar ${file} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const url = (meta as { url?: unknown } | null)?.url;
  if (url === undefined || url === null || url === '') return null;
  if (typeof url !== 'string') throw new Error(`the sidecar ${file} gives "url" as ${typeof url}, not a string`);
  return url;
}

/**
 * Writes the article as JSON (indented by two spaces, as `JSON.stringify(…, null, 2)` would) in
 * pieces: a long page's text and paragraphs would otherwise be copied into one large string, and
 * again into a buffer, at once.
 */
function writeJson(file: string, article: CleanedArticle): void {
  // `datePublished` repeats the source's calendar date under the name the scorers read.
  const record: Record<string, unknown> = { ...article, datePublished: article.publishedDate ?? article.publishedAt };
  // An ordinary page is written in one go: stringifying piece by piece only pays on long ones.
  if (article.text.length < 1_000_000) {
    writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
    return;
  }
  const fd = openSync(file, 'w');
  try {
    let pending = '{';
    const write = (piece: string) => {
      pending += piece;
      if (pending.length >= 65536) {
        writeSync(fd, pending);
        pending = '';
      }
    };
    const entries = Object.entries(record).filter(([, value]) => value !== undefined);
    entries.forEach(([key, value], index) => {
      write(`${index > 0 ? ',' : ''}\n  ${JSON.stringify(key)}: `);
      if (Array.isArray(value) && value.length > 0) {
        write('[');
        value.forEach((item, i) => write(`${i > 0 ? ',' : ''}\n    ${JSON.stringify(item, null, 2).replace(/\n/g, '\n    ')}`));
        write('\n  ]');
      } else {
        write(JSON.stringify(value, null, 2).replace(/\n/g, '\n  '));
      }
    });
    write('\n}\n');
    writeSync(fd, pending);
  } finally {
    closeSync(fd);
  }
}

export const command: Command = {
  summary: 'Clean article pages (HTML or text dumps) into main text and metadata.',
  usage: 'pwatch clean <files or dirs...> --out DIR [--now ISO-DATE]',
  async run(argv) {
    const { inputs, outDir, now } = await parseBatchArgs(argv, EXTENSIONS);
    if (inputs.length >= PRIME_FROM) primeCleaner();
    // A page that comes out with no text (a frameset, a feed or an API's JSON saved as a page, a
    // page drawn by script) is cleaned, not failed, but a batch should not pass over it in silence.
    const noText: string[] = [];
    const result = await runBatch({
      inputs,
      outDir,
      outputSuffixes: ['.txt', '.json'],
      label: 'clean',
      handle: async (input) => {
        // Synchronous reads: the work is CPU-bound on one core, and small reads through the
        // promise API cost more in bookkeeping than they overlap.
        const bytes = readFileSync(input.path);
        const url = sidecarUrl(input);
        const article =
          input.ext === '.txt'
            ? cleanArticle({ text: decodeTextBytes(bytes).text, url, now })
            : cleanArticle({ bytes, url, now });
        // Written here, synchronously, rather than returned for the batch to write: on one core,
        // three thread-pool round trips per file (open, write, close) cost more than the writes.
        const base = path.join(outDir, input.name);
        writeFileSync(`${base}.txt`, `${article.text}\n`);
        writeJson(`${base}.json`, article);
        if (article.paragraphs.length === 0) {
          noText.push(input.path);
          process.stderr.write(`clean: no text found in ${input.path}\n`);
        }
        return {};
      },
    });
    if (noText.length > 0) process.stderr.write(`clean: ${noText.length} of them with no text (named above)\n`);
    if (process.env.PWATCH_REPORT_RSS) {
      const usage = process.resourceUsage();
      process.stderr.write(`clean: maxRSS ${peakRssKiB()} KiB, cpu ${usage.userCPUTime + usage.systemCPUTime} us\n`);
    }
    return result.failed > 0 ? 1 : 0;
  },
};
