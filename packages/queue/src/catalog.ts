import { z } from 'zod';
import type { JobsOptions } from 'bullmq';

// The one job catalog shared by producers and workers: which queue each job lives on, its payload
// schema, how its deterministic id is formed and its default options. Payloads carry ids, never
// documents: the database is the source of truth, the queue only says what to do next.

const id = z.number().int().positive();

/** Retries with exponential backoff; completed jobs kept briefly for inspection, failed ones longer. */
const retryDefaults = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 5_000 },
  removeOnComplete: { age: 3_600, count: 1_000 },
  removeOnFail: { age: 7 * 24 * 3_600, count: 10_000 },
} satisfies JobsOptions;

export const queueNames = ['feeds', 'pages', 'parse', 'extract', 'alerts'] as const;
export type QueueName = (typeof queueNames)[number];

interface JobDefinition<Queue extends QueueName, Schema extends z.ZodType> {
  queue: Queue;
  payload: Schema;
  /** Deterministic id: the same work enqueued twice is one job. BullMQ forbids ":" in ids. */
  jobId: (payload: z.infer<Schema>) => string;
  options: JobsOptions;
}

function defineJob<Queue extends QueueName, Schema extends z.ZodType>(
  definition: JobDefinition<Queue, Schema>,
): JobDefinition<Queue, Schema> {
  return definition;
}

/** Separator-safe form of a free-text id part. */
const idPart = (value: string) => value.replace(/[^A-Za-z0-9_.-]/g, '_');

export const jobCatalog = {
  /** Poll one feed; scheduled per feed by a BullMQ job scheduler. */
  'poll-feed': defineJob({
    queue: 'feeds',
    payload: z.object({ feedId: id }),
    jobId: ({ feedId }) => `poll-feed-${feedId}`,
    // A failed poll is recorded and the next scheduled poll retries: no queue-level retries.
    options: { attempts: 1, removeOnComplete: { age: 600, count: 1_000 }, removeOnFail: { age: 86_400, count: 5_000 } },
  }),
  /**
   * Reconcile job schedulers with the feeds table (feeds added, paused or removed elsewhere) and
   * re-enqueue articles whose next stage was never enqueued (a crash between write and enqueue).
   */
  housekeeping: defineJob({
    queue: 'feeds',
    payload: z.object({}),
    jobId: () => 'housekeeping',
    options: { attempts: 1, removeOnComplete: { count: 10 }, removeOnFail: { count: 100 } },
  }),
  /** Download an article page and store it raw. */
  'fetch-article': defineJob({
    queue: 'pages',
    payload: z.object({ articleId: id }),
    jobId: ({ articleId }) => `fetch-article-${articleId}`,
    options: retryDefaults,
  }),
  /** Clean a stored page; `revision` names the input (raw page hash, or a re-parse request). */
  'parse-article': defineJob({
    queue: 'parse',
    payload: z.object({ articleId: id, revision: z.string().min(1).max(80) }),
    jobId: ({ articleId, revision }) => `parse-article-${articleId}-${idPart(revision)}`,
    options: retryDefaults,
  }),
  /** Extract facts from a cleaned article; `revision` is its content hash (or a re-extract request). */
  'extract-article': defineJob({
    queue: 'extract',
    payload: z.object({ articleId: id, revision: z.string().min(1).max(80) }),
    jobId: ({ articleId, revision }) => `extract-article-${articleId}-${idPart(revision)}`,
    options: retryDefaults,
  }),
  /** Group an extracted article into a story and match it against every subscription. */
  'match-article': defineJob({
    queue: 'alerts',
    payload: z.object({ articleId: id, revision: z.string().min(1).max(80) }),
    jobId: ({ articleId, revision }) => `match-article-${articleId}-${idPart(revision)}`,
    options: retryDefaults,
  }),
  /** Compose one window's digest of a subscription (claims its unsent alert items) and queue its deliveries. */
  'compose-digest': defineJob({
    queue: 'alerts',
    payload: z.object({ subscriptionId: id, windowKey: z.string().regex(/^[A-Za-z0-9_.-]{1,80}$/) }),
    jobId: ({ subscriptionId, windowKey }) => `compose-digest-${subscriptionId}-${windowKey}`,
    options: retryDefaults,
  }),
  /** Send one digest to one channel: one job per channel, so a failing channel holds back no other. */
  'deliver-digest': defineJob({
    queue: 'alerts',
    payload: z.object({ deliveryId: id }),
    jobId: ({ deliveryId }) => `deliver-digest-${deliveryId}`,
    // The delivery row counts attempts and decides when to give up (ALERT_DELIVERY_ATTEMPTS);
    // BullMQ only spaces the retries out.
    options: { ...retryDefaults, attempts: 12, backoff: { type: 'exponential', delay: 10_000 } },
  }),
  /** Scheduled digests that are due, lost enqueues, deliveries whose worker died. */
  'alerts-housekeeping': defineJob({
    queue: 'alerts',
    payload: z.object({}),
    jobId: () => 'alerts-housekeeping',
    options: { attempts: 1, removeOnComplete: { count: 10 }, removeOnFail: { count: 100 } },
  }),
};

export type JobCatalog = typeof jobCatalog;
export type JobName = keyof JobCatalog;
export type PayloadOf<Name extends JobName> = z.infer<JobCatalog[Name]['payload']>;
export type JobsOf<Queue extends QueueName> = {
  [Name in JobName]: JobCatalog[Name]['queue'] extends Queue ? Name : never;
}[JobName];

export function jobsOfQueue(queue: QueueName): JobName[] {
  return (Object.keys(jobCatalog) as JobName[]).filter((name) => jobCatalog[name].queue === queue);
}

/** A parse job's revision for a stored page: its content hash, so the same bytes parse once. */
export function parseRevisionOf(rawSha256: string): string {
  return rawSha256.slice(0, 16);
}

/**
 * An extract job's revision for cleaned text: its content hash, so the same text extracts once.
 * A re-parse request carries its own revision on to extraction, so that a new extractor reaches
 * old articles even when their text did not change.
 */
export function extractRevisionOf(contentHash: string, parseRevision?: string): string {
  const hash = contentHash.slice(0, 16);
  return parseRevision?.startsWith(reparsePrefix) ? `${hash.slice(0, 12)}-${parseRevision}` : hash;
}

const reparsePrefix = 'reparse-';

/** The parse revision of an explicit re-parse request made at `at` (one per request). */
export function reparseRevisionAt(at: Date): string {
  return `${reparsePrefix}${at.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}`;
}
