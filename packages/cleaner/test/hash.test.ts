import { describe, expect, it } from 'vitest';
import { normaliseForHash } from '../src/hash.ts';
import { contentHash, hammingDistance, simhash } from '../src/index.ts';

const story =
  'North Korea fired two short-range ballistic missiles into the sea off its east coast on Thursday, the South Korean military said, ' +
  'in the latest of a series of launches this year. The missiles flew about 600 kilometres before landing outside Japan’s exclusive economic zone, ' +
  'officials in Tokyo said. The United States, Japan and South Korea condemned the launches and called on Pyongyang to return to talks. ' +
  'Analysts said the tests were meant to show the North could strike targets across the region despite sanctions.';

describe('content hash', () => {
  it('ignores case, spacing and punctuation but not words', () => {
    expect(contentHash(story)).toBe(contentHash(`  ${story.toUpperCase().replace(/ /g, '\n\n')} `));
    expect(contentHash(story)).not.toBe(contentHash(story.replace('two', 'three')));
  });
});

describe('simhash', () => {
  it('is 16 hex digits and stable', () => {
    expect(simhash(story)).toMatch(/^[0-9a-f]{16}$/);
    expect(simhash(story)).toBe(simhash(story));
  });

  it('puts near-duplicates close and different stories far apart', () => {
    const wire = `SEOUL (Reuters) - ${story} Reporting by a correspondent; editing by a desk editor.`;
    const other =
      'The central bank left its policy rate unchanged on Tuesday, citing slowing inflation and weak exports, and signalled that it ' +
      'could cut rates later in the year if household debt growth stayed under control. Markets had expected the decision.';
    expect(hammingDistance(simhash(story), simhash(wire))).toBeLessThanOrEqual(12);
    expect(hammingDistance(simhash(story), simhash(other))).toBeGreaterThan(18);
  });

  it('handles CJK text without spaces', () => {
    const zh = '朝鲜周四向东部海域发射了两枚短程弹道导弹，韩国军方表示，这是今年一系列发射中的最新一次。';
    expect(hammingDistance(simhash(zh), simhash(`${zh}（新华社）`))).toBeLessThan(hammingDistance(simhash(zh), simhash(story)));
  });

  it('hammingDistance counts differing bits and rejects malformed input', () => {
    expect(hammingDistance('0000000000000000', 'ffffffffffffffff')).toBe(64);
    expect(hammingDistance('0000000000000001', '0000000000000000')).toBe(1);
    expect(() => hammingDistance('xyz', '0000000000000000')).toThrow(/16-hex-digit/);
  });
});

describe('hashing long texts in pieces', () => {
  it('normalises a text longer than one piece as a whole, words and all', () => {
    expect(normaliseForHash('Ab, '.repeat(50000))).toBe('ab '.repeat(50000).trim());
    const word = 'x'.repeat(70000);
    expect(normaliseForHash(`${word} Y`)).toBe(`${word} y`);
  });

  it('hashes a long text as the whole-text implementation did (values pinned from it)', () => {
    const text = Array.from({ length: 30000 }, (_, i) => `Word${i % 97} 말${i % 13}`).join(' ');
    expect(simhash(text)).toBe('4189fcec0449e479');
    expect(contentHash(text)).toBe('8940e27fc5d6824b113d01bb0ff7cb9016959e6ea3c7d2a91ee1ee2cf8459681');
  });
});
