import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** A PGlite database served on a loopback port, so the ordinary pg driver can reach it. */
export interface EmbeddedPostgres {
  /** A postgres:// URL for this database; give it a pool of exactly one connection. */
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * PGlite is one Postgres session: the socket server accepts a single connection and
 * every client must use a pool of one, or two transactions would share the session.
 */
export const EMBEDDED_POOL_SIZE = 1;

/** Where an embedded data folder keeps its database files. */
export const pgdataOf = (dataDir: string) => join(dataDir, 'pgdata');

const LOCK_FILE = 'in-use.pid';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Claims the data folder for this process: two processes on one PGlite folder would
 * corrupt it. A claim left by a process that no longer runs (killed) is taken over.
 * Returns the release.
 */
export function claimDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lock = join(dataDir, LOCK_FILE);
  const mine = String(process.pid);
  try {
    writeFileSync(lock, mine, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const holder = Number(readFileSync(lock, 'utf8').trim());
    if (holder && holder !== process.pid && alive(holder)) {
      throw new Error(`the embedded database in ${dataDir} is in use by process ${holder}; stop that process first`);
    }
    writeFileSync(lock, mine);
  }
  return () => {
    try {
      if (readFileSync(lock, 'utf8').trim() === mine) rmSync(lock, { force: true });
    } catch {
      // already gone
    }
  };
}

/** The data folder's database opened in this process, claimed until `close`. */
export async function openEmbeddedDatabase(dataDir: string, options: PGliteOptions = {}): Promise<{ db: PGlite; close: () => Promise<void> }> {
  const release = claimDataDir(dataDir);
  try {
    const pgdata = pgdataOf(dataDir);
    mkdirSync(pgdata, { recursive: true });
    const db = await PGlite.create(pgdata, options);
    return {
      db,
      close: async () => {
        await db.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  const { db, close } = await openEmbeddedDatabase(dataDir);
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: EMBEDDED_POOL_SIZE });
  try {
    await server.start();
  } catch (error) {
    await close();
    throw error;
  }
  const address = server.getServerConn();
  return {
    url: `postgres://postgres@${address}/postgres`,
    async stop() {
      await server.stop();
      await close();
    },
  };
}
