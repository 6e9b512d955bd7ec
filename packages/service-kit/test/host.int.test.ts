import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkEvictionPolicy, startWorker } from '@pwatch/queue';
import { createLogger } from '@pwatch/runtime';
import { hostProcess, type HostedProcess } from '@pwatch/service-kit';
import { createTestDatabase, type TestDatabase } from '../../../test/support/db.ts';
import { memoryLogStream } from '../../../test/support/logs.ts';
import { createTestRedis, type TestRedis } from '../../../test/support/redis.ts';

describe('hostProcess: health, metrics and graceful shutdown', () => {
  let database: TestDatabase;
  let redis: TestRedis;
  let hosted: HostedProcess;
  const logs = memoryLogStream();
  let slowJobFinished = false;

  beforeAll(async () => {
    [database, redis] = await Promise.all([createTestDatabase(), createTestRedis()]);
    hosted = await hostProcess({
      service: 'test-host',
      defaultHttpPort: 0,
      configShape: {},
      env: { DATABASE_URL: database.url, REDIS_URL: redis.url, QUEUE_PREFIX: redis.prefix, SHUTDOWN_TIMEOUT_MS: '5000' },
      installSignalHandlers: false,
      logDestination: logs.stream,
      parts: async (deps) => [
        {
          name: 'slow-parser',
          workers: [
            startWorker({
              queue: 'parse',
              connection: deps.redis,
              prefix: redis.prefix,
              concurrency: 1,
              log: deps.log,
              metrics: deps.metrics,
              handlers: {
                'parse-article': async () => {
                  await new Promise((resolve) => setTimeout(resolve, 800));
                  slowJobFinished = true;
                },
              },
            }),
          ],
        },
      ],
    });
  });
  afterAll(async () => {
    await hosted.shutdown.run('test over');
    await Promise.all([database.drop(), redis.cleanup()]);
  });

  it('answers /healthz with every check ok', async () => {
    const response = await fetch(`http://127.0.0.1:${hosted.httpPort}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', checks: { postgres: 'ok', redis: 'ok' } });
  });

  it('serves Prometheus metrics with queue depths read at scrape time', async () => {
    await hosted.deps.queues.queue('extract').add('extract-article', { articleId: 1, revision: 'x' }, { jobId: 'depth-probe' });
    const text = await (await fetch(`http://127.0.0.1:${hosted.httpPort}/metrics`)).text();
    expect(text).toMatch(/pwatch_queue_jobs\{[^}]*queue="extract"[^}]*state="waiting"[^}]*\} 1/);
    expect(text).toMatch(/# TYPE pwatch_job_duration_seconds histogram/);
    expect(text).toMatch(/pwatch_process_cpu_user_seconds_total/);
  });

  it('lets an in-flight job finish before closing, and reports "stopping" meanwhile', async () => {
    await hosted.deps.queues.enqueue('parse-article', { articleId: 42, revision: 'slow' });
    const started = Date.now();
    while (!(await hosted.deps.queues.queue('parse').getActiveCount())) {
      if (Date.now() - started > 5000) throw new Error('the slow job never became active');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const stopping = hosted.shutdown.run('test');
    const health = await fetch(`http://127.0.0.1:${hosted.httpPort}/healthz`).then(
      (response) => response.status,
      () => 'closed',
    );
    await stopping;
    expect(slowJobFinished).toBe(true);
    expect([503, 'closed']).toContain(health);
    expect(logs.lines.some((line) => line.msg === 'shutdown complete' && line.clean === true)).toBe(true);
  });

  it('warns loudly when Redis may evict keys', async () => {
    const { stream, lines } = memoryLogStream();
    const log = createLogger({ level: 'warn', service: 'test', destination: stream });
    const original = ((await redis.redis.config('GET', 'maxmemory-policy')) as string[])[1]!;
    try {
      expect(await checkEvictionPolicy(redis.redis, log)).toBe(original);
      await redis.redis.config('SET', 'maxmemory-policy', 'allkeys-lru');
      expect(await checkEvictionPolicy(redis.redis, log)).toBe('allkeys-lru');
    } finally {
      await redis.redis.config('SET', 'maxmemory-policy', original);
    }
    const warnings = lines.filter((line) => String(line.msg).includes('maxmemory-policy'));
    expect(warnings).toHaveLength(original === 'noeviction' ? 1 : 2);
    expect(warnings.at(-1)).toMatchObject({ level: 'warn', maxmemoryPolicy: 'allkeys-lru' });
  });
});
