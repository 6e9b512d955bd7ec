import data from '../data/default-feeds.json' with { type: 'json' };

export interface DefaultFeed {
  url: string;
  title: string;
  /** BCP 47 language of the feed's text. */
  language: string;
  /** ISO 3166-1 alpha-2 country of the publisher. */
  country: string;
  /** Every item is about the Korean Peninsula: the relevance filter is skipped. */
  allRelevant: boolean;
  minIntervalMinutes?: number;
  maxIntervalMinutes?: number;
}

/** The shipped feed list for Korean Peninsula coverage (packages/feeds/data/default-feeds.json). */
export const DEFAULT_FEEDS: readonly DefaultFeed[] = data.feeds;

/** A shipped feed as the settings of a feeds row (intervals in seconds, first poll no sooner than 15 min apart). */
export function defaultFeedSettings(feed: DefaultFeed) {
  return {
    url: feed.url,
    title: feed.title,
    language: feed.language,
    country: feed.country,
    allRelevant: feed.allRelevant,
    minIntervalSeconds: (feed.minIntervalMinutes ?? 5) * 60,
    maxIntervalSeconds: (feed.maxIntervalMinutes ?? 24 * 60) * 60,
    intervalSeconds: Math.max((feed.minIntervalMinutes ?? 15) * 60, 15 * 60),
  };
}
