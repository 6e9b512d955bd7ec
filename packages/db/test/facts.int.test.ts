import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureArticle, replaceArticleFacts, type FactsInput } from '@pwatch/db';
import { createTestDatabase, type TestDatabase } from '../../../test/support/db.ts';

function factsAbout(entityIds: string[]): FactsInput {
  return {
    entities: entityIds.map((id, index) => ({
      id,
      name: id.split(':')[1]!,
      type: id.split(':')[0]!,
      country: id.startsWith('country:') ? id.slice(8) : null,
      mentions: [{ start: index * 10, end: index * 10 + 5, text: id }],
    })),
    quotes: [
      {
        text: 'we oppose unilateral sanctions',
        start: 100,
        end: 130,
        kind: 'direct',
        verb: 'said',
        speaker: { id: 'person:wang-yi', name: 'Wang Yi', country: 'CHN' },
        speakerText: 'Wang',
        addressee: null,
      },
    ],
    dates: [{ text: 'on Friday', start: 140, end: 149, date: '2017-04-28', precision: 'day' }],
    events: [
      {
        actor: { id: 'country:CHN', name: 'China', country: 'CHN' },
        action: 'oppose',
        cameo: '111',
        plover: 'REJECT',
        target: { id: 'country:PRK', name: 'North Korea', country: 'PRK' },
        topic: 'sanctions',
        evidence: 'China opposes unilateral sanctions against North Korea',
        start: 0,
        end: 55,
      },
    ],
    relevance: 0.9,
    topics: ['sanctions'],
  };
}

describe('replaceArticleFacts', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  it('replaces an article’s facts: running it twice leaves one copy', async () => {
    const { id } = await ensureArticle(database.db, 'https://example.org/facts-twice');
    const facts = factsAbout(['country:CHN', 'country:PRK', 'person:geng-shuang']);
    await replaceArticleFacts(database.db, id, facts, 'test-1', new Date());
    await replaceArticleFacts(database.db, id, facts, 'test-2', new Date());
    expect(await database.db.mention.count({ where: { articleId: id } })).toBe(3);
    expect(await database.db.quote.count({ where: { articleId: id } })).toBe(1);
    expect(await database.db.event.count({ where: { articleId: id } })).toBe(1);
    expect(await database.db.articleDate.count({ where: { articleId: id } })).toBe(1);
    // The speaker has no mention in this article but must exist as an entity.
    expect(await database.db.entity.findUnique({ where: { id: 'person:wang-yi' } })).toMatchObject({ name: 'Wang Yi' });
    const article = await database.db.article.findUniqueOrThrow({ where: { id } });
    expect(article).toMatchObject({ status: 'extracted', extractorVersion: 'test-2', topics: ['sanctions'] });
  });

  it('does not deadlock when many articles sharing entities are extracted at once', async () => {
    const shared = ['country:CHN', 'country:JPN', 'country:KOR', 'country:PRK', 'country:RUS', 'country:USA', 'org:un-security-council'];
    const articles = await Promise.all(
      Array.from({ length: 12 }, (_, index) => ensureArticle(database.db, `https://example.org/concurrent-${index}`)),
    );
    await Promise.all(
      articles.map(({ id }, index) =>
        // Every other article lists the shared entities in reverse: the order a naive loop would lock them in.
        replaceArticleFacts(database.db, id, factsAbout(index % 2 ? [...shared].reverse() : shared), 'test', new Date()),
      ),
    );
    expect(await database.db.mention.count({ where: { articleId: { in: articles.map((article) => article.id) } } })).toBe(12 * shared.length);
  });
});
