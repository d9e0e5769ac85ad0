import { withProduct } from '../bench/product';
import { benchSize, markdown, startBaseline } from '../bench/run';
import { dropDataset, ensureDataset } from '../bench/dataset';
import { CURRENT_ROUND } from '../bench/dataset-rounds';
import { SCENARIOS } from '../bench/scenarios';

/**
 * The benchmark harness at a tiny size, so it cannot rot: a dataset is generated (its
 * past rounds finalized by the product), every scenario runs against the product and
 * the baseline, and every request succeeds. The numbers mean nothing at this size;
 * `npm run bench` measures.
 */
const SIZE = 60;
// Benchmarks run against a PostgreSQL server (BENCH_DATABASE_URL); a run without one
// (the embedded database only) has nothing to measure with.
const onServer = process.env.TEST_DB === 'postgres' ? describe : describe.skip;

onServer('the benchmark harness (smoke size)', () => {
  beforeAll(() => {
    process.env.BENCH_DATABASE_URL = process.env.DATABASE_URL;
  });

  afterAll(async () => {
    await dropDataset(SIZE);
  });

  it('generates a dataset and measures every scenario on the product and the baseline', async () => {
    const dataset = await ensureDataset(SIZE, true);
    const rows = await benchSize(dataset, { sizes: [SIZE], duration: 0.5, warmup: 0.2, connections: 2, iterations: 1, importRows: 20, entries: 100 }, () => undefined);
    expect(rows.map((r) => r.scenario)).toEqual(SCENARIOS.map((s) => s.name));
    for (const row of rows) {
      expect({ scenario: row.scenario, productErrors: row.product.errors, baselineErrors: row.baseline.errors }).toEqual({ scenario: row.scenario, productErrors: 0, baselineErrors: 0 });
      expect(row.product.mean).toBeGreaterThan(0);
      expect(row.baseline.mean).toBeGreaterThan(0);
      for (const goal of row.goals) expect(Number.isFinite(row.ratios[goal.metric])).toBe(true);
    }
    expect(rows.find((r) => r.scenario.startsWith('5 '))?.product.peakRssMiB).toBeGreaterThanOrEqual(0);
    const table = markdown(rows, []).split('\n');
    for (const scenario of SCENARIOS) expect(table.filter((line) => line.startsWith(`| ${scenario.name} | 60 |`))).toHaveLength(1);
  }, 300_000);

  it('the baseline computes the same calibration board as the product', async () => {
    const dataset = await ensureDataset(SIZE);
    await withProduct(dataset, async (product) => {
      const baseline = await startBaseline({ DATABASE_URL: dataset.url, BENCH_USER_ID: product.claims.sub, BENCH_SESSION_ID: product.claims.sid });
      try {
        const rounds = (await (await product.request('/rounds')).json()) as { id: string; name: string }[];
        const round = rounds.find((r) => r.name === CURRENT_ROUND)?.id;
        const board = (await (await product.request(`/rounds/${round}/calibration`)).json()) as { quota: number; rows: { assessmentId: string; total: number | null; rank: number | null; proposedGrade: string | null }[] };
        const bare = (await (await fetch(`${baseline.base}/rounds/${round}/calibration`)).json()) as { quota: number; proposals: { id: string; total: number | null; rank: number | null; grade: string | null }[] };
        expect(board.rows).toHaveLength(SIZE);
        expect(board.rows.filter((r) => r.total !== null)).toHaveLength(SIZE);
        const key = (id: string, total: number | null, rank: number | null, grade: string | null) => `${id} ${total} ${rank} ${grade}`;
        expect(bare.proposals.map((p) => key(p.id, p.total === null ? null : p.total / 100, p.rank, p.grade)).sort()).toEqual(
          board.rows.map((r) => key(r.assessmentId, r.total, r.rank, r.proposedGrade)).sort(),
        );
        expect(bare.quota).toBe(board.quota);
      } finally {
        baseline.child.kill('SIGTERM');
      }
    });
  }, 120_000);
});
