import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, type TestApp } from '@app/testing';

/** How the API serves the built console (apps/api/src/common/http/web-console.ts), on a stand-in build. */
describe('the web console served at /', () => {
  let t: TestApp;
  let root: string;
  const INDEX = '<!doctype html><html lang="zh-CN"><body><div id="root"></div><script type="module" src="/assets/index-AbCd1234.js"></script></body></html>';

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'web-root-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), INDEX);
    writeFileSync(join(root, 'assets/index-AbCd1234.js'), 'console.log("控制台")');
    t = await createTestApp({ env: { WEB_ROOT: root } });
  });

  afterAll(async () => {
    await t.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('answers the console’s page at / and at any page of the console, asked for again after each release', async () => {
    for (const path of ['/', '/cadres', '/work-records?status=PENDING', '/vote?code=ABCDE-FGHJK']) {
      const page = await t.http.get(path).expect(200);
      expect({ path, type: page.headers['content-type'], body: page.text }).toEqual({ path, type: expect.stringContaining('text/html'), body: INDEX });
      expect(page.headers['cache-control']).toBe('no-cache');
      // The same headers as the API: the page runs only its own scripts.
      expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    }
  });

  it('serves the hashed assets to be cached for good', async () => {
    const script = await t.http.get('/assets/index-AbCd1234.js').expect(200);
    expect(script.headers['content-type']).toContain('javascript');
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    // A missing asset is a 404, not the page (which a browser would try to run as a script).
    expect((await t.http.get('/assets/missing-AbCd1234.js')).status).toBe(404);
  });

  it('leaves the API its own answers: an unknown API path is a JSON 404, not the page', async () => {
    const unknown = await t.http.get('/api/no-such-thing').expect(404);
    expect(unknown.headers['content-type']).toContain('application/json');
    expect(unknown.body.statusCode).toBe(404);
    expect((await t.http.get('/api').expect(404)).headers['content-type']).toContain('application/json');
    expect((await t.http.get('/api/cadres').expect(401)).body.statusCode).toBe(401);
    expect((await t.http.post('/cadres').send({})).status).toBe(404);
  });
});
