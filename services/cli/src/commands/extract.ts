import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { cleanArticle, decodeTextBytes } from '@pwatch/cleaner';
import { extractFacts, type ArticleInput } from '@pwatch/extractor';
import { parseBatchArgs, runBatch, type BatchInput } from '../batch.ts';
import type { Command } from '../command.ts';

// A page already cleaned (`pwatch clean` writes .json) beats re-cleaning its .html or .txt.
const EXTENSIONS = ['.json', '.html', '.htm', '.txt'];

interface ArticleMeta {
  title: string | null;
  publishedAt: string | null;
  url: string | null;
  language: string | null;
}

async function sidecarUrl(input: BatchInput): Promise<string | null> {
  const base = input.path.slice(0, input.path.length - path.extname(input.path).length);
  try {
    const meta = JSON.parse(await readFile(`${base}.meta.json`, 'utf8')) as { url?: unknown };
    return typeof meta.url === 'string' && meta.url ? meta.url : null;
  } catch {
    return null;
  }
}

const stringOrNull = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);

/** The cleaner's JSON: paragraphs are required, the rest is taken when present. */
function fromCleanedJson(raw: string, file: string): ArticleInput & ArticleMeta {
  const data = JSON.parse(raw) as Record<string, unknown>;
  const paragraphs = data.paragraphs;
  if (!Array.isArray(paragraphs) || !paragraphs.every((p) => typeof p === 'string')) {
    throw new Error(`${file}: no "paragraphs" array of strings; expected the JSON that \`pwatch clean\` writes`);
  }
  return {
    title: stringOrNull(data.title),
    paragraphs,
    publishedAt: stringOrNull(data.publishedAt) ?? stringOrNull(data.publishedDate),
    url: stringOrNull(data.url),
    language: stringOrNull(data.language),
  };
}

async function loadArticle(input: BatchInput, now: Date): Promise<ArticleInput & ArticleMeta> {
  const bytes = await readFile(input.path);
  if (input.ext === '.json') return fromCleanedJson(new TextDecoder('utf-8').decode(bytes), input.path);
  const url = await sidecarUrl(input);
  const cleaned =
    input.ext === '.txt'
      ? cleanArticle({ text: decodeTextBytes(bytes).text, url, now })
      : cleanArticle({ bytes, url, now });
  return {
    title: cleaned.title,
    paragraphs: cleaned.paragraphs,
    publishedAt: cleaned.publishedAt,
    url: cleaned.url,
    language: cleaned.language,
  };
}

export const command: Command = {
  summary: 'Extract entities, quotes with speakers, dates, events, relevance and topics from articles.',
  usage: 'pwatch extract <files or dirs...> --out DIR [--now ISO-DATE]',
  async run(argv) {
    const { inputs, outDir, now } = await parseBatchArgs(argv, EXTENSIONS);
    const result = await runBatch({
      inputs,
      outDir,
      outputSuffixes: ['.facts.json'],
      label: 'extract',
      handle: async (input) => {
        const article = await loadArticle(input, now);
        const facts = extractFacts(article);
        const output = {
          article: { title: article.title, publishedAt: article.publishedAt, url: article.url, language: article.language },
          ...facts,
        };
        return { '.facts.json': `${JSON.stringify(output, null, 2)}\n` };
      },
    });
    return result.failed > 0 ? 1 : 0;
  },
};
