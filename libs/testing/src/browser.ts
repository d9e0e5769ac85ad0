import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';

const ROOT = join(__dirname, '../../..');

/** Debian's Chromium (`.ci/run` installs it with fonts-noto-cjk); CHROMIUM_PATH overrides. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Whether the browser suites can run here. Without Chromium they are skipped and say so,
 * unless REQUIRE_BROWSER=1 (CI), where its absence fails them.
 */
export function browserAvailable(): boolean {
  return existsSync(CHROMIUM) || process.env.REQUIRE_BROWSER === '1';
}

let built: string | undefined;

/** The web console built from the current source into a folder of its own (once per process): what the tests serve. */
export function buildWebConsole(): string {
  if (built) return built;
  const outDir = mkdtempSync(join(tmpdir(), 'web-console-'));
  execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', join(ROOT, 'apps/web/vite.config.ts'), '--outDir', outDir, '--logLevel', 'error'], {
    cwd: ROOT,
    // Jest runs with NODE_ENV=test, which would make Vite bundle React's development build.
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  built = outDir;
  return outDir;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM });
}

/** Where the browser suites save screenshots of the main pages (the README shows two). */
export const SCREENSHOTS = process.env.SCREENSHOT_DIR ?? join(ROOT, 'docs/screenshots');
