import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ChildApp, freshDatabaseEnv, launchChild, startChild, stopChild } from '@app/testing';

/** The product as a newcomer starts it, on an empty database (a new data folder, or a new database on the server). */

function bannerPassword(stdout: string): string | undefined {
  return /created with the password\s+(\S+)/.exec(stdout)?.[1];
}

async function post(url: string, body: object): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('first start', () => {
  const cleanups: (() => Promise<void>)[] = [];

  async function freshEnv(): Promise<Record<string, string>> {
    const { env, cleanup } = await freshDatabaseEnv();
    cleanups.push(cleanup);
    return env;
  }

  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('creates the admin once with a printed password, keeps it across restarts, and shuts down cleanly', async () => {
    const env = await freshEnv();
    const first = await startChild(env);
    let second: ChildApp | undefined;
    try {
      const password = bannerPassword(first.stdout());
      expect(password).toMatch(/^\S{20,}$/);
      const health = await fetch(`${first.base}/health`);
      expect(health.status).toBe(200);
      const login = await post(`${first.base}/auth/login`, { username: 'admin', password: password as string });
      expect(login.status).toBe(200);
      const me = await fetch(`${first.base}/auth/me`, { headers: { authorization: `Bearer ${login.body.accessToken as string}` } });
      expect(await me.json()).toMatchObject({ username: 'admin', role: 'ORG_ADMIN' });

      // The password is shown once on the console, never in a log line.
      const logLines = first.stdout().split('\n').filter((line) => line.startsWith('{'));
      expect(logLines.length).toBeGreaterThan(0);
      expect(logLines.filter((line) => line.includes(password as string))).toEqual([]);

      expect(await stopChild(first)).toBe(0);

      second = await startChild(env);
      expect(bannerPassword(second.stdout())).toBeUndefined();
      // Same admin, same password; and in embedded mode the same JWT secret, kept in the data folder.
      const again = await post(`${second.base}/auth/login`, { username: 'admin', password: password as string });
      expect(again.status).toBe(200);
      const oldToken = await fetch(`${second.base}/auth/me`, { headers: { authorization: `Bearer ${login.body.accessToken as string}` } });
      expect(oldToken.status).toBe(200);
      if (env.DATA_DIR) {
        const secretFile = join(env.DATA_DIR, 'jwt-secret');
        expect(existsSync(secretFile)).toBe(true);
        expect(statSync(secretFile).mode & 0o777).toBe(0o600);
      }
      expect(await stopChild(second)).toBe(0);
      second = undefined;
    } finally {
      if (first.child.exitCode === null) first.child.kill('SIGKILL');
      if (second && second.child.exitCode === null) second.child.kill('SIGKILL');
    }
  });

  it('uses ADMIN_PASSWORD when given and prints no password', async () => {
    const env = await freshEnv();
    const chosen = 'chosen by the operator 2026';
    const started = await startChild({ ...env, ADMIN_PASSWORD: chosen });
    try {
      expect(bannerPassword(started.stdout())).toBeUndefined();
      expect(started.stdout()).not.toContain(chosen);
      expect((await post(`${started.base}/auth/login`, { username: 'admin', password: chosen })).status).toBe(200);
    } finally {
      await stopChild(started);
    }
  });

  it('refuses to start with a bad value, naming the variable, and creates nothing', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ PORT: 'eighty' }, 'PORT'],
      [{ DATABASE_URL: 'mysql://localhost/db', JWT_SECRET: 'x'.repeat(40) }, 'DATABASE_URL'],
      [{ DATABASE_URL: 'postgres://localhost/db' }, 'JWT_SECRET'],
      [{ JWT_SECRET: 'too-short' }, 'JWT_SECRET'],
      [{ ADMIN_PASSWORD: 'admin' }, 'ADMIN_PASSWORD'],
    ];
    // In parallel: each is a whole process start, and they share nothing.
    const outcomes = await Promise.all(
      cases.map(async ([bad, variable]) => {
        const dataDir = join(tmpdir(), `cadre-never-created-${randomBytes(4).toString('hex')}`);
        const child = launchChild({ DATA_DIR: dataDir, ...bad });
        let err = '';
        child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
        const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
        return { variable, code, named: err.includes(`configuration error: ${variable}`), created: existsSync(dataDir) };
      }),
    );
    expect(outcomes).toEqual(cases.map(([, variable]) => ({ variable, code: 1, named: true, created: false })));
  });
});
