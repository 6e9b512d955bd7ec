import { applyMigrations } from '@pwatch/db/migrate';
import { baseConfigSchema, parseConfig } from '@pwatch/runtime';
import { hostProcess } from '@pwatch/service-kit';
import { createAllParts, stackConfigShape } from './parts.ts';
import { repoRoot } from './paths.ts';

// `pnpm start`: migrations first, then every service in one process on built-in defaults.
const { DATABASE_URL } = parseConfig(baseConfigSchema.pick({ DATABASE_URL: true }), process.env);
await applyMigrations(DATABASE_URL, repoRoot);

await hostProcess({
  service: 'stack',
  defaultHttpPort: 9100,
  configShape: stackConfigShape,
  env: process.env,
  parts: (deps, config) => createAllParts(deps, config),
});
