import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
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

  it('turns every bad argument into a usage error', async () => {
    const cases: string[][] = [[], ['x'], ['x', '--out', 'o', '--now', 'soon'], ['/no/such/path', '--out', 'o'], ['x', '--out', 'o', '--what']];
    for (const argv of cases) await expect(parseBatchArgs(argv, ['.txt'])).rejects.toBeInstanceOf(UsageError);
  });
});
