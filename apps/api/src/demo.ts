import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from './config/app-config';
import { seedDemo } from './demo/seed-demo';
import { exitOnStartupError, runServer } from './server';

/**
 * `npm run demo`: the product on a fresh embedded database (DEMO_DIR, default
 * ./demo-data, emptied first) filled with the source's story, with one account per role.
 */
async function demo(): Promise<void> {
  const dataDir = resolve(process.env.DEMO_DIR ?? 'demo-data');
  rmSync(dataDir, { recursive: true, force: true });
  const adminPassword = randomBytes(12).toString('base64url');
  const env: Record<string, string | undefined> = { ...process.env, DATA_DIR: dataDir, ADMIN_PASSWORD: adminPassword, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' };
  delete env.DATABASE_URL;
  delete env.JWT_SECRET;
  await runServer(loadConfig(env), async (app) => {
    const accounts = await seedDemo(app, { username: 'admin', password: adminPassword });
    const lines = accounts.map((a) => `    ${a.role.padEnd(10)} ${a.username.padEnd(10)} ${a.password}   ${a.note}`);
    process.stdout.write(
      `\n  Demo: 2023年度挂职历练, 45 cadres in five categories, in ${dataDir}\n` +
        `  Accounts (passwords are new on every run):\n\n    ${'role'.padEnd(10)} ${'username'.padEnd(10)} password\n${lines.join('\n')}\n`,
    );
  });
}

demo().catch(exitOnStartupError);
