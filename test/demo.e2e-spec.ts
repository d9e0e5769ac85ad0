import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ChildApp, startChild, stopChild } from '@app/testing';

interface Account {
  role: string;
  username: string;
  password: string;
}

/** `npm run demo` as a newcomer runs it: a fresh embedded database with the source's story. */
describe('demo', () => {
  let demo: ChildApp;
  let dataDir: string;
  let accounts: Account[];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'cadre-demo-'));
    demo = await startChild({ DEMO_DIR: dataDir, LOG_LEVEL: 'warn' }, 'demo');
    accounts = [...demo.stdout().matchAll(/^ {4}([A-Z_]+)\s+(\S+)\s+(\S+)/gm)]
      .filter((m) => m[1] !== 'role')
      .map((m) => ({ role: m[1], username: m[2], password: m[3] }));
  });

  afterAll(async () => {
    if (demo) await stopChild(demo);
    rmSync(dataDir, { recursive: true, force: true });
  });

  const signIn = async (role: string) => {
    const account = accounts.find((a) => a.role === role);
    if (!account) throw new Error(`no ${role} account printed:\n${demo.stdout()}`);
    const response = await fetch(`${demo.base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: account.username, password: account.password }),
    });
    expect(response.status).toBe(200);
    const { accessToken } = (await response.json()) as { accessToken: string };
    return async (path: string) => {
      const answer = await fetch(`${demo.base}${path}`, { headers: { authorization: `Bearer ${accessToken}` } });
      return { status: answer.status, body: (await answer.json()) as { total: number; items: Record<string, unknown>[] } };
    };
  };

  it('prints one account per role, each able to sign in', async () => {
    expect(accounts.map((a) => a.role).sort()).toEqual(['CADRE', 'CERTIFIER', 'HOST_UNIT', 'LEADER', 'ORG_ADMIN', 'ORG_STAFF']);
    for (const account of accounts) await signIn(account.role);
  });

  it('holds the 2023 batch with 45 cadres over the five categories', async () => {
    const staff = await signIn('ORG_STAFF');
    const batches = await staff('/batches');
    expect(batches.body.items.map((b) => b.name)).toEqual(['2023年度挂职历练']);
    const secondments = await staff('/secondments?pageSize=100');
    expect(secondments.body.total).toBe(45);
    const perCategory: Record<string, number> = {};
    for (const s of secondments.body.items) perCategory[s.category as string] = (perCategory[s.category as string] ?? 0) + 1;
    expect(perCategory).toEqual({ GRASSROOTS: 16, MAJOR_PROJECT: 10, INVESTMENT_PROMOTION: 8, STATE_ENTERPRISE: 6, KEY_TASK: 5 });
    expect((await staff('/cadres?pageSize=1')).body.total).toBe(45);
  });

  it('scopes the host unit to its own cadres and the cadre to themselves', async () => {
    const host = await signIn('HOST_UNIT');
    const hostCadres = await host('/cadres?pageSize=100');
    expect(hostCadres.body.total).toBeGreaterThan(0);
    expect(hostCadres.body.total).toBeLessThan(45);
    expect(String(hostCadres.body.items[0].nationalId)).toContain('**********');
    const cadre = await signIn('CADRE');
    expect((await cadre('/cadres')).body.total).toBe(1);
  });
});
