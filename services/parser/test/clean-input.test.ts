import { describe, expect, it } from 'vitest';
import { cleanInputFor } from '../src/index.ts';

const now = new Date('2026-12-01T00:00:00Z');
// A Yonhap lead and the line after it, saved in EUC-KR (as Korean desks' tools still do).
const eucKr = Buffer.from(
  '28bcadbfef3dbfacc7d5b4babdba2920b1e8bcf6bfac20b1e2c0da203d20bacfc7d1c0cc203230c0cf20bfc0c0fc20b5bfc7d8bbf3c0b8b7ce20c5bab5b5b9ccbbe7c0cf2031b9dfc0bb20b9dfbbe7c7dfb4d9b0ed20c7d5b5bfc2fcb8f0babbbaceb0a120b9e0c7fbb4d92e0abacfc7d1c0c720c5bab5b5b9ccbbe7c0cf20b9dfbbe7b4c220bfc3c7d820b5e9beee20bcbc20b9f8c2b0b4d92e0a',
  'hex',
);
const text = '(서울=연합뉴스) 김수연 기자 = 북한이 20일 오전 동해상으로 탄도미사일 1발을 발사했다고 합동참모본부가 밝혔다.\n북한의 탄도미사일 발사는 올해 들어 세 번째다.\n';

describe('cleanInputFor', () => {
  it('reads a text/plain dump in its charset, declared or detected', () => {
    expect(cleanInputFor(eucKr, 'text/plain', 'https://example.org/a', now)).toEqual({ text, url: 'https://example.org/a', now });
    expect(cleanInputFor(eucKr, 'text/plain; charset=EUC-KR', 'https://example.org/a', now)).toEqual({ text, url: 'https://example.org/a', now });
    expect(cleanInputFor(Buffer.from(text), 'text/plain; charset=utf-8', 'https://example.org/a', now)).toEqual({ text, url: 'https://example.org/a', now });
  });

  it('hands anything else on as the bytes of an HTML page', () => {
    const body = Buffer.from('<html><body><p>x</p></body></html>');
    expect(cleanInputFor(body, 'text/html; charset=utf-8', 'https://example.org/b', now)).toEqual({ bytes: body, contentType: 'text/html; charset=utf-8', url: 'https://example.org/b', now });
  });
});
