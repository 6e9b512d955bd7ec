import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The metrics every worker process exposes on /metrics. */
export interface JobMetrics {
  registry: Registry;
  jobsCompleted: Counter<'queue' | 'job'>;
  jobsFailed: Counter<'queue' | 'job' | 'final'>;
  jobDuration: Histogram<'queue' | 'job' | 'outcome'>;
  queueDepth: Gauge<'queue' | 'state'>;
}

export function createMetrics(service: string): JobMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry, prefix: 'pwatch_' });
  return {
    registry,
    jobsCompleted: new Counter({
      name: 'pwatch_jobs_completed_total',
      help: 'Jobs that finished successfully',
      labelNames: ['queue', 'job'],
      registers: [registry],
    }),
    jobsFailed: new Counter({
      name: 'pwatch_jobs_failed_total',
      help: 'Job attempts that failed; final="true" when no retry is left',
      labelNames: ['queue', 'job', 'final'],
      registers: [registry],
    }),
    jobDuration: new Histogram({
      name: 'pwatch_job_duration_seconds',
      help: 'Time spent in a job handler',
      labelNames: ['queue', 'job', 'outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers: [registry],
    }),
    queueDepth: new Gauge({
      name: 'pwatch_queue_jobs',
      help: 'Jobs in a queue by state, read from Redis at scrape time',
      labelNames: ['queue', 'state'],
      registers: [registry],
    }),
  };
}
