import type { Worker } from 'bullmq';
import { z } from 'zod';
import { createDb, pingDb, type Db } from '@pwatch/db';
import { checkEvictionPolicy, createQueues, createRedis, queueNames } from '@pwatch/queue';
import {
  baseConfigShape,
  createLogger,
  createMetrics,
  createShutdown,
  parseConfig,
  portSetting,
  startOpsServer,
  systemClock,
  type BaseConfig,
  type Clock,
  type Logger,
  type Shutdown,
} from '@pwatch/runtime';
import type { ProcessDeps, ServicePart } from './deps.ts';

export interface HostOptions<Shape extends z.ZodRawShape> {
  /** Process name in logs and metrics. */
  service: string;
  /** Default port of /healthz and /metrics for this process. */
  defaultHttpPort: number;
  /** Service-specific variables, parsed with the base ones in one pass. */
  configShape: Shape;
  env: Record<string, string | undefined>;
  /** Builds the parts once connections exist. */
  parts: (deps: ProcessDeps, config: HostConfig<Shape>) => Promise<ServicePart[]>;
  clock?: Clock;
  /** Tests hand in their own log stream and keep the process alive. */
  logDestination?: NodeJS.WritableStream;
  installSignalHandlers?: boolean;
  /** Database pool size for this process. */
  maxDbConnections?: number;
}

export type HostConfig<Shape extends z.ZodRawShape> = BaseConfig & { HTTP_PORT: number | null } & z.infer<z.ZodObject<Shape>>;

export interface HostedProcess {
  deps: ProcessDeps;
  parts: ServicePart[];
  shutdown: Shutdown;
  httpPort: number | null;
  log: Logger;
}

/** Closes workers, letting active jobs finish; after the deadline, closes them by force. */
async function closeWorkers(workers: Worker[], log: Logger, deadlineMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const graceful = Promise.all(workers.map((worker) => worker.close()));
  const expired = await Promise.race([
    graceful.then(() => false),
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(true), deadlineMs);
    }),
  ]);
  clearTimeout(timer);
  if (expired) {
    // Jobs still running keep their lock until it expires; BullMQ then moves them back to waiting
    // for another worker (stalled-job recovery), so nothing is lost, only delayed.
    log.warn({ deadlineMs }, 'in-flight jobs did not finish in time; forcing workers closed, they will be retried');
    await Promise.all(workers.map((worker) => worker.close(true)));
  }
}

/**
 * The one start and shutdown path of every Peninsula Watch process: config, logger, database,
 * Redis, queues, metrics, health endpoint, then the parts; on SIGTERM/SIGINT the reverse, with
 * in-flight jobs given until the deadline to finish.
 */
export async function hostProcess<Shape extends z.ZodRawShape>(options: HostOptions<Shape>): Promise<HostedProcess> {
  const schema = z.object({ ...baseConfigShape, HTTP_PORT: portSetting(options.defaultHttpPort), ...options.configShape });
  // One pass over the environment, so every problem is reported at once; the cast names the result.
  const config = parseConfig(schema, options.env) as unknown as HostConfig<Shape>;
  const log = createLogger({ level: config.LOG_LEVEL, service: options.service, destination: options.logDestination });
  const shutdown = createShutdown(log, config.SHUTDOWN_TIMEOUT_MS);
  if (options.installSignalHandlers ?? true) shutdown.listen();

  const db: Db = createDb(config.DATABASE_URL, { maxConnections: options.maxDbConnections });
  const redis = createRedis(config.REDIS_URL);
  redis.on('error', (error) => log.error({ err: error }, 'redis connection error'));
  const queues = createQueues(redis, config.QUEUE_PREFIX);
  const metrics = createMetrics(options.service);
  const deps: ProcessDeps = { config, log, db, redis, queues, metrics, clock: options.clock ?? systemClock };

  await checkEvictionPolicy(redis, log);
  const parts = await options.parts(deps, config);

  const ops =
    config.HTTP_PORT === null
      ? null
      : await startOpsServer({
          host: config.HTTP_HOST,
          port: config.HTTP_PORT,
          log,
          registry: metrics.registry,
          isShuttingDown: () => shutdown.isShuttingDown(),
          checks: {
            postgres: () => pingDb(db),
            redis: async () => {
              await redis.ping();
            },
          },
          beforeScrape: async () => {
            for (const name of queueNames) {
              const counts = await queues.queue(name).getJobCounts('waiting', 'active', 'delayed', 'failed', 'prioritized');
              for (const [state, count] of Object.entries(counts)) metrics.queueDepth.set({ queue: name, state }, count);
            }
          },
        });

  const workers = parts.flatMap((part) => part.workers);
  const drainBudget = Math.max(500, config.SHUTDOWN_TIMEOUT_MS - 1500);
  shutdown.add('stop intake', async () => {
    await Promise.all(parts.map((part) => part.stopIntake?.()));
  });
  shutdown.add('finish in-flight jobs', () => closeWorkers(workers, log, drainBudget));
  shutdown.add('close queues', () => queues.close());
  shutdown.add('close http', async () => ops?.close());
  shutdown.add('close database', () => db.$disconnect());
  shutdown.add('close redis', async () => {
    await redis.quit().catch(() => redis.disconnect());
  });

  log.info(
    { parts: parts.map((part) => part.name), workers: workers.length, httpPort: ops?.port ?? null, queuePrefix: config.QUEUE_PREFIX },
    'started',
  );
  return { deps, parts, shutdown, httpPort: ops?.port ?? null, log };
}
