import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseFeed } from '@pwatch/feeds';
import { collectInputs, runBatch, type BatchInput } from '../batch.ts';
import { UsageError, type Command } from '../command.ts';

// Feeds come with any of these names, or none at all ("" ranks files without an extension).
const EXTENSIONS = ['.xml', '.rss', '.atom', '.rdf', '.json', '.txt', '.feed', ''];

export const command: Command = {
  summary: 'Parse feed files (RSS, Atom, RDF, JSON Feed; raw bytes in any charset) into items.',
  usage: 'pwatch feed-parse <files or dirs...> --out DIR [--charset LABEL] [--base-url URL]',
  async run(argv) {
    let parsed;
    try {
      parsed = parseArgs({
        args: argv,
        allowPositionals: true,
        options: {
          out: { type: 'string', short: 'o' },
          charset: { type: 'string' },
          'base-url': { type: 'string' },
        },
      });
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    const { values, positionals } = parsed;
    if (positionals.length === 0) throw new UsageError('no input files or folders given');
    if (!values.out) throw new UsageError('--out DIR is required');

    let inputs: BatchInput[];
    try {
      inputs = await collectInputs(positionals, EXTENSIONS);
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    const result = await runBatch({
      inputs,
      outDir: values.out,
      label: 'feed-parse',
      handle: async (input) => {
        const feed = await parseFeed(await readFile(input.path), {
          charsetOverride: values.charset ?? null,
          baseUrl: values['base-url'] ?? null,
        });
        const items = feed.items.map(({ guid, url, title, publishedAt, summary }) => ({ guid, url, title, publishedAt, summary }));
        return { '.items.json': `${JSON.stringify({ title: feed.title, link: feed.link, items }, null, 2)}\n` };
      },
    });
    return result.failed > 0 && result.succeeded === 0 ? 1 : 0;
  },
};
