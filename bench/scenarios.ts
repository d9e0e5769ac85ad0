import ExcelJS from 'exceljs';
import type { Client } from 'pg';
import { EDUCATION, Education, Gender, GENDER, nationalIdFacts, POLITICAL_STATUS, PoliticalStatus, ROSTER_COLUMNS, SECONDMENT_CATEGORY, SecondmentCategory } from '@app/domain';
import { uniqueNationalId } from '@app/testing';
import { CURRENT_ROUND, PAST_ROUNDS } from './dataset-rounds';
import { load, type Measure, ofLatencies, timed, watchMemory } from './measure';
import type { Product } from './product';

export interface RunOptions {
  sizes: number[];
  /** seconds of each measured load run */
  duration: number;
  /** seconds of each warm-up load run */
  warmup: number;
  connections: number;
  /** measured runs of the timed scenarios (4, 5, 6) */
  iterations: number;
  /** rows of the roster file (scenario 6) */
  importRows: number;
  /** score entries measured (scenario 3) */
  entries: number;
}

/** What a scenario may use: the dataset's database, the product and the baseline, both running. */
export interface Bench {
  size: number;
  db: Client;
  product: Product;
  baseline: { base: string; pid: number };
  options: RunOptions;
}

/** A ratio the issue sets a goal for: product ÷ baseline of `metric`. */
export interface Goal {
  metric: 'throughput' | 'p99' | 'mean' | 'peakRssMiB';
  /** at least (throughput) or at most (times, memory) */
  bound: number;
}

export interface Scenario {
  name: string;
  goals: Goal[];
  /** What one item is, for the growth series (time per item), when the scenario has one. */
  itemsOf?: (size: number) => number;
  /**
   * Run on a product and a baseline started for it alone: how far a heap grows depends on
   * what its process did before (V8 lets garbage grow in proportion to the most that was
   * live at its last full collection: after the 10,000-row calibration board, +300 MiB
   * in an export that needs +60), so a measure of memory starts both from the same state.
   */
  fresh?: boolean;
  run(bench: Bench): Promise<{ product: Measure; baseline: Measure }>;
}

const origin = (base: string) => base.replace(/\/api$/, '');

/** Warm-up, then the measured run, the product first and then the baseline. */
async function sideBySide(bench: Bench, requests: (prefix: string) => { path: string }[], connections = bench.options.connections) {
  const product = requests('/api');
  const baseline = requests('');
  const { options } = bench;
  await load(origin(bench.product.base), product, { connections, seconds: options.warmup, token: bench.product.token });
  await load(bench.baseline.base, baseline, { connections, seconds: options.warmup });
  return {
    product: await load(origin(bench.product.base), product, { connections, seconds: options.duration, token: bench.product.token }),
    baseline: await load(bench.baseline.base, baseline, { connections, seconds: options.duration }),
  };
}

async function sampleCadres(bench: Bench): Promise<string[]> {
  return (await bench.db.query<{ id: string }>('SELECT id FROM cadre ORDER BY md5(id::text) LIMIT 1000')).rows.map((r) => r.id);
}

async function roundId(bench: Bench, name: string): Promise<string> {
  return (await bench.db.query<{ id: string }>('SELECT id FROM assessment_round WHERE name = $1', [name])).rows[0]?.id as string;
}

/** A GET timed one request at a time, the body read to its end. */
function timedGet(url: string, token?: string) {
  return async () => {
    const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    await response.arrayBuffer();
    return response.status === 200;
  };
}

interface Timing {
  /** measure the server's memory too */
  memory?: boolean;
  /** run after each request, outside the clock (to undo what it did) */
  untimed?: () => Promise<void>;
}

/** One warm-up request, then `iterations` measured, each side in turn. */
async function timedSides(bench: Bench, product: () => Promise<boolean>, baseline: () => Promise<boolean>, timing: Timing = {}) {
  const iterations = bench.options.iterations;
  const side = async (pid: number, work: () => Promise<boolean>) => {
    await work();
    await timing.untimed?.();
    const watch = timing.memory ? watchMemory(pid) : undefined;
    const measure = await timed(iterations, work, timing.untimed);
    return watch ? { ...measure, peakRssMiB: watch.stop() } : measure;
  };
  return { product: await side(bench.product.app.child.pid as number, product), baseline: await side(bench.baseline.pid, baseline) };
}

/** A roster of `rows` new cadres (valid national ids, units by code), as the import template lays it out. */
async function rosterFile(rows: number): Promise<{ file: Buffer; nationalIds: string[] }> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('花名册');
  sheet.addRow(ROSTER_COLUMNS.map((c) => c.header));
  const nationalIds = new Set<string>();
  while (nationalIds.size < rows) nationalIds.add(uniqueNationalId(nationalIds.size % 2 ? Gender.Female : Gender.Male));
  let n = 0;
  for (const nationalId of nationalIds) {
    const facts = nationalIdFacts(nationalId);
    const cells: Record<(typeof ROSTER_COLUMNS)[number]['key'], string> = {
      name: `导入干部${++n}`, gender: GENDER.label(facts.gender as Gender), birthDate: facts.birthDate, ethnicity: '汉族',
      politicalStatus: POLITICAL_STATUS.label(PoliticalStatus.CpcMember), education: EDUCATION.label(Education.Bachelor), nationalId, phone: '13800138000',
      homeUnit: `S${1 + (n % 20)}`, position: '科员', rank: '', hostUnit: `H${1 + (n % 50)}`, category: SECONDMENT_CATEGORY.label(SecondmentCategory.Grassroots),
      post: '副主任', startDate: '2023-03-01', endDate: '2023-12-31', groupLabel: '',
    };
    sheet.addRow(ROSTER_COLUMNS.map((c) => cells[c.key]));
  }
  return { file: Buffer.from(await workbook.xlsx.writeBuffer()), nationalIds: [...nationalIds] };
}

export const SCENARIOS: Scenario[] = [
  {
    name: '1 GET /api/cadres/:id',
    goals: [{ metric: 'throughput', bound: 0.67 }, { metric: 'p99', bound: 1.5 }],
    async run(bench) {
      const ids = await sampleCadres(bench);
      return sideBySide(bench, (prefix) => ids.map((id) => ({ path: `${prefix}/cadres/${id}` })));
    },
  },
  {
    name: '2 GET /api/cadres (100 a page)',
    goals: [{ metric: 'mean', bound: 2 }],
    async run(bench) {
      const pages = Math.max(1, Math.floor(bench.size / 100));
      return sideBySide(bench, (prefix) => Array.from({ length: Math.min(pages, 50) }, (_, i) => ({ path: `${prefix}/cadres?pageSize=100&page=${1 + ((i * 7) % pages)}` })));
    },
  },
  {
    name: '3 PUT /api/assessments/:id/scores',
    goals: [{ metric: 'p99', bound: 2 }],
    async run(bench) {
      // Each request takes the assessment's current version, so each assessment is written
      // once a pass: a warm-up pass of up to 1,000 entries, then passes over the next ones
      // (starting again from the first when a small dataset runs out) until `entries` (2,000)
      // are measured, their versions read before each pass. The p99 is of every response
      // measured (at 1,000 cadres one pass alone would give 600 and a p99 of its 6 slowest).
      const round = await roundId(bench, CURRENT_ROUND);
      const ids = (await bench.db.query<{ id: string }>('SELECT id FROM assessment WHERE round_id = $1 ORDER BY md5(id::text)', [round])).rows.map((r) => r.id);
      const warm = Math.min(1000, ids.length);
      const samples = bench.options.entries;
      const requests = async (prefix: string, chosen: string[]) => {
        const versions = new Map((await bench.db.query<{ id: string; version: number }>('SELECT id, version FROM assessment WHERE id = ANY($1::uuid[])', [chosen])).rows.map((r) => [r.id, r.version]));
        return chosen.map((id, i) => ({
          path: `${prefix}/assessments/${id}/scores`,
          method: 'PUT' as const,
          body: JSON.stringify({ version: versions.get(id), scores: [{ subItemCode: '1.1', points: 6 + (i % 20) / 10, comment: '在岗履职情况良好' }] }),
        }));
      };
      // Both sides write the same assessments, the product first: their rows and scores are
      // read into memory before either, so the baseline does not find warm what the product
      // found cold (a dataset just generated is not in the cache; at 100,000 this alone made
      // the product's p99 ×2.7 in one run and ×1.4 in the next).
      const touched = ids.slice(0, Math.min(ids.length, warm + samples));
      await bench.db.query('SELECT count(s.points) FROM assessment a LEFT JOIN assessment_score s ON s.assessment_id = a.id WHERE a.id = ANY($1::uuid[])', [touched]);
      const { connections } = bench.options;
      const run = async (prefix: string, target: string, token?: string) => {
        await load(target, await requests(prefix, ids.slice(0, warm)), { connections, amount: warm, token });
        const latencies: number[] = [];
        let [seconds, errors, at] = [0, 0, warm % ids.length];
        while (latencies.length + errors < samples) {
          const count = Math.min(samples - latencies.length - errors, ids.length - at);
          const pass = await requests(prefix, ids.slice(at, at + count));
          const started = performance.now();
          errors += (await load(target, pass, { connections, amount: count, token, latencies })).errors;
          seconds += (performance.now() - started) / 1000;
          at = (at + count) % ids.length;
        }
        return ofLatencies(latencies, seconds, errors);
      };
      return { product: await run('/api', origin(bench.product.base), bench.product.token), baseline: await run('', bench.baseline.base) };
    },
  },
  {
    name: '4 GET /api/rounds/:id/calibration',
    goals: [{ metric: 'mean', bound: 1.5 }],
    itemsOf: (size) => size,
    async run(bench) {
      const round = await roundId(bench, CURRENT_ROUND);
      return timedSides(bench, timedGet(`${bench.product.base}/rounds/${round}/calibration`, bench.product.token), timedGet(`${bench.baseline.base}/rounds/${round}/calibration`));
    },
  },
  {
    name: '5 GET /api/rounds/:id/summary.xlsx',
    goals: [{ metric: 'mean', bound: 1.3 }, { metric: 'peakRssMiB', bound: 1.5 }],
    itemsOf: (size) => size,
    fresh: true,
    async run(bench) {
      const round = await roundId(bench, PAST_ROUNDS[3]);
      return timedSides(bench, timedGet(`${bench.product.base}/rounds/${round}/summary.xlsx`, bench.product.token), timedGet(`${bench.baseline.base}/rounds/${round}/summary.xlsx`), { memory: true });
    },
  },
  {
    name: '6 POST /api/imports/roster',
    goals: [{ metric: 'mean', bound: 1.5 }],
    async run(bench) {
      // Into a batch of its own, emptied after each import, so the dataset stays as generated;
      // each import gets a file of new cadres, made before the clock starts.
      const name = '基准导入批次';
      const found = await bench.db.query<{ id: string }>('SELECT id FROM secondment_batch WHERE name = $1', [name]);
      const batch = (found.rows[0] ?? (await bench.db.query<{ id: string }>(`INSERT INTO secondment_batch (name, start_date, end_date) VALUES ($1, '2023-01-01', '2023-12-31') RETURNING id`, [name])).rows[0])?.id as string;
      let next = await rosterFile(bench.options.importRows);
      const importer = (url: string, token?: string) => async () => {
        const form = new FormData();
        form.append('file', new Blob([next.file]), 'roster.xlsx');
        const response = await fetch(`${url}/imports/roster?batchId=${batch}`, { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
        await response.arrayBuffer();
        return response.status === 201;
      };
      const untimed = async () => {
        await bench.db.query('DELETE FROM secondment WHERE batch_id = $1', [batch]);
        await bench.db.query('DELETE FROM cadre WHERE national_id = ANY($1)', [next.nationalIds]);
        next = await rosterFile(bench.options.importRows);
      };
      const measured = await timedSides(bench, importer(bench.product.base, bench.product.token), importer(bench.baseline.base), { untimed });
      // Each import left thousands of dead rows; unvacuumed, they slowed the next run's list (scenario 2) fivefold.
      await bench.db.query('VACUUM ANALYZE cadre, secondment');
      return measured;
    },
  },
  {
    name: '7 GET /api/dossiers/:cadreId',
    goals: [{ metric: 'mean', bound: 2 }],
    itemsOf: () => 1,
    async run(bench) {
      const ids = await sampleCadres(bench);
      return sideBySide(bench, (prefix) => ids.map((id) => ({ path: `${prefix}/dossiers/${id}` })));
    },
  },
];
