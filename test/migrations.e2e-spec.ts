import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * The migration scripts of the README, run as a developer runs them, on an empty
 * database of this run's kind: up, no drift from the entities, down, up again.
 */
describe('migration scripts', () => {
  const ROOT = join(__dirname, '..');
  let env: Record<string, string>;
  const cleanups: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    if (process.env.TEST_DB === 'postgres') {
      const admin = new Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      const database = `migrations_${randomBytes(6).toString('hex')}`;
      await admin.query(`CREATE DATABASE ${database}`);
      cleanups.push(async () => {
        await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
        await admin.end();
      });
      const url = new URL(process.env.DATABASE_URL as string);
      url.pathname = `/${database}`;
      env = { DATABASE_URL: url.toString() };
    } else {
      const dataDir = mkdtempSync(join(tmpdir(), 'cadre-migrations-'));
      cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
      env = { DATA_DIR: dataDir };
    }
  });

  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  const run = (...args: string[]) => {
    const base = { ...process.env };
    delete base.DATABASE_URL;
    const result = spawnSync(process.execPath, ['scripts/typeorm.mjs', ...args], {
      cwd: ROOT,
      env: { ...base, ...env },
      encoding: 'utf8',
      timeout: 120_000,
    });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  };

  it('applies, matches the entities, reverts and re-applies', () => {
    const migrationCount = readdirSync(join(ROOT, 'migrations')).filter((f) => /^\d+-\w+\.ts$/.test(f)).length;

    const up = run('migration:run');
    expect(up.status).toBe(0);
    expect(up.output).toContain('has been executed successfully');

    // Fails when an entity changed without a migration.
    const drift = run('migration:generate', 'Drift', '--check');
    expect(drift.output).toContain('No changes in database schema were found');
    expect(drift.status).toBe(0);

    for (let i = 0; i < migrationCount; i++) {
      const down = run('migration:revert');
      expect(down.status).toBe(0);
      expect(down.output).toContain('has been reverted successfully');
    }
    const again = run('migration:run');
    expect(again.status).toBe(0);
  });
});
