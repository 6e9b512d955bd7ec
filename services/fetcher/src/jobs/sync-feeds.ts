import { listSchedulableFeeds } from '@pwatch/db';
import { jobCatalog, type Queues } from '@pwatch/queue';
import type { JobDeps } from '@pwatch/service-kit';

export const feedSchedulerId = (feedId: number) => `feed-${feedId}`;
const schedulerPattern = /^feed-(\d+)$/;

/** A scheduled poll: the catalog's options; the scheduler names its jobs itself. */
function pollTemplate(feedId: number) {
  return { name: 'poll-feed', data: { feedId }, opts: jobCatalog['poll-feed'].options };
}

/**
 * Makes the BullMQ job schedulers match the feeds table: one per active feed, at the feed's current
 * interval; none for paused, gone or deleted feeds. Safe to run from several fetchers at once.
 */
export async function syncFeedSchedules(deps: Pick<JobDeps, 'db' | 'log'> & { queues: Queues }) {
  const { db, log, queues } = deps;
  const queue = queues.queue('feeds');
  const feeds = await listSchedulableFeeds(db);
  const wanted = new Map(feeds.map((feed) => [feedSchedulerId(feed.id), feed]));
  const existing = new Map<string, number | null>();
  for (let start = 0; ; start += 1000) {
    const page = await queue.getJobSchedulers(start, start + 999, true);
    for (const scheduler of page) existing.set(scheduler.key, scheduler.every ? Number(scheduler.every) : null);
    if (page.length < 1000) break;
  }
  let added = 0;
  let updated = 0;
  let removed = 0;
  for (const [id, feed] of wanted) {
    const every = feed.intervalSeconds * 1000;
    const current = existing.get(id);
    if (current === every) continue;
    await queue.upsertJobScheduler(id, { every }, pollTemplate(feed.id));
    if (current === undefined) added += 1;
    else updated += 1;
  }
  for (const id of existing.keys()) {
    if (schedulerPattern.test(id) && !wanted.has(id)) {
      await queue.removeJobScheduler(id);
      removed += 1;
    }
  }
  if (added || updated || removed) log.info({ feeds: feeds.length, added, updated, removed }, 'feed schedules synced');
  return { feeds: feeds.length, added, updated, removed };
}
