import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ONE_CORE_FLAGS, wantsOneCoreFlags } from '../src/one-core.ts';

const probe = path.join(import.meta.dirname, 'fixtures/one-core-probe.ts');

interface ProbeRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runProbe(args: string[], onStdout?: (child: ReturnType<typeof spawn>, text: string) => void): Promise<ProbeRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [probe, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      onStdout?.(child, stdout);
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('one-core relaunch', () => {
  it('wants the flags only on one core, and only when they are not already set', () => {
    expect(wantsOneCoreFlags(1, [])).toBe(true);
    expect(wantsOneCoreFlags(1, ['--max-old-space-size=256'])).toBe(true);
    expect(wantsOneCoreFlags(2, [])).toBe(false);
    expect(wantsOneCoreFlags(1, [...ONE_CORE_FLAGS])).toBe(false);
  });

  it('runs the work in a child with the flags, keeps the other Node options and passes the exit code on', async () => {
    const run = await runProbe(['1', '3']);
    expect(run.code).toBe(3);
    const worker = JSON.parse(run.stdout) as { pid: number; execArgv: string[] };
    expect(worker.execArgv).toEqual(expect.arrayContaining(ONE_CORE_FLAGS));
    // The launcher reports its own usage, so that measurements can add it to the worker's.
    expect(run.stderr).toMatch(/launcher maxRSS \d+/);
  });

  it('works in the same process when more than one core is available', async () => {
    const run = await runProbe(['2', '0']);
    expect(run.code).toBe(0);
    const worker = JSON.parse(run.stdout) as { execArgv: string[] };
    for (const flag of ONE_CORE_FLAGS) expect(worker.execArgv).not.toContain(flag);
    expect(run.stderr).toBe('');
  });

  it('passes SIGTERM on to the working child and exits as it did', async () => {
    let workerPid = 0;
    const run = await runProbe(['1', '0', 'sleep'], (child, text) => {
      if (workerPid || !text.includes('\n')) return;
      workerPid = (JSON.parse(text) as { pid: number }).pid;
      child.kill('SIGTERM');
    });
    expect(workerPid).toBeGreaterThan(0);
    // The worker was killed by SIGTERM (15): the launcher exits 128 + 15, as a shell would report it.
    expect(run.code).toBe(143);
    expect(() => process.kill(workerPid, 0)).toThrow();
  });
});
