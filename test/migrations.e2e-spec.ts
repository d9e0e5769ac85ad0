import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { freshDatabaseEnv, withDatabase } from '@app/testing';

/**
 * The migration scripts of the README, run as a developer runs them, on an empty
 * database of this run's kind: up, no drift from the entities, down, up again.
 */
describe('migration scripts', () => {
  const ROOT = join(__dirname, '..');
  let env: Record<string, string>;
  const cleanups: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    const fresh = await freshDatabaseEnv();
    cleanups.push(fresh.cleanup);
    env = fresh.env;
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

    // The newest one as a developer reverts it, then the rest in one go.
    const down = run('migration:revert');
    expect(down.status).toBe(0);
    expect(down.output).toContain('has been reverted successfully');
    const rest = run('migration:revert', '--all');
    expect(rest.status).toBe(0);
    expect(rest.output).toContain(`${migrationCount - 1} migrations reverted`);
    expect(rest.output.match(/has been reverted successfully/g)).toHaveLength(migrationCount - 1);
    const again = run('migration:run');
    expect(again.status).toBe(0);
  });

  it('indexes every foreign key (an unindexed one is scanned in full on each lookup and on each delete of the row it refers to)', async () => {
    expect(run('migration:run').status).toBe(0);
    const unindexed = await withDatabase(env, async (client) =>
      (
        await client.query<{ fk: string }>(
          `SELECT c.conrelid::regclass || '.' || a.attname AS fk
             FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
            WHERE c.contype = 'f' AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid AND i.indkey[0] = c.conkey[1])
            ORDER BY 1`,
        )
      ).rows.map((r) => r.fk),
    );
    expect(unindexed).toEqual([]);
  });
});
