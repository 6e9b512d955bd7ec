import { createDb, type Db } from '@pwatch/db';
import { createQueues, createRedis, type Queues } from '@pwatch/queue';
import { baseConfigSchema, createLogger, parseConfig, type BaseConfig, type Logger } from '@pwatch/runtime';

export interface CliContext {
  config: BaseConfig;
  db: Db;
  /** Connected lazily: commands that only read the database never open Redis. */
  queues: () => Queues;
  /** Logs to stderr, so stdout stays the command's output. */
  log: Logger;
}

/**
 * Runs a database-backed command with the same configuration variables as the services
 * (DATABASE_URL, REDIS_URL, QUEUE_PREFIX…) and closes every connection afterwards.
 */
export async function withContext<T>(
  run: (context: CliContext) => Promise<T>,
  env: Record<string, string | undefined> = process.env,
): Promise<T> {
  const config = parseConfig(baseConfigSchema, env);
  const db = createDb(config.DATABASE_URL, { maxConnections: 4 });
  const quiet = config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL;
  const log = createLogger({ level: quiet, service: 'pwatch', destination: process.stderr });
  let redis: ReturnType<typeof createRedis> | undefined;
  let queues: Queues | undefined;
  try {
    return await run({
      config,
      db,
      log,
      queues: () => {
        redis ??= createRedis(config.REDIS_URL);
        queues ??= createQueues(redis, config.QUEUE_PREFIX);
        return queues;
      },
    });
  } finally {
    await queues?.close();
    await redis?.quit().catch(() => redis?.disconnect());
    await db.$disconnect();
  }
}
