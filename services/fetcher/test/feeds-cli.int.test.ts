// `pwatch feeds` (services/cli/src/commands/feeds.ts) against a test database. It lives here, with
// the fetcher's tests, because the fetcher owns the feed registry's behaviour.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FEEDS } from '@pwatch/feeds';
import { runFeeds } from '../../cli/src/commands/feeds.ts';
import { UsageError } from '../../cli/src/command.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/support/db.ts';

describe('pwatch feeds', () => {
  let database: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    dir = await mkdtemp(path.join(tmpdir(), 'pwatch-feeds-'));
  });
  afterAll(async () => {
    await database.drop();
    await rm(dir, { recursive: true, force: true });
  });

  const run = async (...argv: string[]) => {
    let out = '';
    const code = await runFeeds(argv, { env: { DATABASE_URL: database.url, LOG_LEVEL: 'silent' }, out: { write: (text: string) => (out += text) } });
    return { code, out };
  };
  const usageError = (...argv: string[]) => run(...argv).then(() => null, (error: unknown) => error);

  it('adds a feed with its settings, updates it on a second add, and refuses bad input', async () => {
    const added = await run('add', 'https://news.example/nk.xml', '--min-interval', '10m', '--max-interval', '6h', '--priority', '3', '--charset', 'EUC-KR', '--guid', 'title-date', '--all-relevant', '--title', 'NK wire');
    expect(added).toEqual({ code: 0, out: expect.stringMatching(/^added feed \d+: https:\/\/news\.example\/nk\.xml \(every 15m, 10m–6h\)/) });
    const feed = await database.db.feed.findUniqueOrThrow({ where: { url: 'https://news.example/nk.xml' } });
    expect(feed).toMatchObject({ minIntervalSeconds: 600, maxIntervalSeconds: 21_600, intervalSeconds: 900, priority: 3, charsetOverride: 'EUC-KR', guidPolicy: 'title_date', allRelevant: true, title: 'NK wire', status: 'active' });
    expect(feed.nextPollAt).not.toBeNull();

    expect((await run('add', 'https://news.example/nk.xml', '--max-interval', '12m')).out).toMatch(/^updated feed/);
    expect(await database.db.feed.findUniqueOrThrow({ where: { id: feed.id } })).toMatchObject({ maxIntervalSeconds: 720, intervalSeconds: 720, priority: 3 });

    for (const argv of [
      ['add', 'ftp://news.example/x'],
      ['add', 'not a url'],
      ['add', 'https://news.example/y.xml', '--min-interval', '2h', '--max-interval', '1h'],
      ['add', 'https://news.example/y.xml', '--min-interval', 'soon'],
      ['add', 'https://news.example/y.xml', '--charset', 'klingon'],
      ['add', 'https://news.example/y.xml', '--guid', 'uuid'],
      ['add', 'https://news.example/y.xml', '--bogus'],
      ['show', '99999'],
      ['frobnicate'],
    ]) {
      expect(await usageError(...argv), argv.join(' ')).toBeInstanceOf(UsageError);
    }
    expect(await database.db.feed.count({ where: { url: 'https://news.example/y.xml' } })).toBe(0);
  });

  it('lists feeds with health, shows one with its polls, pauses, resumes and removes', async () => {
    const feed = await database.db.feed.findUniqueOrThrow({ where: { url: 'https://news.example/nk.xml' } });
    for (let i = 0; i < 3; i++) {
      await database.db.feedPoll.create({ data: { feedId: feed.id, startedAt: new Date(Date.now() - i * 60_000), httpStatus: 500, durationMs: 12, error: 'HTTP 500' } });
    }
    await database.db.feed.update({ where: { id: feed.id }, data: { consecutiveFailures: 3, lastPolledAt: new Date(), lastError: 'HTTP 500' } });
    const list = await run('list');
    expect(list.out).toMatch(new RegExp(`^\\s+${feed.id}\\s+failing\\s+12m .*err 100%.*NK wire <https://news\\.example/nk\\.xml>$`, 'm'));
    expect(list.out).toMatch(/1 feeds, 1 active feeds unhealthy/);
    const json = JSON.parse((await run('list', '--json')).out.trim()) as { health: string; errorRate: number };
    expect(json).toMatchObject({ health: 'failing', errorRate: 1 });

    const show = await run('show', String(feed.id));
    expect(show.out).toMatch(/status\s+active\s+health failing \(unhealthy\)/);
    expect(show.out).toMatch(/last 3 polls:/);
    expect(show.out.match(/ 500 +12 ms +0 new {2}HTTP 500/g)).toHaveLength(3);

    expect((await run('pause', 'https://news.example/nk.xml')).out).toMatch(/^paused feed/);
    expect((await run('list', '--status', 'paused')).out).toMatch(/paused/);
    expect((await database.db.feed.findUniqueOrThrow({ where: { id: feed.id } })).status).toBe('paused');
    await run('resume', String(feed.id));
    expect((await database.db.feed.findUniqueOrThrow({ where: { id: feed.id } })).status).toBe('active');

    const removed = await run('rm', String(feed.id));
    expect(removed.out).toMatch(/removed feed \d+ .* with 0 items and 3 polls/);
    expect(await database.db.feed.count()).toBe(0);
  });

  it('exports OPML and imports it back into an empty registry with every setting', async () => {
    await run('add', 'https://a.example/feed', '--title', 'A & B <wire>', '--priority=-2', '--guid', 'link', '--language', 'ko', '--country', 'kr');
    await run('add', 'https://b.example/rss', '--min-interval', '1h', '--max-interval', '2d', '--charset', 'gb18030');
    await run('pause', 'https://b.example/rss');
    const file = path.join(dir, 'feeds.opml');
    expect((await run('export-opml', '--out', file)).out).toMatch(/wrote 2 feeds/);
    const before = await database.db.feed.findMany({ orderBy: { url: 'asc' } });
    await database.db.feed.deleteMany();

    const imported = await run('import-opml', file);
    expect(imported).toEqual({ code: 0, out: '2 feeds added, 0 already present, 0 not imported\n' });
    const after = await database.db.feed.findMany({ orderBy: { url: 'asc' } });
    const settings = (feed: (typeof after)[number]) => ({
      url: feed.url,
      title: feed.title,
      status: feed.status,
      priority: feed.priority,
      minIntervalSeconds: feed.minIntervalSeconds,
      maxIntervalSeconds: feed.maxIntervalSeconds,
      charsetOverride: feed.charsetOverride,
      guidPolicy: feed.guidPolicy,
      allRelevant: feed.allRelevant,
      language: feed.language,
      country: feed.country,
    });
    expect(after.map(settings)).toEqual(before.map(settings));

    // A second import adds nothing; bad entries are reported by line and the exit code says so.
    await writeFile(
      path.join(dir, 'mixed.opml'),
      `<opml version="2.0"><body>
  <outline text="A" xmlUrl="https://a.example/feed"/>
  <outline text="bad" xmlUrl="mailto:x@example.org"/>
  <outline text="bad interval" xmlUrl="https://c.example/rss" pwatch:mininterval="forever" xmlns:pwatch="x"/>
  <outline text="new" xmlUrl="https://d.example/rss"/>
</body></opml>`,
    );
    const mixed = await run('import-opml', path.join(dir, 'mixed.opml'));
    expect(mixed.code).toBe(1);
    expect(mixed.out).toMatch(/^1 feeds added, 1 already present, 2 not imported$/m);
    expect(mixed.out).toMatch(/not imported: line 3: xmlUrl is not an http\(s\) URL/);
    expect(mixed.out).toMatch(/not imported: https:\/\/c\.example\/rss: --min-interval must be a duration/);
    expect(await usageError('import-opml', path.join(dir, 'missing.opml'))).toBeInstanceOf(UsageError);
    await writeFile(path.join(dir, 'rss.xml'), '<rss version="2.0"/>');
    expect(await usageError('import-opml', path.join(dir, 'rss.xml'))).toBeInstanceOf(UsageError);
    expect((await readFile(file, 'utf8')).startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  });

  it('seeds the default feed list once, keeping feeds already present', async () => {
    const first = await run('seed');
    const present = await database.db.feed.count();
    expect(first.out).toMatch(new RegExp(`of ${DEFAULT_FEEDS.length} default feeds added`));
    expect(present).toBeGreaterThanOrEqual(DEFAULT_FEEDS.length);
    expect((await run('seed')).out).toMatch(new RegExp(`^0 of ${DEFAULT_FEEDS.length}`));
    expect(await database.db.feed.count()).toBe(present);
  });
});
