import { hostProcess } from '@pwatch/service-kit';
import { parserConfigShape } from './config.ts';
import { createParser } from './service.ts';

await hostProcess({
  service: 'parser',
  defaultHttpPort: 9102,
  configShape: parserConfigShape,
  env: process.env,
  parts: async (deps, config) => [createParser(deps, config)],
});
