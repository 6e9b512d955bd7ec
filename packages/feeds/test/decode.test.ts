import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../src/index.ts';

const samples = {
  korean:
    '북한이 17일 동해상으로 단거리 탄도미사일 여러 발을 발사했다고 합동참모본부가 밝혔다. 군 당국은 추가 발사에 대비해 감시와 경계를 강화하고 있으며, 한미 양국은 관련 정보를 긴밀히 공유하고 있다.',
  simplified:
    '朝鲜周三向东部海域发射了数枚短程弹道导弹，韩国联合参谋本部表示，军方正在加强监视和戒备，并与美国密切共享相关情报。',
  traditional:
    '北韓週三向東部海域發射了數枚短程彈道飛彈，南韓聯合參謀本部表示，軍方正在加強監視和戒備，並與美國密切共享相關情報。',
  japanese:
    '北朝鮮は17日、日本海に向けて短距離弾道ミサイル数発を発射したと韓国軍合同参謀本部が明らかにした。日本政府は情報の収集と分析を急いでいる。',
  accented:
    'Le président a déclaré que la péninsule coréenne reste très tendue après les essais de missiles; «Ça suffit», a-t-il ajouté — selon l’agence Yonhap.',
};

const cases = [
  { label: 'EUC-KR', encoding: 'euc-kr', text: samples.korean, expected: 'cp949' },
  { label: 'CP949 (UHC-only syllables)', encoding: 'cp949', text: `${samples.korean} 똠방각하 뷁`, expected: 'cp949' },
  { label: 'GB2312', encoding: 'gb2312', text: samples.simplified, expected: 'gb18030' },
  { label: 'GBK', encoding: 'gbk', text: samples.simplified, expected: 'gb18030' },
  { label: 'GB18030', encoding: 'gb18030', text: samples.simplified, expected: 'gb18030' },
  { label: 'Big5', encoding: 'big5', text: samples.traditional, expected: 'big5hkscs' },
  { label: 'Shift_JIS', encoding: 'shift_jis', text: samples.japanese, expected: 'shift_jis' },
  { label: 'Windows-1252', encoding: 'windows-1252', text: samples.accented, expected: 'windows-1252' },
  { label: 'UTF-8', encoding: 'utf-8', text: samples.korean + samples.japanese, expected: 'utf-8' },
];

const xml = (body: string, encoding?: string) =>
  `<?xml version="1.0"${encoding ? ` encoding="${encoding}"` : ''}?>\n<rss version="2.0"><channel><title>${body}</title></channel></rss>`;

describe('decodeBytes', () => {
  describe.each(cases)('$label', ({ encoding, text, expected }) => {
    it('decodes when declared in the XML prolog', () => {
      const result = decodeBytes(iconv.encode(xml(text, encoding), encoding), { kind: 'xml' });
      expect(result.text).toContain(text);
      expect(result.charset).toBe(expected);
      expect(result.source).toBe('prolog');
    });

    it('decodes when declared in the HTTP header', () => {
      const result = decodeBytes(iconv.encode(xml(text), encoding), { contentType: `text/xml; charset="${encoding}"` });
      expect(result.text).toContain(text);
      expect(result.source).toBe('header');
    });

    it('decodes when declared in an HTML meta tag', () => {
      const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=${encoding}"></head><body><p>${text}</p></body></html>`;
      const result = decodeBytes(iconv.encode(html, encoding), { kind: 'html' });
      expect(result.text).toContain(text);
      expect(result.source).toBe('meta');
    });

    it('detects when undeclared', () => {
      const result = decodeBytes(iconv.encode(xml(text), encoding));
      expect(result.text).toContain(text);
      expect(result.charset).toBe(expected);
      expect(result.source).toBe('detected');
    });
  });

  it('lets the per-feed override beat BOM-less declarations', () => {
    const bytes = iconv.encode(xml(samples.korean, 'utf-8'), 'euc-kr');
    const result = decodeBytes(bytes, { override: 'EUC-KR', contentType: 'text/xml; charset=utf-8' });
    expect(result).toMatchObject({ charset: 'cp949', source: 'override' });
    expect(result.text).toContain(samples.korean);
  });

  it('prefers a BOM over header and prolog, and strips it', () => {
    const body = xml(samples.japanese, 'shift_jis');
    for (const [encoding, bom] of [
      ['utf-8', [0xef, 0xbb, 0xbf]],
      ['utf-16le', [0xff, 0xfe]],
      ['utf-16be', [0xfe, 0xff]],
    ] as const) {
      const bytes = Buffer.concat([Buffer.from(bom), iconv.encode(body, encoding)]);
      const result = decodeBytes(bytes, { contentType: 'text/xml; charset=iso-8859-1' });
      expect(result).toMatchObject({ charset: encoding, source: 'bom' });
      expect(result.text.startsWith('<?xml')).toBe(true);
      expect(result.text).toContain(samples.japanese);
    }
  });

  it('skips a UTF-8 label the bytes contradict instead of producing mojibake', () => {
    const bytes = iconv.encode(xml(samples.korean, 'utf-8'), 'euc-kr');
    const result = decodeBytes(bytes, { contentType: 'application/rss+xml; charset=UTF-8' });
    expect(result.text).toContain(samples.korean);
    expect(result.source).toBe('detected');
  });

  it('reads UTF-16 without a BOM from the "<" byte pattern', () => {
    const result = decodeBytes(iconv.encode(xml(samples.simplified), 'utf-16le'));
    expect(result.charset).toBe('utf-16le');
    expect(result.text).toContain(samples.simplified);
  });

  it('treats pure ASCII without declaration as UTF-8 by default', () => {
    expect(decodeBytes(Buffer.from(xml('plain')))).toMatchObject({ charset: 'utf-8', source: 'default' });
  });

  it('ignores unknown labels and falls through', () => {
    const result = decodeBytes(iconv.encode(xml(samples.korean, 'x-no-such-charset'), 'euc-kr'), {
      override: 'bogus',
      contentType: 'text/xml; charset=nope',
    });
    expect(result.text).toContain(samples.korean);
    expect(result.source).toBe('detected');
  });
});
