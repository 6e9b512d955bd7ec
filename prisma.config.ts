import { defineConfig } from 'prisma/config';

// Used by `prisma generate` (and `prisma studio`). Migrations run through packages/db/src/migrate
// because the CLI's native schema engine cannot be downloaded everywhere (see DEVELOPERS.md).
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: {
    url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/peninsula_watch',
  },
});
