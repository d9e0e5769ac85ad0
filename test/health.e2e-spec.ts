import { createTestApp, type TestApp } from '@app/testing';

describe('operations', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it('answers /api/health without a token, after pinging the database', async () => {
    const response = await t.http.get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', database: 'up' });
  });

  it('sends security headers and a request id, and keeps API answers out of caches', async () => {
    const response = await t.http.get('/api/health');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends the same security headers on refusals and unknown paths', async () => {
    for (const response of [await t.http.get('/api/cadres'), await t.http.get('/api/no-such-route')]) {
      expect([401, 404]).toContain(response.status);
      expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(response.headers['content-security-policy']).toContain("script-src 'self'");
      expect(response.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('echoes a well-formed caller request id and replaces a malformed one', async () => {
    const kept = await t.http.get('/api/health').set('x-request-id', 'gateway-42');
    expect(kept.headers['x-request-id']).toBe('gateway-42');
    const replaced = await t.http.get('/api/health').set('x-request-id', 'bad id with spaces');
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves the OpenAPI document and the docs page', async () => {
    const json = await t.http.get('/api/docs-json');
    expect(json.status).toBe(200);
    expect(json.body.openapi).toMatch(/^3\./);
    expect(Object.keys(json.body.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/users', '/api/audit-log/verify']));
    expect(json.body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    const page = await t.http.get('/api/docs');
    expect(page.status).toBe(200);
    expect(page.text).toContain('swagger');
  });

  it('answers an unknown route with 404 in the error shape', async () => {
    const response = await t.http.get('/api/no-such-thing');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });
});
