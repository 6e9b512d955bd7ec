import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureArticle, storeRawPage } from '@pwatch/db';
import { createQueues, extractRevisionOf, parseRevisionOf, type Queues } from '@pwatch/queue';
import { createLogger, fixedClock } from '@pwatch/runtime';
import { parseArticle } from '@pwatch/parser';
import { createTestDatabase, type TestDatabase } from '../../../test/support/db.ts';
import { createTestRedis, type TestRedis } from '../../../test/support/redis.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const run = promisify(execFile);

describe('pwatch reparse', () => {
  let database: TestDatabase;
  let redis: TestRedis;
  let queues: Queues;
  const ids: number[] = [];

  beforeAll(async () => {
    [database, redis] = await Promise.all([createTestDatabase(), createTestRedis()]);
    queues = createQueues(redis.redis, redis.prefix);
    const text = await readFile(path.join(root, 'test/fixtures/samples/000_f30a09ae35fc6b46.txt'));
    for (const [index, fetchedAt] of ['2026-01-10T00:00:00Z', '2026-03-01T00:00:00Z', '2026-03-02T00:00:00Z'].entries()) {
      const article = await ensureArticle(database.db, `https://example.org/story-${index}`);
      await storeRawPage(database.db, article.id, {
        httpStatus: 200,
        contentType: 'text/plain; charset=utf-8',
        rawPage: gzipSync(text),
        rawSha256: `${index}`.repeat(64),
        fetchedAt: new Date(fetchedAt),
      });
      ids.push(article.id);
    }
  });
  afterAll(async () => {
    await queues.close();
    await Promise.all([database.drop(), redis.cleanup()]);
  });

  const pwatch = (...args: string[]) =>
    run(process.execPath, ['services/cli/src/main.ts', ...args], {
      cwd: root,
      env: { PATH: process.env.PATH, DATABASE_URL: database.url, REDIS_URL: redis.url, QUEUE_PREFIX: redis.prefix },
    });

  it('refuses a bad date with a usage error', async () => {
    await expect(pwatch('reparse', '--since', 'last tuesday')).rejects.toMatchObject({ code: 2 });
  });

  it('queues the stored pages fetched since the date, and a re-parse re-extracts even unchanged text', async () => {
    const dry = await pwatch('reparse', '--since', '2026-02-01', '--dry-run');
    expect(dry.stdout).toMatch(/would re-parse 2 article/);
    expect(await queues.queue('parse').count()).toBe(0);

    const { stdout } = await pwatch('reparse', '--since', '2026-02-01');
    expect(stdout).toMatch(/re-parse queued for 2 article/);
    const jobs = await queues.queue('parse').getJobs(['waiting']);
    expect(jobs.map((job) => job.data.articleId).sort()).toEqual(ids.slice(1).sort());
    const revision = jobs[0]!.data.revision as string;
    expect(revision).toMatch(/^reparse-/);

    // The parser carries the request on: the extract job differs from the first extraction's.
    const silent = createLogger({ level: 'silent', service: 'test', destination: new Writable({ write: (_c, _e, cb) => cb() }) });
    const deps = { db: database.db, queues, log: silent, clock: fixedClock('2026-11-20T00:00:00Z') };
    await parseArticle({ articleId: ids[1]!, revision: parseRevisionOf('1'.repeat(64)) }, deps);
    await parseArticle({ articleId: ids[1]!, revision }, deps);
    const article = await database.db.article.findUniqueOrThrow({ where: { id: ids[1]! } });
    const extractIds = (await queues.queue('extract').getJobs(['waiting'])).map((job) => job.id).sort();
    expect(extractIds).toEqual(
      [
        `extract-article-${article.id}-${extractRevisionOf(article.contentHash!)}`,
        `extract-article-${article.id}-${extractRevisionOf(article.contentHash!, revision)}`,
      ].sort(),
    );
  });
});
