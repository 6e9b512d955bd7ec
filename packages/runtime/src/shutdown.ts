import type { Logger } from 'pino';
import { flushLogger } from './logger.ts';

export interface ShutdownStep {
  name: string;
  run: () => Promise<void>;
}

export interface Shutdown {
  /** Steps run in the order added: add "stop intake" first and "close connections" last. */
  add(name: string, run: () => Promise<void>): void;
  /** Runs every step once; later calls wait for the first. */
  run(reason: string): Promise<void>;
  isShuttingDown(): boolean;
  /** Installs SIGTERM/SIGINT handlers; a second signal exits at once. */
  listen(): void;
}

/**
 * One shutdown path per process. Each step gets its own deadline share; a step that hangs is logged
 * and skipped so the process still closes its connections and exits.
 */
export function createShutdown(log: Logger, deadlineMs: number, exit: (code: number) => void = process.exit): Shutdown {
  const steps: ShutdownStep[] = [];
  let running: Promise<void> | undefined;
  let failed = false;

  const runStep = async (step: ShutdownStep, budgetMs: number) => {
    let timer: NodeJS.Timeout | undefined;
    const started = performance.now();
    try {
      await Promise.race([
        step.run(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`did not finish within ${budgetMs} ms`)), budgetMs);
        }),
      ]);
      log.info({ step: step.name, ms: Math.round(performance.now() - started) }, 'shutdown step done');
    } catch (error) {
      failed = true;
      log.error({ step: step.name, err: error }, 'shutdown step failed');
    } finally {
      clearTimeout(timer);
    }
  };

  const shutdown: Shutdown = {
    add(name, run) {
      steps.push({ name, run });
    },
    isShuttingDown: () => running !== undefined,
    run(reason) {
      running ??= (async () => {
        const started = Date.now();
        log.info({ reason, deadlineMs }, 'shutting down');
        for (const step of steps) {
          const left = Math.max(250, deadlineMs - (Date.now() - started));
          await runStep(step, left);
        }
        log.info({ ms: Date.now() - started, clean: !failed }, 'shutdown complete');
        await flushLogger(log);
      })();
      return running;
    },
    listen() {
      const onSignal = (signal: NodeJS.Signals) => {
        if (running) {
          log.warn({ signal }, 'second signal: exiting now');
          exit(1);
          return;
        }
        void shutdown.run(signal).then(() => exit(failed ? 1 : 0));
      };
      process.on('SIGTERM', onSignal);
      process.on('SIGINT', onSignal);
    },
  };
  return shutdown;
}
