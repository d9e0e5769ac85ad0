import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/** Vite names the built assets by their content hash: a changed file is a new name. */
const HASHED_ASSET = /\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

/**
 * The web console (apps/web, built into `root`) at `/`: its files, and its index.html for
 * any other path outside the API so that a reload of /cadres lands on the console. A path
 * under `/${apiPrefix}` or `/assets` that nothing answers stays a 404. False when the console
 * is not built (`npm run build:web`): the API is served alone.
 */
export async function registerWebConsole(app: NestFastifyApplication, root: string, apiPrefix: string): Promise<boolean> {
  if (!existsSync(join(root, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    // One route per built file instead of a catch-all, which the fallback below owns.
    wildcard: false,
    cacheControl: false,
    setHeaders: (reply, path) => {
      // Hashed assets never change; index.html must be asked for again after a release.
      void reply.header('cache-control', HASHED_ASSET.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/*', (request, reply) => {
    const path = request.url.split('?')[0];
    // The API's unknown paths stay its JSON 404s; a missing asset is missing, not the page.
    if (path === `/${apiPrefix}` || path.startsWith(`/${apiPrefix}/`) || path.startsWith('/assets/')) return reply.callNotFound();
    void reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html');
  });
  return true;
}
