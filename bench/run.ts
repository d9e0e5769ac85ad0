// npm run bench [-- --sizes 1000,10000 --duration 10 --connections 10]
// Each scenario against the product and against a bare baseline doing the same work, on
// the same dataset, one after the other; prints a table of ratios and writes
// bench/results/latest.json. See README, "Performance".
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { startChild, stopChild } from '@app/testing';
import { type Dataset, ensureDataset } from './dataset';

interface Options {
  sizes: number[];
  duration: number;
  warmup: number;
  connections: number;
}

interface Measure {
  throughput: number;
  p99: number;
  errors: number;
}

export interface Row {
  scenario: string;
  size: number;
  product: Measure;
  baseline: Measure;
  /** product ÷ baseline throughput (higher is better, 1 is parity) */
  throughputRatio: number;
  /** product ÷ baseline p99 latency (lower is better, 1 is parity) */
  p99Ratio: number;
}

function parse(argv: string[]): Options {
  const value = (name: string, fallback: string) => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? (argv[at + 1] as string) : fallback;
  };
  return {
    sizes: value('sizes', '1000,10000').split(',').map(Number),
    duration: Number(value('duration', '10')),
    warmup: Number(value('warmup', '3')),
    connections: Number(value('connections', '10')),
  };
}

async function load(url: string, paths: string[], options: Options, seconds: number, token?: string): Promise<Measure> {
  let next = 0;
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: seconds,
    headers: token ? { authorization: `Bearer ${token}` } : {},
    requests: [{ setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] as string }) }],
  });
  return { throughput: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

function startBaseline(env: Record<string, string>): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'bench/baseline-server.ts'], {
    cwd: join(__dirname, '..'),
    env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.json', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const match = /listening (\d+)/.exec(out);
      if (match) resolve({ child, base: `http://127.0.0.1:${match[1]}` });
    });
    child.once('exit', (code) => reject(new Error(`the baseline exited with ${code}`)));
  });
}

async function sampleIds(dataset: Dataset): Promise<string[]> {
  const client = new Client({ connectionString: dataset.url });
  await client.connect();
  try {
    return (await client.query<{ id: string }>('SELECT id FROM cadre ORDER BY md5(id::text) LIMIT 1000')).rows.map((r) => r.id);
  } finally {
    await client.end();
  }
}

/** The HTTP scenarios of one dataset: product and baseline each get a warm-up, then the measured run. */
export async function benchSize(dataset: Dataset, options: Options, log: (line: string) => void = console.log): Promise<Row[]> {
  const product = await startChild({
    DATABASE_URL: dataset.url,
    JWT_SECRET: randomBytes(48).toString('base64url'),
    ADMIN_PASSWORD: randomBytes(18).toString('base64url'),
    LOG_LEVEL: 'warn',
    RATE_LIMIT_PER_MINUTE: '0',
  });
  let baseline: { child: ChildProcess; base: string } | undefined;
  try {
    const login = await fetch(`${product.base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: dataset.username, password: dataset.password }),
    });
    if (login.status !== 200) throw new Error(`the benchmark account could not sign in (${login.status})`);
    const { accessToken } = (await login.json()) as { accessToken: string };
    const claims = JSON.parse(Buffer.from(accessToken.split('.')[1] as string, 'base64url').toString('utf8')) as { sub: string; sid: string };
    baseline = await startBaseline({ DATABASE_URL: dataset.url, BENCH_USER_ID: claims.sub, BENCH_SESSION_ID: claims.sid });

    const ids = await sampleIds(dataset);
    const pages = Math.max(1, Math.floor(dataset.cadres / 100));
    const scenarios = [
      { name: 'GET /api/cadres/:id', paths: (prefix: string) => ids.map((id) => `${prefix}/cadres/${id}`) },
      { name: 'GET /api/cadres (100 a page)', paths: (prefix: string) => Array.from({ length: Math.min(pages, 50) }, (_, i) => `${prefix}/cadres?pageSize=100&page=${1 + ((i * 7) % pages)}`) },
    ];
    const rows: Row[] = [];
    for (const scenario of scenarios) {
      const productPaths = scenario.paths('/api');
      const baselinePaths = scenario.paths('');
      await load(product.base.replace(/\/api$/, ''), productPaths, options, options.warmup, accessToken);
      await load(baseline.base, baselinePaths, options, options.warmup);
      const p = await load(product.base.replace(/\/api$/, ''), productPaths, options, options.duration, accessToken);
      const b = await load(baseline.base, baselinePaths, options, options.duration);
      const row = { scenario: scenario.name, size: dataset.cadres, product: p, baseline: b, throughputRatio: p.throughput / b.throughput, p99Ratio: p.p99 / Math.max(b.p99, 1) };
      rows.push(row);
      log(format(row));
    }
    return rows;
  } finally {
    if (baseline) {
      const exited = new Promise((resolve) => baseline?.child.once('exit', resolve));
      baseline.child.kill('SIGTERM');
      await exited;
    }
    await stopChild(product);
  }
}

export function format(row: Row): string {
  return [
    row.scenario.padEnd(30),
    String(row.size).padStart(7),
    `${row.product.throughput.toFixed(0)} req/s p99 ${row.product.p99} ms`.padStart(24),
    `${row.baseline.throughput.toFixed(0)} req/s p99 ${row.baseline.p99} ms`.padStart(24),
    `×${row.throughputRatio.toFixed(2)} throughput, ×${row.p99Ratio.toFixed(2)} p99`,
  ].join('  ');
}

async function main(): Promise<void> {
  const options = parse(process.argv.slice(2));
  console.log(`${'scenario'.padEnd(30)}  ${'size'.padStart(7)}  ${'product'.padStart(24)}  ${'baseline'.padStart(24)}  product ÷ baseline`);
  const rows: Row[] = [];
  for (const size of options.sizes) rows.push(...(await benchSize(await ensureDataset(size), options)));
  const results = join(__dirname, 'results');
  mkdirSync(results, { recursive: true });
  writeFileSync(
    join(results, 'latest.json'),
    JSON.stringify({ at: new Date().toISOString(), machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version }, options, rows }, null, 2),
  );
  console.log(`written to bench/results/latest.json`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
