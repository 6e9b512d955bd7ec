import { mkdtemp, mkdir, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBatchArgs } from '../src/batch.ts';
import { UsageError } from '../src/command.ts';

describe('parseBatchArgs', () => {
  it('collects inputs, keeping paths relative to a folder and preferring the first extension listed', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pwatch-batch-'));
    await mkdir(path.join(dir, 'nested'));
    await Promise.all([
      writeFile(path.join(dir, 'nested', 'page.json'), '{}'),
      writeFile(path.join(dir, 'nested', 'page.txt'), 'text'),
      writeFile(path.join(dir, 'nested', 'page.meta.json'), '{}'),
      writeFile(path.join(dir, 'other.html'), '<p>x</p>'),
    ]);
    const args = await parseBatchArgs([dir, '--out', '/tmp/out', '--now', '2026-01-02', '--charset', 'euc-kr'], ['.json', '.html', '.txt'], {
      charset: { type: 'string' },
    });
    expect(args.inputs.map((input) => [input.name, input.ext]).sort()).toEqual([
      [path.join('nested', 'page'), '.json'],
      ['other', '.html'],
    ]);
    expect(args.outDir).toBe('/tmp/out');
    expect(args.now.toISOString()).toBe('2026-01-02T00:00:00.000Z');
    expect(args.values.charset).toBe('euc-kr');
  });

  it('follows links to files and folders, and is not caught by a link back to a folder it is in', async () => {
    const pages = await mkdtemp(path.join(tmpdir(), 'pwatch-batch-pages-'));
    await mkdir(path.join(pages, 'more'));
    await writeFile(path.join(pages, 'one.html'), '<p>1</p>');
    await writeFile(path.join(pages, 'more', 'two.html'), '<p>2</p>');
    const batch = await mkdtemp(path.join(tmpdir(), 'pwatch-batch-links-'));
    await symlink(path.join(pages, 'one.html'), path.join(batch, 'first.html'));
    await symlink(path.join(pages, 'more'), path.join(batch, 'more'));
    await symlink(batch, path.join(batch, 'loop'));
    await symlink(path.join(pages, 'gone.html'), path.join(batch, 'dangling.html'));
    const args = await parseBatchArgs([batch, '--out', '/tmp/out'], ['.html']);
    expect(args.inputs.map((input) => input.name).sort()).toEqual(['first', path.join('more', 'two')]);
  });

  it('refuses two different pages that would write the same outputs, and keeps one page saved twice beside itself', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pwatch-batch-same-'));
    await mkdir(path.join(dir, 'a'));
    await mkdir(path.join(dir, 'b'));
    await Promise.all(['a/page.html', 'a/page.txt', 'b/page.html'].map((file) => writeFile(path.join(dir, file), 'x')));
    const error = await parseBatchArgs([path.join(dir, 'a/page.html'), path.join(dir, 'b/page.html'), '--out', 'o'], ['.html']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toContain('would both write page.*');
    const both = await parseBatchArgs([path.join(dir, 'a/page.txt'), path.join(dir, 'a/page.html'), '--out', 'o'], ['.html', '.txt']);
    expect(both.inputs).toEqual([{ path: path.join(dir, 'a/page.html'), name: 'page', ext: '.html' }]);
    // Through their folders the two pages keep apart.
    const folders = await parseBatchArgs([dir, '--out', 'o'], ['.html']);
    expect(folders.inputs.map((input) => input.name).sort()).toEqual([path.join('a', 'page'), path.join('b', 'page')]);
  });

  it('turns every bad argument into a usage error', async () => {
    const cases: string[][] = [[], ['x'], ['x', '--out', 'o', '--now', 'soon'], ['/no/such/path', '--out', 'o'], ['x', '--out', 'o', '--what']];
    for (const argv of cases) await expect(parseBatchArgs(argv, ['.txt'])).rejects.toBeInstanceOf(UsageError);
  });
});
