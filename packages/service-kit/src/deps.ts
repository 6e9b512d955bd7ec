import type { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Db } from '@pwatch/db';
import type { Queues } from '@pwatch/queue';
import type { BaseConfig, Clock, JobMetrics, Logger } from '@pwatch/runtime';

/** What every job handler may use. Handlers take these as arguments, never from globals. */
export interface JobDeps {
  db: Db;
  log: Logger;
  queues: Queues;
  clock: Clock;
}

/** Everything a service part gets from the process that hosts it. */
export interface ProcessDeps extends JobDeps {
  config: BaseConfig;
  redis: Redis;
  metrics: JobMetrics;
}

/**
 * A unit of work a process can host: the fetcher, the parser, the extractor. The all-in-one
 * process hosts several; a scaled deployment runs each alone.
 */
export interface ServicePart {
  name: string;
  workers: Worker[];
  /** Extra intake to stop before workers drain (timers, schedulers). */
  stopIntake?: () => Promise<void>;
}
