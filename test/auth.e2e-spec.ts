import { generateKeyPairSync } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { Role } from '@app/domain';
import { createTestApp, login, signIn, TEST_PASSWORD, type TestApp } from '@app/testing';

describe('auth', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  const me = (token: string) => t.http.get('/api/auth/me').set('authorization', `Bearer ${token}`);

  describe('login', () => {
    it('returns an access and a refresh token, and /me answers with the user', async () => {
      const user = await t.factory.newUser(Role.OrgStaff);
      const response = await t.http.post('/api/auth/login').send({ username: user.username.toUpperCase(), password: TEST_PASSWORD });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 900 });
      expect(typeof response.body.refreshToken).toBe('string');

      const profile = await me(response.body.accessToken);
      expect(profile.status).toBe(200);
      expect(profile.body).toMatchObject({ id: user.id, username: user.username, role: 'ORG_STAFF', disabled: false });
      expect(profile.body).not.toHaveProperty('passwordHash');
    });

    it('answers 401 with the same message for a wrong password and an unknown user', async () => {
      const user = await t.factory.newUser(Role.Leader);
      const wrong = await t.http.post('/api/auth/login').send({ username: user.username, password: 'not the password!' });
      const unknown = await t.http.post('/api/auth/login').send({ username: 'nobody-here', password: 'not the password!' });
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(401);
      expect(wrong.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'invalid username or password', details: { code: 'INVALID_CREDENTIALS', inChinese: '用户名或密码不正确' } });
      expect(unknown.body).toEqual(wrong.body);
    });

    it('refuses a disabled user even with the right password', async () => {
      const user = await t.factory.newUser(Role.OrgStaff, { disabled: true });
      const response = await t.http.post('/api/auth/login').send({ username: user.username, password: TEST_PASSWORD });
      expect(response.status).toBe(401);
    });

    it('answers 429 for that username after five failures within a minute, and not for another', async () => {
      const user = await t.factory.newUser(Role.OrgStaff);
      for (let i = 0; i < 5; i++) {
        const failure = await t.http.post('/api/auth/login').send({ username: user.username, password: `wrong password ${i}` });
        expect(failure.status).toBe(401);
      }
      const blocked = await t.http.post('/api/auth/login').send({ username: user.username, password: TEST_PASSWORD });
      expect(blocked.status).toBe(429);
      expect(blocked.headers['retry-after']).toBe('60');
      expect(blocked.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests', details: { code: 'TOO_MANY_ATTEMPTS', inChinese: '该用户名登录失败次数过多，请 1 分钟后再试' } });

      const other = await t.factory.newUser(Role.OrgStaff);
      await expect(login(t, other.username)).resolves.toHaveProperty('accessToken');
    });

    it('holds the limit against parallel guesses: at most five are even checked', async () => {
      const user = await t.factory.newUser(Role.OrgStaff);
      const responses = await Promise.all(
        Array.from({ length: 30 }, (_, i) => t.http.post('/api/auth/login').send({ username: user.username, password: `parallel guess ${i}` })),
      );
      const statuses = responses.map((r) => r.status);
      expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
      expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(25);
    });

    it('answers 401, not 500, to a username that outgrows the column when lower-cased', async () => {
      const response = await t.http.post('/api/auth/login').send({ username: 'İ'.repeat(64), password: 'whatever it is' });
      expect(response.status).toBe(401);
    });

    it('answers 400 naming the field for a NUL character anywhere in the input', async () => {
      const body = await t.http.post('/api/auth/login').send({ username: 'a\u0000b', password: 'x' });
      expect(body.status).toBe(400);
      expect(body.body.details.fields[0].field).toBe('username');
      const admin = await signIn(t, Role.OrgAdmin);
      const query = await admin.get('/api/users?q=%00');
      expect(query.status).toBe(400);
      expect(query.body.details.fields[0].field).toBe('q');
    });

    it('answers 400 naming a field that every object inherits, which the whitelist would let through', async () => {
      for (const key of ['constructor', 'toString', 'hasOwnProperty']) {
        const response = await t.http.post('/api/auth/login').send({ username: 'a', password: 'b', [key]: 'x' });
        expect(response.status).toBe(400);
        expect(response.body.details.fields).toEqual([{ field: key, errors: [`property ${key} should not exist`], inChinese: ['不是可填写的字段'] }]);
      }
      const admin = await signIn(t, Role.OrgAdmin);
      const query = await admin.get('/api/users?valueOf=1');
      expect(query.status).toBe(400);
      expect(query.body.details.fields[0].field).toBe('valueOf');
    });

    it('answers 400 naming an unknown body field, and a missing one', async () => {
      const extra = await t.http.post('/api/auth/login').send({ username: 'a', password: 'b', role: 'ORG_ADMIN' });
      expect(extra.status).toBe(400);
      expect(extra.body.details.fields).toEqual([{ field: 'role', errors: ['property role should not exist'], inChinese: ['不是可填写的字段'] }]);
      expect(extra.body.message).toContain('role');

      const missing = await t.http.post('/api/auth/login').send({ username: 'a' });
      expect(missing.status).toBe(400);
      expect(missing.body.details.fields.map((f: { field: string }) => f.field)).toEqual(['password']);
    });

    it('answers 400 in the error shape for a body that is not JSON', async () => {
      const response = await t.http.post('/api/auth/login').set('content-type', 'application/json').send('{"username":');
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      expect(typeof response.body.message).toBe('string');
    });
  });

  describe('refresh', () => {
    it('rotates: the new pair works and the old refresh token does not', async () => {
      const session = await signIn(t, Role.OrgStaff);
      const first = await t.http.post('/api/auth/refresh').send({ refreshToken: session.refreshToken });
      expect(first.status).toBe(200);
      expect(first.body.refreshToken).not.toBe(session.refreshToken);
      expect((await me(first.body.accessToken)).status).toBe(200);

      const second = await t.http.post('/api/auth/refresh').send({ refreshToken: first.body.refreshToken });
      expect(second.status).toBe(200);
    });

    it('treats a reused refresh token as theft and ends the whole session', async () => {
      const session = await signIn(t, Role.OrgStaff);
      const rotated = await t.http.post('/api/auth/refresh').send({ refreshToken: session.refreshToken });
      expect(rotated.status).toBe(200);

      const reuse = await t.http.post('/api/auth/refresh').send({ refreshToken: session.refreshToken });
      expect(reuse.status).toBe(401);
      // The legitimate holder's newer tokens die with the family.
      const newer = await t.http.post('/api/auth/refresh').send({ refreshToken: rotated.body.refreshToken });
      expect(newer.status).toBe(401);
      expect((await me(rotated.body.accessToken)).status).toBe(401);
      expect((await me(session.accessToken)).status).toBe(401);
    });

    it('answers 401 for a token it never issued', async () => {
      const response = await t.http.post('/api/auth/refresh').send({ refreshToken: 'made-up-token' });
      expect(response.status).toBe(401);
    });
  });

  describe('logout', () => {
    it('ends the session: its access and refresh tokens stop working, other sessions do not', async () => {
      const session = await signIn(t, Role.Leader);
      const other = await login(t, session.user.username);
      const response = await session.post('/api/auth/logout');
      expect(response.status).toBe(204);
      expect((await me(session.accessToken)).status).toBe(401);
      expect((await t.http.post('/api/auth/refresh').send({ refreshToken: session.refreshToken })).status).toBe(401);
      expect((await me(other.accessToken)).status).toBe(200);
    });
  });

  describe('password change', () => {
    it('needs the old password, enforces the policy, then works and ends the other sessions', async () => {
      const session = await signIn(t, Role.OrgStaff);
      const other = await login(t, session.user.username);

      const wrongOld = await session.post('/api/auth/password', { oldPassword: 'not it at all', newPassword: 'a brand new passphrase' });
      expect(wrongOld.status).toBe(400);
      expect(wrongOld.body.details.fields[0].field).toBe('oldPassword');

      const tooShort = await session.post('/api/auth/password', { oldPassword: TEST_PASSWORD, newPassword: 'short' });
      expect(tooShort.status).toBe(400);
      expect(tooShort.body.details.fields[0].field).toBe('newPassword');

      const changed = await session.post('/api/auth/password', { oldPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase' });
      expect(changed.status).toBe(204);

      expect((await me(session.accessToken)).status).toBe(200);
      expect((await me(other.accessToken)).status).toBe(401);
      const oldLogin = await t.http.post('/api/auth/login').send({ username: session.user.username, password: TEST_PASSWORD });
      expect(oldLogin.status).toBe(401);
      await expect(login(t, session.user.username, 'a brand new passphrase')).resolves.toHaveProperty('accessToken');
    });
  });

  describe('access tokens', () => {
    const secret = () => process.env.JWT_SECRET as string;
    let claims: { sub: string; sid: string; role: string };

    beforeAll(async () => {
      const session = await signIn(t, Role.OrgAdmin);
      claims = jwt.decode(session.accessToken) as typeof claims;
    });

    const sign = (options: jwt.SignOptions, key = secret()) =>
      jwt.sign({ sub: claims.sub, sid: claims.sid, role: claims.role }, key, {
        algorithm: 'HS256',
        issuer: 'cadre-assessment',
        audience: 'cadre-assessment-api',
        expiresIn: 900,
        ...options,
      });

    it('accepts a token signed like the real ones (the control case)', async () => {
      expect((await me(sign({}))).status).toBe(200);
    });

    it.each([
      ['forged (another key)', () => sign({}, 'another-secret-that-is-at-least-32-bytes-long')],
      ['expired', () => jwt.sign({ sub: claims.sub, sid: claims.sid, role: claims.role, exp: Math.floor(Date.now() / 1000) - 60 }, secret(), { algorithm: 'HS256', issuer: 'cadre-assessment', audience: 'cadre-assessment-api' })],
      ['of the wrong audience', () => sign({ audience: 'some-other-api' })],
      ['of the wrong issuer', () => sign({ issuer: 'someone-else' })],
      ['signed with HS512', () => sign({ algorithm: 'HS512' })],
      ['not valid yet (nbf in an hour)', () => sign({ notBefore: 3600 })],
      ['signed RS256 with a key pair of its own (HS/RS confusion)', () => sign({ algorithm: 'RS256' }, generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }) as string)],
      [
        'alg none',
        () => {
          const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
          const now = Math.floor(Date.now() / 1000);
          return `${part({ alg: 'none', typ: 'JWT' })}.${part({ ...claims, iss: 'cadre-assessment', aud: 'cadre-assessment-api', iat: now, exp: now + 900 })}.`;
        },
      ],
      ['garbage', () => 'not.a.token'],
    ])('answers 401 for a token %s', async (_name, token) => {
      const response = await me(token());
      expect(response.status).toBe(401);
      expect(response.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
    });

    it('answers 401 without a token', async () => {
      expect((await t.http.get('/api/auth/me')).status).toBe(401);
    });

    it("answers 401 for a disabled user's token at once, not at its expiry", async () => {
      const admin = await signIn(t, Role.OrgAdmin);
      const victim = await signIn(t, Role.OrgStaff);
      expect((await me(victim.accessToken)).status).toBe(200);
      const disabled = await admin.patch(`/api/users/${victim.user.id}`, { version: victim.user.version, disabled: true });
      expect(disabled.status).toBe(200);
      expect((await me(victim.accessToken)).status).toBe(401);
      expect((await t.http.post('/api/auth/refresh').send({ refreshToken: victim.refreshToken })).status).toBe(401);
    });
  });
});
