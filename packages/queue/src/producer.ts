import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { jobCatalog, queueNames, type JobName, type PayloadOf, type QueueName } from './catalog.ts';

/** Typed producer for every queue: validates the payload and applies the catalog's id and options. */
export interface Queues {
  enqueue<Name extends JobName>(name: Name, payload: PayloadOf<Name>, options?: JobsOptions): Promise<string>;
  /** Many jobs of one kind in one round trip (ids and options as for `enqueue`). */
  enqueueMany<Name extends JobName>(name: Name, payloads: Array<PayloadOf<Name>>): Promise<string[]>;
  queue(name: QueueName): Queue;
  close(): Promise<void>;
}

export function createQueues(connection: Redis, prefix: string): Queues {
  const queues = new Map<QueueName, Queue>();
  const queue = (name: QueueName) => {
    let existing = queues.get(name);
    if (!existing) {
      existing = new Queue(name, { connection, prefix });
      queues.set(name, existing);
    }
    return existing;
  };
  return {
    async enqueue(name, payload, options) {
      const definition = jobCatalog[name];
      const data = definition.payload.parse(payload) as PayloadOf<typeof name>;
      const jobId = (definition.jobId as (value: typeof data) => string)(data);
      const job = await queue(definition.queue).add(name, data, { ...definition.options, jobId, ...options });
      return job.id ?? jobId;
    },
    async enqueueMany(name, payloads) {
      const definition = jobCatalog[name];
      const jobs = payloads.map((payload) => {
        const data = definition.payload.parse(payload) as PayloadOf<typeof name>;
        const jobId = (definition.jobId as (value: typeof data) => string)(data);
        return { name, data, opts: { ...definition.options, jobId } };
      });
      const added = await queue(definition.queue).addBulk(jobs);
      return added.map((job, index) => job.id ?? jobs[index]!.opts.jobId);
    },
    queue,
    async close() {
      await Promise.all([...queues.values()].map((item) => item.close()));
      queues.clear();
    },
  };
}

export { queueNames };
