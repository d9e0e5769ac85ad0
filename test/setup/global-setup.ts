import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { startEmbeddedPostgres } from '@app/database';
import { appDataSourceOptions } from '../../apps/api/src/database/data-source';
import { EMBEDDED_HANDLE } from './embedded-handle';

/**
 * Runs once, in jest's own process, before any suite: picks the database for this run
 * and brings its schema up to date. TEST_DB=postgres uses DATABASE_URL (a fresh
 * database made by scripts/test.mjs); TEST_DB=embedded starts PGlite here, outside the
 * test sandbox where its WASM loader cannot run, from a copy of a template cluster.
 */
export default async function globalSetup(): Promise<void> {
  const target = process.env.TEST_DB ?? 'embedded';
  if (target === 'embedded') {
    // Creating a cluster takes seconds; copying a created one does not. Every embedded
    // database of the run (this one, and freshDatabaseEnv's) starts as a copy.
    const templateDir = mkdtempSync(join(tmpdir(), 'cadre-template-'));
    await (await startEmbeddedPostgres(templateDir)).stop();
    process.env.EMBEDDED_TEMPLATE_DIR = templateDir;
    const dataDir = mkdtempSync(join(tmpdir(), 'cadre-test-'));
    cpSync(templateDir, dataDir, { recursive: true });
    const embedded = await startEmbeddedPostgres(dataDir);
    (globalThis as Record<symbol, unknown>)[EMBEDDED_HANDLE] = { embedded, dataDir, templateDir };
    process.env.DATABASE_URL = embedded.url;
    process.env.TEST_POOL_SIZE = '1';
  } else if (!process.env.DATABASE_URL) {
    throw new Error('TEST_DB=postgres needs DATABASE_URL; run the suites with `npm test`');
  }
  process.env.TEST_DB = target;
  process.env.JWT_SECRET ??= randomBytes(48).toString('base64url');
  // The suites send hundreds of requests a minute from one address; the limit has its own test.
  process.env.RATE_LIMIT_PER_MINUTE ??= '0';
  // Known to no test; set so the first app start creates the admin without printing a password.
  process.env.ADMIN_PASSWORD ??= randomBytes(24).toString('base64url');

  const dataSource = new DataSource(appDataSourceOptions(process.env.DATABASE_URL as string, 1));
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
}
