import { rmSync } from 'node:fs';
import type { EmbeddedPostgres } from '@app/database';
import { EMBEDDED_HANDLE } from './embedded-handle';

export default async function globalTeardown(): Promise<void> {
  const handle = (globalThis as Record<symbol, unknown>)[EMBEDDED_HANDLE] as
    | { embedded: EmbeddedPostgres; dataDir: string; templateDir: string }
    | undefined;
  if (!handle) return;
  await handle.embedded.stop();
  rmSync(handle.dataDir, { recursive: true, force: true });
  rmSync(handle.templateDir, { recursive: true, force: true });
}
