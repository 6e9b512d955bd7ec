import { startWorker } from '@pwatch/queue';
import type { ProcessDeps, ServicePart } from '@pwatch/service-kit';
import type { ExtractorConfig } from './config.ts';
import { extractArticle } from './jobs/extract-article.ts';

/** The extractor: who said what, about whom, when. CPU-bound; scale with processes. */
export function createExtractor(deps: ProcessDeps, config: ExtractorConfig): ServicePart {
  const worker = startWorker({
    queue: 'extract',
    connection: deps.redis,
    prefix: deps.config.QUEUE_PREFIX,
    metrics: deps.metrics,
    log: deps.log,
    concurrency: config.EXTRACTOR_CONCURRENCY,
    handlers: {
      'extract-article': (payload, { log }) => extractArticle(payload, { ...deps, log }),
    },
  });
  return { name: 'extractor', workers: [worker] };
}
