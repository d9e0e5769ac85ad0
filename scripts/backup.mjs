#!/usr/bin/env node
// Backs up or restores the configured database: DATABASE_URL when set (pg_dump and
// pg_restore, which must be on the PATH), otherwise the embedded database in DATA_DIR
// (default ./data), which no other process may have open (stop the app first).
//   npm run backup [-- <file>]     default backups/cadre-<timestamp>.dump (server) or .tar.gz (embedded)
//   npm run restore -- <file>      replaces the whole database with the backup
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';

const [command, given] = process.argv.slice(2);
if (command !== 'backup' && command !== 'restore') {
  console.error('usage: node scripts/backup.mjs backup [file] | restore <file>');
  process.exit(2);
}
if (command === 'restore' && !given) {
  console.error('usage: npm run restore -- <file>');
  process.exit(2);
}

process.env.SWC_NODE_PROJECT = 'tsconfig.json';
const require = createRequire(import.meta.url);
require('@swc-node/register');
const { backupEmbedded, backupServer, restoreEmbedded, restoreServer } = require('../libs/database/src/backup.ts');

const url = process.env.DATABASE_URL;
const dataDir = resolve(process.env.DATA_DIR ?? 'data');
const where = url ? 'the PostgreSQL server' : `the embedded database in ${dataDir}`;
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const file = resolve(given ?? `backups/cadre-${stamp}.${url ? 'dump' : 'tar.gz'}`);

try {
  if (command === 'backup') {
    mkdirSync(dirname(file), { recursive: true });
    await (url ? backupServer(url, file) : backupEmbedded(dataDir, file));
    console.log(`backed up ${where} to ${file}`);
  } else if (url) {
    await restoreServer(url, file);
    console.log(`restored ${where} from ${file}`);
  } else {
    const replaced = await restoreEmbedded(dataDir, file);
    console.log(`restored ${where} from ${file}${replaced ? `; the database it replaced is kept in ${replaced}` : ''}`);
  }
} catch (error) {
  console.error(`${command} failed: ${error.message}`);
  process.exit(1);
}
