import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, type TestApp } from '@app/testing';

/** The web console's API types, generated from the OpenAPI document and kept in the repo. */
const ROOT = join(__dirname, '../..');
const SCHEMA = join(ROOT, 'apps/web/src/api/schema.d.ts');

describe('the web console\'s API types', () => {
  let t: TestApp;
  let dir: string;

  beforeAll(async () => {
    t = await createTestApp();
    dir = mkdtempSync(join(tmpdir(), 'api-types-'));
  });

  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('match the OpenAPI document the API serves (regenerate with npm run web:api-types)', async () => {
    const document = join(dir, 'openapi.json');
    writeFileSync(document, JSON.stringify((await t.http.get('/api/docs-json').expect(200)).body));
    const generated = execFileSync(process.execPath, [join(ROOT, 'scripts/api-types.mjs'), document], { encoding: 'utf8' });
    if (process.env.WRITE_API_TYPES === '1') writeFileSync(SCHEMA, generated);
    expect(readFileSync(SCHEMA, 'utf8')).toBe(generated);
    // What the console's client relies on.
    expect(generated).toContain('"/api/auth/refresh"');
    expect(generated).toContain('"/api/ballots"');
  });
});
