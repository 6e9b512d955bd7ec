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

  it('throws on empty bytes', () => {
    expect(() => decodeHtmlBytes(new Uint8Array())).toThrow(/empty/);
  });
});
