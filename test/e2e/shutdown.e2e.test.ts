import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Queue } from 'bullmq';
import { ensureArticle } from '@pwatch/db';
import { createQueues } from '@pwatch/queue';
import { createTestDatabase, type TestDatabase } from '../support/db.ts';
import { createTestRedis, type TestRedis } from '../support/redis.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pages = 12;

describe('pnpm start under SIGTERM', () => {
  let database: TestDatabase;
  let redis: TestRedis;
  let server: Server;
  let baseUrl: string;

  beforeAll(async () => {
    [database, redis] = await Promise.all([createTestDatabase(), createTestRedis()]);
    // Every page takes a second: SIGTERM lands while downloads are in flight.
    server = createServer((_request, response) => {
      setTimeout(() => response.writeHead(200, { 'content-type': 'text/plain' }).end('Pyongyang said on Friday it would talk.'), 1000);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    server.close();
    await database.drop();
    await redis.cleanup();
  });

  it('finishes in-flight jobs, loses none and exits 0 within 10 seconds', { timeout: 60_000 }, async () => {
    const queues = createQueues(redis.redis, redis.prefix);
    for (let index = 0; index < pages; index += 1) {
      const article = await ensureArticle(database.db, `${baseUrl}/page-${index}`);
      await queues.enqueue('fetch-article', { articleId: article.id });
    }
    await queues.close();

    // The real Node binary, as `pnpm start` execs it: signals reach our process, not a wrapper.
    const child = spawn(process.execPath, ['services/stack/src/start.ts'], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        DATABASE_URL: database.url,
        REDIS_URL: redis.url,
        QUEUE_PREFIX: redis.prefix,
        HTTP_PORT: '0',
        FETCH_ALLOW_PRIVATE: '127.0.0.1',
        PAGE_CONCURRENCY: '4',
        SHUTDOWN_TIMEOUT_MS: '8000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let logs = '';
    child.stdout.on('data', (chunk) => (logs += String(chunk)));
    child.stderr.on('data', (chunk) => (logs += String(chunk)));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

    // Wait until the first downloads are under way, then ask the process to stop.
    const deadline = Date.now() + 30_000;
    while (!/"msg":"started"/.test(logs)) {
      if (Date.now() > deadline) throw new Error(`the stack did not start:\n${logs}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const signalled = Date.now();
    child.kill('SIGTERM');
    const code = await exited;
    const stopMs = Date.now() - signalled;

    expect(code, logs).toBe(0);
    expect(stopMs).toBeLessThan(10_000);
    expect(logs).toMatch(/"msg":"shutdown complete"/);

    // No job lost: every page is either stored or still queued for the next process.
    const pagesQueue = new Queue('pages', { connection: redis.redis, prefix: redis.prefix });
    const counts = await pagesQueue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed', 'prioritized');
    await pagesQueue.close();
    const stored = await database.db.article.count({ where: { rawSha256: { not: null } } });
    expect(counts.failed).toBe(0);
    expect(counts.active).toBe(0);
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBe(counts.completed);
    expect(counts.completed + counts.waiting + counts.delayed + counts.prioritized).toBe(pages);
  });
});
