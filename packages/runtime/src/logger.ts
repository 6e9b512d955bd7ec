import { pino, type Logger, type LevelWithSilent } from 'pino';

export type { Logger } from 'pino';

export interface LoggerOptions {
  level: LevelWithSilent;
  service: string;
  /** Where JSON lines go; stdout by default. Tests pass a stream to inspect. */
  destination?: NodeJS.WritableStream;
}

/** JSON logs, one line per event, object first: `log.info({ feedId }, 'feed polled')`. */
export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level,
      base: { service: options.service, pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { err: pino.stdSerializers.err, error: pino.stdSerializers.err },
    },
    options.destination ?? pino.destination({ sync: false }),
  );
}

/** Flushes buffered lines; called last on shutdown. */
export function flushLogger(log: Logger): Promise<void> {
  return new Promise((resolve) => {
    try {
      log.flush((error) => {
        void error;
        resolve();
      });
    } catch {
      resolve();
    }
  });
}
