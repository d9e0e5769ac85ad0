import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { registerWebConsole } from './web-console';

describe('registerWebConsole', () => {
  it('serves nothing, and registers nothing, when the console is not built', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'web-none-'));
    const touched: string[] = [];
    const app = {
      register: () => touched.push('register'),
      getHttpAdapter: () => touched.push('getHttpAdapter'),
    } as unknown as NestFastifyApplication;
    try {
      await expect(registerWebConsole(app, empty, 'api')).resolves.toBe(false);
      await expect(registerWebConsole(app, join(empty, 'missing'), 'api')).resolves.toBe(false);
      expect(touched).toEqual([]);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
