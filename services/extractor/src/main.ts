import { hostProcess } from '@pwatch/service-kit';
import { extractorConfigShape } from './config.ts';
import { createExtractor } from './service.ts';

await hostProcess({
  service: 'extractor',
  defaultHttpPort: 9103,
  configShape: extractorConfigShape,
  env: process.env,
  parts: async (deps, config) => [createExtractor(deps, config)],
});
