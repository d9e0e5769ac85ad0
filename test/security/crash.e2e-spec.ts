import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { Gender, nationalIdFacts, ROSTER_COLUMNS, type RosterKey } from '@app/domain';
import { type ChildApp, freshDatabaseEnv, startChild, stopChild, uniqueNationalId, untilWriting } from '@app/testing';

const ROWS = 3000;

/**
 * The process killed (SIGKILL: no shutdown hook runs) while it imports a roster of
 * 3,000 cadres in one transaction; started again on the same data, the roster is
 * there entirely or not at all, and the app works. Run on both databases.
 */
describe('a crash in the middle of a roster import', () => {
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  let app: ChildApp | undefined;
  const password = randomBytes(12).toString('base64url');

  beforeAll(async () => {
    ({ env, cleanup } = await freshDatabaseEnv());
    env = { ...env, ADMIN_PASSWORD: password };
  });

  afterAll(async () => {
    if (app) await stopChild(app);
    await cleanup();
  });

  const call = async (path: string, init: { method?: string; token?: string; body?: object } = {}) => {
    const response = await fetch(`${(app as ChildApp).base}${path}`, {
      method: init.method ?? 'GET',
      headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
      body: init.body ? JSON.stringify(init.body) : undefined,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('leaves everything or nothing, and the app starts again on the same data', async () => {
    app = await startChild(env);
    const token = (await call('/auth/login', { method: 'POST', body: { username: 'admin', password } })).body.accessToken as string;
    const unit = async (name: string, type: string) => (await call('/units', { method: 'POST', token, body: { name, code: `U${randomBytes(4).toString('hex')}`, type } })).body;
    const home = await unit('区财政局', 'SENDING');
    const host = await unit('淮河路街道', 'HOST');
    const batch = (await call('/batches', { method: 'POST', token, body: { name: '2023年度挂职历练', startDate: '2023-01-01', endDate: '2023-12-31' } })).body;

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('花名册');
    sheet.addRow(ROSTER_COLUMNS.map((c) => c.header));
    for (let i = 0; i < ROWS; i++) {
      const nationalId = uniqueNationalId(Gender.Male);
      const line: Record<RosterKey, string> = {
        name: `干部${i}`, gender: '男', birthDate: nationalIdFacts(nationalId).birthDate, ethnicity: '汉族', politicalStatus: '中共党员', education: '大学本科',
        nationalId, phone: '13800138000', homeUnit: home.name as string, position: '科员', rank: '', hostUnit: host.name as string, category: '基层一线',
        post: '副主任', startDate: '2023-03-01', endDate: '2023-12-31', groupLabel: '',
      };
      sheet.addRow(ROSTER_COLUMNS.map((c) => line[c.key] || null));
    }
    const file = Buffer.from(await workbook.xlsx.writeBuffer());

    const form = new FormData();
    form.append('file', new Blob([file]), 'roster.xlsx');
    const importing = fetch(`${app.base}/imports/roster?batchId=${batch.id as string}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form }).catch(
      () => undefined,
    );
    await untilWriting(env, 'INSERT INTO%');
    app.child.kill('SIGKILL');
    await new Promise((resolve) => app?.child.once('exit', resolve));
    await importing;

    app = await startChild(env);
    expect((await call('/health')).status).toBe(200);
    const again = (await call('/auth/login', { method: 'POST', body: { username: 'admin', password } })).body.accessToken as string;
    const stored = (await call(`/secondments?batchId=${batch.id as string}&pageSize=1`, { token: again })).body.total as number;
    expect([0, ROWS]).toContain(stored);
    const cadres = (await call(`/cadres?batchId=${batch.id as string}&pageSize=1`, { token: again })).body.total as number;
    expect(cadres).toBe(stored);
    // The audit chain is whole, whatever was cut off.
    expect((await call('/audit-log/verify', { token: again })).body).toMatchObject({ valid: true });
  }, 240_000);
});
