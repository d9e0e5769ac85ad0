import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { startEmbeddedPostgres } from '@app/database';
import { appDataSourceOptions } from '../../apps/api/src/database/data-source';
import { serveEmbedded } from '../../libs/testing/src/child-app';
import { EMBEDDED_HANDLE, type EmbeddedHandle } from './embedded-handle';

/**
 * Runs once, in jest's own process, before any suite: picks the database for this run
 * and brings its schema up to date. TEST_DB=postgres uses DATABASE_URL (a fresh
 * database made by scripts/test.mjs); TEST_DB=embedded gives every jest worker an
 * embedded database of its own, served by its own process (embedded-server.ts) from a
 * copy of a template cluster, and named to the worker by EMBEDDED_URL_<worker>
 * (worker-database.ts picks it).
 */
export default async function globalSetup(globalConfig: { maxWorkers: number }): Promise<void> {
  const target = process.env.TEST_DB ?? 'embedded';
  process.env.TEST_DB = target;
  process.env.JWT_SECRET ??= randomBytes(48).toString('base64url');
  // The suites send hundreds of requests a minute from one address; the limit has its own test.
  process.env.RATE_LIMIT_PER_MINUTE ??= '0';
  // Known to no test; set so the first app start creates the admin without printing a password.
  process.env.ADMIN_PASSWORD ??= randomBytes(24).toString('base64url');

  let urls: string[];
  if (target === 'embedded') {
    // Creating a cluster takes seconds; copying a created one does not. Every embedded
    // database of the run (the workers', and freshDatabaseEnv's) starts as a copy.
    const templateDir = mkdtempSync(join(tmpdir(), 'cadre-template-'));
    await (await startEmbeddedPostgres(templateDir)).stop();
    process.env.EMBEDDED_TEMPLATE_DIR = templateDir;
    const handle: EmbeddedHandle = { templateDir, servers: [] };
    (globalThis as Record<symbol, unknown>)[EMBEDDED_HANDLE] = handle;
    const workers = globalConfig.maxWorkers;
    urls = await Promise.all(
      Array.from({ length: workers }, async (_, index) => {
        const dataDir = mkdtempSync(join(tmpdir(), 'cadre-test-'));
        cpSync(templateDir, dataDir, { recursive: true });
        const served = await serveEmbedded(dataDir);
        handle.servers.push({ stop: served.stop, dataDir });
        process.env[`EMBEDDED_URL_${index + 1}`] = served.url;
        return served.url;
      }),
    );
    process.env.DATABASE_URL = urls[0];
    process.env.TEST_POOL_SIZE = '1';
  } else if (process.env.DATABASE_URL) {
    urls = [process.env.DATABASE_URL];
  } else {
    throw new Error('TEST_DB=postgres needs DATABASE_URL; run the suites with `npm test`');
  }

  await Promise.all(
    urls.map(async (url) => {
      const dataSource = new DataSource(appDataSourceOptions(url, 1));
      await dataSource.initialize();
      await dataSource.runMigrations({ transaction: 'each' });
      await dataSource.destroy();
    }),
  );
}
