import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import type { MigrationList } from '@prisma/schema-engine-wasm';
import {
  describeEngineError,
  migrationsPaths,
  noFilters,
  openSchemaEngine,
  schemaTarget,
} from './schema-engine.ts';

const lockFileContent = '# Written by Peninsula Watch (pnpm db:migration); Prisma reads it too.\nprovider = "postgresql"\n';

/** Reads the migrations folder in the shape the schema engine expects. */
export async function loadMigrationList(dir: string): Promise<MigrationList> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const names = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  const migrationDirectories = await Promise.all(
    names.map(async (name) => {
      const file = path.join(dir, name, 'migration.sql');
      const content = await readFile(file, 'utf8').then(
        (value) => ({ tag: 'ok' as const, value }),
        (error: NodeJS.ErrnoException) => ({ tag: 'error' as const, value: error.message }),
      );
      return { path: name, migrationFile: { path: 'migration.sql', content } };
    }),
  );
  const lockContent = await readFile(path.join(dir, 'migration_lock.toml'), 'utf8').catch(() => null);
  return {
    baseDir: dir,
    lockfile: { path: 'migration_lock.toml', content: lockContent },
    shadowDbInitScript: '',
    migrationDirectories,
  };
}

/** Creates the database named in the URL when it does not exist yet (a fresh machine has none). */
export async function ensureDatabase(connectionString: string): Promise<boolean> {
  const url = new URL(connectionString);
  const database = decodeURIComponent(url.pathname.slice(1));
  if (!database) throw new Error(`DATABASE_URL names no database: ${connectionString}`);
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const client = new pg.Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount) return false;
    await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
    return true;
  } catch (error) {
    // Two processes starting at once may both try; the loser sees duplicate_database.
    if ((error as { code?: string }).code === '42P04') return false;
    throw error;
  } finally {
    await client.end();
  }
}

/** Applies every migration not yet applied, in order. Returns the names applied now. */
export async function applyMigrations(connectionString: string, root: string): Promise<string[]> {
  await ensureDatabase(connectionString);
  const paths = migrationsPaths(root);
  const { engine, close } = await openSchemaEngine({ connectionString });
  try {
    const result = await engine.applyMigrations({
      migrationsList: await loadMigrationList(paths.dir),
      filters: noFilters,
    });
    return result.appliedMigrationNames;
  } catch (error) {
    throw new Error(`migration failed: ${describeEngineError(error)}`, { cause: error });
  } finally {
    await close();
  }
}

const emptySchema = 'datasource db {\n  provider = "postgresql"\n}\n';

/** SQL that turns one schema into another, computed without any database. */
export async function diffSchemas(fromSchema: string | null, toSchema: string, connectionString: string): Promise<string> {
  const { engine, close } = await openSchemaEngine({ connectionString });
  const lines: string[] = [];
  // The engine prints the script through the log callback's stdout channel in some versions and
  // returns it in others; collect both.
  try {
    const result = await engine.diff({
      // An empty datamodel rather than the engine's `empty` target: the latter opens a connection.
      from: schemaTarget(fromSchema ?? emptySchema),
      to: schemaTarget(toSchema),
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    if (result.stdout) lines.push(result.stdout);
  } catch (error) {
    throw new Error(`schema diff failed: ${describeEngineError(error)}`, { cause: error });
  } finally {
    await close();
  }
  return lines.join('');
}

function timestamp(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return (
    `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}`
  );
}

export interface NewMigration {
  name: string;
  sql: string;
  dir: string;
}

/**
 * Writes the next migration: the diff between the schema of the newest migration (kept as a
 * snapshot beside the migrations) and prisma/schema.prisma. Returns null when nothing changed.
 */
export async function createMigration(
  root: string,
  label: string,
  connectionString: string,
  now = new Date(),
): Promise<NewMigration | null> {
  const slug = label.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
  if (!slug) throw new Error('a migration needs a name, e.g. `pnpm db:migration add_stories`');
  const paths = migrationsPaths(root);
  const current = await readFile(paths.schema, 'utf8');
  const previous = await readFile(paths.snapshot, 'utf8').catch(() => null);
  const sql = await diffSchemas(previous, current, connectionString);
  if (!sql.trim() || /^-- This is an empty migration\.\s*$/.test(sql.trim())) return null;
  const name = `${timestamp(now)}_${slug}`;
  const dir = path.join(paths.dir, name);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'migration.sql'), sql);
  await writeFile(paths.snapshot, current);
  await writeFile(paths.lock, lockFileContent);
  return { name, sql, dir };
}
