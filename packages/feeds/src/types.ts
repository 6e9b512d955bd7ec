export interface FeedItem {
  guid: string | null;
  /** Absolute URL (relative links resolved against xml:base, the feed link or the base URL). */
  url: string | null;
  title: string | null;
  /** ISO 8601 UTC. */
  publishedAt: string | null;
  /** Plain text (HTML removed), at most 4,000 characters. */
  summary: string | null;
  author?: string | null;
}

export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json';

export interface ParsedFeed {
  format: FeedFormat;
  title: string | null;
  link: string | null;
  /** RSS <ttl>, in minutes. */
  ttlMinutes: number | null;
  items: FeedItem[];
  /** True when the document was not well formed and was repaired or read by the lenient parser. */
  recovered: boolean;
  /** What was repaired, ignored or guessed (charset detection, dropped DOCTYPE, ...). */
  warnings: string[];
}

export type FeedParseFailure = 'empty' | 'not-a-feed' | 'invalid-json' | 'unreadable';

/** Thrown when nothing at all can be read from a document. */
export class FeedParseError extends Error {
  readonly reason: FeedParseFailure;

  constructor(reason: FeedParseFailure, message: string) {
    super(message);
    this.name = 'FeedParseError';
    this.reason = reason;
  }
}
