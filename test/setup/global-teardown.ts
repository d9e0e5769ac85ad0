import { rmSync } from 'node:fs';
import { EMBEDDED_HANDLE, type EmbeddedHandle } from './embedded-handle';

export default async function globalTeardown(): Promise<void> {
  const handle = (globalThis as Record<symbol, unknown>)[EMBEDDED_HANDLE] as EmbeddedHandle | undefined;
  if (!handle) return;
  await Promise.all(handle.servers.map((server) => server.stop()));
  for (const { dataDir } of handle.servers) rmSync(dataDir, { recursive: true, force: true });
  rmSync(handle.templateDir, { recursive: true, force: true });
}
