import { z } from 'zod';
import { seedFeedsIfEmpty } from '@pwatch/db';
import { applyMigrations } from '@pwatch/db/migrate';
import { DEFAULT_FEEDS, defaultFeedSettings } from '@pwatch/feeds';
import { hostProcess } from '@pwatch/service-kit';
import { baseConfigSchema, parseConfig } from '@pwatch/runtime';
import { createAllParts, stackConfigShape } from './parts.ts';
import { repoRoot } from './paths.ts';

// `pnpm start`: migrations first, then every service in one process on built-in defaults.
const { DATABASE_URL } = parseConfig(baseConfigSchema.pick({ DATABASE_URL: true }), process.env);
await applyMigrations(DATABASE_URL, repoRoot);

await hostProcess({
  service: 'stack',
  defaultHttpPort: 9100,
  configShape: {
    ...stackConfigShape,
    /** A fresh install (no feeds) starts with the shipped Korean Peninsula feed list. */
    SEED_DEFAULT_FEEDS: z.enum(['true', 'false']).default('true').transform((value) => value === 'true'),
  },
  env: process.env,
  parts: async (deps, config) => {
    if (config.SEED_DEFAULT_FEEDS) {
      const seeded = await seedFeedsIfEmpty(
        deps.db,
        DEFAULT_FEEDS.map(defaultFeedSettings),
      );
      if (seeded) deps.log.info({ feeds: seeded }, 'fresh install: added the default feed list');
    }
    return createAllParts(deps, config);
  },
});
