import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { Redis } from 'ioredis';
import type { TestProject } from 'vitest/node';
import { applyMigrations } from '@pwatch/db/migrate';
import { databaseUrl, testEnv } from './env.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function reachable(): Promise<void> {
  const client = new pg.Client({ connectionString: testEnv.TEST_POSTGRES_URL, connectionTimeoutMillis: 3000 });
  await client.connect().catch((error: Error) => {
    throw new Error(`integration tests need Postgres at ${testEnv.TEST_POSTGRES_URL}: ${error.message}`);
  });
  await client.end();
  const redis = new Redis(testEnv.TEST_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null });
  await redis.connect().catch((error: Error) => {
    throw new Error(`integration tests need Redis at ${testEnv.TEST_REDIS_URL}: ${error.message}`);
  });
  await redis.quit();
}

/**
 * Migrates one template database per run; every test file clones it (CREATE DATABASE … TEMPLATE),
 * which takes milliseconds and leaves files fully isolated.
 */
export default async function setup(project: TestProject) {
  await reachable();
  const template = `pwatch_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: testEnv.TEST_POSTGRES_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  await admin.end();
  await applyMigrations(databaseUrl(template), root);
  project.provide('templateDatabase', template);
  return async () => {
    const cleanup = new pg.Client({ connectionString: testEnv.TEST_POSTGRES_URL });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await cleanup.end();
  };
}
