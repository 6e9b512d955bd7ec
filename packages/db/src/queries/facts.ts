import type { Db } from '../client.ts';

// Structural copy of the extractor's output: the database package depends on no pipeline library.
export interface EntityRef {
  id: string;
  name: string;
  country?: string | null;
}

export interface FactsInput {
  entities: Array<{
    id: string;
    name: string;
    type: string;
    country: string | null;
    mentions: Array<{ start: number; end: number; text: string }>;
  }>;
  quotes: Array<{
    text: string;
    start: number;
    end: number;
    kind: string;
    verb: string | null;
    speaker: EntityRef | null;
    speakerText: string | null;
    addressee: EntityRef | null;
  }>;
  dates: Array<{ text: string; start: number; end: number; date: string; precision: string }>;
  events: Array<{
    actor: EntityRef | null;
    action: string;
    cameo: string;
    plover: string;
    target: EntityRef | null;
    topic: string | null;
    evidence: string;
    start: number;
    end: number;
  }>;
  relevance: number;
  topics: string[];
}

/**
 * Replaces an article's facts in one transaction, stamped with the extractor version, so a
 * re-extraction never leaves old and new facts side by side.
 */
export async function replaceArticleFacts(
  db: Db,
  articleId: number,
  facts: FactsInput,
  extractorVersion: string,
  extractedAt: Date,
): Promise<void> {
  // Every entity a fact points at must exist: speakers and actors may be entities with no mention.
  const entities = new Map<string, { id: string; name: string; type: string; country: string | null }>();
  for (const { id, name, type, country } of facts.entities) entities.set(id, { id, name, type, country });
  const refs = [
    ...facts.quotes.flatMap((quote) => [quote.speaker, quote.addressee]),
    ...facts.events.flatMap((event) => [event.actor, event.target]),
  ];
  for (const ref of refs) {
    if (ref && !entities.has(ref.id)) {
      entities.set(ref.id, { id: ref.id, name: ref.name, type: ref.id.split(':')[0] ?? 'unknown', country: ref.country ?? null });
    }
  }
  const uniqueBy = <T>(items: T[], key: (item: T) => string) => [...new Map(items.map((item) => [key(item), item])).values()];

  // One statement in id order: concurrent extractions then lock shared entity rows in the same
  // order (no deadlocks), and rows that did not change are not rewritten.
  const sortedEntities = [...entities.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  await db.$transaction(async (tx) => {
    if (sortedEntities.length) {
      await tx.$executeRaw`
        INSERT INTO entities (id, name, type, country, updated_at)
        SELECT id, name, type, country, now()
        FROM unnest(
          ${sortedEntities.map((entity) => entity.id)}::text[],
          ${sortedEntities.map((entity) => entity.name)}::text[],
          ${sortedEntities.map((entity) => entity.type)}::text[],
          ${sortedEntities.map((entity) => entity.country)}::text[]
        ) AS incoming(id, name, type, country)
        ORDER BY id
        ON CONFLICT (id) DO UPDATE
          SET name = EXCLUDED.name, type = EXCLUDED.type, country = EXCLUDED.country, updated_at = now()
          WHERE (entities.name, entities.type, entities.country) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.type, EXCLUDED.country)`;
    }
    await tx.mention.deleteMany({ where: { articleId } });
    await tx.quote.deleteMany({ where: { articleId } });
    await tx.articleDate.deleteMany({ where: { articleId } });
    await tx.event.deleteMany({ where: { articleId } });
    await tx.mention.createMany({
      data: uniqueBy(
        facts.entities.flatMap((entity) =>
          entity.mentions.map((mention) => ({
            articleId,
            entityId: entity.id,
            startOffset: mention.start,
            endOffset: mention.end,
            text: mention.text,
          })),
        ),
        (row) => `${row.startOffset}:${row.endOffset}:${row.entityId}`,
      ),
    });
    await tx.quote.createMany({
      data: uniqueBy(
        facts.quotes.map((quote) => ({
          articleId,
          startOffset: quote.start,
          endOffset: quote.end,
          text: quote.text,
          kind: quote.kind,
          verb: quote.verb,
          speakerEntityId: quote.speaker?.id ?? null,
          speakerName: quote.speaker?.name ?? null,
          speakerText: quote.speakerText,
          addresseeEntityId: quote.addressee?.id ?? null,
        })),
        (row) => `${row.startOffset}:${row.endOffset}`,
      ),
    });
    await tx.articleDate.createMany({
      data: uniqueBy(
        facts.dates.map((date) => ({
          articleId,
          startOffset: date.start,
          endOffset: date.end,
          text: date.text,
          resolvedDate: new Date(`${date.date}T00:00:00Z`),
          precision: date.precision,
        })),
        (row) => `${row.startOffset}:${row.endOffset}`,
      ),
    });
    await tx.event.createMany({
      data: uniqueBy(
        facts.events.map((event) => ({
          articleId,
          startOffset: event.start,
          endOffset: event.end,
          actorEntityId: event.actor?.id ?? null,
          actorCountry: event.actor?.country ?? null,
          action: event.action,
          cameo: event.cameo,
          plover: event.plover,
          targetEntityId: event.target?.id ?? null,
          targetCountry: event.target?.country ?? null,
          topic: event.topic,
          evidence: event.evidence,
        })),
        (row) => `${row.startOffset}:${row.endOffset}:${row.action}`,
      ),
    });
    await tx.article.update({
      where: { id: articleId },
      data: { relevance: facts.relevance, topics: facts.topics, extractorVersion, extractedAt, status: 'extracted' },
    });
  });
}
