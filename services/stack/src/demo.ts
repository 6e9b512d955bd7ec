import type { Writable } from 'node:stream';
import { applyMigrations } from '@pwatch/db/migrate';
import { ensureSubscription, setFeedStatus, upsertFeed, type Db } from '@pwatch/db';
import { DEFAULT_SUBSCRIPTION, previewDigest } from '@pwatch/alerter';
import { feedSchedulerId } from '@pwatch/fetcher';
import { baseConfigSchema, parseConfig } from '@pwatch/runtime';
import { hostProcess } from '@pwatch/service-kit';
import { loadSampleArticles, startDemoFeedServer } from './demo-feed-server.ts';
import { createAllParts, stackConfigShape } from './parts.ts';
import { repoRoot, samplesDir } from './paths.ts';

export interface DemoOptions {
  env: Record<string, string | undefined>;
  out: Writable;
  /** Fixed so that a second run finds the same feed and article URLs (and stores nothing new). */
  port?: number;
  timeoutMs?: number;
  logDestination?: NodeJS.WritableStream;
}

export interface DemoResult {
  feedId: number;
  articleIds: number[];
  elapsedMs: number;
}

interface StoredArticle {
  id: number;
  url: string;
  status: string;
  title: string | null;
  publishedAt: Date | null;
  paragraphs: string[];
  fetchError: string | null;
  feedItems: Array<{ title: string | null }>;
}

async function articlesOfFeed(db: Db, feedId: number): Promise<StoredArticle[]> {
  return db.article.findMany({
    where: { feedItems: { some: { feedId } } },
    select: {
      id: true,
      url: true,
      status: true,
      title: true,
      publishedAt: true,
      paragraphs: true,
      fetchError: true,
      feedItems: { select: { title: true }, take: 1 },
    },
    orderBy: { url: 'asc' },
  });
}

const typeLabels: Record<string, string> = {
  person: 'people',
  organization: 'organisations',
  country: 'countries',
  place: 'places',
};

const settled = (article: StoredArticle) => article.status === 'extracted' || article.status === 'failed';

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

async function printArticle(db: Db, out: Writable, article: StoredArticle, index: number, total: number) {
  const [mentions, quotes] = await Promise.all([
    db.mention.groupBy({ by: ['entityId'], where: { articleId: article.id }, _count: { _all: true } }),
    db.quote.findMany({ where: { articleId: article.id }, orderBy: { startOffset: 'asc' } }),
  ]);
  const entities = await db.entity.findMany({ where: { id: { in: mentions.map((row) => row.entityId) } } });
  const countOf = new Map(mentions.map((row) => [row.entityId, row._count._all]));
  entities.sort((a, b) => (countOf.get(b.id) ?? 0) - (countOf.get(a.id) ?? 0) || a.name.localeCompare(b.name));
  const line = (text = '') => out.write(`${text}\n`);
  // Pages with no headline of their own (text dumps) are shown under their feed item's title.
  const headline = article.title ?? article.feedItems[0]?.title ?? '(untitled)';
  line(`[${index + 1}/${total}] ${headline}`);
  const published = article.publishedAt ? ` · published ${article.publishedAt.toISOString().slice(0, 10)}` : '';
  line(`      ${article.url}${published} · ${article.paragraphs.length} paragraphs · ${article.status}`);
  if (article.status === 'failed') line(`      failed: ${article.fetchError ?? 'see the logs'}`);
  const byType = new Map<string, string[]>();
  for (const entity of entities) {
    const label = `${entity.name}${entity.type === 'country' && entity.country ? ` (${entity.country})` : ''} ×${countOf.get(entity.id)}`;
    byType.set(entity.type, [...(byType.get(entity.type) ?? []), label]);
  }
  for (const [type, labels] of byType) line(`      ${`${typeLabels[type] ?? type}:`.padEnd(15)}${labels.join(' · ')}`);
  for (const kind of ['direct', 'reported'] as const) {
    const ofKind = quotes.filter((quote) => quote.kind === kind);
    const label = kind === 'direct' ? 'quotes:' : 'reported:';
    for (const [position, quote] of ofKind.entries()) {
      const who = quote.speakerName ?? quote.speakerText ?? 'unattributed';
      const said = kind === 'direct' ? `“${shorten(quote.text, 100)}”` : shorten(quote.text, 100);
      line(`      ${(position === 0 ? label : '').padEnd(15)}${who}: ${said}`);
    }
  }
  if (quotes.length === 0) line(`      ${'quotes:'.padEnd(15)}(none)`);
  line();
}

/**
 * The first thing a newcomer runs: serves the customer's five sample articles as an RSS feed on
 * loopback, runs fetcher, parser and extractor until they are stored, and prints what was stored.
 */
export async function runDemo(options: DemoOptions): Promise<DemoResult> {
  const { out } = options;
  const started = performance.now();
  const port = options.port ?? 8765;
  const env = {
    LOG_LEVEL: 'warn',
    HTTP_PORT: 'off',
    QUEUE_PREFIX: 'pwatch-demo',
    ...options.env,
    // The demo's feed lives on loopback, which the fetcher otherwise refuses.
    FETCH_ALLOW_PRIVATE: ['127.0.0.1', options.env.FETCH_ALLOW_PRIVATE].filter(Boolean).join(','),
  };
  const { DATABASE_URL } = parseConfig(baseConfigSchema.pick({ DATABASE_URL: true }), env);
  await applyMigrations(DATABASE_URL, repoRoot);

  const samples = await loadSampleArticles(samplesDir);
  const today = new Date();
  today.setUTCHours(0, 0, 0, 0);
  const feedServer = await startDemoFeedServer(samples, port, today);
  const hosted = await hostProcess({
    service: 'demo',
    defaultHttpPort: 0,
    configShape: stackConfigShape,
    env,
    installSignalHandlers: false,
    logDestination: options.logDestination,
    parts: (deps, config) => createAllParts(deps, config),
  });
  const { db, queues } = hosted.deps;
  try {
    const where = new URL(DATABASE_URL);
    out.write('Peninsula Watch demo\n');
    out.write(`  feed      ${feedServer.feedUrl} (${samples.length} sample articles, served on loopback)\n`);
    out.write(`  pipeline  fetcher → parser → extractor, through BullMQ queues "${env.QUEUE_PREFIX}:*"\n`);
    out.write(`  storage   Postgres ${where.host}${where.pathname}\n\n`);

    // Before the first article is matched, so the default subscription sees all of them.
    await ensureSubscription(db, DEFAULT_SUBSCRIPTION);
    const feed = await upsertFeed(db, { url: feedServer.feedUrl, title: 'Peninsula Watch demo feed', language: 'en' });
    await setFeedStatus(db, feed.id, 'active');
    // A poll on request, not on the schedule: its own job id, so the demo can be run again at once.
    await queues.enqueue('poll-feed', { feedId: feed.id }, { jobId: `poll-feed-${feed.id}-demo-${Date.now()}` });

    const deadline = Date.now() + (options.timeoutMs ?? 60_000);
    let articles: StoredArticle[] = [];
    for (;;) {
      articles = await articlesOfFeed(db, feed.id);
      if (articles.length >= samples.length && articles.every(settled)) break;
      if (Date.now() > deadline) {
        const states = articles.map((article) => `${article.url}: ${article.status}`).join('\n  ');
        throw new Error(`the pipeline did not finish within the demo's time limit; stored so far:\n  ${states || '(nothing)'}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 150));
    }

    for (const [index, article] of articles.entries()) await printArticle(db, out, article, index, articles.length);

    const articleIds = articles.map((article) => article.id);
    const [mentionCount, quoteCount, entityCount] = await Promise.all([
      db.mention.count({ where: { articleId: { in: articleIds } } }),
      db.quote.count({ where: { articleId: { in: articleIds } } }),
      db.mention.groupBy({ by: ['entityId'], where: { articleId: { in: articleIds } } }).then((rows) => rows.length),
    ]);
    const elapsedMs = performance.now() - started;
    out.write(
      `Stored ${articles.length} articles, ${entityCount} entities, ${mentionCount} mentions and ${quoteCount} quotes ` +
        `in ${(elapsedMs / 1000).toFixed(1)} s. Run it again: every stage is idempotent, nothing is stored twice.\n`,
    );
    // The alerter matches each extracted article (a queue stage after the extractor): wait for it,
    // then print what the default subscription would send.
    const extracted = articles.filter((article) => article.status === 'extracted').map((article) => article.id);
    for (;;) {
      const placed = await db.storyArticle.count({ where: { articleId: { in: extracted } } });
      if (placed >= extracted.length) break;
      if (Date.now() > deadline) throw new Error(`the alerter matched ${placed} of ${extracted.length} articles within the demo's time limit`);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    const preview = await previewDigest(db, DEFAULT_SUBSCRIPTION.name, { now: new Date() });
    if (preview) {
      out.write(`\nDigest of "${preview.subscription.name}" (${preview.subscription.cadence}), as it would be sent now (no channels are set: nothing is sent):\n`);
      out.write(`Subject: ${preview.subject}\n\n${preview.text}`);
    }
    // Leave no schedule behind that a running stack would poll (it does not allow loopback).
    await setFeedStatus(db, feed.id, 'paused');
    await queues.queue('feeds').removeJobScheduler(feedSchedulerId(feed.id));
    return { feedId: feed.id, articleIds, elapsedMs };
  } finally {
    await hosted.shutdown.run('demo finished');
    await feedServer.close();
  }
}
