import type { Redis } from 'ioredis';
import type { PayloadOf, Queues } from '@pwatch/queue';
import type { JobDeps } from '@pwatch/service-kit';
import { requeueStalledArticles } from './requeue-stalled.ts';
import { syncFeedSchedules } from './sync-feeds.ts';

export async function housekeeping(_payload: PayloadOf<'housekeeping'>, deps: JobDeps & { queues: Queues; redis: Redis }) {
  const schedules = await syncFeedSchedules(deps);
  const requeued = await requeueStalledArticles(deps);
  return { ...schedules, requeued };
}
