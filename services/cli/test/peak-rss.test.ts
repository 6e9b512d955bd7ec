import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('peakRssKiB', () => {
  // A process started by a large one: getrusage's maxrss carries the parent's size over the fork
  // and exec, the figure the benchmarks once reported; the process's own peak is far smaller.
  it.runIf(process.platform === 'linux')("reports the process's own peak, not its parent's size at the fork", () => {
    const ballast = Buffer.alloc(256 * 1024 * 1024, 1);
    const module = path.resolve(import.meta.dirname, '../src/peak-rss.ts');
    const script = `import { peakRssKiB } from ${JSON.stringify(module)}; console.log(JSON.stringify({ own: peakRssKiB(), inherited: process.resourceUsage().maxRSS }));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const { own, inherited } = JSON.parse(run.stdout) as { own: number; inherited: number };
    expect(ballast.length).toBe(256 * 1024 * 1024);
    expect(inherited).toBeGreaterThan(256 * 1024);
    expect(own).toBeGreaterThan(10 * 1024);
    expect(own).toBeLessThan(150 * 1024);
  });
});
