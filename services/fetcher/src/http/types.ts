/** Options of one polite, guarded HTTP GET. Defaults come from the fetcher's config. */
export interface SafeFetchOptions {
  userAgent: string;
  /** Whole-request deadline, headers and body (default 20 s). */
  timeoutMs?: number;
  /** Cap on the decompressed body (default 15 MiB); larger bodies fail with reason "too-large". */
  maxBytes?: number;
  maxRedirects?: number;
  /** Validators from the previous poll, for a conditional GET. */
  etag?: string | null;
  lastModified?: string | null;
  accept?: string;
  /** Hosts or IPs (exact, or CIDR) that may resolve to loopback/private ranges, e.g. ["127.0.0.1"]. */
  allowPrivate?: string[];
  signal?: AbortSignal;
  /**
   * Takes the politeness slot of a redirect target on a host (name, without port) this request has
   * not been to yet; the caller holds the first host's. Slots are released when the request ends.
   * Whatever it throws (a RetryLaterError for a busy host) ends the request unchanged.
   */
  redirectSlot?: (url: string) => Promise<() => Promise<void>>;
}

export type FetchFailureReason =
  | 'timeout'
  | 'dns'
  | 'connect'
  | 'tls'
  | 'too-large'
  | 'too-many-redirects'
  | 'blocked-address'
  | 'bad-scheme'
  | 'decode'
  | 'aborted'
  | 'other';

/** Thrown for every failure that produced no HTTP response (HTTP errors are results, not throws). */
export class FetchError extends Error {
  readonly reason: FetchFailureReason;
  readonly url: string;

  constructor(reason: FetchFailureReason, message: string, url: string) {
    super(message);
    this.name = 'FetchError';
    this.reason = reason;
    this.url = url;
  }
}

export interface FetchResult {
  /** HTTP status of the final response (304 for not modified). */
  status: number;
  /** Address after redirects. */
  finalUrl: string;
  /** Lower-case header names. */
  headers: Record<string, string>;
  /** Decompressed body bytes (empty for 304). */
  body: Buffer;
  durationMs: number;
  redirects: string[];
}
