import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeHtmlBytes } from '../src/index.ts';

const korean = '북한 외무성 대변인은 담화를 발표했다. 한반도 정세가 긴장되고 있다고 밝혔다.';
const page = (charset: string, body: string) => `<html><head><meta charset="${charset}"></head><body><p>${body}</p></body></html>`;

describe('decodeHtmlBytes', () => {
  it('honours a byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<p>héllo</p>')]);
    expect(decodeHtmlBytes(bytes)).toEqual({ text: '<p>héllo</p>', charset: 'utf-8' });
  });

  it('uses the Content-Type charset, then the meta charset', () => {
    const euckr = iconv.encode(`<p>${korean}</p>`, 'euc-kr');
    expect(decodeHtmlBytes(euckr, 'text/html; charset=EUC-KR')).toMatchObject({ charset: 'euc-kr' });
    expect(decodeHtmlBytes(euckr, 'text/html; charset=EUC-KR').text).toContain(korean);
    const gbk = iconv.encode(page('gb2312', '朝鲜半岛局势紧张，各方应保持克制。'), 'gbk');
    expect(decodeHtmlBytes(gbk).text).toContain('朝鲜半岛局势紧张，各方应保持克制。');
  });

  it('prefers valid UTF-8 over a stale single-byte declaration', () => {
    const bytes = new TextEncoder().encode(page('iso-8859-1', 'Grüße aus Köln'));
    expect(decodeHtmlBytes(bytes).text).toContain('Grüße aus Köln');
  });

  it('detects an undeclared legacy charset', () => {
    const bytes = iconv.encode(`<html><body><p>${korean.repeat(20)}</p></body></html>`, 'euc-kr');
    expect(decodeHtmlBytes(bytes).text).toContain(korean);
  });

  it('reads the text, not the markup, when guessing: a UTF-8 page with one stray byte stays UTF-8', () => {
    const markup = `<script>${'var a = 1;\n'.repeat(7000)}</script>`;
    const text = 'So schön winterlich ist es, für Groß und Klein, wie schon lange nicht mehr. '.repeat(40);
    const utf8 = new TextEncoder().encode(page('utf-8', `${markup}${text}`));
    const bytes = new Uint8Array([...utf8.subarray(0, utf8.length - 30), 0xe9, ...utf8.subarray(utf8.length - 30)]);
    expect(bytes.length).toBeGreaterThan(70_000);
    expect(decodeHtmlBytes(bytes).text).toContain('So schön winterlich ist es, für Groß und Klein');
  });

  it('detects a legacy charset behind a long ASCII head', () => {
    const text = 'Grüße aus Köln: Straßenbahnen fahren wieder, sagte der Bürgermeister am Dienstag über die Änderungen. '.repeat(30);
    const bytes = iconv.encode(`<html><head><script>${'x = 1;\n'.repeat(4000)}</script></head><body><p>${text}</p></body></html>`, 'windows-1252');
    expect(decodeHtmlBytes(bytes).text).toContain('Grüße aus Köln: Straßenbahnen');
  });

  it('throws on empty bytes', () => {
    expect(() => decodeHtmlBytes(new Uint8Array())).toThrow(/empty/);
  });
});
