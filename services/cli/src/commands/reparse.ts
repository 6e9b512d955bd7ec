import { parseArgs } from 'node:util';
import { listStoredArticleIds } from '@pwatch/db';
import { reparseRevisionAt } from '@pwatch/queue';
import { UsageError, type Command } from '../command.ts';
import { withContext } from '../context.ts';

function parseDate(value: string, flag: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new UsageError(`${flag} must be a date such as 2026-01-31 or 2026-01-31T12:00:00Z, not "${value}"`);
  return date;
}

const pageSize = 1000;

export const command: Command = {
  summary:
    'Re-clean stored article pages with the current cleaner and re-extract their facts, so every improvement reaches old articles.',
  usage: 'pwatch reparse --since DATE [--until DATE] [--limit N] [--dry-run]',
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: {
        since: { type: 'string' },
        until: { type: 'string' },
        limit: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
      },
      strict: true,
    });
    if (!values.since) throw new UsageError('--since is required');
    const since = parseDate(values.since, '--since');
    const until = values.until ? parseDate(values.until, '--until') : undefined;
    const limit = values.limit === undefined ? Infinity : Number(values.limit);
    if (!(limit > 0)) throw new UsageError(`--limit must be a positive number, not "${values.limit}"`);

    return withContext(async ({ db, queues }) => {
      // One revision for the whole request: running the command again is a new request, while a
      // retried enqueue of this one is not duplicated.
      const revision = reparseRevisionAt(new Date());
      let afterId = 0;
      let total = 0;
      while (total < limit) {
        const ids = await listStoredArticleIds(db, { since, until, afterId, limit: Math.min(pageSize, limit - total) });
        if (ids.length === 0) break;
        if (!values['dry-run']) {
          await queues().enqueueMany(
            'parse-article',
            ids.map((articleId) => ({ articleId, revision })),
          );
        }
        total += ids.length;
        afterId = ids.at(-1)!;
        process.stderr.write(`reparse: ${total} articles ${values['dry-run'] ? 'found' : 'queued'}\n`);
      }
      process.stdout.write(
        `${values['dry-run'] ? 'would re-parse' : 're-parse queued for'} ${total} article(s) fetched since ${since.toISOString()}` +
          `${until ? ` until ${until.toISOString()}` : ''} (revision ${revision})\n`,
      );
      return 0;
    });
  },
};
