#!/usr/bin/env node
// The test command. Runs every suite that touches a database twice: against a fresh
// database on the PostgreSQL server, then on the embedded database (PGlite); the pure
// unit specs and the *.once.e2e-spec.ts suites run once, in the first run. Without a
// reachable server the server run is skipped and says so, unless REQUIRE_POSTGRES=1 (CI).
// Ends with one line: `tests: N passed, M failed`, both runs together.
//
//   npm test                          both runs
//   npm test -- --only embedded       one run (or postgres)
//   npm test -- test/auth.e2e-spec.ts arguments other than --only go to jest
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const argv = process.argv.slice(2);
const onlyAt = argv.indexOf('--only');
const only = onlyAt >= 0 ? argv[onlyAt + 1] : undefined;
const jestArgs = onlyAt >= 0 ? argv.filter((_, i) => i !== onlyAt && i !== onlyAt + 1) : argv;
if (only && only !== 'postgres' && only !== 'embedded') {
  console.error('--only takes postgres or embedded');
  process.exit(2);
}

// Given paths, a run may select nothing (a once-suite runs on the server only): that is
// not a failure then. Without paths, a run with no tests is.
const selectsPaths = jestArgs.some((arg) => !arg.startsWith('-'));

const serverUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const requireServer = process.env.REQUIRE_POSTGRES === '1';
const resultsDir = 'test-results';
mkdirSync(resultsDir, { recursive: true });

function runJest(name, env, extraArgs) {
  const outputFile = join(resultsDir, `${name}.json`);
  rmSync(outputFile, { force: true });
  console.log(`\n=== ${name}: running the suites ===`);
  const result = spawnSync(
    process.execPath,
    // --expose-gc: the memory tests measure live memory, not garbage waiting for collection.
    ['--expose-gc', 'node_modules/jest/bin/jest.js', '--json', `--outputFile=${outputFile}`, ...(selectsPaths ? ['--passWithNoTests'] : []), ...jestArgs, ...extraArgs],
    { stdio: 'inherit', env: { ...process.env, ...env } },
  );
  if (!existsSync(outputFile)) {
    console.error(`${name}: jest wrote no results (exit ${result.status ?? result.signal})`);
    return { passed: 0, failed: 1 };
  }
  const report = JSON.parse(readFileSync(outputFile, 'utf8'));
  // A suite that fails to load has no tests to count; count it as a failure.
  return { passed: report.numPassedTests, failed: report.numFailedTests + report.numRuntimeErrorTestSuites };
}

async function withAdmin(work) {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function serverReachable() {
  try {
    await withAdmin((client) => client.query('SELECT 1'));
    return true;
  } catch (error) {
    console.log(`no PostgreSQL server at ${serverUrl.replace(/:[^:@/]*@/, ':***@')}: ${error.message}`);
    return false;
  }
}

// Jest's default is one worker per core but one, a single worker on a two-core machine;
// the suites spend much of their time waiting on the database, so take at least two.
const workers = Math.max(2, availableParallelism() - 1);

const totals = { passed: 0, failed: 0 };
const add = (r) => {
  totals.passed += r.passed;
  totals.failed += r.failed;
};

let serverRan = false;
if (only !== 'embedded') {
  if (await serverReachable()) {
    serverRan = true;
    const database = `cadre_test_${Date.now()}_${process.pid}`;
    await withAdmin(async (client) => {
      await client.query(`CREATE DATABASE ${database}`);
      // A commit need not wait for the disk here: a lost server would lose a test run, not data.
      await client.query(`ALTER DATABASE ${database} SET synchronous_commit = off`);
    });
    const url = new URL(serverUrl);
    url.pathname = `/${database}`;
    try {
      add(runJest('postgres', { TEST_DB: 'postgres', DATABASE_URL: url.toString() }, [`--maxWorkers=${workers}`]));
    } finally {
      await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
    }
  } else if (requireServer) {
    console.log('REQUIRE_POSTGRES=1 and the server is unreachable: the server run fails');
    add({ passed: 0, failed: 1 });
  } else {
    console.log('server suite skipped: no PostgreSQL server reachable (set TEST_POSTGRES_URL to use one)');
  }
}

if (only !== 'postgres') {
  // PGlite is a single session, so each worker gets a database of its own
  // (test/setup/global-setup.ts).
  const env = { TEST_DB: 'embedded' };
  delete process.env.DATABASE_URL;
  // What does not depend on the database runs once: the pure unit specs (*.spec.ts) and
  // the suites named *.once.e2e-spec.ts (Node-level properties: memory, files refused
  // before any query).
  // Last on the command line (runJest puts it after the given paths): an array option
  // would take the paths that follow it as more patterns.
  const ranOnce = serverRan ? ['--testPathIgnorePatterns=(\\.spec|\\.once\\.e2e-spec)\\.ts$'] : [];
  add(runJest('embedded', env, [`--maxWorkers=${workers}`, ...ranOnce]));
}

console.log(`tests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
