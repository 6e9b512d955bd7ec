import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifySignature } from '@pwatch/alerts';
import { replaceArticleFacts, saveSubscription, type FactsInput } from '@pwatch/db';
import { createQueues, type Queues } from '@pwatch/queue';
import { createLogger, type Clock } from '@pwatch/runtime';
import {
  alertsHousekeeping,
  composeDigest,
  createSenders,
  deliverDigest,
  matchArticle,
  type AlerterJobDeps,
  type Senders,
} from '@pwatch/alerter';
import { createTestDatabase, type TestDatabase } from '../../../test/support/db.ts';
import { createTestRedis, type TestRedis } from '../../../test/support/redis.ts';

const silent = createLogger({ level: 'silent', service: 'test', destination: new Writable({ write: (_c, _e, cb) => cb() }) });

/** A clock the test moves by hand. */
function manualClock(start: string): Clock & { set(at: string): void } {
  let time = new Date(start);
  return { now: () => new Date(time), set: (at) => (time = new Date(at)) };
}

/** The Subject header, unfolded and with its RFC 2047 encoded words decoded. */
function subjectOf(raw: string): string {
  const headers = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ');
  const line = headers.split(/\r?\n/).find((header) => header.startsWith('Subject: '))!.slice('Subject: '.length);
  return line.replace(/=\?UTF-8\?Q\?([^?]*)\?=\s*/gi, (_, encoded: string) =>
    Buffer.from(encoded.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8'),
  );
}

function facts(overrides: Partial<FactsInput> = {}): FactsInput {
  return {
    entities: [
      { id: 'country:PRK', name: 'North Korea', type: 'country', country: 'PRK', mentions: [{ start: 0, end: 11, text: 'North Korea' }] },
      { id: 'person:kim-yo-jong', name: 'Kim Yo-jong', type: 'person', country: 'PRK', mentions: [{ start: 40, end: 51, text: 'Kim Yo-jong' }] },
    ],
    quotes: [
      {
        text: 'We will answer every provocation <b>in kind</b>',
        start: 60,
        end: 100,
        kind: 'direct',
        verb: 'said',
        speaker: { id: 'person:kim-yo-jong', name: 'Kim Yo-jong' },
        speakerText: 'Kim Yo-jong',
        addressee: null,
      },
    ],
    dates: [],
    events: [
      {
        actor: { id: 'country:PRK', name: 'North Korea', country: 'PRK' },
        action: 'weapons-test',
        cameo: '138',
        plover: 'THREATEN',
        target: null,
        topic: 'missile-launch',
        evidence: 'North Korea fired a ballistic missile.',
        start: 0,
        end: 38,
      },
    ],
    relevance: 0.8,
    topics: ['missile-launch'],
    ...overrides,
  };
}

describe('the alerter: stories, matching, digests and deliveries', () => {
  let database: TestDatabase;
  let redis: TestRedis;
  let queues: Queues;
  let smtp: SMTPServer;
  let smtpPort: number;
  let webhook: Server;
  let webhookUrl: string;
  const mails: Array<{ to: string; raw: string }> = [];
  const hooks: Array<{ path: string; body: string; verified: boolean; delivery: string | undefined }> = [];
  const clock = manualClock('2026-11-20T10:00:00Z');
  let deps: AlerterJobDeps;
  let ownSenders: ReturnType<typeof createSenders>;

  beforeAll(async () => {
    [database, redis] = await Promise.all([createTestDatabase(), createTestRedis()]);
    queues = createQueues(redis.redis, redis.prefix);
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
        stream.on('end', () => {
          mails.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address).join(','), raw });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    smtpPort = (smtp.server.address() as AddressInfo).port;
    webhook = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        const verified = verifySignature({
          secret: 'webhook-secret-1',
          header: request.headers[SIGNATURE_HEADER.toLowerCase()] as string | undefined,
          timestamp: request.headers[TIMESTAMP_HEADER.toLowerCase()] as string | undefined,
          body,
          now: clock.now(),
        });
        hooks.push({ path: request.url ?? '', body, verified, delivery: request.headers['x-pwatch-delivery'] as string | undefined });
        response.writeHead(request.url === '/broken' ? 500 : 200).end('ok');
      });
    });
    await new Promise<void>((resolve) => webhook.listen(0, '127.0.0.1', resolve));
    webhookUrl = `http://127.0.0.1:${(webhook.address() as AddressInfo).port}`;
    ownSenders = createSenders(
      {
        ALERTER_CONCURRENCY: 1,
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        ALERT_MAIL_FROM: 'Peninsula Watch <alerts@example.org>',
        ALERT_WEBHOOK_SECRET: undefined,
        ALERT_WEBHOOK_TIMEOUT_MS: 5_000,
        ALERT_DELIVERY_ATTEMPTS: 2,
        ALERT_SENDING_TIMEOUT_MS: 600_000,
        BREAKING_MIN_SOURCES: 3,
        BREAKING_WINDOW_MINUTES: 60,
        ALERT_HOUSEKEEPING_EVERY_MS: 60_000,
        SEED_DEFAULT_SUBSCRIPTION: false,
      },
      clock,
    );
    deps = {
      db: database.db,
      log: silent,
      queues,
      clock,
      senders: ownSenders.senders,
      settings: { breaking: { minSources: 3, withinMinutes: 60 }, deliveryAttempts: 2, sendingTimeoutMs: 600_000 },
    };
  });
  afterAll(async () => {
    ownSenders.close();
    await queues.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    await new Promise<void>((resolve) => webhook.close(() => resolve()));
    await database.drop();
    await redis.cleanup();
  });

  let nextArticle = 0;
  async function article(options: { site: string; simhash: string; contentHash?: string; createdAt: string; title?: string; text?: string; facts?: FactsInput }) {
    nextArticle += 1;
    const created = await database.db.article.create({
      data: {
        url: `https://${options.site}/news/${nextArticle}`,
        status: 'parsed',
        title: options.title ?? 'North Korea fires ballistic missile',
        siteName: options.site,
        language: 'en',
        paragraphs: [options.text ?? 'North Korea fired a ballistic missile on Friday.'],
        text: options.text ?? 'North Korea fired a ballistic missile on Friday.',
        contentHash: options.contentHash ?? `hash-${nextArticle}`,
        simhash: options.simhash,
        publishedAt: new Date(options.createdAt),
        createdAt: new Date(options.createdAt),
      },
    });
    await replaceArticleFacts(database.db, created.id, options.facts ?? facts(), 'test', new Date(options.createdAt));
    return created.id;
  }

  const counts = async () => ({
    stories: await database.db.story.count(),
    alerts: await database.db.alert.count(),
    items: await database.db.alertItem.count(),
    digests: await database.db.digest.count(),
  });

  it('groups a wire story from three sites into one story, alerts once, and flags it breaking', async () => {
    const subscription = await saveSubscription(database.db, {
      name: 'Missiles',
      rule: 'missile AND (entity:PRK OR entity:"Kim Yo Jong") relevance>=0.5',
      cadence: 'daily 08:00 Asia/Seoul',
      breaking: true,
      enabled: true,
      channels: [
        { kind: 'email', target: 'analyst@example.org' },
        { kind: 'webhook', target: `${webhookUrl}/hook`, secret: 'webhook-secret-1' },
        { kind: 'slack', target: `${webhookUrl}/slack` },
      ],
    });
    await saveSubscription(database.db, { name: 'Elsewhere', rule: 'entity:JPN OR tsunami', cadence: 'hourly', breaking: false, enabled: true, channels: [] });

    // Near-duplicates: 1 and 2 bits apart; the third shares the content hash of the first.
    const first = await article({ site: 'wire.example', simhash: 'f0f0f0f0f0f0f0f0', contentHash: 'same-text', createdAt: '2026-11-20T09:30:00Z' });
    const second = await article({ site: 'daily.example', simhash: 'f0f0f0f0f0f0f0f1', createdAt: '2026-11-20T09:40:00Z' });
    const third = await article({ site: 'herald.example', simhash: '0123456789abcdef', contentHash: 'same-text', createdAt: '2026-11-20T09:50:00Z' });
    // Same site as the first, 7 or more bits away from the others: a story of its own.
    const other = await article({ site: 'wire.example', simhash: 'f0f0f0f0f0f0f00f', createdAt: '2026-11-20T09:55:00Z', title: 'Another missile story' });
    for (const id of [first, second, third, other]) await matchArticle({ articleId: id, revision: 'r1' }, deps);

    const placements = await database.db.storyArticle.findMany({ orderBy: { articleId: 'asc' } });
    expect(placements.map((row) => row.storyId)).toEqual([placements[0]!.storyId, placements[0]!.storyId, placements[0]!.storyId, expect.any(Number)]);
    expect(placements[3]!.storyId).not.toBe(placements[0]!.storyId);
    const story = await database.db.story.findUniqueOrThrow({ where: { id: placements[0]!.storyId } });
    expect(story).toMatchObject({ articleCount: 3, sourceCount: 3 });
    expect(story.breakingAt).not.toBeNull();

    // One alert per story for the matching subscription, none for the other.
    const alerts = await database.db.alert.findMany({ orderBy: { id: 'asc' } });
    expect(alerts.map((alert) => [alert.subscriptionId, alert.storyId])).toEqual([
      [subscription.id, story.id],
      [subscription.id, placements[3]!.storyId],
    ]);
    expect(await database.db.alertItem.count()).toBe(4);

    // The breaking alert was queued for the subscription that asked for it.
    const job = await queues.queue('alerts').getJob(`compose-digest-${subscription.id}-breaking-${story.id}`);
    expect(job?.data).toEqual({ subscriptionId: subscription.id, windowKey: `breaking-${story.id}` });

    // A replay changes nothing.
    const before = await counts();
    for (const id of [first, second, third, other]) await matchArticle({ articleId: id, revision: 'r1' }, deps);
    expect(await counts()).toEqual(before);
  });

  it('composes a window once, and a known story with new facts comes back as an update, not a new alert', async () => {
    const subscription = (await database.db.subscription.findUniqueOrThrow({ where: { name: 'Missiles' } }))!;
    clock.set('2026-11-20T23:00:30Z');
    await alertsHousekeeping({}, deps);
    const windowKey = 'daily-20261120T230000Z';
    expect(await queues.queue('alerts').getJob(`compose-digest-${subscription.id}-${windowKey}`)).toBeDefined();

    const composed = await composeDigest({ subscriptionId: subscription.id, windowKey }, deps);
    const again = await composeDigest({ subscriptionId: subscription.id, windowKey }, deps);
    expect(again.digestId).toBe(composed.digestId);
    const digest = await database.db.digest.findUniqueOrThrow({ where: { id: composed.digestId! }, include: { deliveries: true } });
    expect(digest.storyCount).toBe(2);
    expect(digest.deliveries).toHaveLength(3);
    expect(digest.textBody).toContain('1. North Korea fires ballistic missile');
    expect(digest.textBody).toContain('3 sources');
    expect(digest.textBody).toContain('Kim Yo-jong: “We will answer every provocation <b>in kind</b>”');
    expect(digest.textBody).toContain('North Korea weapons-test (missile-launch) [CAMEO 138, PLOVER THREATEN]');
    expect(digest.htmlBody).toContain('&lt;b&gt;in kind&lt;/b&gt;');
    expect(await database.db.alertItem.count({ where: { digestId: null } })).toBe(0);

    // A fourth site on the known story the next day: an item, no new alert; the next digest says UPDATE.
    clock.set('2026-11-21T10:00:00Z');
    const alertsBefore = await database.db.alert.count();
    const late = await article({ site: 'times.example', simhash: 'f0f0f0f0f0f0f0f0', createdAt: '2026-11-21T09:59:00Z' });
    await matchArticle({ articleId: late, revision: 'r1' }, deps);
    expect(await database.db.alert.count()).toBe(alertsBefore);
    clock.set('2026-11-21T23:00:10Z');
    const next = await composeDigest({ subscriptionId: subscription.id, windowKey: 'daily-20261121T230000Z' }, deps);
    const update = await database.db.digest.findUniqueOrThrow({ where: { id: next.digestId! } });
    expect(update.storyCount).toBe(1);
    expect(update.textBody).toContain('1. [UPDATE] North Korea fires ballistic missile');
    expect(update.textBody).toContain('times.example');
    expect(update.windowStart?.toISOString()).toBe('2026-11-20T23:00:00.000Z');
  });

  it('delivers by SMTP and signed webhooks on loopback, exactly once across two runs', async () => {
    const digest = await database.db.digest.findFirstOrThrow({ where: { windowKey: 'daily-20261120T230000Z' }, include: { deliveries: { include: { channel: true } } } });
    for (const delivery of digest.deliveries) {
      await deliverDigest({ deliveryId: delivery.id }, deps);
      await deliverDigest({ deliveryId: delivery.id }, deps);
    }
    const rows = await database.db.delivery.findMany({ where: { digestId: digest.id } });
    expect(rows.map((row) => [row.status, row.attempts])).toEqual([
      ['sent', 1],
      ['sent', 1],
      ['sent', 1],
    ]);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toBe('analyst@example.org');
    expect(subjectOf(mails[0]!.raw)).toBe('[Peninsula Watch] Digest: Missiles — North Korea fires ballistic missile (+1 more)');
    expect(mails[0]!.raw).toContain('Message-ID: <pwatch-delivery-');
    expect(mails[0]!.raw).toContain('Content-Type: text/plain');
    expect(mails[0]!.raw).toContain('Content-Type: text/html');
    const signed = hooks.filter((hook) => hook.path === '/hook');
    expect(signed).toHaveLength(1);
    expect(signed[0]!.verified).toBe(true);
    const body = JSON.parse(signed[0]!.body) as { windowKey: string; digest: { stories: Array<{ title: string; sourceCount: number }> } };
    expect(body.windowKey).toBe('daily-20261120T230000Z');
    expect(body.digest.stories[0]).toMatchObject({ title: 'North Korea fires ballistic missile', sourceCount: 3 });
    const slack = hooks.filter((hook) => hook.path === '/slack');
    expect(slack).toHaveLength(1);
    expect(JSON.parse(slack[0]!.body).text).toContain('North Korea fires ballistic missile');
  });

  it('marks a delivery unknown, and never re-sends it, when its worker dies between sending and recording', async () => {
    const digest = await database.db.digest.findFirstOrThrow({ where: { windowKey: 'daily-20261121T230000Z' }, include: { deliveries: { include: { channel: true } } } });
    const email = digest.deliveries.find((delivery) => delivery.channel.kind === 'email')!;
    const mailsBefore = mails.length;
    // The transport succeeds, then the worker "dies" before it can record the outcome.
    const dying: Senders = {
      ...deps.senders,
      email: async (outgoing) => {
        await deps.senders.email(outgoing);
        throw new Error('worker killed after the SMTP server accepted the message');
      },
    };
    await expect(deliverDigest({ deliveryId: email.id }, { ...deps, senders: dying })).rejects.toThrow(/worker killed/);
    expect(mails.length).toBe(mailsBefore + 1);
    expect((await database.db.delivery.findUniqueOrThrow({ where: { id: email.id } })).status).toBe('sending');

    // The retry finds the claim without an outcome: unknown, visible in the log, not sent again.
    expect(await deliverDigest({ deliveryId: email.id }, deps)).toEqual({ status: 'unknown' });
    expect(await deliverDigest({ deliveryId: email.id }, deps)).toEqual({ status: 'unknown' });
    const row = await database.db.delivery.findUniqueOrThrow({ where: { id: email.id } });
    expect(row.status).toBe('unknown');
    expect(row.lastError).toMatch(/may or may not have arrived/);
    expect(mails.length).toBe(mailsBefore + 1);
  });

  it('retries a failing channel with backoff and gives up after the last attempt, without holding back the others', async () => {
    const subscription = await database.db.subscription.findUniqueOrThrow({ where: { name: 'Missiles' } });
    const saved = await saveSubscription(database.db, {
      name: 'Missiles',
      rule: 'missile AND (entity:PRK OR entity:"Kim Yo Jong") relevance>=0.5',
      cadence: 'daily 08:00 Asia/Seoul',
      breaking: true,
      enabled: true,
      channels: [
        { kind: 'webhook', target: `${webhookUrl}/broken`, secret: 'webhook-secret-1' },
        { kind: 'email', target: 'desk@example.org' },
      ],
    });
    expect(saved.channels.map((channel) => channel.kind).sort()).toEqual(['email', 'webhook']);
    const composed = await composeDigest({ subscriptionId: subscription.id, windowKey: `breaking-${(await database.db.story.findFirstOrThrow({ where: { breakingAt: { not: null } } })).id}` }, deps);
    const deliveries = await database.db.delivery.findMany({ where: { digestId: composed.digestId! }, include: { channel: true } });
    const broken = deliveries.find((delivery) => delivery.channel.kind === 'webhook')!;
    const email = deliveries.find((delivery) => delivery.channel.kind === 'email')!;

    await expect(deliverDigest({ deliveryId: broken.id }, deps)).rejects.toThrow(/answered 500/);
    expect(await database.db.delivery.findUniqueOrThrow({ where: { id: broken.id } })).toMatchObject({ status: 'pending', attempts: 1 });
    // The other channel of the same digest goes out meanwhile.
    expect(await deliverDigest({ deliveryId: email.id }, deps)).toEqual({ status: 'sent' });
    expect(subjectOf(mails.at(-1)!.raw)).toMatch(/^\[Peninsula Watch\] Breaking: Missiles — North Korea fires ballistic missile$/);
    // Second (last) attempt: failed for good, recorded with its error.
    expect(await deliverDigest({ deliveryId: broken.id }, deps)).toEqual({ status: 'failed' });
    expect(await database.db.delivery.findUniqueOrThrow({ where: { id: broken.id } })).toMatchObject({ status: 'failed', attempts: 2, lastError: expect.stringContaining('500') });
    // The breaking alert is recorded: housekeeping does not queue it again.
    expect((await database.db.alert.findFirstOrThrow({ where: { storyId: (await database.db.story.findFirstOrThrow({ where: { breakingAt: { not: null } } })).id } })).breakingDigestId).toBe(composed.digestId);
  });

  it('marks a delivery whose worker never came back unknown from housekeeping', async () => {
    const delivery = await database.db.delivery.findFirstOrThrow({ where: { status: 'sent' } });
    await database.db.delivery.update({ where: { id: delivery.id }, data: { status: 'sending', claimedAt: new Date(clock.now().getTime() - 3_600_000) } });
    const result = await alertsHousekeeping({}, deps);
    expect(result.unknown).toBe(1);
    expect((await database.db.delivery.findUniqueOrThrow({ where: { id: delivery.id } })).status).toBe('unknown');
  });
});
