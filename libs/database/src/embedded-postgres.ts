import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
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

export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  const pgdata = join(dataDir, 'pgdata');
  mkdirSync(pgdata, { recursive: true });
  const db = await PGlite.create(pgdata);
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: EMBEDDED_POOL_SIZE });
  await server.start();
  const address = server.getServerConn();
  return {
    url: `postgres://postgres@${address}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
