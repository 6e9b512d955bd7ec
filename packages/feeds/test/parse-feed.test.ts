import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { FeedParseError, parseFeed } from '../src/index.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const bytes = (text: string) => Buffer.from(text, 'utf8');

async function parseError(input: Uint8Array): Promise<FeedParseError> {
  const error = await parseFeed(input).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FeedParseError);
  return error as FeedParseError;
}

describe('parseFeed', () => {
  it('reads RSS 2.0: relative links against the channel link, dates to UTC, HTML summaries to text', async () => {
    const feed = await parseFeed(fixture('rss2-relative.xml'));
    expect(feed).toMatchObject({
      format: 'rss',
      title: 'Peninsula Desk',
      link: 'https://news.example.org/peninsula/',
      ttlMinutes: 30,
      recovered: false,
    });
    expect(feed.items).toEqual([
      {
        guid: 'desk-1001',
        url: 'https://news.example.org/2024/03/05/missile?utm_source=rss&id=7',
        title: 'Pyongyang test-fires missile',
        publishedAt: '2024-03-05T00:30:00.000Z',
        summary: 'The launch was detected by Seoul & Tokyo.',
        author: 'Staff Writer',
      },
      {
        guid: 'https://news.example.org/peninsula/2024/03/06/talks',
        url: 'https://news.example.org/peninsula/2024/03/06/talks',
        title: 'Talks at Panmunjom',
        publishedAt: '2024-03-05T23:00:00.000Z',
        summary: null,
        author: null,
      },
    ]);
  });

  it('reads Atom with nested xml:base and picks the alternate link', async () => {
    const feed = await parseFeed(fixture('atom-xml-base.xml'), { baseUrl: 'https://elsewhere.example/feed' });
    expect(feed.format).toBe('atom');
    expect(feed.title).toBe('Korea Notes');
    expect(feed.link).toBe('https://atom.example.net/blog/');
    expect(feed.items).toEqual([
      {
        guid: 'tag:atom.example.net,2024:1',
        url: 'https://atom.example.net/blog/posts/yongbyon.html',
        title: 'Yongbyon satellite imagery',
        publishedAt: '2024-03-07T01:02:03.000Z',
        summary: 'New construction near the reactor.',
        author: 'Analyst',
      },
    ]);
  });

  it('reads RSS 1.0 (RDF) and RSS 0.91', async () => {
    const rdf = await parseFeed(
      bytes(`<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="http://rdf.example/"><title>RDF desk</title><link>http://rdf.example/</link></channel>
  <item rdf:about="http://rdf.example/1"><title>One</title><link>http://rdf.example/1</link><dc:date>2024-01-02T03:04:05Z</dc:date></item>
</rdf:RDF>`),
    );
    expect(rdf).toMatchObject({ format: 'rdf', title: 'RDF desk' });
    expect(rdf.items[0]).toMatchObject({ guid: 'http://rdf.example/1', url: 'http://rdf.example/1', publishedAt: '2024-01-02T03:04:05.000Z' });

    const rss091 = await parseFeed(
      bytes('<rss version="0.91"><channel><title>Old</title><link>http://old.example/</link><item><title>A</title><link>http://old.example/a</link></item></channel></rss>'),
    );
    expect(rss091).toMatchObject({ format: 'rss', title: 'Old' });
    expect(rss091.items.map((i) => i.url)).toEqual(['http://old.example/a']);
  });

  it('reads JSON Feed', async () => {
    const feed = await parseFeed(fixture('json-feed.json'));
    expect(feed).toMatchObject({ format: 'json', title: 'JSON Desk', link: 'https://json.example.org/' });
    expect(feed.items).toEqual([
      {
        guid: 'j1',
        url: 'https://json.example.org/stories/1',
        title: 'Kim Jong Un inspects factory',
        publishedAt: '2024-03-01T03:00:00.000Z',
        summary: 'State media reported the visit.',
        author: 'Desk',
      },
      { guid: 'j2', url: 'https://other.example.com/x', title: null, publishedAt: null, summary: 'No title here', author: null },
    ]);
  });

  it('drops control characters from a JSON Feed, where "\\u0000" is a real NUL once parsed (Postgres refuses NUL in text)', async () => {
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'JSON\u0000 Desk',
      items: [{ id: 'j\u00001', url: 'https://json.example.org/b', title: 'Missile\u0000 launch\u0007', content_text: 'Body\u0000 text', authors: [{ name: 'Kim\u0001' }] }],
    });
    const feed = await parseFeed(bytes(json));
    expect(feed.title).toBe('JSON Desk');
    expect(feed.items).toEqual([{ guid: 'j1', url: 'https://json.example.org/b', title: 'Missile launch', publishedAt: null, summary: 'Body text', author: 'Kim' }]);
  });

  it('recovers an ill-formed feed: HTML entities, bare ampersands, unclosed tags, misplaced declaration', async () => {
    const feed = await parseFeed(fixture('illformed.xml'));
    expect(feed.recovered).toBe(true);
    expect(feed.title).toBe('Café & Politics — Seoul');
    expect(feed.items[0]).toMatchObject({
      title: 'Q&A: what’s next for the DMZ',
      url: 'http://illformed.example.com/a?x=1&y=2',
      summary: 'Unclosed markup & a bare ampersand',
    });
    expect(feed.items).toHaveLength(2);
    expect(feed.warnings.join('\n')).toMatch(/HTML entity/);
  });

  it('never expands a billion laughs nor resolves external entities', async () => {
    const started = performance.now();
    const feed = await parseFeed(fixture('billion-laughs.xml'));
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(feed.title).toBe('Bomb &lol9; &xxe;');
    expect(feed.title).not.toContain('root:');
    expect(feed.items[0]!.title).toBe('Still an item lol');
    expect(feed.warnings.join('\n')).toMatch(/DOCTYPE removed; 10 external, parameter or nested/);
  });

  it('bounds the expansion of plain internal entities', async () => {
    const value = 'x'.repeat(1000);
    const refs = '&big;'.repeat(3000);
    const feed = await parseFeed(
      bytes(`<!DOCTYPE rss [<!ENTITY big "${value}">]><rss version="2.0"><channel><title>t</title><item><description>${refs}</description></item></channel></rss>`),
    );
    expect(feed.items).toHaveLength(1);
    expect(feed.warnings.join('\n')).toMatch(/budget/);
  });

  it('decodes legacy charsets before parsing and honours the charset override', async () => {
    const title = '북한, 동해상으로 탄도미사일 발사';
    const doc = `<?xml version="1.0" encoding="euc-kr"?><rss version="2.0"><channel><title>${title}</title></channel></rss>`;
    expect((await parseFeed(iconv.encode(doc, 'euc-kr'))).title).toBe(title);
    const mislabelled = iconv.encode(doc.replace('euc-kr', 'iso-8859-1'), 'euc-kr');
    expect((await parseFeed(mislabelled, { charsetOverride: 'cp949' })).title).toBe(title);
  });

  it('reads items that sit outside <channel> and prefixed roots', async () => {
    const feed = await parseFeed(
      bytes('<rss version="2.0"><channel><title>T</title></channel><item><title>Stray</title><link>http://s.example/1</link></item></rss>'),
    );
    expect(feed.items.map((i) => i.title)).toEqual(['Stray']);
    const prefixed = await parseFeed(
      bytes('<atom:feed xmlns:atom="http://www.w3.org/2005/Atom"><atom:title>P</atom:title><atom:entry><atom:title>E</atom:title><atom:link href="http://p.example/e"/></atom:entry></atom:feed>'),
    );
    expect(prefixed).toMatchObject({ format: 'atom', title: 'P' });
    expect(prefixed.items[0]!.url).toBe('http://p.example/e');
  });

  it('keeps a DOCTYPE-looking string inside CDATA', async () => {
    const feed = await parseFeed(bytes('<rss><channel><item><description><![CDATA[ <!DOCTYPE ]]></description><title>x</title></item></channel></rss>'));
    expect(feed.items[0]!.summary).toBe('<!DOCTYPE');
  });

  it('throws FeedParseError with a reason when nothing can be read', async () => {
    expect((await parseError(bytes('   \n'))).reason).toBe('empty');
    expect((await parseError(bytes('<html><body><p>Not a feed</p></body></html>'))).reason).toBe('not-a-feed');
    expect((await parseError(bytes('{"items": [1,'))).reason).toBe('invalid-json');
    expect((await parseError(bytes('{"hello": "world"}'))).reason).toBe('not-a-feed');
    expect((await parseError(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]))).reason).toBe('not-a-feed');
  });
});

describe('feeds that nest elements thousands deep', () => {
  const depth = 20_000;
  const rss = (inner: string) => Buffer.from(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>${inner}</channel></rss>`);

  it('reads the items and their text without overflowing the stack', async () => {
    const nested = `<item><title>Talks resume</title><link>https://news.example/1</link><description>${'<a>'.repeat(depth)}Envoys met in Panmunjom.${'</a>'.repeat(depth)}</description></item>`;
    const feed = await parseFeed(rss(nested));
    expect(feed.items.map((i) => [i.title, i.url])).toEqual([['Talks resume', 'https://news.example/1']]);
    expect(feed.items[0]!.summary).toContain('Envoys met in Panmunjom.');
  });

  it('finds items wrapped in deep unknown elements, and reads escaped markup nested deep', async () => {
    const wrapped = `${'<x>'.repeat(depth)}<item><title>Talks resume</title><link>https://news.example/1</link></item>${'</x>'.repeat(depth)}`;
    expect((await parseFeed(rss(wrapped))).items.map((i) => i.title)).toEqual(['Talks resume']);
    const escaped = `<item><title>Talks resume</title><link>https://news.example/1</link><description>${'&lt;div&gt;'.repeat(depth)}Envoys met.</description></item>`;
    expect((await parseFeed(rss(escaped))).items[0]!.summary).toBe('Envoys met.');
  });
});
