import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The web console: built into dist/web, which the API serves at `/` (see
 * apps/api/src/common/http/web-console.ts). `npm run dev:web` serves it on its own with
 * the API proxied from a running `npm start`.
 */
export default defineConfig({
  root: __dirname,
  base: '/',
  resolve: {
    alias: { '@app/domain': resolve(__dirname, '../../libs/domain/src') },
  },
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: resolve(__dirname, '../../dist/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2048,
    rolldownOptions: {
      // antd marks its modules "use client" (for React server components); meaningless here.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
  },
  server: {
    proxy: { '/api': `http://localhost:${process.env.PORT ?? 3000}` },
  },
});
