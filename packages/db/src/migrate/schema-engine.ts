import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type * as EngineBindings from '@prisma/schema-engine-wasm';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';

// Prisma's CLI wants a native schema engine downloaded from a host that is not always reachable.
// The same engine ships as WebAssembly in an npm package: we instantiate it ourselves and hand it
// a driver adapter, which keeps `_prisma_migrations` identical to what `prisma migrate deploy` writes.

const require = createRequire(import.meta.url);

type EngineModule = typeof EngineBindings;

let enginePromise: Promise<EngineModule> | undefined;

async function loadEngineModule(): Promise<EngineModule> {
  enginePromise ??= (async () => {
    // The .wasm file is not in the package's exports map; it sits beside the exported bindings.
    const bindingsPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const wasmPath = path.join(path.dirname(bindingsPath), 'schema_engine_bg.wasm');
    const bindings = (await import('@prisma/schema-engine-wasm/schema_engine_bg')) as EngineModule & {
      __wbg_set_wasm(exports: WebAssembly.Exports): void;
    };
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      './schema_engine_bg.js': bindings as unknown as WebAssembly.ModuleImports,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })();
  return enginePromise;
}

export interface EngineOptions {
  /** Database to act on; omit for pure schema diffs. */
  connectionString?: string;
  /** Schema text the engine starts from (only matters for some commands). */
  datamodel?: string;
  onLog?: (line: string) => void;
}

export interface OpenEngine {
  engine: SchemaEngine;
  /** Frees the engine and ends its connections (which also releases the migration advisory lock). */
  close(): Promise<void>;
}

/** Opens a schema engine over a connection pool we own, so closing really disconnects. */
export async function openSchemaEngine(options: EngineOptions = {}): Promise<OpenEngine> {
  const bindings = await loadEngineModule();
  // The engine frees its own state but not the adapter's pool: a pool left open keeps Postgres'
  // session-level migration lock, and the next migrate waits 10 s for it.
  const pool = new pg.Pool({ connectionString: options.connectionString, max: 2 });
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg(pool));
  const datamodels: [string, string][] | undefined = options.datamodel
    ? [['schema.prisma', options.datamodel]]
    : undefined;
  let engine: SchemaEngine;
  try {
    engine = await bindings.SchemaEngine.new({ datamodels }, options.onLog ?? (() => {}), adapter);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return {
    engine,
    async close() {
      engine.free();
      await pool.end();
    },
  };
}

export const noFilters = { externalTables: [], externalEnums: [] };

export function schemaTarget(content: string, file = 'schema.prisma') {
  return { tag: 'schemaDatamodel' as const, files: [{ path: file, content }] };
}

export function describeEngineError(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null) {
    const { message } = error as { message?: unknown };
    if (typeof message === 'string') return message;
    return JSON.stringify(error);
  }
  return String(error);
}

export const migrationsPaths = (root: string) => ({
  dir: path.join(root, 'prisma', 'migrations'),
  schema: path.join(root, 'prisma', 'schema.prisma'),
  /** The schema as of the newest migration: the diff base for the next one. */
  snapshot: path.join(root, 'prisma', 'migrations', 'schema.snapshot.prisma'),
  lock: path.join(root, 'prisma', 'migrations', 'migration_lock.toml'),
});
