import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from './generated/prisma/client.ts';

export type Db = PrismaClient;

export interface DbOptions {
  /** Pool size per process; each worker slot needs at most one connection at a time. */
  maxConnections?: number;
}

const pools = new WeakMap<Db, pg.Pool>();

/**
 * One client per process, created at start and passed down to every job. Prisma and the plain
 * queries of `sqlOf` share one connection pool; `$disconnect` closes both.
 */
export function createDb(connectionString: string, options: DbOptions = {}): Db {
  const pool = new pg.Pool({ connectionString, max: options.maxConnections ?? 10 });
  // A dropped idle connection (a Postgres restart) is replaced at the next checkout, and the query
  // that needs it reports any lasting outage. Without a listener the error would end the process,
  // and Prisma only adds its own once it runs a query, which a fetcher may never do.
  pool.on('error', () => undefined);
  const db = new PrismaClient({ adapter: new PrismaPg(pool) });
  const disconnect = db.$disconnect.bind(db);
  db.$disconnect = async () => {
    await disconnect();
    if (!pool.ended) await pool.end();
  };
  pools.set(db, pool);
  return db;
}

/**
 * The connection pool under a client, for plain parameterised SQL. The queries on the hot paths
 * (a feed poll, an article download) use it instead of the Prisma client: every Prisma query runs
 * through its WebAssembly query compiler, which costs a process about 45 MB once loaded, and its
 * plan cache held about 20 MB of compiled plans under the fetch-load bench (the poll transaction's
 * plan varies with which of its values happen to be equal or null).
 */
export function sqlOf(db: Db): pg.Pool {
  const pool = pools.get(db);
  if (!pool) throw new Error('not a client made by createDb');
  return pool;
}

/** For /healthz: a plain query, so a health check never loads Prisma's query compiler. */
export async function pingDb(db: Db): Promise<void> {
  await sqlOf(db).query('SELECT 1');
}
