import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { OpmlError, readOpml, writeOpml } from '../src/index.ts';

describe('OPML', () => {
  it('reads feeds, folders as categories, and skips unusable outlines with a reason', () => {
    const doc = readOpml(`<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>My &amp; feeds</title></head>
  <body>
    <outline text="Korea">
      <outline text="Yonhap" type="rss" xmlUrl="https://en.yna.co.kr/RSS/nk.xml" htmlUrl="https://en.yna.co.kr/" language="en"/>
      <outline text="Wire">
        <outline title="연합뉴스 북한" text="ignored" xmlUrl="https://www.yna.co.kr/rss/northkorea.xml" category="/news,politics"/>
      </outline>
    </outline>
    <outline text="Broken" xmlUrl="javascript:alert(1)"/>
    <outline text="Empty" xmlUrl=""/>
    <outline text="Top" xmlUrl="http://example.org/feed?a=1&amp;b=2"/>
  </body>
</opml>`);
    expect(doc.title).toBe('My & feeds');
    expect(doc.feeds).toEqual([
      { xmlUrl: 'https://en.yna.co.kr/RSS/nk.xml', title: 'Yonhap', htmlUrl: 'https://en.yna.co.kr/', language: 'en', categories: ['Korea'], settings: {} },
      {
        xmlUrl: 'https://www.yna.co.kr/rss/northkorea.xml',
        title: '연합뉴스 북한',
        htmlUrl: null,
        language: null,
        categories: ['Korea', 'Wire', 'news', 'politics'],
        settings: {},
      },
      { xmlUrl: 'http://example.org/feed?a=1&b=2', title: 'Top', htmlUrl: null, language: null, categories: [], settings: {} },
    ]);
    expect(doc.skipped).toEqual([
      { line: 11, reason: 'xmlUrl is not an http(s) URL: javascript:alert(1)' },
      { line: 12, reason: 'empty xmlUrl' },
    ]);
  });

  it('round-trips titles with markup characters and settings', () => {
    const text = writeOpml({
      title: 'Peninsula Watch <feeds>',
      dateCreated: new Date('2026-11-20T00:00:00Z'),
      feeds: [
        { xmlUrl: 'https://example.org/a?x=1&y=2', title: 'A "quoted" & <b>bold</b>\u0007', language: 'ko', settings: { priority: 3, allrelevant: true, charset: null } },
        { xmlUrl: 'https://example.org/b', categories: ['Korea', 'Wire'] },
      ],
    });
    const doc = readOpml(Buffer.from(text));
    expect(doc.title).toBe('Peninsula Watch <feeds>');
    expect(doc.feeds).toEqual([
      { xmlUrl: 'https://example.org/a?x=1&y=2', title: 'A "quoted" & <b>bold</b>', htmlUrl: null, language: 'ko', categories: [], settings: { priority: '3', allrelevant: 'true' } },
      { xmlUrl: 'https://example.org/b', title: 'https://example.org/b', htmlUrl: null, language: null, categories: ['Korea', 'Wire'], settings: {} },
    ]);
  });

  it('decodes a legacy encoding from the XML prolog', () => {
    const bytes = iconv.encode('<?xml version="1.0" encoding="EUC-KR"?><opml version="1.0"><body><outline text="북한 뉴스" xmlUrl="https://example.kr/rss"/></body></opml>', 'euc-kr');
    expect(readOpml(bytes).feeds[0]?.title).toBe('북한 뉴스');
  });

  it('never expands entities from a DOCTYPE', () => {
    const doc = readOpml(`<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY x SYSTEM "file:///etc/passwd">]>
<opml version="2.0"><body><outline text="&b;&x;" xmlUrl="https://example.org/f"/></body></opml>`);
    expect(doc.feeds[0]?.title).not.toMatch(/aaaa|root:/);
  });

  it('rejects a document that is not OPML', () => {
    expect(() => readOpml('<rss version="2.0"><channel/></rss>')).toThrow(OpmlError);
  });
});
