import { startWorker } from '@pwatch/queue';
import type { ProcessDeps, ServicePart } from '@pwatch/service-kit';
import type { ParserConfig } from './config.ts';
import { parseArticle } from './jobs/parse-article.ts';

/** The parser: turns stored pages into clean article text. CPU-bound; scale with processes. */
export function createParser(deps: ProcessDeps, config: ParserConfig): ServicePart {
  const worker = startWorker({
    queue: 'parse',
    connection: deps.redis,
    prefix: deps.config.QUEUE_PREFIX,
    metrics: deps.metrics,
    log: deps.log,
    concurrency: config.PARSER_CONCURRENCY,
    handlers: {
      'parse-article': (payload, { log }) => parseArticle(payload, { ...deps, log }),
    },
  });
  return { name: 'parser', workers: [worker] };
}
