import { copyFileSync, mkdtempSync, readFileSync, existsSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import iconv from 'iconv-lite';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { command } from '../../../services/cli/src/commands/clean.ts';
import { UsageError } from '../../../services/cli/src/command.ts';

const work = mkdtempSync(path.join(tmpdir(), 'pwatch-clean-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const quiet = () => {
  const original = process.stderr.write.bind(process.stderr);
  process.stderr.write = (() => true) as typeof process.stderr.write;
  return () => {
    process.stderr.write = original;
  };
};

describe('pwatch clean', () => {
  it('writes <name>.txt and <name>.json for each page, keeping folder structure and sidecar urls', async () => {
    const input = path.join(work, 'in');
    mkdirSync(path.join(input, 'kr'), { recursive: true });
    copyFileSync(path.join(import.meta.dirname, 'fixtures/news-article.html'), path.join(input, 'kr', 'page.html'));
    writeFileSync(path.join(input, 'kr', 'page.meta.json'), JSON.stringify({ url: 'https://news.example.co.kr/x' }));
    copyFileSync(path.resolve(import.meta.dirname, '../../../test/fixtures/samples/004_674fa83d9a50dead.txt'), path.join(input, 'dump.txt'));
    writeFileSync(path.join(input, 'empty.html'), '');
    const out = path.join(work, 'out');
    const restore = quiet();
    const code = await command.run([input, '--out', out]).finally(restore);
    expect(code).toBe(1);
    expect(existsSync(path.join(out, 'empty.error.txt'))).toBe(true);
    const raw = readFileSync(path.join(out, 'kr', 'page.json'), 'utf8');
    const json = JSON.parse(raw) as Record<string, unknown>;
    // Written in pieces, but laid out as JSON.stringify with an indent of two would.
    expect(raw).toBe(`${JSON.stringify(json, null, 2)}\n`);
    expect(json.title).toBe('Talks resume on the peninsula');
    expect(Array.isArray(json.paragraphs)).toBe(true);
    for (const key of ['url', 'publishedAt', 'author', 'siteName', 'language', 'dateline', 'captions', 'text', 'contentHash', 'simhash', 'removed']) {
      expect(json).toHaveProperty(key);
    }
    const txt = readFileSync(path.join(out, 'kr', 'page.txt'), 'utf8');
    expect(txt.split('\n\n')).toHaveLength((json.paragraphs as string[]).length);
    const dump = JSON.parse(readFileSync(path.join(out, 'dump.json'), 'utf8')) as { title: string };
    expect(dump.title).toBe('Xi says China ready to promote Korean dialogue');
  });

  it('reads a text dump in a legacy charset (EUC-KR, none declared)', async () => {
    const dir = path.join(work, 'euc-kr');
    mkdirSync(dir, { recursive: true });
    const lines = ['北 탄도미사일 동해상 발사…올해 세 번째', '(서울=연합뉴스) 김수연 기자 = 북한이 20일 오전 동해상으로 탄도미사일 1발을 발사했다고 합동참모본부가 밝혔다.', '북한의 탄도미사일 발사는 올해 들어 세 번째다.'];
    writeFileSync(path.join(dir, 'dump.txt'), iconv.encode(lines.join('\n'), 'euc-kr'));
    const restore = quiet();
    const code = await command.run([dir, '--out', path.join(dir, 'out')]).finally(restore);
    expect(code).toBe(0);
    const json = JSON.parse(readFileSync(path.join(dir, 'out', 'dump.json'), 'utf8')) as { title: string; paragraphs: string[] };
    expect(json.title).toBe(lines[0]);
    expect(json.paragraphs.at(-1)).toBe(lines[2]);
  });

  it('writes the JSON of a long page in pieces, laid out the same', async () => {
    const dir = path.join(work, 'long');
    mkdirSync(dir, { recursive: true });
    const paragraph = (i: number) => `<p>Paragraph ${i} says what happened, who said it, and why it matters, "quoted" and all.</p>`;
    writeFileSync(path.join(dir, 'long.html'), `<html><body><article>${Array.from({ length: 13000 }, (_, i) => paragraph(i)).join('')}</article></body></html>`);
    const restore = quiet();
    const code = await command.run([path.join(dir, 'long.html'), '--out', path.join(dir, 'out')]).finally(restore);
    expect(code).toBe(0);
    const raw = readFileSync(path.join(dir, 'out', 'long.json'), 'utf8');
    const json = JSON.parse(raw) as { text: string; paragraphs: string[] };
    expect(json.text.length).toBeGreaterThan(1_000_000);
    expect(json.paragraphs).toHaveLength(13000);
    expect(raw).toBe(`${JSON.stringify(json, null, 2)}\n`);
  });

  it('fails a page whose sidecar cannot be read, naming the sidecar, and cleans the rest', async () => {
    const dir = path.join(work, 'sidecars');
    mkdirSync(dir, { recursive: true });
    const page = '<html><body><article><p>Seoul and Pyongyang reopened the liaison line on Monday, officials said.</p></article></body></html>';
    const sidecars: Record<string, string> = { broken: '{"url": ', numeric: '{"url": 42}', blank: '{"url": ""}', good: '{"url": "https://example.com/a"}' };
    for (const [name, sidecar] of Object.entries(sidecars)) {
      writeFileSync(path.join(dir, `${name}.html`), page);
      writeFileSync(path.join(dir, `${name}.meta.json`), sidecar);
    }
    const out = path.join(work, 'sidecars-out');
    const restore = quiet();
    const code = await command.run([dir, '--out', out]).finally(restore);
    expect(code).toBe(1);
    expect(readFileSync(path.join(out, 'broken.error.txt'), 'utf8')).toContain(`the sidecar ${path.join(dir, 'broken.meta.json')} is not valid JSON`);
    expect(readFileSync(path.join(out, 'numeric.error.txt'), 'utf8')).toContain('gives "url" as number');
    expect(existsSync(path.join(out, 'blank.txt'))).toBe(true);
    expect((JSON.parse(readFileSync(path.join(out, 'good.json'), 'utf8')) as { url: string }).url).toBe('https://example.com/a');
  });

  it('exits 0 when every page is cleaned', async () => {
    const restore = quiet();
    const code = await command
      .run([path.resolve(import.meta.dirname, '../../../test/fixtures/samples/000_f30a09ae35fc6b46.txt'), '--out', path.join(work, 'ok')])
      .finally(restore);
    expect(code).toBe(0);
  });

  it('names the pages that come out with no text, and still writes them and exits 0', async () => {
    const input = path.join(work, 'no-text');
    mkdirSync(input, { recursive: true });
    writeFileSync(path.join(input, 'frames.html'), '<html><frameset cols="20%,80%"><frame src="menu.html"><frame src="story.html"></frameset></html>');
    copyFileSync(path.resolve(import.meta.dirname, '../../../test/fixtures/samples/000_f30a09ae35fc6b46.txt'), path.join(input, 'story.txt'));
    const lines: string[] = [];
    const original = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string) => lines.push(String(chunk)) > 0) as typeof process.stderr.write;
    const code = await command.run([input, '--out', path.join(work, 'no-text-out')]).finally(() => {
      process.stderr.write = original;
    });
    expect(code).toBe(0);
    expect(existsSync(path.join(work, 'no-text-out', 'frames.json'))).toBe(true);
    expect(lines.filter((line) => line.startsWith('clean: no text found in'))).toEqual([`clean: no text found in ${path.join(input, 'frames.html')}\n`]);
    expect(lines).toContain('clean: 1 of them with no text (named above)\n');
  });

  it('reports usage errors', async () => {
    await expect(command.run([])).rejects.toBeInstanceOf(UsageError);
    await expect(command.run([work])).rejects.toThrow(/--out/);
    await expect(command.run([path.join(work, 'missing'), '--out', work])).rejects.toBeInstanceOf(UsageError);
    await expect(command.run([work, '--out', work, '--bogus'])).rejects.toBeInstanceOf(UsageError);
  });
});
