import { Role } from '@app/domain';
import { createTestApp, signIn, TEST_PASSWORD, type TestApp } from '@app/testing';

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
});
