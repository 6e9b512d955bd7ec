import { describe, expect, it } from 'vitest';
import { canonicalizeUrl, DEFAULT_FEEDS, isWithinHorizon, itemIdentity, MAX_URL_LENGTH, RELEVANCE_THRESHOLD, scoreRelevance } from '../src/index.ts';

describe('canonicalizeUrl', () => {
  it.each([
    ['https://Example.COM:443/a/b?utm_source=rss&utm_medium=feed&id=5#comments', 'https://example.com/a/b?id=5'],
    ['http://example.com:80/x?fbclid=abc&gclid=def&mc_cid=1&mc_eid=2&ocid=msn', 'http://example.com/x'],
    ['http://example.com:8080/x?b=2&a=1&a=0', 'http://example.com:8080/x?a=1&a=0&b=2'],
    ['https://example.com./story?123', 'https://example.com/story?123'],
    ['https://example.com/q?name=a%20b&utm_campaign=x', 'https://example.com/q?name=a%20b'],
    [
      'https://news.google.com/news/url?sa=t&fd=R&ct2=us&usg=AFQ&url=https%3A%2F%2Fwww.nknews.org%2F2024%2F03%2Fstory%2F%3Futm_source%3Dgn',
      'https://www.nknews.org/2024/03/story/',
    ],
    ['https://www.google.com/url?rct=j&sa=t&q=https://38north.org/2024/01/a/&ved=x', 'https://38north.org/2024/01/a/'],
    [
      'http://www.bing.com/news/apiclick.aspx?ref=FexRss&aid=&tid=1&url=https%3a%2f%2fwww.koreaherald.com%2fview.php%3fud%3d2024&c=1&mkt=en-us',
      'https://www.koreaherald.com/view.php?ud=2024',
    ],
    [`https://www.bing.com/ck/a?!&&p=abc&u=a1${Buffer.from('https://en.yna.co.kr/view/AEN2024').toString('base64url')}&ntb=1`, 'https://en.yna.co.kr/view/AEN2024'],
    ['https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.bbc.co.uk%2Fnews%2Fworld-asia-1%3Ffbclid%3Dzz&h=AT0', 'https://www.bbc.co.uk/news/world-asia-1'],
  ])('%s', (input, expected) => {
    expect(canonicalizeUrl(input)).toBe(expected);
  });

  it('resolves relative URLs against a base', () => {
    expect(canonicalizeUrl('../b/c?utm_term=x#top', 'https://Host.example/a/d/')).toBe('https://host.example/a/b/c');
  });

  it('leaves a Google News article id alone when the target is not in the URL', () => {
    const wrapped = 'https://news.google.com/rss/articles/CBMiK2h0dHBz?oc=5';
    expect(canonicalizeUrl(wrapped)).toBe(wrapped);
  });

  it('throws on what is not a URL', () => {
    expect(() => canonicalizeUrl('not a url')).toThrow(TypeError);
  });
});

describe('itemIdentity', () => {
  const item = { guid: ' g-1 ', url: 'https://a.example/s?utm_source=x', title: 'Title  One', publishedAt: '2024-03-01T00:00:00.000Z' };

  it('follows the policy and falls back when the field is missing', () => {
    expect(itemIdentity(item, 'guid')).toBe('guid:g-1');
    expect(itemIdentity(item, 'link')).toBe('link:https://a.example/s');
    expect(itemIdentity({ ...item, guid: null }, 'guid')).toBe('link:https://a.example/s');
    expect(itemIdentity({ ...item, url: null }, 'link')).toBe('guid:g-1');
    expect(itemIdentity(item, 'title-date')).toMatch(/^td:[0-9a-f]{32}$/);
  });

  it('hashes title and date stably, ignoring case and spacing of the title', () => {
    const a = itemIdentity(item, 'title-date');
    expect(itemIdentity({ ...item, guid: 'other', url: null, title: ' title one ' }, 'title-date')).toBe(a);
    expect(itemIdentity({ ...item, publishedAt: '2024-03-02T00:00:00.000Z' }, 'title-date')).not.toBe(a);
  });
});

describe('isWithinHorizon', () => {
  const now = new Date('2024-03-31T12:00:00Z');
  it('accepts recent items, refuses old and far-future ones', () => {
    expect(isWithinHorizon('2024-03-30T00:00:00Z', now)).toBe(true);
    expect(isWithinHorizon('2024-02-28T00:00:00Z', now)).toBe(false);
    expect(isWithinHorizon('2024-02-28T00:00:00Z', now, 40)).toBe(true);
    expect(isWithinHorizon('2024-04-01T06:00:00Z', now)).toBe(true);
    expect(isWithinHorizon('2024-04-02T13:00:00Z', now)).toBe(false);
    expect(isWithinHorizon('2024-04-02T13:00:00Z', now, 30, 72)).toBe(true);
  });
  it('accepts undated items, whose novelty only identity can judge', () => {
    expect(isWithinHorizon(null, now)).toBe(true);
    expect(isWithinHorizon('garbage', now)).toBe(true);
  });
});

describe('scoreRelevance', () => {
  it.each([
    'North Korea fires ballistic missile into the sea',
    "Kim Jong-un's sister issues warning",
    'DPRK state media reports launch',
    'Tensions rise on the Korean Peninsula',
    '북한, 동해상으로 단거리 탄도미사일 발사',
    '김정은 국무위원장 군수공장 현지지도',
    '朝鲜宣布进行新型导弹试射',
    '北韓宣布試射新型飛彈',
    '北朝鮮が弾道ミサイルを発射',
    '金正恩氏が視察',
  ])('finds "%s" relevant', (text) => {
    expect(scoreRelevance(text).score).toBeGreaterThanOrEqual(RELEVANCE_THRESHOLD);
  });

  it.each([
    'South Korea wins football match',
    'Seoul stock market closes higher',
    'Rock band tours Europe',
    'The dprk-style acronym in lower case is not an acronym: rok music',
    'Northkoreans is not a word boundary match',
    '半岛电视台报道中东局势',
    'Kimchi festival in Korea town',
  ])('finds "%s" not relevant', (text) => {
    expect(scoreRelevance(text).score).toBeLessThan(RELEVANCE_THRESHOLD);
  });

  it('counts an overlap once, the longest term winning, and reports matches', () => {
    const result = scoreRelevance('北朝鮮の金正恩氏');
    expect(result.matches).toEqual(['北朝鮮', '金正恩氏']);
    expect(result.score).toBe(2);
    expect(scoreRelevance('ROK and USFK drills').matches).toEqual(['USFK', 'ROK']);
  });
});

describe('DEFAULT_FEEDS', () => {
  it('lists unique http(s) feeds in every language the brief names', () => {
    const urls = DEFAULT_FEEDS.map((f) => new URL(f.url));
    expect(urls.every((u) => u.protocol === 'https:' || u.protocol === 'http:')).toBe(true);
    expect(new Set(DEFAULT_FEEDS.map((f) => f.url)).size).toBe(DEFAULT_FEEDS.length);
    const languages = new Set(DEFAULT_FEEDS.map((f) => f.language.slice(0, 2)));
    expect([...languages].sort()).toEqual(['en', 'ja', 'ko', 'zh']);
    for (const feed of DEFAULT_FEEDS) {
      if (feed.minIntervalMinutes !== undefined && feed.maxIntervalMinutes !== undefined) {
        expect(feed.minIntervalMinutes).toBeLessThanOrEqual(feed.maxIntervalMinutes);
      }
    }
  });
});

describe('identities and addresses too long to index', () => {
  it('stands a hash in for an identity past MAX_IDENTITY_BYTES, the same each time', () => {
    const guid = 'x'.repeat(2000);
    const identity = itemIdentity({ guid, url: null, title: null, publishedAt: null }, 'guid');
    expect(identity).toMatch(/^guid:sha256:[0-9a-f]{64}$/);
    expect(itemIdentity({ guid, url: null, title: 'changed', publishedAt: null }, 'guid')).toBe(identity);
    expect(itemIdentity({ guid: 'short-guid', url: null, title: null, publishedAt: null }, 'guid')).toBe('guid:short-guid');
    // Korean text is three bytes a character in UTF-8: 400 characters are past the limit.
    expect(itemIdentity({ guid: '북'.repeat(400), url: null, title: null, publishedAt: null }, 'guid')).toMatch(/^guid:sha256:/);
  });

  it('refuses to canonicalise an address longer than MAX_URL_LENGTH', () => {
    expect(() => canonicalizeUrl(`https://example.org/a?token=${'y'.repeat(MAX_URL_LENGTH)}`)).toThrow(RangeError);
    expect(canonicalizeUrl(`https://example.org/a?token=${'y'.repeat(100)}`)).toMatch(/^https:\/\/example\.org\/a\?token=y+$/);
  });
});
