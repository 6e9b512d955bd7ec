import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConfig, baseConfigSchema } from '@pwatch/runtime';
import { applyMigrations, createMigration } from './migrations.ts';

// `pnpm db:migrate` and `pnpm db:migration <name>`.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const { DATABASE_URL } = parseConfig(baseConfigSchema.pick({ DATABASE_URL: true }), process.env);
const [command, ...args] = process.argv.slice(2);

if (command === 'apply') {
  const applied = await applyMigrations(DATABASE_URL, root);
  const where = new URL(DATABASE_URL);
  where.password = '';
  console.log(applied.length ? `applied ${applied.length} migration(s) to ${where.host}${where.pathname}: ${applied.join(', ')}` : `database ${where.pathname.slice(1)} is up to date`);
} else if (command === 'create') {
  const migration = await createMigration(root, args.join(' '), DATABASE_URL);
  console.log(migration ? `wrote ${path.relative(root, migration.dir)}/migration.sql` : 'schema.prisma has no changes since the last migration');
} else {
  console.error('usage: migrate apply | migrate create <name>');
  process.exitCode = 2;
}
