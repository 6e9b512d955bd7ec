import { extractDates } from './dates.ts';
import { recognizeEntities, type DocumentEntities } from './entities.ts';
import { articleTopics, extractEvents } from './events.ts';
import { extractQuotes } from './quotes.ts';
import { relevanceScore } from './relevance.ts';
import { articleText, splitSentences, tokenize, type Span } from './text.ts';
import type { ArticleInput, Entity, Facts } from './types.ts';

export { articleText } from './text.ts';
export type * from './types.ts';

/** Stamped on stored facts: bump when output for the same input can change. */
export const EXTRACTOR_VERSION = '0.3.1';

export function extractFacts(article: ArticleInput): Facts {
  const text = articleText(article.paragraphs);
  const paragraphs: Span[] = [];
  let offset = 0;
  for (const paragraph of article.paragraphs) {
    paragraphs.push({ start: offset, end: offset + paragraph.length });
    offset += paragraph.length + 2;
  }
  const tokens = tokenize(text);
  const sentences = splitSentences(text);
  const doc = recognizeEntities(text, tokens);
  const title = article.title?.trim() || null;
  const titleDoc = title ? recognizeEntities(title, tokenize(title)) : null;
  return {
    entities: listEntities(doc, titleDoc),
    quotes: extractQuotes(text, sentences, paragraphs, doc, title, titleDoc),
    dates: extractDates(text, sentences, article.publishedAt),
    events: extractEvents(text, sentences, doc),
    relevance: relevanceScore(title, titleDoc, doc, text, tokens.length),
    topics: articleTopics(title, text),
  };
}

/** Entities in order of first mention; those named only in the title come last, without offsets. */
function listEntities(doc: DocumentEntities, titleDoc: DocumentEntities | null): Entity[] {
  const entities: Entity[] = [];
  const seen = new Set<string>();
  const ordered = [...doc.entities.values()].filter((e) => e.mentions.length > 0).sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  for (const record of ordered) {
    seen.add(record.id);
    entities.push({
      id: record.id,
      name: record.name,
      type: record.type,
      country: record.country,
      mentions: record.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
    });
  }
  for (const record of titleDoc?.entities.values() ?? []) {
    if (seen.has(record.id) || record.mentions.length === 0) continue;
    seen.add(record.id);
    entities.push({ id: record.id, name: record.name, type: record.type, country: record.country, mentions: [] });
  }
  return entities;
}
