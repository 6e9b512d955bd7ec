import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setFeedStatus, upsertFeed } from '@pwatch/db';
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
