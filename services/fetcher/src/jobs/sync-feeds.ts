import type { Redis } from 'ioredis';
import { listSchedulableFeeds, setFeedsDueAt } from '@pwatch/db';
import { jobCatalog, type Queues } from '@pwatch/queue';
import type { JobDeps } from '@pwatch/service-kit';
import { earlyTolerance, initialStagger } from '../scheduling.ts';

export const feedSchedulerId = (feedId: number) => `feed-${feedId}`;
const schedulerPattern = /^feed-(\d+)$/;

/** A scheduled poll: the catalog's options; the scheduler names its jobs itself. */
function pollTemplate(feedId: number) {
  return { name: 'poll-feed', data: { feedId }, opts: jobCatalog['poll-feed'].options };
}

export interface ScheduleOptions {
  everyMs: number;
  /** First run of the new period (BullMQ honours it when the scheduler is new or its period changes). */
  startAt: Date;
  /** Remove the scheduler first, so the start time applies even when the period is unchanged. */
  replace?: boolean;
  /** Leave a scheduler that already runs at this period alone (costs one read). */
  onlyIfChanged?: boolean;
}

/** Creates or moves the job scheduler of a feed. One Redis script; a few with `replace`. */
export async function scheduleFeed(queues: Queues, feedId: number, options: ScheduleOptions): Promise<void> {
  const queue = queues.queue('feeds');
  const id = feedSchedulerId(feedId);
  if (options.onlyIfChanged) {
    const current = await queue.getJobScheduler(id);
    if (current && Number(current.every) === options.everyMs) return;
  }
  if (options.replace) await queue.removeJobScheduler(id);
  // A start in the past would make BullMQ run it at once, which is what an overdue feed needs.
  await queue.upsertJobScheduler(id, { every: options.everyMs, startDate: Math.max(options.startAt.getTime(), Date.now()) }, pollTemplate(feedId));
}

export async function removeFeedSchedule(queues: Queues, feedId: number): Promise<void> {
  await queues.queue('feeds').removeJobScheduler(feedSchedulerId(feedId));
}

/**
 * Makes the BullMQ job schedulers match the feeds table: one per active feed, none for paused,
 * gone or deleted feeds, and none that runs later than its feed is due (the CLI resumed it, or a
 * poll died between its database write and its scheduler update). Polls keep their own scheduler's
 * period up to date, so this reads only two lists: the active feeds from Postgres and every
 * scheduler's next run (one ZRANGE); it is cheap for ten thousand feeds and safe to run from several
 * fetchers at once.
 */
export async function syncFeedSchedules(deps: Pick<JobDeps, 'db' | 'log'> & { queues: Queues; redis: Redis }) {
  const { db, log, queues, redis } = deps;
  const queue = queues.queue('feeds');
  const feeds = await listSchedulableFeeds(db);
  // The scheduler index BullMQ keeps: member = scheduler id, score = next run (ms).
  const flat = await redis.zrange(queue.keys.repeat, 0, -1, 'WITHSCORES');
  const existing = new Map<string, number>();
  for (let i = 0; i < flat.length; i += 2) existing.set(flat[i]!, Number(flat[i + 1]));

  const now = Date.now();
  const missing = feeds.filter((feed) => !existing.has(feedSchedulerId(feed.id)));
  const overdue = missing.filter((feed) => !feed.nextPollAt || feed.nextPollAt.getTime() <= now);
  const overdueIndex = new Map(overdue.map((feed, index) => [feed.id, index]));
  let added = 0;
  let moved = 0;
  let removed = 0;
  const work: Array<() => Promise<void>> = [];
  const staggered: Array<{ id: number; at: Date }> = [];
  for (const feed of feeds) {
    const everyMs = feed.intervalSeconds * 1000;
    const next = existing.get(feedSchedulerId(feed.id));
    const dueAt = feed.nextPollAt?.getTime() ?? now;
    if (next === undefined) {
      // Feeds due now start spread over their interval instead of all in the same second.
      const index = overdueIndex.get(feed.id);
      const startAt = index === undefined ? dueAt : now + initialStagger(index, overdue.length, feed.intervalSeconds);
      if (index !== undefined) staggered.push({ id: feed.id, at: new Date(startAt) });
      work.push(() => scheduleFeed(queues, feed.id, { everyMs, startAt: new Date(startAt) }));
      added += 1;
    } else if (feed.nextPollAt && next > Math.max(dueAt, now) + earlyTolerance(everyMs)) {
      // Only a feed that has a due time can be late for it; a never-polled feed keeps its stagger.
      work.push(() => scheduleFeed(queues, feed.id, { everyMs, startAt: new Date(dueAt), replace: true }));
      moved += 1;
    }
  }
  // The stagger becomes the feeds' due time before their schedulers exist: a later sync then finds
  // them on time rather than "late" for a due time in the past, which would move them all back to
  // now (the burst the stagger is there to avoid), and a crash in between leaves feeds that are due
  // later and have no scheduler, which the next sync schedules for that time.
  await setFeedsDueAt(db, staggered);
  const wanted = new Set(feeds.map((feed) => feedSchedulerId(feed.id)));
  for (const id of existing.keys()) {
    if (schedulerPattern.test(id) && !wanted.has(id)) {
      work.push(async () => void (await queue.removeJobScheduler(id)));
      removed += 1;
    }
  }
  // A few at a time: ten thousand sequential round trips would take seconds on a fresh install.
  for (let i = 0; i < work.length; i += 50) await Promise.all(work.slice(i, i + 50).map((run) => run()));
  if (added || moved || removed) log.info({ feeds: feeds.length, added, moved, removed }, 'feed schedules synced');
  return { feeds: feeds.length, added, moved, removed };
}
