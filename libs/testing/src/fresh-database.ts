import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * The environment for a child process on an empty database of this run's kind: a new
 * database on the server (TEST_DB=postgres) or a new embedded data folder (a copy of
 * the run's empty template cluster when there is one). `cleanup` removes it.
 */
export async function freshDatabaseEnv(): Promise<{ env: Record<string, string>; cleanup: () => Promise<void> }> {
  if (process.env.TEST_DB !== 'postgres') {
    const dataDir = mkdtempSync(join(tmpdir(), 'cadre-fresh-'));
    // An empty cluster made once by the global setup: faster than creating one.
    const template = process.env.EMBEDDED_TEMPLATE_DIR;
    if (template) cpSync(template, dataDir, { recursive: true });
    return { env: { DATA_DIR: dataDir }, cleanup: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const admin = new Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  const database = `fresh_${randomBytes(6).toString('hex')}`;
  await admin.query(`CREATE DATABASE ${database}`);
  const url = new URL(process.env.DATABASE_URL as string);
  url.pathname = `/${database}`;
  return {
    env: { DATABASE_URL: url.toString(), JWT_SECRET: randomBytes(48).toString('base64url') },
    cleanup: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/**
 * A database no other suite writes to while this one runs, for a test that counts every
 * row: on the server a new empty one (the app migrates it when it starts); embedded,
 * the worker's own (each jest worker has one, and runs one suite at a time).
 */
export async function privateDatabaseUrl(): Promise<{ url: string; cleanup: () => Promise<void> }> {
  if (process.env.TEST_DB !== 'postgres') return { url: process.env.DATABASE_URL as string, cleanup: async () => undefined };
  const { env, cleanup } = await freshDatabaseEnv();
  return { url: env.DATABASE_URL as string, cleanup };
}
