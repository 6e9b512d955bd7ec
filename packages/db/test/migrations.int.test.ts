import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { applyMigrations, diffSchemas, migrationsPaths } from '@pwatch/db/migrate';
import { createEmptyDatabase } from '../../../test/support/db.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const paths = migrationsPaths(root);

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/**
 * Everything about a database's public schema that a migration can change, as sorted lines:
 * columns (not their order), indexes, constraints, enums and views.
 */
async function describeSchema(url: string): Promise<string[]> {
  return withClient(url, async (client) => {
    const queries = [
      `SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || udt_name || ' null=' || is_nullable || ' default=' || coalesce(column_default, '')
         FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
      `SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
      `SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
         FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations'`,
      `SELECT 'enum ' || t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
         FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
      `SELECT 'view ' || viewname || ' ' || md5(definition) FROM pg_views WHERE schemaname = 'public'`,
    ];
    const lines: string[] = [];
    for (const query of queries) {
      const result = await client.query<{ '?column?': string }>(query);
      lines.push(...result.rows.map((row) => Object.values(row)[0] as string));
    }
    return lines.sort();
  });
}

describe('migrations', () => {
  let migrated: Awaited<ReturnType<typeof createEmptyDatabase>>;
  let fromSchema: Awaited<ReturnType<typeof createEmptyDatabase>>;
  beforeAll(async () => {
    [migrated, fromSchema] = await Promise.all([createEmptyDatabase(), createEmptyDatabase()]);
  });
  afterAll(async () => {
    await Promise.all([migrated.drop(), fromSchema.drop()]);
  });

  it('apply to an empty database, then a second apply does nothing', async () => {
    const applied = await applyMigrations(migrated.url, root);
    expect(applied.length).toBeGreaterThan(0);
    expect(await applyMigrations(migrated.url, root)).toEqual([]);

    const rows = await withClient(migrated.url, (client) =>
      client.query('SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY migration_name'),
    );
    expect(rows.rows.map((row) => row.migration_name)).toEqual(applied);
    expect(rows.rows.every((row) => row.finished_at !== null && row.rolled_back_at === null)).toBe(true);
  });

  it('build the same tables, indexes, constraints and enums as schema.prisma (no drift)', async () => {
    // The reference: the whole of schema.prisma as SQL, applied to a second empty database.
    const schema = await readFile(paths.schema, 'utf8');
    const fullSql = await diffSchemas(null, schema, fromSchema.url);
    await withClient(fromSchema.url, (client) => client.query(fullSql));
    const [actual, expected] = await Promise.all([describeSchema(migrated.url), describeSchema(fromSchema.url)]);
    // Views exist only in migrations (schema.prisma does not describe them): compare the rest.
    const withoutViews = (lines: string[]) => lines.filter((line) => !line.startsWith('view '));
    expect(withoutViews(actual)).toEqual(withoutViews(expected));
    expect(actual.filter((line) => line.startsWith('column ')).length).toBeGreaterThan(50);
  });

  it('keep the snapshot beside the migrations equal to schema.prisma (no migration is missing)', async () => {
    const [schema, snapshot] = await Promise.all([readFile(paths.schema, 'utf8'), readFile(paths.snapshot, 'utf8')]);
    const sql = await diffSchemas(snapshot, schema, migrated.url);
    expect(sql.replace(/^--.*$/gm, '').trim()).toBe('');
  });
});
