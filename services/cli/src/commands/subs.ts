import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import {
  formatCadence,
  formatRule,
  matchRule,
  parseCadence,
  parseChannel,
  parseRule,
  parseSubscriptionsFile,
  prepareDocument,
  RuleSyntaxError,
  type SubscriptionSpec,
} from '@pwatch/alerts';
import { deleteSubscription, deliveryLog, findSubscription, listSubscriptions, loadArticleForMatching, saveSubscription, type Db } from '@pwatch/db';
import { UsageError, type Command } from '../command.ts';
import { withContext } from '../context.ts';

const usage = `pwatch subs add <name> --rule RULE [--cadence CADENCE] [--channel CHANNEL]... [--secret KEY] [--breaking] [--disabled]
       pwatch subs list
       pwatch subs show <name|id>
       pwatch subs rm <name|id>
       pwatch subs test <name|id> | --rule RULE  [--days N] [--limit N]
       pwatch subs sync <subscriptions.json> [--prune]

  CADENCE  immediate | hourly | "daily 08:00 Asia/Seoul" | "weekly mon 08:00 Europe/London"
  CHANNEL  an email address, a Slack webhook URL (or slack:URL), any other URL is a signed JSON webhook
  RULE     keywords, "phrases", AND OR NOT -x ( ), entity: topic: event: stance:actor+action source: lang: relevance>=0.5`;

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        rule: { type: 'string' },
        cadence: { type: 'string' },
        channel: { type: 'string', multiple: true },
        secret: { type: 'string' },
        breaking: { type: 'boolean' },
        disabled: { type: 'boolean' },
        prune: { type: 'boolean' },
        days: { type: 'string' },
        limit: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** A rule error as the analyst needs it: the message, the rule, a caret under the fault. */
function ruleOrUsage(rule: string) {
  try {
    return parseRule(rule);
  } catch (error) {
    if (error instanceof RuleSyntaxError) throw new UsageError(`bad rule: ${error.message}`);
    throw error;
  }
}

async function showOne(db: Db, nameOrId: string): Promise<number> {
  const subscription = await findSubscription(db, nameOrId);
  if (!subscription) {
    process.stderr.write(`pwatch subs: no subscription "${nameOrId}"\n`);
    return 1;
  }
  const line = (text: string) => process.stdout.write(`${text}\n`);
  line(`#${subscription.id} ${subscription.name}${subscription.enabled ? '' : ' (disabled)'}`);
  line(`  rule      ${subscription.rule}`);
  line(`  parsed    ${formatRule(ruleOrUsage(subscription.rule))}`);
  line(`  cadence   ${subscription.cadence}${subscription.breaking ? ' + breaking news at once' : ''}`);
  for (const channel of subscription.channels) line(`  channel   ${channel.kind} ${channel.target}${channel.kind === 'webhook' ? (channel.secret ? ' (own secret)' : ' (ALERT_WEBHOOK_SECRET)') : ''}`);
  if (subscription.channels.length === 0) line('  channel   (none: digests are stored and previewed, not sent)');
  const [alerts, unsent] = await Promise.all([
    db.alert.count({ where: { subscriptionId: subscription.id } }),
    db.alertItem.count({ where: { subscriptionId: subscription.id, digestId: null } }),
  ]);
  line(`  alerts    ${alerts} stories, ${unsent} items waiting for the next digest`);
  const log = await deliveryLog(db, subscription.id, 10);
  if (log.length) line('  recent deliveries:');
  for (const row of log) {
    line(
      `    ${row.createdAt.toISOString().slice(0, 16)} ${row.digest.windowKey} → ${row.channel.kind} ${row.channel.target}: ${row.status}` +
        ` (${row.attempts} attempt${row.attempts === 1 ? '' : 's'})${row.lastError ? ` — ${row.lastError.slice(0, 120)}` : ''}`,
    );
  }
  return 0;
}

async function testRule(db: Db, rule: string, days: number, limit: number): Promise<number> {
  const node = ruleOrUsage(rule);
  const since = new Date(Date.now() - days * 86_400_000);
  const recent = await db.article.findMany({
    where: { status: 'extracted', createdAt: { gte: since } },
    select: { id: true },
    orderBy: { createdAt: 'desc' },
    take: 5_000,
  });
  let matched = 0;
  for (const { id } of recent) {
    const article = await loadArticleForMatching(db, id);
    if (!article) continue;
    const host = new URL(article.url).hostname.replace(/^www\./, '');
    const prepared = prepareDocument({
      ...article,
      sources: [host, article.siteName, ...article.feeds.flatMap((feed) => [feed.title, new URL(feed.url).hostname])].filter((value): value is string => Boolean(value)),
    });
    if (!matchRule(node, prepared)) continue;
    matched += 1;
    if (matched <= limit) process.stdout.write(`  #${article.id} ${article.title ?? '(untitled)'} — ${article.url}\n`);
  }
  process.stdout.write(`${matched} of ${recent.length} articles extracted in the last ${days} days match ${formatRule(node)}\n`);
  return 0;
}

export const command: Command = {
  summary: 'Manage alert subscriptions: add, list, show, rm, test a rule, sync from a JSON file.',
  usage,
  async run(argv) {
    const { values, positionals } = parse(argv);
    const [action, target] = positionals;
    switch (action) {
      case 'add': {
        if (!target) throw new UsageError('subs add needs a name');
        if (!values.rule) throw new UsageError('subs add needs --rule');
        ruleOrUsage(values.rule);
        let spec: SubscriptionSpec;
        try {
          spec = {
            name: target,
            rule: values.rule,
            cadence: formatCadence(parseCadence(values.cadence ?? 'daily 08:00 UTC')),
            channels: (values.channel ?? []).map((channel) => parseChannel(channel, values.secret)),
            breaking: values.breaking ?? false,
            enabled: !values.disabled,
          };
        } catch (error) {
          throw new UsageError(error instanceof Error ? error.message : String(error));
        }
        return withContext(async ({ db }) => {
          const saved = await saveSubscription(db, spec);
          process.stdout.write(`saved subscription #${saved.id} "${saved.name}" (${saved.cadence}, ${saved.channels.length} channel${saved.channels.length === 1 ? '' : 's'})\n`);
          return 0;
        });
      }
      case 'list':
        return withContext(async ({ db }) => {
          const rows = await listSubscriptions(db);
          if (rows.length === 0) process.stdout.write('no subscriptions; add one with `pwatch subs add` or `pwatch subs sync`\n');
          for (const row of rows) {
            process.stdout.write(
              `#${String(row.id).padEnd(4)} ${row.name}${row.enabled ? '' : ' (disabled)'}\n      ${row.cadence}${row.breaking ? ' + breaking' : ''} · ` +
                `${row.channels.length} channel${row.channels.length === 1 ? '' : 's'} · ${row.alerts} stories alerted · ${row.unsentItems} waiting · ${row.rule}\n`,
            );
          }
          return 0;
        });
      case 'show':
        if (!target) throw new UsageError('subs show needs a name or id');
        return withContext(({ db }) => showOne(db, target));
      case 'rm':
        if (!target) throw new UsageError('subs rm needs a name or id');
        return withContext(async ({ db }) => {
          const found = await findSubscription(db, target);
          if (!found) {
            process.stderr.write(`pwatch subs: no subscription "${target}"\n`);
            return 1;
          }
          await deleteSubscription(db, found.id);
          process.stdout.write(`removed subscription #${found.id} "${found.name}" with its alerts, digests and delivery log\n`);
          return 0;
        });
      case 'test': {
        const days = Number(values.days ?? '7');
        const limit = Number(values.limit ?? '20');
        if (!Number.isFinite(days) || days <= 0 || !Number.isInteger(limit) || limit < 0) throw new UsageError('--days and --limit take positive numbers');
        if (values.rule) return withContext(({ db }) => testRule(db, values.rule!, days, limit));
        if (!target) throw new UsageError('subs test needs a subscription or --rule');
        return withContext(async ({ db }) => {
          const found = await findSubscription(db, target);
          if (!found) {
            process.stderr.write(`pwatch subs: no subscription "${target}"\n`);
            return 1;
          }
          return testRule(db, found.rule, days, limit);
        });
      }
      case 'sync': {
        if (!target) throw new UsageError('subs sync needs a file');
        let specs: SubscriptionSpec[];
        try {
          specs = parseSubscriptionsFile(await readFile(target, 'utf8'));
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          process.stderr.write(`pwatch subs sync: ${target}: ${message}\n`);
          return 1;
        }
        return withContext(async ({ db }) => {
          for (const spec of specs) {
            const saved = await saveSubscription(db, spec);
            process.stdout.write(`synced #${saved.id} "${saved.name}" (${formatCadence(parseCadence(saved.cadence))}, ${saved.channels.length} channels)\n`);
          }
          if (values.prune) {
            const names = new Set(specs.map((spec) => spec.name));
            for (const row of await listSubscriptions(db)) {
              if (names.has(row.name)) continue;
              await deleteSubscription(db, row.id);
              process.stdout.write(`removed #${row.id} "${row.name}" (not in ${target})\n`);
            }
          }
          return 0;
        });
      }
      default:
        throw new UsageError(action ? `unknown action "${action}"` : 'no action given');
    }
  },
};
