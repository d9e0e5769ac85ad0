#!/usr/bin/env node
// Runs the TypeORM CLI against the configured database: DATABASE_URL when set,
// otherwise the embedded database in DATA_DIR (default ./data), started here.
//   npm run migration:generate -- <PascalName>   writes migrations/<timestamp>-<PascalName>.ts
//   npm run migration:run | migration:revert
//   npm run migration:revert -- --all            every applied migration, newest first
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const [command, ...rest] = process.argv.slice(2);
if (!command) {
  console.error('usage: node scripts/typeorm.mjs <typeorm command> [args]');
  process.exit(2);
}

const args = [command];
if (command === 'migration:generate') {
  const name = rest.shift();
  if (!name || !/^[A-Z][A-Za-z0-9]*$/.test(name)) {
    console.error('usage: npm run migration:generate -- <PascalName>');
    process.exit(2);
  }
  args.push(join('migrations', name), '--pretty');
}
args.push(...rest, '-d', 'apps/api/src/database/cli-data-source.ts');

let embedded;
const env = { ...process.env, SWC_NODE_PROJECT: 'tsconfig.json' };
if (!env.DATABASE_URL) {
  process.env.SWC_NODE_PROJECT = 'tsconfig.json';
  const require = createRequire(import.meta.url);
  require('@swc-node/register');
  const { startEmbeddedPostgres } = require('../libs/database/src/embedded-postgres.ts');
  const dataDir = resolve(env.DATA_DIR ?? 'data');
  embedded = await startEmbeddedPostgres(dataDir);
  env.DATABASE_URL = embedded.url;
  console.error(`using the embedded database in ${dataDir}`);
}

const revertAll = command === 'migration:revert' && rest.includes('--all');
const script = revertAll ? ['scripts/revert-all.cjs'] : ['node_modules/typeorm/cli.js', ...args];
const child = spawn(process.execPath, ['-r', '@swc-node/register', ...script], {
  env,
  stdio: 'inherit',
});
const code = await new Promise((done) => child.on('exit', (c) => done(c ?? 1)));
await embedded?.stop();
process.exit(code);
