import { readFile } from 'node:fs/promises';
import { parseFeed } from '@pwatch/feeds';
import { parseBatchArgs, runBatch } from '../batch.ts';
import type { Command } from '../command.ts';

// Feeds come with any of these names, or none at all ("" ranks files without an extension).
const EXTENSIONS = ['.xml', '.rss', '.atom', '.rdf', '.json', '.txt', '.feed', ''];

export const command: Command = {
  summary: 'Parse feed files (RSS, Atom, RDF, JSON Feed; raw bytes in any charset) into items.',
  usage: 'pwatch feed-parse <files or dirs...> --out DIR [--charset LABEL] [--base-url URL]',
  async run(argv) {
    const { inputs, outDir, values } = await parseBatchArgs(argv, EXTENSIONS, { charset: { type: 'string' }, 'base-url': { type: 'string' } });
    const result = await runBatch({
      inputs,
      outDir,
      outputSuffixes: ['.items.json'],
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
