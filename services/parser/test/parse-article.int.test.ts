import { Writable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ensureArticle, storeRawPage } from '@pwatch/db';
import { createQueues, parseRevisionOf } from '@pwatch/queue';
import { createLogger, fixedClock } from '@pwatch/runtime';
import { parseArticle } from '../src/index.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/support/db.ts';
import { createTestRedis, type TestRedis } from '../../../test/support/redis.ts';

const sentence = 'North Korea fired a ballistic missile into the East Sea on Tuesday, the Joint Chiefs of Staff said in a statement.';

describe('parse-article with control characters in the page', () => {
  // Postgres refuses NUL in text and JSON: one NUL byte in a page failed every attempt to store it.
  it('stores a page whose text, title, author and captions hold NUL and other control bytes', async () => {
    const [database, redis]: [TestDatabase, TestRedis] = await Promise.all([createTestDatabase(), createTestRedis()]);
    const queues = createQueues(redis.redis, redis.prefix);
    try {
      const html = `<html><head><title>Missile\u0000 launch</title><meta name="author" content="Kim\u0000 Min-ji"><meta property="og:site_name" content="Example\u0001 News"></head>
<body><article><h1>Missile\u0000 launch</h1><figure><img src="a.jpg"><figcaption>The launch site\u0000 seen from the sea. Photo: Yonhap</figcaption></figure>
<p>${sentence.replace('fired', 'fired\u0000')}</p><p>${sentence.replace('Tuesday', 'Tuesday\u0007')} Officials said more launches could follow.</p><p>\u0000</p><p>${sentence} It was the third launch this month.</p></article></body></html>`;
      const article = await ensureArticle(database.db, 'https://example.org/nul');
      await storeRawPage(database.db, article.id, {
        httpStatus: 200,
        contentType: 'text/html; charset=utf-8',
        rawPage: gzipSync(Buffer.from(html, 'utf8')),
        rawSha256: 'a'.repeat(64),
        fetchedAt: new Date('2026-11-20T00:00:00Z'),
      });
      const silent = createLogger({ level: 'silent', service: 'test', destination: new Writable({ write: (_c, _e, cb) => cb() }) });
      await parseArticle({ articleId: article.id, revision: parseRevisionOf('n'.repeat(64)) }, { db: database.db, queues, log: silent, clock: fixedClock('2026-11-21T00:00:00Z') });
      const stored = await database.db.article.findUniqueOrThrow({ where: { id: article.id } });
      expect(stored.title).toBe('Missile launch');
      expect(stored.author).toBe('Kim Min-ji');
      expect(stored.paragraphs).toHaveLength(3);
      expect(stored.paragraphs[0]).toBe(sentence);
      expect(JSON.stringify(stored)).not.toMatch(/\\u000[0-8]|\\u001[0-9a-f]/);
    } finally {
      await queues.close();
      await Promise.all([database.drop(), redis.cleanup()]);
    }
  });
});
