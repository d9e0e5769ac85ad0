import { spawn } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { claimDataDir, openEmbeddedDatabase, pgdataOf } from './embedded-postgres';

/**
 * Backups of either database, one file each:
 * - the PostgreSQL server: pg_dump's custom format, restored with pg_restore;
 * - the embedded database: PGlite's dump of its data folder (a gzipped tar), taken
 *   and restored while no other process has the folder open.
 */

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', (error) => reject(new Error(`${command} could not start: ${error.message}`)));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} failed (exit ${code}): ${stderr.trim()}`))));
  });
}

export async function backupServer(url: string, file: string): Promise<void> {
  await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${url}`]);
}

/** Replaces every object of the backup in the database, in one transaction: all or nothing. */
export async function restoreServer(url: string, file: string): Promise<void> {
  if (!existsSync(file)) throw new Error(`no backup at ${file}`);
  await run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', `--dbname=${url}`, file]);
}

export async function backupEmbedded(dataDir: string, file: string): Promise<void> {
  if (!existsSync(pgdataOf(dataDir))) throw new Error(`no embedded database in ${dataDir}`);
  const { db, close } = await openEmbeddedDatabase(dataDir);
  try {
    const dump = await db.dumpDataDir('gzip');
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await close();
  }
}

/**
 * Replaces the data folder's database with the backup. The database it replaces is
 * kept beside it, renamed; its path is returned (undefined when there was none). On
 * failure the folder is left as it was.
 */
export async function restoreEmbedded(dataDir: string, file: string): Promise<string | undefined> {
  if (!existsSync(file)) throw new Error(`no backup at ${file}`);
  const release = claimDataDir(dataDir);
  const pgdata = pgdataOf(dataDir);
  const replaced = existsSync(pgdata) ? `${pgdata}.replaced-${new Date().toISOString().replace(/[:.]/g, '-')}` : undefined;
  try {
    if (replaced) renameSync(pgdata, replaced);
    try {
      const db = await PGlite.create(pgdata, { loadDataDir: new Blob([readFileSync(file)]) });
      await db.query('SELECT 1');
      await db.close();
    } catch (error) {
      rmSync(pgdata, { recursive: true, force: true });
      if (replaced) renameSync(replaced, pgdata);
      throw error;
    }
    return replaced;
  } finally {
    release();
  }
}
