import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import {
  deleteFeed,
  feedHealth,
  findFeed,
  listFeedPolls,
  listFeeds,
  upsertFeed,
  type Db,
  type Feed,
  type FeedHealthRow,
  type FeedInput,
} from '@pwatch/db';
import {
  DEFAULT_FEEDS,
  defaultFeedSettings,
  normalizeCharset,
  OpmlError,
  readOpml,
  writeOpml,
  type OpmlFeed,
} from '@pwatch/feeds';
import { UsageError, type Command } from '../command.ts';
import { withContext } from '../context.ts';

// `pwatch feeds …`: the feed registry. Everything here is a database write; running fetchers pick
// changes up at their next schedule sync (FEED_SYNC_EVERY_MS, a minute by default).

const usage = `pwatch feeds <subcommand> …
  add <url> [--title T] [--min-interval 5m] [--max-interval 24h] [--interval 15m] [--priority N]
            [--charset NAME] [--guid guid|link|title-date] [--all-relevant] [--language xx] [--country XX]
  list [--status active|paused|gone] [--json]
  show <id|url> [--json]
  rm <id|url>...
  pause <id|url>...
  resume <id|url>...
  import-opml <file> [add options applied to every new feed]
  export-opml [--out FILE] [--status active|paused|gone]
  seed                      add the shipped Korean Peninsula feed list (feeds already present are kept)`;

interface Io {
  env: Record<string, string | undefined>;
  out: { write(text: string): unknown };
}

const settingOptions = {
  title: { type: 'string' },
  'min-interval': { type: 'string' },
  'max-interval': { type: 'string' },
  interval: { type: 'string' },
  priority: { type: 'string' },
  charset: { type: 'string' },
  guid: { type: 'string' },
  'all-relevant': { type: 'boolean' },
  language: { type: 'string' },
  country: { type: 'string' },
} satisfies ParseArgsConfig['options'];

function parse<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** "300", "30s", "5m", "2h", "1d" → seconds. */
export function parseDuration(text: string, what: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(s|m|h|d)?$/i.exec(text.trim());
  if (!match) throw new UsageError(`${what} must be a duration such as 300, 5m, 2h or 1d (got "${text}")`);
  const seconds = Math.round(Number(match[1]) * { s: 1, m: 60, h: 3600, d: 86_400 }[(match[2] ?? 's').toLowerCase() as 's']);
  if (seconds < 60 || seconds > 7 * 86_400) throw new UsageError(`${what} must be between 1 minute and 7 days (got "${text}")`);
  return seconds;
}

function feedUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`not a URL: ${text}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`only http and https feeds can be polled: ${text}`);
  return url.href;
}

type Settings = Omit<FeedInput, 'url'>;

/** Settings from options (or OPML attributes); every value checked, errors name the option. */
function settingsFrom(values: Record<string, string | boolean | undefined>, current?: Feed): Settings {
  const settings: Settings = {};
  const text = (key: string) => {
    const value = values[key];
    return typeof value === 'string' ? value : undefined;
  };
  if (text('title') !== undefined) settings.title = text('title')!.trim() || null;
  if (text('language') !== undefined) settings.language = text('language')!.trim() || null;
  if (text('country') !== undefined) settings.country = text('country')!.trim().toUpperCase() || null;
  if (text('min-interval') !== undefined) settings.minIntervalSeconds = parseDuration(text('min-interval')!, '--min-interval');
  if (text('max-interval') !== undefined) settings.maxIntervalSeconds = parseDuration(text('max-interval')!, '--max-interval');
  if (text('interval') !== undefined) settings.intervalSeconds = parseDuration(text('interval')!, '--interval');
  if (text('priority') !== undefined) {
    const priority = Number(text('priority'));
    if (!Number.isInteger(priority) || Math.abs(priority) > 1000) throw new UsageError(`--priority must be an integer from -1000 to 1000 (got "${text('priority')}")`);
    settings.priority = priority;
  }
  if (text('charset') !== undefined) {
    const charset = text('charset')!.trim();
    if (charset && !normalizeCharset(charset)) throw new UsageError(`unknown charset "${charset}"`);
    settings.charsetOverride = charset || null;
  }
  if (text('guid') !== undefined) {
    const policy = { guid: 'guid', link: 'link', 'title-date': 'title_date', title_date: 'title_date' }[text('guid')!] as Settings['guidPolicy'];
    if (!policy) throw new UsageError(`--guid must be guid, link or title-date (got "${text('guid')}")`);
    settings.guidPolicy = policy;
  }
  if (values['all-relevant'] !== undefined) settings.allRelevant = values['all-relevant'] === true || values['all-relevant'] === 'true';

  const min = settings.minIntervalSeconds ?? current?.minIntervalSeconds ?? 300;
  const max = settings.maxIntervalSeconds ?? current?.maxIntervalSeconds ?? 86_400;
  if (min > max) throw new UsageError(`the min interval (${min} s) is longer than the max interval (${max} s)`);
  // The current interval moves inside new bounds; a new feed starts at 15 minutes within them.
  const interval = settings.intervalSeconds ?? current?.intervalSeconds ?? 900;
  if (settings.intervalSeconds !== undefined || !current || interval < min || interval > max) {
    settings.intervalSeconds = Math.min(max, Math.max(min, interval));
  }
  return settings;
}

async function resolveFeeds(db: Db, refs: string[]): Promise<Feed[]> {
  if (refs.length === 0) throw new UsageError('no feed given (an id or a URL)');
  const feeds: Feed[] = [];
  for (const ref of refs) {
    const feed = await findFeed(db, ref);
    if (!feed) throw new UsageError(`no feed ${ref}`);
    feeds.push(feed);
  }
  return feeds;
}

const ago = (date: Date | null, now = Date.now()) => {
  if (!date) return 'never';
  const seconds = Math.round((now - date.getTime()) / 1000);
  const span = Math.abs(seconds);
  const text = span < 120 ? `${span}s` : span < 7200 ? `${Math.round(span / 60)}m` : span < 172_800 ? `${Math.round(span / 3600)}h` : `${Math.round(span / 86_400)}d`;
  return seconds >= 0 ? `${text} ago` : `in ${text}`;
};
const duration = (seconds: number) =>
  seconds % 86_400 === 0 ? `${seconds / 86_400}d` : seconds % 3600 === 0 ? `${seconds / 3600}h` : seconds % 60 === 0 ? `${seconds / 60}m` : `${seconds}s`;

function healthLine(feed: FeedHealthRow): string {
  const rate = feed.itemsPerDay === null ? '-' : `${feed.itemsPerDay}/d${feed.usualItemsPerDay === null ? '' : ` (usual ${feed.usualItemsPerDay})`}`;
  const errors = feed.errorRate === null ? '-' : `${Math.round(feed.errorRate * 100)}%`;
  return [
    String(feed.feedId).padStart(5),
    feed.health.padEnd(8),
    duration(feed.intervalSeconds).padStart(5),
    `ok ${ago(feed.lastSuccessAt)}`.padEnd(14),
    `err ${errors}`.padEnd(8),
    rate.padEnd(18),
    feed.title ? `${feed.title} <${feed.url}>` : feed.url,
  ].join('  ');
}

const opmlSettings = (feed: Feed) => ({
  status: feed.status,
  priority: feed.priority,
  mininterval: feed.minIntervalSeconds,
  maxinterval: feed.maxIntervalSeconds,
  charset: feed.charsetOverride,
  guidpolicy: feed.guidPolicy === 'title_date' ? 'title-date' : feed.guidPolicy,
  allrelevant: feed.allRelevant,
  country: feed.country,
});

/** OPML `pwatch:*` attributes (and the outline's language and title) as add options. */
function opmlOptions(entry: OpmlFeed): Record<string, string | boolean | undefined> {
  const s = entry.settings;
  return {
    // An export labels an untitled feed with its URL (OPML wants a text): that is no title.
    title: entry.title && entry.title !== entry.xmlUrl ? entry.title : undefined,
    language: entry.language ?? undefined,
    country: s['country'],
    priority: s['priority'],
    'min-interval': s['mininterval'],
    'max-interval': s['maxinterval'],
    charset: s['charset'],
    guid: s['guidpolicy'],
    'all-relevant': s['allrelevant'] === undefined ? undefined : s['allrelevant'] === 'true',
  };
}

const statusOf = (value: unknown) => {
  if (value === undefined) return undefined;
  if (value !== 'active' && value !== 'paused' && value !== 'gone') throw new UsageError(`--status must be active, paused or gone (got "${String(value)}")`);
  return value;
};

export async function runFeeds(argv: string[], io: Io): Promise<number> {
  const [sub, ...rest] = argv;
  const print = (line = '') => io.out.write(`${line}\n`);
  switch (sub) {
    case 'add': {
      const { values, positionals } = parse(rest, settingOptions);
      if (positionals.length !== 1) throw new UsageError('add takes exactly one feed URL');
      const url = feedUrl(positionals[0]!);
      return withContext(async ({ db }) => {
        const current = (await findFeed(db, url)) ?? undefined;
        const settings = settingsFrom(values, current);
        const feed = await upsertFeed(db, { url, ...settings, ...(current ? {} : { status: 'active' as const }) });
        if (!current) await db.feed.update({ where: { id: feed.id }, data: { nextPollAt: new Date() } });
        print(`${current ? 'updated' : 'added'} feed ${feed.id}: ${feed.url} (every ${duration(feed.intervalSeconds)}, ${duration(feed.minIntervalSeconds)}–${duration(feed.maxIntervalSeconds)})`);
        return 0;
      }, io.env);
    }
    case 'list': {
      const { values, positionals } = parse(rest, { status: { type: 'string' }, json: { type: 'boolean' } });
      if (positionals.length) throw new UsageError('list takes no arguments');
      const status = statusOf(values.status);
      return withContext(async ({ db }) => {
        const rows = (await feedHealth(db)).filter((row) => !status || row.status === status);
        if (values.json) for (const row of rows) print(JSON.stringify(row));
        else {
          print(`   id  health    every  last success    errors    items/day           feed`);
          for (const row of rows) print(healthLine(row));
          const unhealthy = rows.filter((row) => !row.healthy && row.status === 'active').length;
          print(`${rows.length} feeds, ${unhealthy} active feeds unhealthy`);
        }
        return 0;
      }, io.env);
    }
    case 'show': {
      const { values, positionals } = parse(rest, { json: { type: 'boolean' } });
      if (positionals.length !== 1) throw new UsageError('show takes one feed (an id or a URL)');
      return withContext(async ({ db }) => {
        const [feed] = await resolveFeeds(db, positionals);
        const [health] = await feedHealth(db, [feed!.id]);
        const polls = await listFeedPolls(db, feed!.id);
        if (values.json) {
          print(JSON.stringify({ feed, health, polls }));
          return 0;
        }
        const f = feed!;
        print(`feed ${f.id}  ${f.title ?? '(no title)'}`);
        print(`  url            ${f.url}`);
        if (f.siteUrl) print(`  site           ${f.siteUrl}`);
        print(`  status         ${f.status}   health ${health?.health ?? '?'}${health?.healthy === false ? ' (unhealthy)' : ''}`);
        print(`  interval       ${duration(f.intervalSeconds)} (bounds ${duration(f.minIntervalSeconds)}–${duration(f.maxIntervalSeconds)}), next poll ${ago(f.nextPollAt)}`);
        print(`  settings       priority ${f.priority}, guid ${f.guidPolicy}, charset ${f.charsetOverride ?? 'auto'}, all-relevant ${f.allRelevant}, language ${f.language ?? '-'}, country ${f.country ?? '-'}`);
        print(`  last success   ${ago(f.lastSuccessAt)}; failures in a row ${f.consecutiveFailures}, failure score ${f.failureScore}`);
        if (health) {
          print(`  polls          ${health.polls} recorded, ${health.failedPolls} failed${health.p95LagSeconds === null ? '' : `, p95 lag ${health.p95LagSeconds}s`}`);
          print(`  items per day  ${health.itemsPerDay ?? '-'} (usual ${health.usualItemsPerDay ?? 'not known yet'})`);
        }
        if (f.lastError) print(`  last error     ${f.lastError}`);
        print('');
        print(`  last ${polls.length} polls:`);
        for (const poll of polls) {
          print(`    ${poll.startedAt.toISOString()}  ${String(poll.httpStatus ?? '---').padStart(3)}  ${String(poll.durationMs).padStart(6)} ms  ${String(poll.newItems).padStart(3)} new${poll.error ? `  ${poll.error}` : ''}`);
        }
        return 0;
      }, io.env);
    }
    case 'rm':
    case 'pause':
    case 'resume': {
      const { positionals } = parse(rest, {});
      return withContext(async ({ db }) => {
        for (const feed of await resolveFeeds(db, positionals)) {
          if (sub === 'rm') {
            const { items, polls } = await deleteFeed(db, feed.id);
            print(`removed feed ${feed.id} ${feed.url} with ${items} items and ${polls} polls (its articles are kept)`);
          } else if (sub === 'pause') {
            await db.feed.update({ where: { id: feed.id }, data: { status: 'paused' } });
            print(`paused feed ${feed.id} ${feed.url}`);
          } else {
            // Resuming is an operator's decision, even for a feed that said 410: poll it soon.
            await db.feed.update({ where: { id: feed.id }, data: { status: 'active', nextPollAt: new Date() } });
            print(`resumed feed ${feed.id} ${feed.url}${feed.status === 'gone' ? ' (it had answered 410 Gone)' : ''}`);
          }
        }
        return 0;
      }, io.env);
    }
    case 'import-opml': {
      const { values, positionals } = parse(rest, settingOptions);
      if (positionals.length !== 1) throw new UsageError('import-opml takes one OPML file');
      let document;
      try {
        document = readOpml(await readFile(positionals[0]!));
      } catch (error) {
        if (error instanceof OpmlError || (error as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(`${positionals[0]}: ${(error as Error).message}`);
        throw error;
      }
      // Options given on the command line are checked before anything is written.
      settingsFrom(values);
      return withContext(async ({ db }) => {
        let added = 0;
        let present = 0;
        const problems = document.skipped.map((skip) => `line ${skip.line}: ${skip.reason}`);
        for (const entry of document.feeds) {
          const current = await findFeed(db, entry.xmlUrl);
          if (current) {
            present += 1;
            continue;
          }
          let settings: Settings;
          try {
            const fromFile = Object.fromEntries(Object.entries(opmlOptions(entry)).filter(([, value]) => value !== undefined));
            settings = settingsFrom({ ...fromFile, ...Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) });
          } catch (error) {
            problems.push(`${entry.xmlUrl}: ${(error as Error).message}`);
            continue;
          }
          const status = entry.settings['status'] === 'paused' ? ('paused' as const) : ('active' as const);
          const feed = await upsertFeed(db, { url: entry.xmlUrl, siteUrl: entry.htmlUrl, ...settings, status });
          await db.feed.update({ where: { id: feed.id }, data: { nextPollAt: new Date() } });
          added += 1;
        }
        print(`${added} feeds added, ${present} already present, ${problems.length} not imported`);
        for (const problem of problems) print(`  not imported: ${problem}`);
        return problems.length ? 1 : 0;
      }, io.env);
    }
    case 'export-opml': {
      const { values, positionals } = parse(rest, { out: { type: 'string' }, status: { type: 'string' } });
      if (positionals.length) throw new UsageError('export-opml takes no arguments (use --out FILE)');
      const status = statusOf(values.status);
      return withContext(async ({ db }) => {
        const feeds = await listFeeds(db, status ? { status } : {});
        const text = writeOpml({
          title: 'Peninsula Watch feeds',
          dateCreated: new Date(),
          feeds: feeds.map((feed) => ({ xmlUrl: feed.url, title: feed.title, htmlUrl: feed.siteUrl, language: feed.language, settings: opmlSettings(feed) })),
        });
        if (values.out) {
          await writeFile(values.out, text);
          print(`wrote ${feeds.length} feeds to ${values.out}`);
        } else {
          io.out.write(text);
        }
        return 0;
      }, io.env);
    }
    case 'seed': {
      const { positionals } = parse(rest, {});
      if (positionals.length) throw new UsageError('seed takes no arguments');
      return withContext(async ({ db }) => {
        const result = await db.feed.createMany({
          data: DEFAULT_FEEDS.map((feed) => ({ ...defaultFeedSettings(feed), nextPollAt: new Date() })),
          skipDuplicates: true,
        });
        print(`${result.count} of ${DEFAULT_FEEDS.length} default feeds added (the others were present)`);
        return 0;
      }, io.env);
    }
    default:
      throw new UsageError(sub ? `unknown subcommand "${sub}"` : 'no subcommand given');
  }
}

export const command: Command = {
  summary: 'Manage the feed registry: add, list (with health), show, rm, pause, resume, import-opml, export-opml, seed.',
  usage,
  run: (argv) => runFeeds(argv, { env: process.env, out: process.stdout }),
};
