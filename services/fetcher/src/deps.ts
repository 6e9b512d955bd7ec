import type { JobDeps } from '@pwatch/service-kit';
import type { FetchResult, SafeFetchOptions } from './http/types.ts';

/** A GET with the process's politeness and safety settings already applied. */
export type HttpGet = (url: string, options?: Partial<SafeFetchOptions>) => Promise<FetchResult>;

export interface FetcherJobDeps extends JobDeps {
  http: HttpGet;
  horizonDays: number;
}
