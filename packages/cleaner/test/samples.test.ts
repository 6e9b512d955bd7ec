import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/index.ts';

const dir = path.resolve(import.meta.dirname, '../../../test/fixtures/samples');
const ids = readdirSync(dir)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.slice(0, -'.expected.json'.length))
  .sort();

interface Expected {
  title: string | null;
  url: string | null;
  publishedDate: string | null;
  dateline: { place: string; agency: string | null } | null;
  captions: string[];
  paragraphs: string[];
}

describe('customer samples are cleaned exactly', () => {
  it('has the five samples', () => {
    expect(ids).toHaveLength(5);
  });
  for (const id of ids) {
    it(id, () => {
      const expected = JSON.parse(readFileSync(path.join(dir, `${id}.expected.json`), 'utf8')) as Expected;
      const text = readFileSync(path.join(dir, `${id}.txt`), 'utf8');
      const article = cleanArticle({ text, now: new Date('2025-01-01T00:00:00Z') });
      expect({
        title: article.title,
        url: article.url,
        publishedDate: article.publishedAt ? article.publishedAt.slice(0, 10) : null,
        dateline: article.dateline,
        captions: article.captions,
        paragraphs: article.paragraphs,
      }).toEqual({
        title: expected.title,
        url: expected.url,
        publishedDate: expected.publishedDate,
        dateline: expected.dateline,
        captions: expected.captions,
        paragraphs: expected.paragraphs,
      });
    });
  }
});
