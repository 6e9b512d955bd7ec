import { findStalledArticles } from '@pwatch/db';
import type { JobDeps } from '@pwatch/service-kit';
import { extractRevisionOf, parseRevisionOf } from '@pwatch/queue';

/** Articles untouched this long after a stage are checked for a missing next job. */
export const stalledAfterMs = 10 * 60_000;

export async function requeueStalledArticles(deps: Pick<JobDeps, 'db' | 'log' | 'queues' | 'clock'>) {
  const { db, log, queues, clock } = deps;
  const stalled = await findStalledArticles(db, new Date(clock.now().getTime() - stalledAfterMs));
  for (const article of stalled) {
    if (article.status === 'pending') await queues.enqueue('fetch-article', { articleId: article.id });
    else if (article.status === 'fetched' && article.rawSha256)
      await queues.enqueue('parse-article', { articleId: article.id, revision: parseRevisionOf(article.rawSha256) });
    else if (article.status === 'parsed' && article.contentHash)
      await queues.enqueue('extract-article', { articleId: article.id, revision: extractRevisionOf(article.contentHash) });
  }
  if (stalled.length) log.info({ articles: stalled.length }, 'checked stalled articles for missing jobs');
  return stalled.length;
}
