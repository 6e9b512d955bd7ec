import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/index.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** A page of about 280 KB with a few boxes whose class and id strings are found on no other page. */
function page(n: number): Uint8Array {
  const parts = [`<!doctype html><html><head><meta charset="utf-8"><title>Page ${n}</title></head><body><article class="story">`];
  for (let i = 0; i < 1800; i++) {
    if (i % 60 === 0) parts.push(`<div class="col-md-8 paragraph-box-${n}-${i}" id="paragraph-identifier-${n}-${i}">`);
    parts.push(`<p>Paragraph ${i} of page ${n}: the delegation met on Tuesday, officials said, and talks would continue, according to a statement released by the ministry.</p>`);
    if (i % 60 === 59) parts.push('</div>');
  }
  parts.push('</article></body></html>');
  return new TextEncoder().encode(parts.join(''));
}

describe('what the cleaner keeps between pages', () => {
  // The class and id caches outlive a page. Their keys were views into the page's markup, and kept
  // every page's whole markup alive until the caches were cleared (tens of thousands of keys later).
  it('does not keep the markup of pages it has cleaned', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    // Warmed up first, so that code compiled on the way is not counted as kept.
    for (let n = 0; n < 10; n++) cleanArticle({ bytes: page(-1 - n), now });
    gc();
    const before = process.memoryUsage().heapUsed;
    const pages = 40;
    for (let n = 1; n <= pages; n++) cleanArticle({ bytes: page(n), now });
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    // 40 pages of 280 KB are 11 MB of markup, all of it kept without the fix; with it, the growth
    // (2400 cache entries) came to about 0.5 MB here.
    expect(page(1).length).toBeGreaterThan(250_000);
    expect(grown).toBeLessThan(4 * 1024 * 1024);
  });
});
