import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * The product as an operator starts it: an entry point of apps/api run from source (or
 * its build) in a child process, with only the environment given (the test run's own is
 * removed).
 */
export interface ChildApp {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** `http://127.0.0.1:<port>/api` */
  base: string;
}

const ROOT = join(__dirname, '..', '..', '..');
const CLEARED = ['DATABASE_URL', 'DATA_DIR', 'JWT_SECRET', 'ADMIN_PASSWORD', 'PORT', 'CORS_ORIGINS', 'DEMO_DIR'];

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * With CPU_PROFILE_DIR set, a child writes a V8 CPU profile into `<dir>/<name>` when it
 * exits (how the benchmarks' numbers were explained; `npm run bench:profile` sums one).
 */
export function cpuProfileArgs(name: string): string[] {
  const dir = process.env.CPU_PROFILE_DIR;
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${join(dir, name)}`] : [];
}

/**
 * Where a child's code comes from: the TypeScript sources, compiled as they load (as the
 * tests run them), or the build `npm run build` leaves in dist/ (as `npm start` runs it;
 * the benchmarks measure that: compiling on load keeps every compiled module and its
 * source map in the heap).
 */
export type ChildCode = 'source' | 'build';

/** Spawns `apps/api/src/<entry>.ts` (or its build); does not wait. */
export function launchChild(env: Record<string, string>, entry = 'main', code: ChildCode = 'source'): ChildProcess {
  const base = { ...process.env };
  for (const name of CLEARED) delete base[name];
  const program = code === 'build' ? [`dist/apps/api/src/${entry}.js`] : ['-r', '@swc-node/register', `apps/api/src/${entry}.ts`];
  return spawn(process.execPath, [...cpuProfileArgs(entry), ...program], {
    cwd: ROOT,
    env: { ...base, SWC_NODE_PROJECT: 'tsconfig.json', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/**
 * Spawns the entry on a free port and waits until it prints where its API docs are. A
 * port found free can be taken by another process before the child binds it (the suites
 * run side by side): then the child is started again on another.
 */
export async function startChild(env: Record<string, string>, entry = 'main', code: ChildCode = 'source'): Promise<ChildApp> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startChildOnce(env, entry, code);
    } catch (error) {
      if (attempt === 3 || !(error instanceof Error) || !error.message.includes('EADDRINUSE')) throw error;
    }
  }
}

async function startChildOnce(env: Record<string, string>, entry: string, code: ChildCode): Promise<ChildApp> {
  const port = await freePort();
  const child = launchChild({ ...env, PORT: String(port) }, entry, code);
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready in 120 s:\n${out}\n${err}`)), 120_000);
    child.stdout?.on('data', () => {
      if (out.includes('API docs:')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before it was ready:\n${out}\n${err}`));
    });
  });
  child.removeAllListeners('exit');
  return { child, stdout: () => out, stderr: () => err, base: `http://127.0.0.1:${port}/api` };
}

/** SIGTERM, then the exit code once it has shut down. */
export function stopChild(started: ChildApp): Promise<number | null> {
  if (started.child.exitCode !== null) return Promise.resolve(started.child.exitCode);
  return new Promise((resolve) => {
    started.child.on('exit', (code) => resolve(code));
    started.child.kill('SIGTERM');
  });
}

/**
 * An embedded data folder served by a process of its own (test/setup/embedded-server.ts),
 * reachable with the pg driver; no other process may have the folder open.
 */
export async function serveEmbedded(dataDir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = spawn(process.execPath, ['-r', '@swc-node/register', 'test/setup/embedded-server.ts', dataDir], {
    cwd: ROOT,
    env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.json' },
    // Its standard input is kept open: when this process ends, it closes and the server stops.
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const match = /^url (\S+)$/m.exec(out);
      if (match) resolve(match[1] as string);
    });
    server.once('exit', (code) => reject(new Error(`the embedded database in ${dataDir} exited with ${code} before it was ready`)));
  });
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (server.exitCode !== null) return resolve();
        server.once('exit', () => resolve());
        server.kill('SIGTERM');
      }),
  };
}

/**
 * The database of a child's environment (freshDatabaseEnv's): its URL on the server;
 * embedded, its data folder served for the duration of `work` (no app may run on it meanwhile).
 */
export async function withDatabaseUrl<T>(env: Record<string, string>, work: (url: string) => Promise<T>): Promise<T> {
  if (env.DATABASE_URL) return work(env.DATABASE_URL);
  const served = await serveEmbedded(env.DATA_DIR as string);
  try {
    return await work(served.url);
  } finally {
    await served.stop();
  }
}

/** A pg connection to the database of a child's environment (see withDatabaseUrl). */
export function withDatabase<T>(env: Record<string, string>, work: (client: Client) => Promise<T>): Promise<T> {
  return withDatabaseUrl(env, async (url) => {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  });
}

/**
 * Waits until a transaction of another session on the server has written (holds a
 * transaction id) with a statement matching `statement` (ILIKE), so that a kill lands
 * mid-write. The embedded database admits no second connection to watch it; there a
 * random delay of 0.8 to 2 s puts the kill somewhere in the work.
 */
export async function untilWriting(env: Record<string, string>, statement: string): Promise<void> {
  if (!env.DATABASE_URL) {
    await new Promise((resolve) => setTimeout(resolve, 800 + Math.floor(Math.random() * 1200)));
    return;
  }
  await withDatabase(env, async (watcher) => {
    for (let i = 0; i < 3000; i++) {
      const { rows } = await watcher.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL AND query ILIKE $1`,
        [statement],
      );
      if ((rows[0]?.n ?? 0) > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`no transaction started writing ${statement}`);
  });
}
