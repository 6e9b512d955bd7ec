import { hostProcess } from '@pwatch/service-kit';
import { alerterConfigShape } from './config.ts';
import { createAlerter } from './service.ts';

await hostProcess({
  service: 'alerter',
  defaultHttpPort: 9104,
  configShape: alerterConfigShape,
  env: process.env,
  parts: async (deps, config) => [await createAlerter(deps, config)],
});
