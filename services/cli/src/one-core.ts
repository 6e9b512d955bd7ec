import { spawn } from 'node:child_process';
import { availableParallelism, constants } from 'node:os';
import { peakRssKiB } from './peak-rss.ts';

/**
 * V8 compiles hot functions to optimised code on background threads. With one core those threads
 * can only run by pre-empting the main thread, which meanwhile goes on running the slower code; a
 * short batch process spends a large part of its life warming up this way. Compiling on the main
 * thread instead is about 10% faster on one core (and about 20% slower on two, where the compiler
 * thread really runs beside the work), so the flag is only added when this process may use a
 * single core (`taskset -c 0`, a one-CPU container or VM).
 */
export const ONE_CORE_FLAGS = ['--no-concurrent-recompilation'];

const RELAUNCHED = 'PWATCH_ONE_CORE_CHILD';

/** Whether a process with these Node options, allowed this many cores, should be started again with `ONE_CORE_FLAGS`. */
export function wantsOneCoreFlags(cores: number, execArgv: readonly string[]): boolean {
  return cores === 1 && !ONE_CORE_FLAGS.every((flag) => execArgv.includes(flag));
}

/**
 * Runs this same script again in a child process with `ONE_CORE_FLAGS` added to the Node options
 * (V8 reads them only at start-up), passing signals on, and resolves with the exit code to use.
 * Returns (or resolves with) null, and the caller goes on in this process, when no relaunch is
 * needed or the child cannot be started. `report` (when given) receives this launcher's own CPU time and peak memory,
 * so that measurements of the whole command can include them.
 */
export function relaunchOnOneCore(options: {
  cores?: number;
  report?: (usage: { maxRssKiB: number; cpuMicros: number }) => void;
} = {}): Promise<number | null> | null {
  const cores = options.cores ?? availableParallelism();
  const script = process.argv[1];
  // The marker stops a relaunch loop should Node ever drop a flag it does not know.
  if (!script || process.env[RELAUNCHED] || !wantsOneCoreFlags(cores, process.execArgv)) return null;
  const flags = ONE_CORE_FLAGS.filter((flag) => !process.execArgv.includes(flag));
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...process.execArgv, ...flags, script, ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: { ...process.env, [RELAUNCHED]: '1' },
    });
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    for (const signal of signals) process.on(signal, forward);
    const finish = (code: number | null) => {
      for (const signal of signals) process.off(signal, forward);
      const usage = process.resourceUsage();
      options.report?.({ maxRssKiB: peakRssKiB(), cpuMicros: usage.userCPUTime + usage.systemCPUTime });
      resolve(code);
    };
    // Only a failure to start at all (the child then never ran) falls back to working here.
    child.on('error', () => {
      if (child.pid === undefined) finish(null);
    });
    // A child killed by a signal exits the way a shell reports it: 128 + the signal's number.
    child.on('exit', (code, signal) => finish(code ?? 128 + (signal ? constants.signals[signal] : 0)));
  });
}
