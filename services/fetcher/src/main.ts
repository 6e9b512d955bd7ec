import { hostProcess } from '@pwatch/service-kit';
import { fetcherConfigShape } from './config.ts';
import { createFetcher } from './service.ts';

// Runs the fetcher alone (one of several replicas, on any machine that reaches Postgres and Redis).
await hostProcess({
  service: 'fetcher',
  defaultHttpPort: 9101,
  configShape: fetcherConfigShape,
  env: process.env,
  parts: async (deps, config) => [await createFetcher(deps, config)],
});
