/** What the cleaner takes: raw page bytes (charset detected) or text, plus what is known of the page. */
export interface CleanInput {
  /** Raw HTML bytes as fetched; the charset comes from BOM, `contentType`, meta tags, then detection. */
  bytes?: Uint8Array;
  /** HTML already decoded to a string. */
  html?: string;
  /** A plain-text page dump like the customer's samples. */
  text?: string;
  /** The address the page was fetched from (a sidecar's url in the CLI). */
  url?: string | null;
  /** The HTTP Content-Type header, for its charset. */
  contentType?: string | null;
  /** Reference time: dates after it (plus a small tolerance) are rejected as future dates. */
  now?: Date;
}

export interface Dateline {
  place: string;
  agency: string | null;
}

export interface RemovedBlock {
  text: string;
  /** Machine-readable reason, e.g. "advertisement", "repeated-lead", "caption", "menu". */
  reason: string;
}

export interface CleanedArticle {
  title: string | null;
  /** The page's own canonical address when it declares one, else the input url. */
  url: string | null;
  /** ISO 8601 in UTC, or null when no trustworthy date was found. */
  publishedAt: string | null;
  /**
   * The calendar date of publication (YYYY-MM-DD) in the source's own time zone, where that is known
   * (its address, the outlet it names, its script); else as printed.
   * A bare date with no time of day is kept as is in `publishedAt` too (00:00Z of that day).
   */
  publishedDate?: string | null;
  author: string | null;
  siteName: string | null;
  /** BCP 47 primary language subtag ("en", "ko", "zh"), or null. */
  language: string | null;
  dateline: Dateline | null;
  captions: string[];
  paragraphs: string[];
  /** Paragraphs joined by a blank line. */
  text: string;
  /** sha256 hex of the normalised text: identical articles share it. */
  contentHash: string;
  /** 64-bit SimHash of the text as 16 hex digits: near-duplicates differ in few bits. */
  simhash: string;
  removed: RemovedBlock[];
  /** The CLEANER_VERSION that produced this record. */
  cleanerVersion?: string;
}
