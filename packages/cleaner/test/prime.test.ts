import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean.ts';
import { primeCleaner, PRIMING_PAGES } from '../src/prime.ts';

// The priming pages are only useful while they take the rare branches they were written for: these
// checks fail when a change to the cleaner makes them stop doing so (or stop cleaning at all).
const now = new Date('2024-03-06T00:00:00Z');

describe('primeCleaner', () => {
  it('runs without throwing and leaves later cleaning unchanged', () => {
    const page = '<html><body><article><h1>Budget agreed</h1><p>The assembly passed the budget on Friday after a long night of talks between the parties.</p></article></body></html>';
    const before = cleanArticle({ html: page, now });
    expect(() => primeCleaner()).not.toThrow();
    expect(cleanArticle({ html: page, now })).toEqual(before);
  });

  it('cleans the news page through its metadata, table, CJK text and line furniture', () => {
    const article = cleanArticle({ bytes: Buffer.from(PRIMING_PAGES.news), now });
    expect(article.title).toBe('Talks resume in Panmunjom');
    expect(article.publishedAt).toBe('2024-03-05T00:30:00.000Z');
    expect(article.dateline).toEqual({ place: 'Seoul', agency: 'Yonhap' });
    expect(article.paragraphs).toContain('Date | Event');
    expect(article.paragraphs.some((p) => p.startsWith('北京表示欢迎'))).toBe(true);
    expect(article.paragraphs.some((p) => p.startsWith('한편 통일부는'))).toBe(true);
    expect(article.text).not.toContain('Hidden');
    const reasons = new Set(article.removed.map((r) => r.reason));
    for (const reason of ['copyright', 'source-line', 'tags', 'call-to-action', 'bio']) expect(reasons).toContain(reason);
  });

  it('cleans the recipe page, the fragment and the text dump', () => {
    const recipe = cleanArticle({ bytes: Buffer.from(PRIMING_PAGES.recipe), url: 'https://recipes.example/kimchi-stew', now });
    expect(recipe.paragraphs).toEqual(expect.arrayContaining(['300 g kimchi', 'Fry the kimchi in a pot for five minutes.']));
    const fragment = cleanArticle({ bytes: Buffer.from(PRIMING_PAGES.fragment), now });
    expect(fragment.paragraphs).toContain('A short note on the talks, without a page around it.');
    const dump = cleanArticle({ text: PRIMING_PAGES.text, now });
    expect(dump.title).toBe('Talks resume in Panmunjom');
    expect(dump.removed.map((r) => r.reason)).toContain('copyright');
  });

  it('cleans the portal, wire and script pages through the branches they are there for', () => {
    const later = new Date('2026-12-01T00:00:00Z');
    const portal = cleanArticle({ bytes: Buffer.from(PRIMING_PAGES.portal), url: 'https://n.news.naver.com/article/003/0012345678', now: later });
    expect(portal.dateline).toEqual({ place: '서울', agency: '뉴시스' });
    expect(portal.captions).toHaveLength(1);
    for (const reason of ['summary', 'call-to-action', 'caption']) expect(portal.removed.map((r) => r.reason)).toContain(reason);
    expect(portal.paragraphs).toContain('11.20 | 1');

    const wire = cleanArticle({ bytes: Buffer.from(PRIMING_PAGES.wire), url: 'https://tass.ru/politika/1', now: later });
    // The microdata date, read in Moscow time.
    expect(wire.publishedAt).toBe('2026-11-20T11:30:00.000Z');
    expect(wire.captions).toEqual(['Сергей Лавров. /ТАСС']);
    for (const reason of ['related', 'byline', 'credit']) expect(wire.removed.map((r) => r.reason)).toContain(reason);

    const script = cleanArticle({ bytes: Buffer.from(PRIMING_PAGES.script), url: 'https://radio.example/news/1', now: later });
    expect(script.author).toBe('Max Lee');
    expect(script.paragraphs[1]).toMatch(/^The Joint Chiefs of Staff/);
    for (const reason of ['label', 'repeated-lead', 'related']) expect(script.removed.map((r) => r.reason)).toContain(reason);
  });
});
