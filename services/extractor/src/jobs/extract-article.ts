import { extractFacts, EXTRACTOR_VERSION } from '@pwatch/extractor';
import { getArticle, replaceArticleFacts } from '@pwatch/db';
import { PermanentJobError, type PayloadOf } from '@pwatch/queue';
import type { JobDeps } from '@pwatch/service-kit';

/**
 * Extracts entities, quotes, dates and events from a cleaned article and replaces its stored facts
 * in one transaction, stamped with the extractor version.
 */
export async function extractArticle({ articleId, revision }: PayloadOf<'extract-article'>, deps: JobDeps) {
  const { db, log, clock, queues } = deps;
  const article = await getArticle(db, articleId);
  if (!article || article.text === null) {
    throw new PermanentJobError(`article ${articleId} has no cleaned text to extract from`);
  }
  const facts = extractFacts({
    title: article.title,
    paragraphs: article.paragraphs,
    publishedAt: article.publishedAt?.toISOString() ?? null,
    url: article.url,
    language: article.language,
  });
  await replaceArticleFacts(db, articleId, facts, EXTRACTOR_VERSION, clock.now());
  await queues.enqueue('match-article', { articleId, revision });
  log.info(
    { articleId, entities: facts.entities.length, quotes: facts.quotes.length, events: facts.events.length, relevance: facts.relevance },
    'facts extracted',
  );
  return { entities: facts.entities.length, quotes: facts.quotes.length };
}
