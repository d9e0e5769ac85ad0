import { randomBytes } from 'node:crypto';
import { Role } from '@app/domain';
import {
  type ChildApp,
  createTestApp,
  freshDatabaseEnv,
  seedSubmittedRound,
  signIn,
  startChild,
  stopChild,
  TEST_PASSWORD,
  untilWriting,
  withDatabase,
  withDatabaseUrl,
} from '@app/testing';

const CADRES = 2000;

/**
 * The process killed (SIGKILL) while it finalizes a round of 2,000 assessments, which
 * writes a dossier entry for each and proposals for the Excellent in one transaction:
 * started again on the same data, the round is finalized with all of them or not
 * finalized with none, and finalizing it then works. Run on both databases.
 */
describe('a crash in the middle of a round finalization', () => {
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  let app: ChildApp | undefined;
  let roundId: string;
  let staffName: string;

  beforeAll(async () => {
    ({ env, cleanup } = await freshDatabaseEnv());
    env = { ...env, ADMIN_PASSWORD: randomBytes(12).toString('base64url') };
    // The round, in publicity and past its period, prepared by an app in this process.
    await withDatabaseUrl(env, async (url) => {
      const t = await createTestApp({ url });
      try {
        const staff = await signIn(t, Role.OrgStaff);
        staffName = staff.user.username;
        roundId = await seedSubmittedRound(t, staff, CADRES);
        await t.dataSource.query(`UPDATE assessment_round SET status = 'PUBLICITY', publicity_started_at = now() - interval '30 days' WHERE id = $1`, [roundId]);
      } finally {
        await t.close();
      }
    });
  }, 180_000);

  afterAll(async () => {
    if (app) await stopChild(app);
    await cleanup();
  });

  const call = async (path: string, init: { method?: string; token?: string } = {}) => {
    const response = await fetch(`${(app as ChildApp).base}${path}`, {
      method: init.method ?? 'GET',
      headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
      body: init.method === 'POST' ? '{}' : undefined,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const signInStaff = async () => {
    const response = await fetch(`${(app as ChildApp).base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: staffName, password: TEST_PASSWORD }),
    });
    return ((await response.json()) as { accessToken: string }).accessToken;
  };

  /** The round's status and what finalization writes for it. */
  const written = () =>
    withDatabase(env, async (client) => {
      const { rows } = await client.query<{ status: string; entries: number; incentives: number; pool: number }>(
        `SELECT r.status,
                (SELECT count(*)::int FROM dossier_entry WHERE round_id = r.id) AS entries,
                (SELECT count(*)::int FROM incentive WHERE round_id = r.id) AS incentives,
                (SELECT count(*)::int FROM talent_pool_entry WHERE cadre_id IN (SELECT cadre_id FROM assessment WHERE round_id = r.id)) AS pool
           FROM assessment_round r WHERE r.id = $1`,
        [roundId],
      );
      return rows[0];
    });

  it('leaves the round finalized with every entry or not finalized with none, and it finalizes after the restart', async () => {
    app = await startChild(env);
    const token = await signInStaff();
    const finalizing = fetch(`${app.base}/rounds/${roundId}/finalize`, { method: 'POST', headers: { authorization: `Bearer ${token}` } }).catch(() => undefined);
    // Nothing else writes now: any transaction holding an id is the finalization's.
    await untilWriting(env, '%');
    app.child.kill('SIGKILL');
    await new Promise((resolve) => app?.child.once('exit', resolve));
    await finalizing;

    const excellent = CADRES / 5;
    const after = await written();
    expect([
      { status: 'FINALIZED', entries: CADRES, incentives: excellent, pool: excellent },
      { status: 'PUBLICITY', entries: 0, incentives: 0, pool: 0 },
    ]).toContainEqual(after);

    app = await startChild(env);
    expect((await call('/health')).status).toBe(200);
    const again = await signInStaff();
    if (after?.status === 'PUBLICITY') expect((await call(`/rounds/${roundId}/finalize`, { method: 'POST', token: again })).status).toBe(200);
    expect((await call(`/rounds/${roundId}`, { token: again })).body.status).toBe('FINALIZED');
    await stopChild(app);
    app = undefined;
    expect(await written()).toEqual({ status: 'FINALIZED', entries: CADRES, incentives: excellent, pool: excellent });
  }, 240_000);
});
