import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ChildApp, freshDatabaseEnv, startChild, stopChild, withDatabase } from '@app/testing';

/**
 * `npm run backup` and `npm run restore` as an operator runs them, on a database of
 * this run's kind (pg_dump/pg_restore on the server, a data-folder dump embedded):
 * what is restored has the row counts and the audit chain head of the backup, and the
 * app starts on it with the chain whole.
 */
describe('backup and restore', () => {
  const ROOT = join(__dirname, '..', '..');
  const ADMIN_PASSWORD = randomBytes(18).toString('base64url');
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  let folder: string;

  beforeAll(async () => {
    const fresh = await freshDatabaseEnv();
    env = { ...fresh.env, ADMIN_PASSWORD, LOG_LEVEL: 'warn' };
    cleanup = fresh.cleanup;
    folder = mkdtempSync(join(tmpdir(), 'cadre-backup-'));
  });

  afterAll(async () => {
    await cleanup?.();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  const script = (...args: string[]) => {
    const base = { ...process.env };
    for (const name of ['DATABASE_URL', 'DATA_DIR']) delete base[name];
    const result = spawnSync(process.execPath, ['scripts/backup.mjs', ...args], { cwd: ROOT, env: { ...base, ...env }, encoding: 'utf8', timeout: 120_000 });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  };

  /** Rows per table, and the newest audit event's hash. */
  const snapshot = () =>
    withDatabase(env, async (client) => {
      const tables = (
        await client.query<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`)
      ).rows.map((row) => row.name);
      const counts: Record<string, number> = {};
      for (const table of tables) counts[table] = Number((await client.query(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n);
      const head = (await client.query<{ hash: string }>('SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1')).rows[0]?.hash;
      return { counts, head };
    });

  async function signInAdmin(app: ChildApp): Promise<string> {
    const response = await fetch(`${app.base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as { accessToken: string }).accessToken;
  }

  const createUnit = (app: ChildApp, token: string, name: string, code: string) =>
    fetch(`${app.base}/units`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ name, code, type: 'HOST' }),
    });

  it('restores the row counts and the audit chain head of the backup, and the app starts on it; embedded, not while the app runs', async () => {
    // Data written through the app: the admin, units, their audit events.
    let app = await startChild(env);
    const token = await signInAdmin(app);
    expect((await createUnit(app, token, '城关镇人民政府', 'CGZ')).status).toBe(201);
    expect((await createUnit(app, token, '新区管委会', 'XQ-GWH')).status).toBe(201);
    expect(await stopChild(app)).toBe(0);
    const backedUp = await snapshot();
    expect(backedUp.counts.unit).toBeGreaterThanOrEqual(2);
    expect(backedUp.head).toMatch(/^[0-9a-f]{64}$/);

    const file = join(folder, env.DATABASE_URL ? 'cadre.dump' : 'cadre.tar.gz');
    const backup = script('backup', file);
    expect(backup.output).toContain(`backed up`);
    expect(backup.status).toBe(0);
    expect(statSync(file).size).toBeGreaterThan(0);

    // Changed after the backup, through the app again.
    app = await startChild(env);
    expect((await createUnit(app, await signInAdmin(app), '经济开发区管委会', 'KFQ')).status).toBe(201);
    if (!env.DATABASE_URL) {
      // The embedded folder is one process's at a time: neither script touches it while the
      // app runs. (On the server pg_dump reads a consistent snapshot while the app runs.)
      for (const args of [['backup', join(folder, 'busy.tar.gz')], ['restore', file]]) {
        const refused = script(...args);
        expect(refused.output).toMatch(/is in use by process \d+; stop that process first/);
        expect(refused.status).toBe(1);
      }
      expect(existsSync(join(folder, 'busy.tar.gz'))).toBe(false);
      // Nor does a second app.
      await expect(startChild(env)).rejects.toThrow(/is in use by process \d+; stop that process first/);
    }
    expect(await stopChild(app)).toBe(0);
    const changed = await snapshot();
    expect(changed.counts.unit).toBe(backedUp.counts.unit + 1);
    expect(changed.head).not.toBe(backedUp.head);

    const restore = script('restore', file);
    expect(restore.output).toContain('restored');
    expect(restore.status).toBe(0);
    expect(await snapshot()).toEqual(backedUp);

    app = await startChild(env);
    try {
      const verify = await fetch(`${app.base}/audit-log/verify`, { headers: { authorization: `Bearer ${await signInAdmin(app)}` } });
      expect(await verify.json()).toMatchObject({ valid: true });
    } finally {
      await stopChild(app);
    }
  }, 240_000);

  it('refuses a backup file that does not exist, and changes nothing', async () => {
    const before = await snapshot();
    const restore = script('restore', join(folder, 'missing.dump'));
    expect(restore.status).toBe(1);
    expect(restore.output).toContain('no backup at');
    expect(await snapshot()).toEqual(before);
  }, 120_000);
});
