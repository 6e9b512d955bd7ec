import { ensureSubscription } from '@pwatch/db';
import { jobCatalog, startWorker } from '@pwatch/queue';
import type { ProcessDeps, ServicePart } from '@pwatch/service-kit';
import { createSenders } from './channels/index.ts';
import type { Senders } from './channels/types.ts';
import type { AlerterConfig } from './config.ts';
import { DEFAULT_SUBSCRIPTION } from './default-subscription.ts';
import type { AlerterJobDeps } from './deps.ts';
import { alertsHousekeeping } from './jobs/alerts-housekeeping.ts';
import { composeDigest } from './jobs/compose-digest.ts';
import { deliverDigest } from './jobs/deliver-digest.ts';
import { matchArticle } from './jobs/match-article.ts';

export function alerterSettings(config: AlerterConfig): AlerterJobDeps['settings'] {
  return {
    breaking: { minSources: config.BREAKING_MIN_SOURCES, withinMinutes: config.BREAKING_WINDOW_MINUTES },
    deliveryAttempts: config.ALERT_DELIVERY_ATTEMPTS,
    sendingTimeoutMs: config.ALERT_SENDING_TIMEOUT_MS,
  };
}

/**
 * The alerter: stories, matching, digests and deliveries on the "alerts" queue. Sending is IO-bound;
 * one job per channel delivery, so a slow or failing channel holds back no other.
 */
export async function createAlerter(deps: ProcessDeps, config: AlerterConfig, senders?: Senders): Promise<ServicePart> {
  const own = senders ? null : createSenders(config, deps.clock);
  const jobDeps: AlerterJobDeps = { ...deps, senders: senders ?? own!.senders, settings: alerterSettings(config) };
  if (config.SEED_DEFAULT_SUBSCRIPTION && (await deps.db.subscription.count()) === 0) {
    await ensureSubscription(deps.db, DEFAULT_SUBSCRIPTION);
    deps.log.info({ subscription: DEFAULT_SUBSCRIPTION.name }, 'fresh install: added the default subscription');
  }
  await deps.queues
    .queue('alerts')
    .upsertJobScheduler(
      'alerts-housekeeping',
      { every: config.ALERT_HOUSEKEEPING_EVERY_MS },
      { name: 'alerts-housekeeping', data: {}, opts: jobCatalog['alerts-housekeeping'].options },
    );
  const worker = startWorker({
    queue: 'alerts',
    connection: deps.redis,
    prefix: deps.config.QUEUE_PREFIX,
    metrics: deps.metrics,
    log: deps.log,
    concurrency: config.ALERTER_CONCURRENCY,
    handlers: {
      'match-article': (payload, { log }) => matchArticle(payload, { ...jobDeps, log }),
      'compose-digest': (payload, { log }) => composeDigest(payload, { ...jobDeps, log }),
      'deliver-digest': (payload, { log }) => deliverDigest(payload, { ...jobDeps, log }),
      'alerts-housekeeping': (payload, { log }) => alertsHousekeeping(payload, { ...jobDeps, log }),
    },
  });
  worker.on('closed', () => own?.close());
  return { name: 'alerter', workers: [worker] };
}
