import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { command } from '../src/commands/extract.ts';

const work = mkdtempSync(path.join(tmpdir(), 'pwatch-extract-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// A Yonhap lead saved in EUC-KR, with no charset anywhere (as Korean desks' tools still save text).
const eucKr = Buffer.from(
  '28bcadbfef3dbfacc7d5b4babdba2920b1e8bcf6bfac20b1e2c0da203d20bacfc7d1c0cc203230c0cf20bfc0c0fc20b5bfc7d8bbf3c0b8b7ce20c5bab5b5b9ccbbe7c0cf2031b9dfc0bb20b9dfbbe7c7dfb4d9b0ed20c7d5b5bfc2fcb8f0babbbaceb0a120b9e0c7fbb4d92e0abacfc7d1c0c720c5bab5b5b9ccbbe7c0cf20b9dfbbe7b4c220bfc3c7d820b5e9beee20bcbc20b9f8c2b0b4d92e0a',
  'hex',
);

describe('pwatch extract', () => {
  it('writes the facts of each text dump, whatever its charset', async () => {
    const input = path.join(work, 'in');
    mkdirSync(input, { recursive: true });
    writeFileSync(path.join(input, 'yonhap.txt'), eucKr);
    copyFileSync(path.resolve(import.meta.dirname, '../../../test/fixtures/samples/002_1de880f252b00425.txt'), path.join(input, 'briefing.txt'));
    const out = path.join(work, 'out');
    const original = process.stderr.write.bind(process.stderr);
    process.stderr.write = (() => true) as typeof process.stderr.write;
    const code = await command.run([input, '--out', out, '--now', '2026-12-01T00:00:00Z']).finally(() => {
      process.stderr.write = original;
    });
    expect(code).toBe(0);
    const korean = JSON.parse(readFileSync(path.join(out, 'yonhap.facts.json'), 'utf8')) as { article: { language: string } };
    expect(korean.article.language).toBe('ko');
    const briefing = JSON.parse(readFileSync(path.join(out, 'briefing.facts.json'), 'utf8')) as { article: { title: string } };
    expect(briefing.article.title).toBe("Foreign Ministry Spokesperson Lu Kang's Regular Press Conference on January 17, 2018");
  });
});
