import { describe, expect, expectTypeOf, it } from 'vitest';
import { jobCatalog, jobsOfQueue, queueNames, type HandlerMap, type JobName } from '@pwatch/queue';

describe('job catalog', () => {
  it('puts every job on a known queue with a deterministic id free of ":"', () => {
    const samples: Record<JobName, unknown> = {
      'poll-feed': { feedId: 3 },
      housekeeping: {},
      'fetch-article': { articleId: 5 },
      'parse-article': { articleId: 5, revision: 'a:b/c' },
      'extract-article': { articleId: 5, revision: '0123abcd' },
      'match-article': { articleId: 5, revision: '0123abcd' },
      'compose-digest': { subscriptionId: 2, windowKey: 'daily-20261122T230000Z' },
      'deliver-digest': { deliveryId: 9 },
      'alerts-housekeeping': {},
    };
    for (const name of Object.keys(jobCatalog) as JobName[]) {
      const definition = jobCatalog[name];
      expect(queueNames).toContain(definition.queue);
      const payload = definition.payload.parse(samples[name]);
      const id = (definition.jobId as (value: unknown) => string)(payload);
      expect(id).not.toContain(':');
      expect(id).toBe((definition.jobId as (value: unknown) => string)(payload));
    }
  });

  it('lists the jobs of each queue', () => {
    expect(jobsOfQueue('feeds').sort()).toEqual(['housekeeping', 'poll-feed']);
    expect(jobsOfQueue('parse')).toEqual(['parse-article']);
  });

  it('requires a handler for every job of a queue at compile time', () => {
    expectTypeOf<keyof HandlerMap<'feeds'>>().toEqualTypeOf<'poll-feed' | 'housekeeping'>();
    // @ts-expect-error housekeeping is missing
    const incomplete: HandlerMap<'feeds'> = { 'poll-feed': async () => undefined };
    expect(incomplete).toBeDefined();
  });

  it('rejects payloads that are not ids', () => {
    expect(jobCatalog['fetch-article'].payload.safeParse({ articleId: 1.5 }).success).toBe(false);
    expect(jobCatalog['fetch-article'].payload.safeParse({ articleId: '1' }).success).toBe(false);
  });
});
