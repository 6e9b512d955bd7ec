import { orderStories, storyImportance, type Digest, type DigestQuote, type DigestStance, type DigestStory } from '@pwatch/alerts';
import { alertsAlreadySent, loadDigestMaterial, type DbOrTx, type DigestItem } from '@pwatch/db';

const MAX_SOURCES = 10;
const MAX_QUOTES = 3;
const MAX_STANCES = 5;

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
};
const normalized = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export interface BuildOptions {
  subscription: string;
  kind: Digest['kind'];
  windowStart: Date | null;
  windowEnd: Date;
  /** Stories an earlier message carried are updates (a breaking alert is never one). */
  digestId?: number | null;
  breaking?: boolean;
}

/** The digest of a set of alert items: one entry per story, ordered by importance. */
export async function buildDigest(db: DbOrTx, items: DigestItem[], options: BuildOptions): Promise<Digest> {
  const storyIds = [...new Set(items.map((item) => item.storyId))];
  const articleIds = [...new Set(items.map((item) => item.articleId))];
  // Sequential: this runs inside the composing transaction.
  const material = await loadDigestMaterial(db, storyIds, articleIds);
  const sent =
    options.kind === 'breaking' ? new Set<number>() : await alertsAlreadySent(db, [...new Set(items.map((item) => item.alertId))], options.digestId ?? null);
  const articleById = new Map(material.articles.map((article) => [article.id, article]));
  const stories: DigestStory[] = [];
  for (const story of material.stories) {
    const own = items.filter((item) => item.storyId === story.id);
    const articles = [...new Set(own.map((item) => item.articleId))]
      .map((id) => articleById.get(id))
      .filter((article) => article !== undefined)
      .sort((a, b) => (a.publishedAt ?? a.createdAt).getTime() - (b.publishedAt ?? b.createdAt).getTime());
    const ids = new Set(articles.map((article) => article.id));

    const quotes: DigestQuote[] = [];
    const seenQuotes = new Set<string>();
    for (const quote of material.quotes.filter((row) => ids.has(row.articleId))) {
      const key = normalized(quote.text);
      if (seenQuotes.has(key)) continue;
      seenQuotes.add(key);
      const keyActor = quote.speakerEntityId !== null && !quote.speakerEntityId.startsWith('anon:') && quote.speakerType !== 'place';
      quotes.push({ speaker: quote.speakerName ?? quote.speakerText ?? 'unattributed', speakerId: quote.speakerEntityId, text: quote.text, kind: quote.kind, keyActor });
    }
    // Named speakers first, direct words before reported ones, then in reading order.
    const ranked = quotes
      .map((quote, index) => ({ quote, index }))
      .sort((a, b) => Number(b.quote.keyActor) - Number(a.quote.keyActor) || Number(b.quote.kind === 'direct') - Number(a.quote.kind === 'direct') || a.index - b.index)
      .map(({ quote }) => quote);

    const stances: DigestStance[] = [];
    const seenStances = new Set<string>();
    for (const event of material.events.filter((row) => ids.has(row.articleId))) {
      const stance: DigestStance = {
        actor: event.actorName ?? event.actorCountry ?? 'unknown actor',
        action: event.action,
        target: event.targetName ?? event.targetCountry,
        topic: event.topic,
        cameo: event.cameo,
        plover: event.plover,
      };
      const key = `${stance.actor}|${stance.action}|${stance.target ?? ''}|${stance.topic ?? ''}`;
      if (seenStances.has(key)) continue;
      seenStances.add(key);
      stances.push(stance);
    }

    const relevance = Math.max(0, ...articles.map((article) => article.relevance ?? 0));
    const breaking = options.breaking === true || (options.kind === 'breaking' && story.breakingAt !== null);
    const entry = {
      storyId: story.id,
      title: story.title ?? articles.find((article) => article.title)?.title ?? articles.find((article) => article.feedTitle)?.feedTitle ?? '(untitled)',
      update: own.some((item) => sent.has(item.alertId)),
      breaking,
      relevance,
      sourceCount: Math.max(story.sourceCount, new Set(articles.map((article) => hostOf(article.url))).size),
      sources: articles.slice(0, MAX_SOURCES).map((article) => ({
        name: article.siteName ?? hostOf(article.url),
        url: article.url,
        publishedAt: (article.publishedAt ?? article.createdAt).toISOString(),
      })),
      quotes: ranked.slice(0, MAX_QUOTES),
      stances: stances.slice(0, MAX_STANCES),
    };
    stories.push({ ...entry, importance: storyImportance({ ...entry, quotes: ranked }) });
  }
  return {
    subscription: options.subscription,
    kind: options.kind,
    windowStart: options.windowStart?.toISOString() ?? null,
    windowEnd: options.windowEnd.toISOString(),
    stories: orderStories(stories),
  };
}
