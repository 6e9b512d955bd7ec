import { mkdtemp, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBatchArgs, prepareOutDir, runBatch, type BatchInput } from '../src/batch.ts';
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

/** Collects what a batch writes to its progress stream. */
function progressSink(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: string[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  return { stream, text: () => chunks.join('') };
}

describe('runBatch', () => {
  const inputs: BatchInput[] = [
    { path: 'good.html', name: 'good', ext: '.html' },
    { path: 'bad.html', name: path.join('nested', 'bad'), ext: '.html' },
  ];

  it('names each failing input on the progress stream, writes its reason and goes on', async () => {
    const outDir = path.join(await mkdtemp(path.join(tmpdir(), 'pwatch-run-')), 'made', 'here');
    const sink = progressSink();
    const result = await runBatch({
      inputs,
      outDir,
      label: 'test',
      outputSuffixes: ['.txt'],
      progress: sink.stream,
      handle: async (input) => {
        if (input.path === 'bad.html') throw new Error('cannot decode: the page is empty\nsecond line');
        return { '.txt': 'clean text\n' };
      },
    });
    expect(result).toMatchObject({ total: 2, succeeded: 1, failed: 1 });
    expect(await readFile(path.join(outDir, 'good.txt'), 'utf8')).toBe('clean text\n');
    expect(await readFile(path.join(outDir, 'nested', 'bad.error.txt'), 'utf8')).toMatch(/^bad\.html\nError: cannot decode: the page is empty/);
    expect(sink.text()).toContain('test: failed bad.html: cannot decode: the page is empty\n');
    expect(sink.text()).not.toContain('second line');
  });

  it('leaves only the outputs of the latest run: a success removes an old error file, a failure old outputs', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'pwatch-rerun-'));
    await mkdir(path.join(outDir, 'nested'));
    await writeFile(path.join(outDir, 'good.error.txt'), 'good.html\nError: failed last time\n');
    await writeFile(path.join(outDir, 'nested', 'bad.txt'), 'cleaned last time\n');
    await writeFile(path.join(outDir, 'nested', 'bad.json'), '{}\n');
    await runBatch({
      inputs,
      outDir,
      label: 'test',
      outputSuffixes: ['.txt', '.json'],
      progress: progressSink().stream,
      handle: async (input) => {
        if (input.path === 'bad.html') throw new Error('broken now');
        return { '.txt': 'text\n', '.json': '{}\n' };
      },
    });
    expect((await readdir(outDir)).sort()).toEqual(['good.json', 'good.txt', 'nested']);
    expect(await readdir(path.join(outDir, 'nested'))).toEqual(['bad.error.txt']);
  });
});

describe('prepareOutDir', () => {
  it('refuses, before any work, an output folder that is a file or lies under one', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pwatch-out-'));
    const file = path.join(dir, 'a-file');
    await writeFile(file, 'x');
    for (const outDir of [file, path.join(file, 'below')]) {
      const error = await prepareOutDir(outDir, [], ['.txt']).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UsageError);
      expect((error as Error).message).toContain(`cannot write to the output folder ${outDir}`);
    }
  });

  // Node's recursive mkdir spins for ever on such a path; the batch must fail at once instead.
  it.runIf(process.platform === 'linux')('fails on a folder the kernel cannot create even though its parent exists (/proc)', async () => {
    await expect(prepareOutDir('/proc/pwatch-no-such-folder/out', [], ['.txt'])).rejects.toThrow(/cannot write to the output folder .*ENOENT/);
  });

  it('refuses an output folder where an output would overwrite an input', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pwatch-overwrite-'));
    const input: BatchInput = { path: path.join(dir, 'dump.txt'), name: 'dump', ext: '.txt' };
    await writeFile(input.path, 'raw dump');
    await expect(prepareOutDir(dir, [input], ['.txt', '.json'])).rejects.toThrow(/would overwrite an input/);
    await expect(prepareOutDir(path.join(dir, 'out'), [input], ['.txt', '.json'])).resolves.toBeUndefined();
    expect(await readFile(input.path, 'utf8')).toBe('raw dump');
  });
});
