import { benchSize } from '../bench/run';
import { dropDataset, ensureDataset } from '../bench/dataset';

/**
 * The benchmark harness at a tiny size, so it cannot rot: a dataset is generated, both
 * HTTP scenarios run against the product and the baseline, and every request succeeds.
 * The numbers mean nothing at this size; `npm run bench` measures.
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
    const rows = await benchSize(dataset, { sizes: [SIZE], duration: 1, warmup: 0.5, connections: 2 }, () => undefined);
    expect(rows.map((r) => r.scenario)).toEqual(['GET /api/cadres/:id', 'GET /api/cadres (100 a page)']);
    for (const row of rows) {
      expect(row.size).toBe(SIZE);
      for (const side of [row.product, row.baseline]) {
        expect(side.errors).toBe(0);
        expect(side.throughput).toBeGreaterThan(0);
      }
      expect(Number.isFinite(row.throughputRatio) && Number.isFinite(row.p99Ratio)).toBe(true);
    }
  }, 120_000);
});
