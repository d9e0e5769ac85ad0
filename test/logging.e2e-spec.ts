import { Gender, nationalIdFacts, Role, UnitType } from '@app/domain';
import { createTestApp, signIn, TEST_PASSWORD, type TestApp, unique, uniqueNationalId } from '@app/testing';

describe('request logging', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ captureLogs: true });
  });

  afterAll(async () => {
    await t.close();
  });

  it('logs each request as JSON with its request id, and never a password or token', async () => {
    const session = await signIn(t, Role.OrgAdmin);
    await t.http.post('/api/auth/login').send({ username: session.user.username, password: 'a-wrong-password-value' });
    await t.http.post('/api/auth/refresh').send({ refreshToken: session.refreshToken });
    await session.get('/api/auth/me').set('x-request-id', 'trace-me-please');

    const entries = t.logLines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const completed = entries.filter((entry) => entry.reqId === 'trace-me-please');
    expect(completed.length).toBeGreaterThan(0);
    expect(completed.some((entry) => (entry.res as { statusCode?: number } | undefined)?.statusCode === 200)).toBe(true);

    const all = t.logLines.join('\n');
    for (const secret of [TEST_PASSWORD, 'a-wrong-password-value', session.accessToken, session.refreshToken]) {
      expect(all).not.toContain(secret);
    }
  });

  it('logs paths without their query strings', async () => {
    const admin = await signIn(t, Role.OrgAdmin);
    await admin.get('/api/users?q=13800138000');
    expect(t.logLines.join('\n')).not.toContain('13800138000');
  });

  it('keeps national ids and phone numbers out of the log through the main flows, failures included', async () => {
    const staff = await signIn(t, Role.OrgStaff);
    const homeUnitId = (await t.registry.newUnit(UnitType.Sending)).id;
    const nationalId = uniqueNationalId(Gender.Male);
    const phone = '13912345678';
    const body = {
      name: unique('干部'), gender: 'MALE', birthDate: nationalIdFacts(nationalId).birthDate, ethnicity: '汉族', politicalStatus: 'CPC_MEMBER',
      education: 'BACHELOR', homeUnitId, position: '科员', phone, nationalId,
    };
    const created = await staff.post('/api/cadres', body);
    expect(created.status).toBe(201);
    // A duplicate, a bad check digit, a bad phone: each refused, each logged.
    expect((await staff.post('/api/cadres', body)).status).toBe(409);
    expect((await staff.post('/api/cadres', { ...body, nationalId: `${nationalId.slice(0, 17)}${nationalId[17] === '1' ? '2' : '1'}` })).status).toBe(400);
    expect((await staff.post('/api/cadres', { ...body, phone: '1391234567X' })).status).toBe(400);
    await staff.get(`/api/cadres?q=${nationalId}`);
    await staff.get(`/api/cadres/${created.body.id}`);
    await staff.patch(`/api/cadres/${created.body.id}`, { version: created.body.version, phone: '13700001111' });
    const admin = await signIn(t, Role.OrgAdmin);
    await admin.get(`/api/audit-log?targetId=${created.body.id}`);

    const all = t.logLines.join('\n');
    expect(t.logLines.length).toBeGreaterThan(10);
    for (const pii of [nationalId, phone, '13700001111', nationalId.slice(0, 17)]) expect(all).not.toContain(pii);
    // Nothing shaped like either, whichever cadre it belonged to.
    expect(all).not.toMatch(/(?<!\d)\d{17}[\dXx](?!\d)/);
    expect(all).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
  });
});
