import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueueEvents, type Worker } from 'bullmq';
import { createLogger, createMetrics } from '@pwatch/runtime';
import { createQueues, startWorker, PermanentJobError, type Queues } from '@pwatch/queue';
import { createTestRedis, type TestRedis } from '../../../test/support/redis.ts';

const silent = createLogger({ level: 'silent', service: 'test', destination: new Writable({ write: (_c, _e, cb) => cb() }) });

describe('queue catalog and worker adapter', () => {
  let redis: TestRedis;
  let queues: Queues;
  let events: QueueEvents;
  let worker: Worker;
  const handled: Array<{ articleId: number; revision: string }> = [];
  let transientFailures = 0;
  const metrics = createMetrics('test');

  beforeAll(async () => {
    redis = await createTestRedis();
    queues = createQueues(redis.redis, redis.prefix);
    events = new QueueEvents('parse', { connection: redis.redis.duplicate(), prefix: redis.prefix });
    await events.waitUntilReady();
    worker = startWorker({
      queue: 'parse',
      connection: redis.redis,
      prefix: redis.prefix,
      concurrency: 2,
      log: silent,
      metrics,
      handlers: {
        'parse-article': async (payload) => {
          if (payload.revision === 'permanent') throw new PermanentJobError('cannot be parsed');
          if (payload.revision === 'flaky' && transientFailures++ < 1) throw new Error('temporary outage');
          handled.push(payload);
          return { ok: true };
        },
      },
    });
    await worker.waitUntilReady();
  });

  afterAll(async () => {
    await worker.close();
    await events.close();
    await queues.close();
    await redis.cleanup();
  });

  it('gives the same work the same job id, so enqueueing twice runs it once', async () => {
    const first = await queues.enqueue('parse-article', { articleId: 7, revision: 'abc' });
    const second = await queues.enqueue('parse-article', { articleId: 7, revision: 'abc' });
    expect(first).toBe('parse-article-7-abc');
    expect(second).toBe(first);
    const job = await queues.queue('parse').getJob(first);
    await job!.waitUntilFinished(events, 10_000);
    expect(handled.filter((payload) => payload.articleId === 7)).toHaveLength(1);
  });

  it('refuses to enqueue a payload that breaks its schema', async () => {
    await expect(queues.enqueue('parse-article', { articleId: -1, revision: '' })).rejects.toThrow();
  });

  it('fails a job with an invalid payload at once, without retries', async () => {
    // Written around the catalog, as an old producer or a hand-made job would.
    const job = await queues.queue('parse').add('parse-article', { articleId: 'seven' }, { jobId: 'bad-payload', attempts: 5 });
    await expect(job.waitUntilFinished(events, 10_000)).rejects.toThrow(/invalid payload/);
    const stored = await queues.queue('parse').getJob('bad-payload');
    expect(stored!.attemptsMade).toBe(1);
    expect(await stored!.getState()).toBe('failed');
  });

  it('fails a job whose name the queue does not know, without retries', async () => {
    const job = await queues.queue('parse').add('no-such-job', { articleId: 1 }, { jobId: 'unknown-name', attempts: 5 });
    await expect(job.waitUntilFinished(events, 10_000)).rejects.toThrow(/has no job named/);
    expect((await queues.queue('parse').getJob('unknown-name'))!.attemptsMade).toBe(1);
  });

  it('does not retry a permanent error, and retries a transient one', async () => {
    const permanent = await queues.queue('parse').getJob(await queues.enqueue('parse-article', { articleId: 8, revision: 'permanent' }));
    await expect(permanent!.waitUntilFinished(events, 10_000)).rejects.toThrow(/cannot be parsed/);
    expect((await queues.queue('parse').getJob(permanent!.id!))!.attemptsMade).toBe(1);

    const flakyId = await queues.enqueue('parse-article', { articleId: 9, revision: 'flaky' }, { backoff: { type: 'fixed', delay: 50 } });
    await (await queues.queue('parse').getJob(flakyId))!.waitUntilFinished(events, 10_000);
    expect((await queues.queue('parse').getJob(flakyId))!.attemptsMade).toBe(2);
  });

  it('counts completed and failed jobs in the metrics registry', async () => {
    const text = await metrics.registry.metrics();
    expect(text).toMatch(/pwatch_jobs_completed_total\{[^}]*queue="parse"[^}]*\} [1-9]/);
    expect(text).toMatch(/pwatch_jobs_failed_total\{[^}]*final="true"[^}]*\} [1-9]/);
  });
});
