import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { JobMetrics } from '@pwatch/runtime';
import { jobCatalog, type JobName, type JobsOf, type PayloadOf, type QueueName } from './catalog.ts';

export interface JobContext {
  log: Logger;
  job: Job;
}

/** A handler for every job of a queue: a missing one is a compile error. */
export type HandlerMap<Queue extends QueueName> = {
  [Name in JobsOf<Queue>]: (payload: PayloadOf<Name>, context: JobContext) => Promise<unknown>;
};

export interface StartWorkerOptions<Queue extends QueueName> {
  queue: Queue;
  handlers: HandlerMap<Queue>;
  connection: Redis;
  prefix: string;
  concurrency: number;
  log: Logger;
  metrics: JobMetrics;
  /** Per-queue rate limit, e.g. for politeness. */
  limiter?: { max: number; duration: number };
}

/** Thrown by a handler for input that no retry can fix: the job fails at once. */
export class PermanentJobError extends UnrecoverableError {}

/**
 * The thin BullMQ adapter: re-validates each payload (a bad one fails without retries), gives the
 * handler a child logger, and records metrics.
 */
export function startWorker<Queue extends QueueName>(options: StartWorkerOptions<Queue>): Worker {
  const { queue, handlers, log, metrics } = options;
  const table = handlers as unknown as Record<string, (payload: unknown, context: JobContext) => Promise<unknown>>;
  const worker = new Worker(
    queue,
    async (job: Job) => {
      const name = job.name as JobName;
      const definition = jobCatalog[name];
      const handler = table[name];
      const jobLog = log.child({ queue, job: job.name, jobId: job.id, attempt: job.attemptsMade + 1 });
      if (!definition || definition.queue !== queue || !handler) {
        throw new UnrecoverableError(`queue "${queue}" has no job named "${job.name}"`);
      }
      const parsed = definition.payload.safeParse(job.data);
      if (!parsed.success) {
        jobLog.error({ data: job.data, issues: parsed.error.issues }, 'invalid job payload');
        throw new UnrecoverableError(`invalid payload for ${job.name}: ${parsed.error.message}`);
      }
      const timer = metrics.jobDuration.startTimer({ queue, job: name });
      try {
        const result = await handler(parsed.data, { log: jobLog, job });
        timer({ outcome: 'completed' });
        return result;
      } catch (error) {
        timer({ outcome: 'failed' });
        throw error;
      }
    },
    {
      connection: options.connection,
      prefix: options.prefix,
      concurrency: options.concurrency,
      limiter: options.limiter,
      // Jobs of a process that died are retried by another worker after this long.
      lockDuration: 60_000,
      maxStalledCount: 2,
    },
  );
  worker.on('completed', (job) => {
    metrics.jobsCompleted.inc({ queue, job: job.name });
  });
  worker.on('failed', (job, error) => {
    if (!job) return;
    const final = error instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1);
    metrics.jobsFailed.inc({ queue, job: job.name, final: String(final) });
    log[final ? 'error' : 'warn'](
      { queue, job: job.name, jobId: job.id, attempt: job.attemptsMade, final, err: error },
      final ? 'job failed for good' : 'job failed, will retry',
    );
  });
  worker.on('error', (error) => log.error({ queue, err: error }, 'worker error'));
  return worker;
}

export type { PayloadOf };
