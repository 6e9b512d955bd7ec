import { describe, expect, it } from 'vitest';
import {
  adaptInterval,
  backoffSeconds,
  earlyTolerance,
  initialStagger,
  maxAgeSeconds,
  planNextPoll,
  publisherHint,
  retryAfterSeconds,
  scoreAfterFailure,
  scoreAfterSuccess,
  targetFactor,
} from '../src/scheduling.ts';

const bounds = { minSeconds: 300, maxSeconds: 86_400 };
const now = new Date('2026-11-20T12:00:00Z');

describe('adaptive interval', () => {
  it('slows down when nothing is new and speeds up when everything is', () => {
    expect(adaptInterval(900, bounds, { items: 0, newItems: 0 })).toBe(Math.round(900 * Math.sqrt(1.5)));
    expect(adaptInterval(900, bounds, { items: 20, newItems: 0 })).toBeGreaterThan(900);
    expect(adaptInterval(900, bounds, { items: 20, newItems: 10 })).toBe(900);
    expect(adaptInterval(900, bounds, { items: 20, newItems: 20 })).toBe(450);
    expect(adaptInterval(900, bounds, { items: 20, newItems: 16 })).toBeLessThan(900);
  });

  it('responds monotonically to the share of new items', () => {
    const factors = [0, 0.1, 0.3, 0.5, 0.7, 0.9, 1].map((share) => targetFactor({ items: 100, newItems: share * 100 }));
    for (let i = 1; i < factors.length; i++) expect(factors[i]).toBeLessThan(factors[i - 1]!);
  });

  it('stays within the feed bounds however long the trend lasts', () => {
    let quiet = 300;
    for (let poll = 0; poll < 100; poll++) quiet = adaptInterval(quiet, bounds, { items: 10, newItems: 0 });
    expect(quiet).toBe(86_400);
    let busy = 86_400;
    for (let poll = 0; poll < 100; poll++) busy = adaptInterval(busy, bounds, { items: 10, newItems: 10 });
    expect(busy).toBe(300);
    // A current interval outside new bounds (the operator changed them) is brought inside first.
    expect(adaptInterval(50_000, { minSeconds: 600, maxSeconds: 3_600 }, { items: 10, newItems: 5 })).toBe(3_600);
    expect(adaptInterval(10, { minSeconds: 600, maxSeconds: 300 }, { items: 10, newItems: 5 })).toBe(600);
  });

  it('reaches the max from the min in a day-scale number of quiet polls, not one', () => {
    let interval = 300;
    let polls = 0;
    while (interval < 86_400) {
      interval = adaptInterval(interval, bounds, { items: 0, newItems: 0 });
      polls++;
    }
    expect(polls).toBeGreaterThan(20);
    expect(polls).toBeLessThan(40);
  });
});

describe('failure score and backoff', () => {
  it('weighs hard errors more than timeouts and throttling, and decays on success', () => {
    expect(scoreAfterFailure(0, 'hard')).toBe(1);
    expect(scoreAfterFailure(0, 'timeout')).toBe(0.5);
    expect(scoreAfterFailure(1, 'throttled')).toBe(1.5);
    expect(scoreAfterSuccess(3)).toBe(1.5);
    expect(scoreAfterSuccess(0.05)).toBe(0);
  });

  it('doubles per point of score and stops at 24 hours', () => {
    expect(backoffSeconds(600, 1)).toBe(1_200);
    expect(backoffSeconds(600, 2)).toBe(2_400);
    expect(backoffSeconds(600, 0.5)).toBe(Math.round(600 * Math.SQRT2));
    expect(backoffSeconds(600, 12)).toBe(86_400);
    expect(backoffSeconds(600, 1e6)).toBe(86_400);
  });
});

describe('publisher hints', () => {
  it('parses Retry-After as seconds or as a date, against the server clock when given', () => {
    expect(retryAfterSeconds('120', now)).toBe(120);
    expect(retryAfterSeconds('Fri, 20 Nov 2026 12:10:00 GMT', now)).toBe(600);
    expect(retryAfterSeconds('Fri, 20 Nov 2026 12:10:00 GMT', now, 'Fri, 20 Nov 2026 12:05:00 GMT')).toBe(300);
    expect(retryAfterSeconds('soon', now)).toBeNull();
    expect(retryAfterSeconds(undefined, now)).toBeNull();
  });

  it('reads max-age, ignoring no-cache and no-store', () => {
    expect(maxAgeSeconds('public, max-age=1800')).toBe(1_800);
    expect(maxAgeSeconds('max-age=600, no-cache')).toBeNull();
    expect(maxAgeSeconds('no-store')).toBeNull();
    expect(maxAgeSeconds('s-maxage=60')).toBeNull();
  });

  it('takes the largest of ttl, max-age and Expires on a fresh response, Retry-After on 429/503 only', () => {
    const headers = { 'cache-control': 'max-age=600', 'retry-after': '9999' };
    expect(publisherHint({ status: 200, headers, ttlMinutes: 60, now })).toEqual({ seconds: 3_600, source: 'ttl' });
    expect(publisherHint({ status: 304, headers, now })).toEqual({ seconds: 600, source: 'max-age' });
    expect(publisherHint({ status: 429, headers, ttlMinutes: 60, now })).toEqual({ seconds: 9_999, source: 'retry-after' });
    expect(publisherHint({ status: 503, headers: { 'retry-after': '30' }, now })).toEqual({ seconds: 30, source: 'retry-after' });
    expect(publisherHint({ status: 500, headers, now })).toEqual({ seconds: 0, source: null });
    const expires = { expires: 'Fri, 20 Nov 2026 13:00:00 GMT', date: 'Fri, 20 Nov 2026 12:30:00 GMT' };
    expect(publisherHint({ status: 200, headers: expires, now })).toEqual({ seconds: 1_800, source: 'expires' });
    // Expires yields to max-age (RFC 9111), even a shorter one.
    expect(publisherHint({ status: 200, headers: { ...expires, 'cache-control': 'max-age=60' }, now })).toEqual({ seconds: 60, source: 'max-age' });
    expect(publisherHint({ status: 200, headers: { expires: '0' }, now })).toEqual({ seconds: 0, source: null });
  });
});

describe('next poll', () => {
  const scheduledAt = new Date(now.getTime() - 20_000);

  it('counts the gap from the due slot, so a late poll does not drift the schedule', () => {
    const next = planNextPoll({ scheduledAt, now, gapSeconds: 900, hint: { seconds: 0, source: null }, maxIntervalSeconds: 86_400 });
    expect(next).toEqual({ nextPollAt: new Date(scheduledAt.getTime() + 900_000), everyMs: 900_000 });
  });

  it('treats hints as lower bounds counted from now, capped by the max interval (freshness) or 24 h (Retry-After)', () => {
    const ttl = planNextPoll({ scheduledAt, now, gapSeconds: 300, hint: { seconds: 3_600, source: 'ttl' }, maxIntervalSeconds: 1_800 });
    expect(ttl).toEqual({ nextPollAt: new Date(now.getTime() + 1_800_000), everyMs: 1_800_000 });
    const retry = planNextPoll({ scheduledAt, now, gapSeconds: 300, hint: { seconds: 7_200, source: 'retry-after' }, maxIntervalSeconds: 1_800 });
    expect(retry).toEqual({ nextPollAt: new Date(now.getTime() + 7_200_000), everyMs: 7_200_000 });
    const huge = planNextPoll({ scheduledAt, now, gapSeconds: 300, hint: { seconds: 1e9, source: 'retry-after' }, maxIntervalSeconds: 1_800 });
    expect(huge.everyMs).toBe(86_400_000);
    const small = planNextPoll({ scheduledAt, now, gapSeconds: 900, hint: { seconds: 60, source: 'max-age' }, maxIntervalSeconds: 86_400 });
    expect(small.everyMs).toBe(900_000);
  });

  it('never plans a poll in the past', () => {
    const longAgo = new Date(now.getTime() - 3_600_000);
    expect(planNextPoll({ scheduledAt: longAgo, now, gapSeconds: 300, hint: { seconds: 0, source: null }, maxIntervalSeconds: 300 }).nextPollAt.getTime()).toBe(now.getTime() + 1000);
  });

  it('tolerates a slightly early job and spreads first polls over the interval', () => {
    expect(earlyTolerance(300_000)).toBe(60_000);
    expect(earlyTolerance(3_600_000)).toBe(360_000);
    const offsets = Array.from({ length: 10_000 }, (_, i) => initialStagger(i, 10_000, 300));
    expect(Math.max(...offsets)).toBeLessThan(300_000);
    expect(offsets[5_000]).toBe(150_000);
    expect(initialStagger(3, 10, 300)).toBeLessThan(1_000);
    expect(initialStagger(0, 1, 300)).toBe(0);
  });
});
