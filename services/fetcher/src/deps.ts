import type { Redis } from 'ioredis';
import type { JobDeps } from '@pwatch/service-kit';
import type { FetchResult, SafeFetchOptions } from './http/types.ts';
import type { Politeness } from './politeness/index.ts';

/** A GET with the process's politeness and safety settings already applied. */
export type HttpGet = (url: string, options?: Partial<SafeFetchOptions>) => Promise<FetchResult>;

export interface FetcherJobDeps extends JobDeps {
  /** The process's Redis connection (politeness state, the scheduler index). */
  redis: Redis;
  http: HttpGet;
  politeness: Politeness;
  horizonDays: number;
}

/** How a poll was triggered: its scheduler slot and period, when a job scheduler started it. */
export interface PollTrigger {
  /** When the poll was due. */
  scheduledAt: Date;
  /** The period of the feed's job scheduler, or null for a poll enqueued by hand. */
  schedulerEveryMs: number | null;
}
