import {
  isBreaking,
  matchRule,
  parseCadence,
  parseRule,
  pickStory,
  prepareDocument,
  simhashBands,
  STORY_WINDOW_DAYS,
  type RuleNode,
} from '@pwatch/alerts';
import {
  listEnabledSubscriptions,
  loadArticleForMatching,
  markStoryBreaking,
  pendingBreakingAlerts,
  placeInStory,
  recordMatches,
  storySightings,
  type ArticleForMatching,
} from '@pwatch/db';
import type { PayloadOf } from '@pwatch/queue';
import type { AlerterJobDeps } from '../deps.ts';

export const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return url;
  }
};

// Rules are validated when saved; parsing them once per process keeps matching cheap.
const parsedRules = new Map<string, RuleNode | null>();
function ruleOf(text: string): RuleNode | null {
  if (!parsedRules.has(text)) {
    let node: RuleNode | null;
    try {
      node = parseRule(text);
    } catch {
      node = null;
    }
    parsedRules.set(text, node);
  }
  return parsedRules.get(text) ?? null;
}

function matchDocumentOf(article: ArticleForMatching) {
  const sources = [hostOf(article.url), article.siteName, ...article.feeds.flatMap((feed) => [feed.title, hostOf(feed.url)])].filter(
    (value): value is string => Boolean(value),
  );
  return prepareDocument({
    title: article.title,
    text: article.text,
    language: article.language,
    relevance: article.relevance,
    topics: article.topics,
    sources,
    entities: article.entities,
    events: article.events,
  });
}

/**
 * Places an extracted article in its story, checks whether the story is breaking, matches the
 * article against every subscription and records alerts (one per subscription and story) and
 * alert items (what the next digest carries). Then queues what must go out now: the immediate
 * alert of a new story, the breaking alert of a story that just broke.
 */
export async function matchArticle({ articleId, revision }: PayloadOf<'match-article'>, deps: AlerterJobDeps) {
  const { db, log, queues, clock, settings } = deps;
  const article = await loadArticleForMatching(db, articleId);
  if (!article) {
    // Failed, or re-parsed since: the extract job of its new text queues a new match.
    log.info({ articleId }, 'article is not extracted; nothing to match');
    return { matched: 0 };
  }
  const seenAt = article.createdAt;
  const placement = await placeInStory(
    db,
    {
      articleId,
      title: article.title,
      source: hostOf(article.url),
      simhash: article.simhash,
      contentHash: article.contentHash,
      bands: article.simhash ? simhashBands(article.simhash) : null,
      seenAt,
    },
    STORY_WINDOW_DAYS,
    (candidates) => pickStory({ simhash: article.simhash, contentHash: article.contentHash, seenAt }, candidates),
  );
  const { storyId } = placement;

  const now = clock.now();
  let broke = false;
  // Only a story growing now is news: a backlog fetched late is not breaking.
  if (placement.placed && !placement.created && now.getTime() - seenAt.getTime() <= settings.breaking.withinMinutes * 60_000) {
    if (isBreaking(await storySightings(db, storyId), settings.breaking)) broke = await markStoryBreaking(db, storyId, now);
  }

  const subscriptions = await listEnabledSubscriptions(db);
  const prepared = matchDocumentOf(article);
  const matched = subscriptions.filter((subscription) => {
    const rule = ruleOf(subscription.rule);
    if (!rule) log.warn({ subscriptionId: subscription.id }, 'subscription rule does not parse; skipped');
    return rule !== null && matchRule(rule, prepared);
  });
  const records = await recordMatches(db, { storyId, articleId, revision, subscriptionIds: matched.map((subscription) => subscription.id), at: now });

  // Postgres first, then the queue: housekeeping re-queues whatever a crash here loses.
  const cadenceOf = new Map(matched.map((subscription) => [subscription.id, subscription.cadence]));
  for (const record of records) {
    if (!record.newAlert) continue;
    let immediate: boolean;
    try {
      immediate = parseCadence(cadenceOf.get(record.subscriptionId) ?? '').kind === 'immediate';
    } catch {
      immediate = false;
    }
    if (immediate) await queues.enqueue('compose-digest', { subscriptionId: record.subscriptionId, windowKey: `immediate-${record.alertId}` });
  }
  const breaking = broke || records.some((record) => record.newAlert) ? await pendingBreakingAlerts(db, storyId) : [];
  for (const pending of breaking) {
    await queues.enqueue('compose-digest', { subscriptionId: pending.subscriptionId, windowKey: `breaking-${pending.storyId}` });
  }
  log.info(
    {
      articleId,
      storyId,
      newStory: placement.created,
      broke,
      matched: matched.length,
      newAlerts: records.filter((record) => record.newAlert).length,
      updates: records.filter((record) => !record.newAlert && record.newItem).length,
    },
    'article matched',
  );
  return { storyId, matched: matched.length };
}
