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

/** Greedy word wrap at `width` columns, breaking after hyphens too (as Python's textwrap does). */
function hardWrap(line: string, width: number): string[] {
  const pieces = line.split(/(?<=\S-)(?=\p{L})|\s+/u).filter(Boolean);
  const out: string[] = [];
  let current = '';
  for (const piece of pieces) {
    const glue = current === '' || current.endsWith('-') ? '' : ' ';
    if (current && (current + glue + piece).length > width) {
      out.push(current);
      current = piece;
    } else current += glue + piece;
  }
  if (current) out.push(current);
  return out;
}

// The same pages as other tools save them: Windows line ends, a byte-order mark, indented lines,
// paragraphs apart by blank lines, or hard-wrapped at 72 columns.
const variants: Record<string, (text: string) => string> = {
  'CRLF line ends': (text) => text.replace(/\n/g, '\r\n'),
  'a byte-order mark': (text) => `\uFEFF${text}`,
  'indented lines with trailing tabs': (text) => text.replace(/^/gm, '  ').replace(/$/gm, '\t '),
  'blank lines between paragraphs': (text) => text.replace(/\n/g, '\n\n'),
  'hard-wrapped at 72 columns': (text) =>
    text
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => hardWrap(line, 72).join('\n'))
      .join('\n\n'),
};

describe('customer samples come out the same however the dump was saved', () => {
  for (const [name, transform] of Object.entries(variants)) {
    it(name, () => {
      for (const id of ids) {
        const expected = JSON.parse(readFileSync(path.join(dir, `${id}.expected.json`), 'utf8')) as Expected;
        const article = cleanArticle({ text: transform(readFileSync(path.join(dir, `${id}.txt`), 'utf8')), now: new Date('2025-01-01T00:00:00Z') });
        expect({ title: article.title, dateline: article.dateline, captions: article.captions, paragraphs: article.paragraphs }, id).toEqual({
          title: expected.title,
          dateline: expected.dateline,
          captions: expected.captions,
          paragraphs: expected.paragraphs,
        });
      }
    });
  }
});
