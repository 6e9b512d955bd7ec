import { describe, expect, it } from 'vitest';
import {
  hammingDistance,
  isBreaking,
  latestBoundary,
  parseCadence,
  parseChannel,
  parseSubscriptionsFile,
  pickStory,
  renderHtml,
  renderSlack,
  renderText,
  signPayload,
  simhashBands,
  storyImportance,
  verifySignature,
  windowKeyOf,
  type Digest,
} from '@pwatch/alerts';

describe('cadences', () => {
  it('parses and finds the latest boundary in the subscriber’s time zone', () => {
    const daily = parseCadence('daily 08:00 Asia/Seoul');
    // 08:00 in Seoul is 23:00 UTC the day before.
    expect(latestBoundary(daily, new Date('2026-03-10T22:59:00Z'))?.toISOString()).toBe('2026-03-09T23:00:00.000Z');
    expect(latestBoundary(daily, new Date('2026-03-10T23:00:00Z'))?.toISOString()).toBe('2026-03-10T23:00:00.000Z');
    const weekly = parseCadence('weekly mon 09:30 America/New_York');
    // Across the US switch to summer time (8 March 2026): Monday 9 March 09:30 EDT is 13:30 UTC.
    expect(latestBoundary(weekly, new Date('2026-03-12T00:00:00Z'))?.toISOString()).toBe('2026-03-09T13:30:00.000Z');
    expect(latestBoundary(weekly, new Date('2026-03-09T13:00:00Z'))?.toISOString()).toBe('2026-03-02T14:30:00.000Z');
    expect(latestBoundary(parseCadence('hourly'), new Date('2026-03-09T13:59:59Z'))?.toISOString()).toBe('2026-03-09T13:00:00.000Z');
    expect(latestBoundary(parseCadence('immediate'), new Date())).toBeNull();
    expect(windowKeyOf(daily, new Date('2026-03-10T23:00:00Z'))).toBe('daily-20260310T230000Z');
  });

  it('rejects bad cadences', () => {
    expect(() => parseCadence('daily 25:00 UTC')).toThrow(/HH:MM/);
    expect(() => parseCadence('daily 08:00 Mars/Olympus')).toThrow(/time zone/);
    expect(() => parseCadence('fortnightly')).toThrow(/cadence must be/);
  });
});

describe('channels and the subscriptions file', () => {
  it('tells email, Slack and generic webhooks apart', () => {
    expect(parseChannel('analyst@example.org')).toEqual({ kind: 'email', target: 'analyst@example.org' });
    expect(parseChannel('https://hooks.slack.com/services/T/B/X').kind).toBe('slack');
    expect(parseChannel('slack:https://chat.example.org/hooks/1').kind).toBe('slack');
    expect(parseChannel('https://example.org/hook', 'secret-123')).toEqual({ kind: 'webhook', target: 'https://example.org/hook', secret: 'secret-123' });
    expect(() => parseChannel('ftp://example.org')).toThrow(/http/);
  });

  it('validates every subscription and names the one at fault', () => {
    const good = parseSubscriptionsFile(
      JSON.stringify({
        subscriptions: [
          { name: 'Missiles', rule: 'missile* entity:PRK', cadence: 'hourly', channels: ['a@example.org', { type: 'webhook', url: 'https://example.org/h', secret: 'abcdefgh' }], breaking: true },
        ],
      }),
    );
    expect(good[0]).toMatchObject({ name: 'Missiles', cadence: 'hourly', breaking: true, enabled: true });
    expect(good[0]!.channels.map((channel) => channel.kind)).toEqual(['email', 'webhook']);
    expect(() => parseSubscriptionsFile(JSON.stringify({ subscriptions: [{ name: 'Bad', rule: 'missile AND' }] }))).toThrow(
      /subscription "Bad": rule: expected a term after AND, found the end at offset 11/,
    );
  });
});

describe('stories', () => {
  it('measures SimHash distance and bands', () => {
    expect(hammingDistance('ffffffffffffffff', 'fffffffffffffff8')).toBe(3);
    expect(hammingDistance('0000000000000000', '8000000000000001')).toBe(2);
    expect(simhashBands('0001000200030004')).toEqual([1, 2, 3, 4]);
  });

  it('joins the nearest story within the window, by content hash or SimHash', () => {
    const seenAt = new Date('2026-03-10T00:00:00Z');
    const candidates = [
      { storyId: 1, simhash: 'ffff0000ffff0000', contentHash: 'a', seenAt },
      { storyId: 2, simhash: 'ffff0000ffff0007', contentHash: 'b', seenAt },
      { storyId: 3, simhash: '0000000000000000', contentHash: 'c', seenAt: new Date('2026-03-01T00:00:00Z') },
    ];
    expect(pickStory({ simhash: 'ffff0000ffff0001', contentHash: 'x', seenAt }, candidates)).toBe(1);
    expect(pickStory({ simhash: 'ffff0000ffff000f', contentHash: 'x', seenAt }, candidates)).toBe(2);
    expect(pickStory({ simhash: '1234123412341234', contentHash: 'b', seenAt }, candidates)).toBe(2);
    expect(pickStory({ simhash: 'ffff0000ffff00ff', contentHash: 'x', seenAt }, candidates)).toBeNull();
    // Identical, but more than seven days apart: a new story.
    expect(pickStory({ simhash: '0000000000000000', contentHash: 'c', seenAt }, candidates)).toBeNull();
  });

  it('calls a story breaking when N sources carry it within M minutes', () => {
    const at = (minute: number) => new Date(Date.UTC(2026, 2, 10, 0, minute));
    const rule = { minSources: 3, withinMinutes: 30 };
    expect(isBreaking([{ source: 'a', seenAt: at(0) }, { source: 'b', seenAt: at(10) }, { source: 'c', seenAt: at(29) }], rule)).toBe(true);
    expect(isBreaking([{ source: 'a', seenAt: at(0) }, { source: 'b', seenAt: at(10) }, { source: 'c', seenAt: at(31) }], rule)).toBe(false);
    expect(isBreaking([{ source: 'a', seenAt: at(0) }, { source: 'a', seenAt: at(1) }, { source: 'b', seenAt: at(2) }], rule)).toBe(false);
  });
});

describe('signatures', () => {
  it('signs timestamp and body; verification refuses other bodies, secrets and old timestamps', () => {
    const now = new Date('2026-03-10T00:00:00Z');
    const timestamp = Math.floor(now.getTime() / 1000);
    const header = signPayload('s3cret', timestamp, '{"a":1}');
    expect(header).toMatch(/^v1=[0-9a-f]{64}$/);
    const verify = (changes: Partial<Parameters<typeof verifySignature>[0]>) =>
      verifySignature({ secret: 's3cret', header, timestamp: String(timestamp), body: '{"a":1}', now, ...changes });
    expect(verify({})).toBe(true);
    expect(verify({ body: '{"a":2}' })).toBe(false);
    expect(verify({ secret: 'other' })).toBe(false);
    expect(verify({ now: new Date(now.getTime() + 301_000) })).toBe(false);
    expect(verify({ header: `v1=00, ${header}` })).toBe(true);
  });
});

describe('digest rendering', () => {
  const hostile = '<script>alert("x")</script> & <b>bold</b>';
  const quotes = [{ speaker: 'Xi Jinping', speakerId: 'person:xi-jinping', text: hostile, kind: 'direct', keyActor: true }];
  const digest: Digest = {
    subscription: 'Test <sub>',
    kind: 'digest',
    windowStart: '2026-03-09T00:00:00.000Z',
    windowEnd: '2026-03-10T00:00:00.000Z',
    stories: [
      {
        storyId: 1,
        title: hostile,
        update: false,
        breaking: true,
        relevance: 0.8,
        sourceCount: 2,
        sources: [
          { name: 'Site "A"', url: 'javascript:alert(1)', publishedAt: '2026-03-09T10:00:00.000Z' },
          { name: 'Site B', url: 'https://b.example/x?a=1&b="2"', publishedAt: null },
        ],
        quotes,
        stances: [{ actor: 'China', action: 'appeal-for-talks', target: null, topic: 'dialogue', cameo: '041', plover: 'CONSULT' }],
        importance: storyImportance({ relevance: 0.8, sourceCount: 2, quotes, breaking: true }),
      },
    ],
  };

  it('escapes every piece of article text in HTML and keeps only http(s) links', () => {
    const html = renderHtml(digest);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>bold');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('href="https://b.example/x?a=1&amp;b=%222%22"');
    expect(html).toContain('Test &lt;sub&gt;');
    // Inline styles only: no <style> block for clients that strip it.
    expect(html).not.toMatch(/<style/i);
  });

  it('renders plain text and Slack text with sources, quotes and stances', () => {
    const text = renderText(digest);
    expect(text).toContain('1. [BREAKING] <script>');
    expect(text).toContain('Xi Jinping: “<script>alert("x")</script> & <b>bold</b>”');
    expect(text).toContain('China appeal-for-talks (dialogue) [CAMEO 041, PLOVER CONSULT]');
    expect(text).toContain('- Site B, time unknown: https://b.example/x?a=1&b="2"');
    expect(renderSlack(digest).text).toContain('&lt;script&gt;');
  });
});
