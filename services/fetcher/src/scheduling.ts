// Poll scheduling arithmetic: no IO, no clock of its own, so every rule is unit-tested.

/** Backoff after failures never waits longer than this (and neither does a Retry-After). */
export const MAX_DELAY_SECONDS = 24 * 3600;

/**
 * Geometric smoothing of interval changes: each poll moves the interval only this fraction (in log
 * space) of the way to what its new-item ratio asks for, so one odd poll does not swing it.
 */
export const SMOOTHING = 0.5;

export interface IntervalBounds {
  minSeconds: number;
  maxSeconds: number;
}

export interface PollYield {
  /** Items in the document (0 for a 304 or an unchanged body). */
  items: number;
  /** Items not seen before. */
  newItems: number;
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/**
 * The multiplier a poll's new-item ratio asks for: nothing new → ×1.5 (slower); half new → ×1
 * (about right); all new → ×0.25 (faster: items may have scrolled out of the feed unseen).
 * Log-linear in between, so the response is smooth.
 */
export function targetFactor({ items, newItems }: PollYield): number {
  const ratio = items > 0 ? clamp(newItems / items, 0, 1) : 0;
  return ratio <= 0.5 ? Math.exp(Math.log(1.5) * (1 - 2 * ratio)) : Math.exp(Math.log(0.25) * (2 * ratio - 1));
}

/** The next adaptive interval after a successful poll (a 304 or an unchanged body yields nothing new). */
export function adaptInterval(currentSeconds: number, bounds: IntervalBounds, pollYield: PollYield): number {
  const { minSeconds, maxSeconds } = normalizeBounds(bounds);
  const current = clamp(currentSeconds, minSeconds, maxSeconds);
  const next = current * targetFactor(pollYield) ** SMOOTHING;
  return Math.round(clamp(next, minSeconds, maxSeconds));
}

function normalizeBounds({ minSeconds, maxSeconds }: IntervalBounds): IntervalBounds {
  const min = Math.max(1, minSeconds);
  return { minSeconds: min, maxSeconds: Math.max(min, maxSeconds) };
}

/**
 * What kind of failure a poll was. A hard error (refused connection, DNS, TLS, HTTP 4xx/5xx, an
 * unreadable document) weighs more than a timeout or a throttle (429/503), which usually pass.
 */
export type FailureKind = 'hard' | 'timeout' | 'throttled';

export const failureWeights: Record<FailureKind, number> = { hard: 1, timeout: 0.5, throttled: 0.5 };

export function scoreAfterFailure(score: number, kind: FailureKind): number {
  return round3(score + failureWeights[kind]);
}

/** A success halves the score rather than clearing it: a flapping feed backs off sooner next time. */
export function scoreAfterSuccess(score: number): number {
  return score < 0.1 ? 0 : round3(score / 2);
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

/** The wait after a failure: the feed's interval doubled per point of failure score, at most 24 hours. */
export function backoffSeconds(intervalSeconds: number, failureScore: number): number {
  return Math.round(Math.min(MAX_DELAY_SECONDS, intervalSeconds * 2 ** clamp(failureScore, 0, 30)));
}

export interface PublisherHintsInput {
  status: number;
  /** Lower-case header names. */
  headers: Record<string, string>;
  /** RSS <ttl>, when the document was parsed. */
  ttlMinutes?: number | null;
  now: Date;
}

export interface PublisherHint {
  /** Lower bound on the wait before the next poll, in seconds from now (0 when none). */
  seconds: number;
  /** Which hint set it: "ttl", "max-age", "expires" or "retry-after". */
  source: string | null;
}

/** Parses an HTTP date; null when it is not one. */
function httpDate(value: string | undefined): number | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isFinite(time) ? time : null;
}

/** `Retry-After`: delta seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterSeconds(value: string | undefined, now: Date, serverDate?: string): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = httpDate(trimmed);
  if (at === null) return null;
  // Judged against the server's own clock when it sent one: the two clocks may disagree.
  const reference = httpDate(serverDate) ?? now.getTime();
  return Math.max(0, Math.ceil((at - reference) / 1000));
}

/** `Cache-Control: max-age` (s-maxage is for shared caches; no-store/no-cache promise no freshness). */
export function maxAgeSeconds(cacheControl: string | undefined): number | null {
  if (!cacheControl) return null;
  const directives = cacheControl.toLowerCase().split(',').map((part) => part.trim());
  if (directives.some((directive) => directive === 'no-store' || directive === 'no-cache')) return null;
  for (const directive of directives) {
    const match = /^max-age\s*=\s*"?(\d+)"?$/.exec(directive);
    if (match) return Number(match[1]);
  }
  return null;
}

/**
 * The publisher's own word on when to come back: RSS `<ttl>`, `Cache-Control: max-age` and
 * `Expires` on a fresh response, `Retry-After` on 429 and 503. The largest wins; each is a lower
 * bound on the next poll, never a reason to poll sooner.
 */
export function publisherHint({ status, headers, ttlMinutes, now }: PublisherHintsInput): PublisherHint {
  const candidates: Array<[number | null, string]> = [];
  if (status === 429 || status === 503) {
    candidates.push([retryAfterSeconds(headers['retry-after'], now, headers['date']), 'retry-after']);
  } else if ((status >= 200 && status < 300) || status === 304) {
    if (ttlMinutes && ttlMinutes > 0) candidates.push([ttlMinutes * 60, 'ttl']);
    const maxAge = maxAgeSeconds(headers['cache-control']);
    candidates.push([maxAge, 'max-age']);
    // Expires is ignored when max-age is present (RFC 9111 §5.3).
    if (maxAge === null) {
      const expires = httpDate(headers['expires']);
      const reference = httpDate(headers['date']) ?? now.getTime();
      candidates.push([expires === null ? null : Math.ceil((expires - reference) / 1000), 'expires']);
    }
  }
  let best: PublisherHint = { seconds: 0, source: null };
  for (const [seconds, source] of candidates) {
    if (seconds !== null && Number.isFinite(seconds) && seconds > best.seconds) best = { seconds, source };
  }
  return best;
}

export interface NextPollInput {
  /** When this poll was due (its scheduler slot), or when it started for a manual poll. */
  scheduledAt: Date;
  now: Date;
  /** The interval or the backoff, in seconds. */
  gapSeconds: number;
  hint: PublisherHint;
  /** The feed's max interval: freshness hints (ttl, max-age, expires) wait no longer than this. */
  maxIntervalSeconds: number;
}

export interface NextPoll {
  nextPollAt: Date;
  /** The period the feed's job scheduler should run at, in milliseconds. */
  everyMs: number;
}

/**
 * When to poll next. The gap is counted from the slot the poll was due at, so a late poll does not
 * push every later poll back; a publisher hint is counted from now (it was said now). Retry-After
 * may ask for up to 24 hours; freshness hints up to the feed's max interval.
 */
export function planNextPoll({ scheduledAt, now, gapSeconds, hint, maxIntervalSeconds }: NextPollInput): NextPoll {
  const hintCap = hint.source === 'retry-after' ? MAX_DELAY_SECONDS : Math.max(maxIntervalSeconds, 1);
  const hintSeconds = Math.min(hint.seconds, hintCap);
  const gap = Math.max(1, Math.round(gapSeconds));
  const byGap = scheduledAt.getTime() + gap * 1000;
  const byHint = now.getTime() + hintSeconds * 1000;
  return {
    nextPollAt: new Date(Math.max(byGap, byHint, now.getTime() + 1000)),
    everyMs: Math.max(gap, Math.ceil(hintSeconds)) * 1000,
  };
}

/**
 * A scheduled poll that arrives before its feed is due: within this much it waits for the due time;
 * further ahead, its scheduler is out of date (a crash between the database write and the
 * scheduler update) and is realigned instead.
 */
export function earlyTolerance(everyMs: number): number {
  return Math.max(60_000, everyMs / 10);
}

/**
 * First-run offsets for feeds that are due now (a fresh install, or a fetcher that was down):
 * spread over the interval so ten thousand feeds do not all start in the same second, at about
 * `perSecond` polls a second (never spread wider than the interval).
 */
export function initialStagger(index: number, count: number, intervalSeconds: number, perSecond = 25): number {
  const span = Math.min(intervalSeconds * 1000, (count / perSecond) * 1000);
  return count <= 1 ? 0 : Math.floor((index / count) * span);
}
