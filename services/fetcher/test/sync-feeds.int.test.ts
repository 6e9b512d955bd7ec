import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listSchedulableFeeds, setFeedStatus, upsertFeed } from '@pwatch/db';
import { createQueues, type Queues } from '@pwatch/queue';
import { createLogger } from '@pwatch/runtime';
import { feedSchedulerId, pollTriggerOf, scheduleFeed, syncFeedSchedules } from '@pwatch/fetcher';
import { createTestDatabase, type TestDatabase } from '../../../test/support/db.ts';
import { createTestRedis, type TestRedis } from '../../../test/support/redis.ts';

const log = createLogger({ level: 'silent', service: 'test', destination: new Writable({ write: (_c, _e, cb) => cb() }) });

describe('feed job schedulers', () => {
  let database: TestDatabase;
  let redis: TestRedis;
  let queues: Queues;
  beforeAll(async () => {
    [database, redis] = await Promise.all([createTestDatabase(), createTestRedis()]);
    queues = createQueues(redis.redis, redis.prefix);
  });
  afterAll(async () => {
    await queues.close();
    await Promise.all([database.drop(), redis.cleanup()]);
  });

  const scheduler = (feedId: number) => queues.queue('feeds').getJobScheduler(feedSchedulerId(feedId));

  it('adds one per active feed (spreading feeds that are due), removes the others, and moves one that runs too late', async () => {
    const feeds = [];
    for (let i = 0; i < 40; i++) feeds.push(await upsertFeed(database.db, { url: `https://feeds.example/${i}.xml`, intervalSeconds: 600 }));
    const later = new Date(Date.now() + 3_600_000);
    await database.db.feed.update({ where: { id: feeds[0]!.id }, data: { nextPollAt: later } });
    const deps = { db: database.db, log, queues, redis: redis.redis };

    expect(await syncFeedSchedules(deps)).toEqual({ feeds: 40, added: 40, moved: 0, removed: 0 });
    expect((await scheduler(feeds[0]!.id))?.next).toBe(later.getTime());
    const starts = await Promise.all(feeds.slice(1).map(async (feed) => (await scheduler(feed.id))!.next!));
    // 39 due feeds over 39/25 s: not all in the same millisecond, all within the interval.
    expect(new Set(starts).size).toBeGreaterThan(30);
    expect(Math.max(...starts) - Math.min(...starts)).toBeLessThan(600_000);
    expect((await scheduler(feeds[1]!.id))?.every).toBe(600_000);

    // Nothing to do the second time: never-polled feeds keep their spread start times.
    expect(await syncFeedSchedules(deps)).toEqual({ feeds: 40, added: 0, moved: 0, removed: 0 });
    const again = await Promise.all(feeds.slice(1).map(async (feed) => (await scheduler(feed.id))!.next!));
    expect(again).toEqual(starts);

    await setFeedStatus(database.db, feeds[2]!.id, 'paused');
    await database.db.feed.delete({ where: { id: feeds[3]!.id } });
    // A scheduler a day out for a feed due now (e.g. resumed, or a poll died before its update).
    await scheduleFeed(queues, feeds[4]!.id, { everyMs: 86_400_000, startAt: new Date(Date.now() + 86_400_000), replace: true });
    await database.db.feed.update({ where: { id: feeds[4]!.id }, data: { nextPollAt: new Date() } });
    expect(await syncFeedSchedules(deps)).toEqual({ feeds: 38, added: 0, moved: 1, removed: 2 });
    expect(await scheduler(feeds[2]!.id)).toBeUndefined();
    expect(await scheduler(feeds[3]!.id)).toBeUndefined();
    expect((await scheduler(feeds[4]!.id))!.next!).toBeLessThan(Date.now() + 60_000);
  });

  it('spreads thousands of overdue feeds at about 25 a second, and later syncs keep that spread (no start-up burst)', async () => {
    // 2,000 feeds at 300 s: the stagger spans 80 s, more than the 60 s a scheduler may run ahead of
    // its feed's due time, so a later sync that judged the staggered schedulers against the old due
    // times (never polled, or an hour ago after a fetcher was down) would move them all to now.
    const count = 2_000;
    const hourAgo = new Date(Date.now() - 3_600_000);
    await database.db.feed.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        url: `https://burst.example/${i}.xml`,
        intervalSeconds: 300,
        minIntervalSeconds: 300,
        nextPollAt: i % 2 ? hourAgo : null,
      })),
    });
    const ids = new Set((await database.db.feed.findMany({ where: { url: { startsWith: 'https://burst.example/' } }, select: { id: true } })).map((feed) => feed.id));
    const deps = { db: database.db, log, queues, redis: redis.redis };
    const startsOf = async () => {
      const flat = await redis.redis.zrange(queues.queue('feeds').keys.repeat, 0, -1, 'WITHSCORES');
      const starts = new Map<number, number>();
      for (let i = 0; i < flat.length; i += 2) {
        const id = Number(/^feed-(\d+)$/.exec(flat[i]!)?.[1]);
        if (ids.has(id)) starts.set(id, Number(flat[i + 1]));
      }
      return starts;
    };

    const startedAt = Date.now();
    expect(await syncFeedSchedules(deps)).toMatchObject({ added: count, moved: 0, removed: 0 });
    const starts = await startsOf();
    expect(starts.size).toBe(count);
    const times = [...starts.values()];
    expect(Math.min(...times)).toBeLessThan(startedAt + 5_000);
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThan(75_000);
    expect(Math.max(...times)).toBeLessThan(startedAt + 300_000);
    const perSecond = new Map<number, number>();
    for (const time of times) perSecond.set(Math.floor(time / 1000), (perSecond.get(Math.floor(time / 1000)) ?? 0) + 1);
    expect(Math.max(...perSecond.values())).toBeLessThanOrEqual(26);
    // The feeds table says the same: each feed is due when its scheduler first runs.
    const due = (await listSchedulableFeeds(database.db)).filter((feed) => ids.has(feed.id));
    // (A start already past when its scheduler is made runs at once: a few ms after its due time.)
    expect(due).toHaveLength(count);
    for (const feed of due) expect(starts.get(feed.id)! - feed.nextPollAt!.getTime()).toSatisfy((late: number) => late >= 0 && late < 1_000);

    // The next housekeeping (a minute later) and a restarted fetcher leave the spread alone.
    expect(await syncFeedSchedules(deps)).toMatchObject({ added: 0, moved: 0, removed: 0 });
    expect(await startsOf()).toEqual(starts);
  });

  it('tells a poll its scheduler slot and period from the job itself', async () => {
    const feed = await upsertFeed(database.db, { url: 'https://feeds.example/trigger.xml' });
    const startAt = new Date(Date.now() + 120_000);
    await scheduleFeed(queues, feed.id, { everyMs: 900_000, startAt });
    const [job] = (await queues.queue('feeds').getJobs(['delayed'])).filter((candidate) => candidate.data.feedId === feed.id);
    expect(pollTriggerOf(job!)).toEqual({ scheduledAt: startAt, schedulerEveryMs: 900_000 });
    await queues.enqueue('poll-feed', { feedId: feed.id }, { jobId: `poll-feed-${feed.id}-manual` });
    const manual = await queues.queue('feeds').getJob(`poll-feed-${feed.id}-manual`);
    expect(pollTriggerOf(manual!).schedulerEveryMs).toBeNull();
  });
});
