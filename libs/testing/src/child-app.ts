import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

/**
 * The product as an operator starts it: an entry point of apps/api run from source in
 * a child process, with only the environment given (the test run's own is removed).
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

/** Spawns `apps/api/src/<entry>.ts`; does not wait. */
export function launchChild(env: Record<string, string>, entry = 'main'): ChildProcess {
  const base = { ...process.env };
  for (const name of CLEARED) delete base[name];
  return spawn(process.execPath, ['-r', '@swc-node/register', `apps/api/src/${entry}.ts`], {
    cwd: ROOT,
    env: { ...base, SWC_NODE_PROJECT: 'tsconfig.json', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Spawns the entry on a free port and waits until it prints where its API docs are. */
export async function startChild(env: Record<string, string>, entry = 'main'): Promise<ChildApp> {
  const port = await freePort();
  const child = launchChild({ ...env, PORT: String(port) }, entry);
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
