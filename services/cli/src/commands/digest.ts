import { parseArgs } from 'node:util';
import { previewDigest } from '@pwatch/alerter';
import { UsageError, type Command } from '../command.ts';
import { withContext } from '../context.ts';

export const command: Command = {
  summary: 'Preview the digest a subscription would send now (plain text, or --html).',
  usage: 'pwatch digest preview <subscription name or id> [--since DATE] [--html]',
  async run(argv) {
    let parsed;
    try {
      parsed = parseArgs({ args: argv, allowPositionals: true, options: { since: { type: 'string' }, html: { type: 'boolean' } } });
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    const [action, subscription] = parsed.positionals;
    if (action !== 'preview') throw new UsageError(action ? `unknown action "${action}"` : 'no action given');
    if (!subscription) throw new UsageError('digest preview needs a subscription');
    const since = parsed.values.since ? new Date(parsed.values.since) : null;
    if (since && Number.isNaN(since.getTime())) throw new UsageError(`--since: not a date: ${parsed.values.since}`);
    return withContext(async ({ db }) => {
      const preview = await previewDigest(db, subscription, { now: new Date(), since });
      if (!preview) {
        process.stderr.write(`pwatch digest: no subscription "${subscription}"\n`);
        return 1;
      }
      // Without --since: what the next digest carries (matched, not yet sent).
      if (parsed.values.html) process.stdout.write(`${preview.html}\n`);
      else process.stdout.write(`Subject: ${preview.subject}\n\n${preview.text}`);
      return 0;
    });
  },
};
