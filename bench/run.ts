// npm run bench [-- --sizes 1000,10000 --duration 10 --connections 10 --iterations 5 --import-rows 5000 --entries 2000 --only 4,5]
// npm run bench -- --render   the last run's table again, without measuring
// Each scenario against the product and against a bare baseline doing the same work, on
// the same dataset, one after the other; prints a table of ratios and the growth with
// size, and writes bench/results/latest.json. See README, "Performance".
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { type ChildCode, cpuProfileArgs } from '@app/testing';
import { type Dataset, ensureDataset } from './dataset';
import type { Measure } from './measure';
import { withProduct } from './product';
import { type Goal, type RunOptions, SCENARIOS, type Scenario } from './scenarios';

export interface Row {
  scenario: string;
  size: number;
  product: Measure;
  baseline: Measure;
  /** product ÷ baseline of each measure with a goal */
  ratios: Partial<Record<Goal['metric'], number>>;
  goals: Goal[];
  /** every goal met */
  met: boolean;
  /** mean ms per item (growth series), product and baseline */
  perItem?: { product: number; baseline: number };
}

export interface Growth {
  scenario: string;
  /** product ms per item by size */
  perItem: Record<number, number>;
  /** per item at the largest size ÷ at the smallest (goal ≤ 1.5) */
  ratio: number;
}

function parse(argv: string[]): RunOptions & { only?: string[] } {
  const value = (name: string, fallback: string) => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? (argv[at + 1] as string) : fallback;
  };
  const only = value('only', '');
  return {
    sizes: value('sizes', '1000,10000').split(',').map(Number),
    duration: Number(value('duration', '10')),
    warmup: Number(value('warmup', '3')),
    connections: Number(value('connections', '10')),
    iterations: Number(value('iterations', '5')),
    importRows: Number(value('import-rows', '5000')),
    entries: Number(value('entries', '2000')),
    ...(only ? { only: only.split(',') } : {}),
  };
}

export function startBaseline(env: Record<string, string>): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, [...cpuProfileArgs('baseline'), '-r', '@swc-node/register', 'bench/baseline-server.ts'], {
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

/**
 * Below these, a measure is noise and counts as the floor on both sides: a p99 under
 * autocannon's 1 ms resolution, and a rise in resident memory under 16 MiB (what a
 * garbage collection moves either way).
 */
const FLOORS: Partial<Record<Goal['metric'], number>> = { p99: 1, peakRssMiB: 16 };

export function rowOf(scenario: Scenario, size: number, product: Measure, baseline: Measure): Row {
  const ratios: Row['ratios'] = {};
  for (const goal of scenario.goals) {
    const floor = FLOORS[goal.metric] ?? 0;
    ratios[goal.metric] = Math.max(product[goal.metric] ?? 0, floor) / Math.max(baseline[goal.metric] ?? 0, floor);
  }
  const met = scenario.goals.every((g) => (g.metric === 'throughput' ? (ratios[g.metric] ?? 0) >= g.bound : (ratios[g.metric] ?? Infinity) <= g.bound));
  const items = scenario.itemsOf?.(size);
  return {
    scenario: scenario.name, size, product, baseline, ratios, goals: scenario.goals, met,
    ...(items ? { perItem: { product: product.mean / items, baseline: baseline.mean / items } } : {}),
  };
}

/**
 * Every scenario (or those named in `only`, by number) on one dataset, in their order: those
 * measuring memory on a product and a baseline of their own (see Scenario.fresh), the
 * others on one pair.
 */
export async function benchSize(dataset: Dataset, options: RunOptions & { only?: string[]; code?: ChildCode }, log: (line: string) => void = console.log): Promise<Row[]> {
  const chosen = SCENARIOS.filter((s) => !options.only || options.only.includes(s.name.split(' ')[0] as string));
  const groups = [chosen.filter((s) => !s.fresh), ...chosen.filter((s) => s.fresh).map((s) => [s])].filter((group) => group.length > 0);
  const db = new Client({ connectionString: dataset.url });
  await db.connect();
  try {
    const rows: Row[] = [];
    for (const group of groups) rows.push(...(await onServers(dataset, db, group, options, log)));
    return rows.sort((a, b) => chosen.findIndex((s) => s.name === a.scenario) - chosen.findIndex((s) => s.name === b.scenario));
  } finally {
    await db.end();
  }
}

/** The scenarios on one product and one baseline, started for them and stopped after. */
async function onServers(dataset: Dataset, db: Client, scenarios: Scenario[], options: RunOptions & { code?: ChildCode }, log: (line: string) => void): Promise<Row[]> {
  return withProduct(
    dataset,
    async (product) => {
      const baseline = await startBaseline({ DATABASE_URL: dataset.url, BENCH_USER_ID: product.claims.sub, BENCH_SESSION_ID: product.claims.sid });
      try {
        const rows: Row[] = [];
        for (const scenario of scenarios) {
          const { product: p, baseline: b } = await scenario.run({ size: dataset.cadres, db, product, baseline: { base: baseline.base, pid: baseline.child.pid as number }, options });
          const row = rowOf(scenario, dataset.cadres, p, b);
          rows.push(row);
          log(format(row));
        }
        return rows;
      } finally {
        const exited = new Promise((resolve) => baseline.child.once('exit', resolve));
        baseline.child.kill('SIGTERM');
        await exited;
      }
    },
    options.code,
  );
}

const METRIC_LABELS: Record<Goal['metric'], string> = { throughput: 'throughput', p99: 'p99', mean: 'time', peakRssMiB: 'memory' };

function side(m: Measure): string {
  return `${m.throughput.toFixed(m.throughput < 10 ? 2 : 0)}/s, mean ${m.mean.toFixed(1)} ms, p99 ${m.p99.toFixed(0)} ms${m.peakRssMiB !== undefined ? `, +${m.peakRssMiB.toFixed(0)} MiB` : ''}${m.errors ? `, ${m.errors} errors` : ''}`;
}

export function format(row: Row): string {
  const ratios = row.goals
    .map((g) => `${METRIC_LABELS[g.metric]} ×${(row.ratios[g.metric] ?? NaN).toFixed(2)} (${g.metric === 'throughput' ? '≥' : '≤'}${g.bound})`)
    .join(', ');
  return [row.scenario.padEnd(36), String(row.size).padStart(7), side(row.product).padEnd(44), side(row.baseline).padEnd(44), `${ratios} ${row.met ? 'met' : 'NOT MET'}`].join(' │ ');
}

/** Time per item of the growth scenarios, from the smallest size to the largest. */
export function growthOf(rows: Row[]): Growth[] {
  const names = [...new Set(rows.filter((r) => r.perItem).map((r) => r.scenario))];
  return names.flatMap((scenario) => {
    const series = rows.filter((r) => r.scenario === scenario && r.perItem).sort((a, b) => a.size - b.size);
    const first = series[0]?.perItem?.product;
    const last = series[series.length - 1]?.perItem?.product;
    if (series.length < 2 || first === undefined || last === undefined) return [];
    return [{ scenario, perItem: Object.fromEntries(series.map((r) => [r.size, r.perItem?.product as number])), ratio: last / first }];
  });
}

function cell(m: Measure): string {
  const rate = m.throughput >= 10 ? `${m.throughput.toFixed(0)} req/s, ` : '';
  return `${rate}mean ${m.mean.toFixed(m.mean < 100 ? 1 : 0)} ms, p99 ${m.p99.toFixed(0)} ms${m.peakRssMiB !== undefined ? `, +${m.peakRssMiB.toFixed(0)} MiB` : ''}`;
}

/** The table of the README's Performance section. */
export function markdown(rows: Row[], growth: Growth[]): string {
  const lines = ['| scenario | cadres | product | baseline | product ÷ baseline | goal | met |', '|---|---:|---|---|---|---|---|'];
  for (const row of rows) {
    const ratios = row.goals.map((g) => `${METRIC_LABELS[g.metric]} ×${(row.ratios[g.metric] ?? NaN).toFixed(2)}`).join(', ');
    const goals = row.goals.map((g) => `${METRIC_LABELS[g.metric]} ${g.metric === 'throughput' ? '≥' : '≤'} ${g.bound}`).join(', ');
    lines.push(`| ${row.scenario} | ${row.size.toLocaleString('en')} | ${cell(row.product)} | ${cell(row.baseline)} | ${ratios} | ${goals} | ${row.met ? 'yes' : 'no'} |`);
  }
  if (growth.length > 0) {
    lines.push('', '| growth (product, ms per item) | ' + Object.keys(growth[0]?.perItem ?? {}).map((size) => Number(size).toLocaleString('en')).join(' | ') + ' | largest ÷ smallest (goal ≤ 1.5) |');
    lines.push('|---|' + Object.keys(growth[0]?.perItem ?? {}).map(() => '---:|').join('') + '---:|');
    for (const g of growth) lines.push(`| ${g.scenario} | ${Object.values(g.perItem).map((ms) => ms.toFixed(ms < 1 ? 4 : 1)).join(' | ')} | ×${g.ratio.toFixed(2)} |`);
  }
  return `${lines.join('\n')}\n`;
}

/** `--render`: the table of bench/results/latest.json again (ratios and goals as this code computes them), without measuring. */
function render(): void {
  const results = join(__dirname, 'results');
  const last = JSON.parse(readFileSync(join(results, 'latest.json'), 'utf8')) as { rows: Row[] };
  const rows = last.rows.flatMap((r) => {
    const scenario = SCENARIOS.find((s) => s.name === r.scenario);
    return scenario ? [rowOf(scenario, r.size, r.product, r.baseline)] : [];
  });
  rows.forEach((row) => console.log(format(row)));
  writeFileSync(join(results, 'latest.md'), markdown(rows, growthOf(rows)));
}

async function main(): Promise<void> {
  if (process.argv.includes('--render')) return render();
  const options = parse(process.argv.slice(2));
  // The product is measured as `npm start` runs it: from its build.
  console.log('building the API (nest build api) to run it as npm start does');
  execFileSync(join(__dirname, '..', 'node_modules', '.bin', 'nest'), ['build', 'api'], { cwd: join(__dirname, '..'), stdio: 'inherit' });
  console.log(['scenario'.padEnd(36), 'size'.padStart(7), 'product'.padEnd(44), 'baseline'.padEnd(44), 'product ÷ baseline (goal)'].join(' │ '));
  const rows: Row[] = [];
  for (const size of options.sizes) rows.push(...(await benchSize(await ensureDataset(size), { ...options, code: 'build' })));
  const growth = growthOf(rows);
  for (const g of growth) {
    console.log(`growth ${g.scenario}: ${Object.entries(g.perItem).map(([size, ms]) => `${size}: ${ms.toFixed(4)} ms/item`).join(', ')}; largest ÷ smallest ×${g.ratio.toFixed(2)} (≤1.5)`);
  }
  const results = join(__dirname, 'results');
  mkdirSync(results, { recursive: true });
  writeFileSync(
    join(results, 'latest.json'),
    JSON.stringify({ at: new Date().toISOString(), machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version }, options, rows, growth }, null, 2),
  );
  writeFileSync(join(results, 'latest.md'), markdown(rows, growth));
  console.log(`written to bench/results/latest.json and latest.md (the README's table)`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
