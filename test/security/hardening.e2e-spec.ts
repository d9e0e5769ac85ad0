import { createTestApp, type TestApp } from '@app/testing';

/** The global rate limit, and whose address it counts. */
describe('rate limit and client addresses', () => {
  let t: TestApp | undefined;
  /** One app at a time: the embedded database serves one connection. */
  const start = async (env: Record<string, string>) => {
    await t?.close();
    t = await createTestApp({ env });
    return t;
  };

  afterAll(async () => {
    await t?.close();
  });

  it('answers 429 in the error shape once a client exceeds the limit, whatever X-Forwarded-For it claims', async () => {
    const t = await start({ RATE_LIMIT_PER_MINUTE: '5' });
    for (let i = 0; i < 5; i++) expect((await t.http.get('/api/health').set('x-forwarded-for', `203.0.113.${i}`)).status).toBe(200);
    const limited = await t.http.get('/api/health').set('x-forwarded-for', '198.51.100.7');
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
    expect(limited.body.message).toContain('请求过于频繁');
    expect(limited.body.details).toEqual({ inChinese: limited.body.message, retryAfterSeconds: expect.any(Number) });
    expect(limited.body.details.inChinese).toMatch(/^请求过于频繁，请 \d+ 秒后再试$/);
    expect(limited.headers['retry-after']).toBe(String(limited.body.details.retryAfterSeconds));
    // Every route counts, the public ones and the others alike.
    expect((await t.http.post('/api/auth/login').send({ username: 'x', password: 'y' })).status).toBe(429);
  });

  it('believes X-Forwarded-For only from a configured proxy, and then limits each client on its own', async () => {
    const t = await start({ RATE_LIMIT_PER_MINUTE: '3', TRUSTED_PROXIES: '127.0.0.1,::1' });
    for (let i = 0; i < 3; i++) expect((await t.http.get('/api/health').set('x-forwarded-for', '203.0.113.1')).status).toBe(200);
    expect((await t.http.get('/api/health').set('x-forwarded-for', '203.0.113.1')).status).toBe(429);
    expect((await t.http.get('/api/health').set('x-forwarded-for', '203.0.113.2')).status).toBe(200);
  });
});
