import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { decodeBytes, RELEVANCE_THRESHOLD, scoreRelevance } from '@pwatch/feeds';
import { collectInputs } from '../batch.ts';
import { UsageError, type Command } from '../command.ts';

export const command: Command = {
  summary: 'Print the Korean Peninsula relevance score and matched keywords of each text file, for tuning.',
  usage: 'pwatch relevance <files or dirs...> [--json]',
  async run(argv) {
    let parsed;
    try {
      parsed = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean' } } });
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    const { values, positionals } = parsed;
    if (positionals.length === 0) throw new UsageError('no input files given');
    let inputs;
    try {
      inputs = await collectInputs(positionals, ['.txt', '.md', '.html', '.htm', '.xml', '.json', '']);
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    let relevant = 0;
    for (const input of inputs) {
      const { text } = decodeBytes(await readFile(input.path));
      const { score, matches } = scoreRelevance(text);
      if (score >= RELEVANCE_THRESHOLD) relevant++;
      if (values.json) console.log(JSON.stringify({ file: input.path, score, relevant: score >= RELEVANCE_THRESHOLD, matches }));
      else console.log(`${score.toFixed(2).padStart(6)} ${score >= RELEVANCE_THRESHOLD ? '+' : '-'} ${input.path}\t${matches.join(', ')}`);
    }
    if (!values.json) console.log(`${relevant}/${inputs.length} at or above the threshold ${RELEVANCE_THRESHOLD}`);
    return 0;
  },
};
