import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeHtmlBytes, decodeTextBytes } from '../src/index.ts';

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

  it('reads UTF-16 saved without its byte-order mark, in either byte order', () => {
    const html = page('utf-16', `Grüße aus Seoul: ${korean}`);
    expect(decodeHtmlBytes(iconv.encode(html, 'utf-16le'))).toEqual({ text: html, charset: 'utf-16le' });
    expect(decodeHtmlBytes(iconv.encode(html, 'utf-16be'))).toEqual({ text: html, charset: 'utf-16be' });
  });

  it('still refuses binary data whose zeros fall in every other byte', () => {
    // Little-endian 16-bit samples: a zero high byte each time, and no text in the low ones.
    const samples = Buffer.alloc(4000);
    for (let i = 0; i < 2000; i++) samples.writeUInt16LE(i % 31, 2 * i);
    expect(() => decodeHtmlBytes(samples)).toThrow(/binary/);
  });
});

describe('decodeTextBytes', () => {
  const korean = '북한이 20일 오전 동해상으로 탄도미사일 1발을 발사했다고 합동참모본부가 밝혔다. 올해 들어 세 번째 발사다.\n';
  const chinese = '外交部发言人21日表示，中方希望有关各方保持冷静克制，共同维护半岛和平稳定。她表示，中方愿同各方一道发挥建设性作用。\n';
  const japanese = '防衛省によりますと、北朝鮮が20日朝、日本海に向けて弾道ミサイル1発を発射しました。今年に入って3回目です。\n';

  it("reads dumps saved in a Korean, Chinese or Japanese desk's legacy charset, none declared", () => {
    expect(decodeTextBytes(iconv.encode(korean, 'euc-kr')).text).toBe(korean);
    expect(decodeTextBytes(iconv.encode(chinese, 'gbk')).text).toBe(chinese);
    expect(decodeTextBytes(iconv.encode(japanese, 'shift_jis')).text).toBe(japanese);
  });

  it('honours a byte-order mark, UTF-16 included, and a declared charset', () => {
    expect(decodeTextBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(korean, 'utf-16le')])).text).toBe(korean);
    expect(decodeTextBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(korean)])).text).toBe(korean);
    expect(decodeTextBytes(iconv.encode(korean, 'euc-kr'), 'text/plain; charset=euc-kr')).toEqual({ text: korean, charset: 'euc-kr' });
  });

  it('reads no markup: a dump that quotes a meta charset is UTF-8 still', () => {
    const text = `${korean}The page said <meta charset="iso-8859-1"> at the top.\n`;
    expect(decodeTextBytes(Buffer.from(text)).text).toBe(text);
  });

  it('reads an HTML document saved as a dump by its declared charset, and UTF-16 without a mark', () => {
    // On a line this short the detector takes Big5 for Latin-1: only the declaration gets it right.
    const traditional = '北韓發射彈道飛彈。';
    const big5 = iconv.encode(`<!DOCTYPE html><html><head><meta charset="big5"></head><body><p>${traditional}</p></body></html>`, 'big5');
    expect(decodeTextBytes(big5)).toMatchObject({ charset: 'big5' });
    expect(decodeTextBytes(big5).text).toContain(traditional);
    const latin = 'Pyongyang said on Monday that talks could resume.\n'.repeat(5);
    expect(decodeTextBytes(iconv.encode(latin, 'utf-16le'))).toEqual({ text: latin, charset: 'utf-16le' });
  });

  it('refuses binary and empty input', () => {
    expect(() => decodeTextBytes(new Uint8Array())).toThrow(/empty/);
    expect(() => decodeTextBytes(Buffer.from(Array.from({ length: 4000 }, (_, i) => i % 256)))).toThrow(/binary/);
  });
});
