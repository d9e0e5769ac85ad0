import { Role } from '@app/domain';
import { binary, createTestApp, seedSubmittedRound, type Session, signIn, type TestApp, zipEntries } from '@app/testing';

const CADRES = 10_000;
const MB = 1024 * 1024;

/**
 * A round of 10,000 assessments, generated in SQL (the API would take minutes to
 * enter them), exported: the summary streams, so the heap stays flat. How fast it is
 * belongs to the benchmarks, not here.
 */
describe('the summary export of a large round', () => {
  let t: TestApp;
  let staff: Session;
  let roundId: string;

  beforeAll(async () => {
    t = await createTestApp();
    staff = await signIn(t, Role.OrgStaff);
    roundId = await seedSubmittedRound(t, staff, CADRES);
  });

  afterAll(async () => {
    await t.close();
  });

  it(`streams ${CADRES.toLocaleString('en')} rows with the heap growing by less than 200 MB, answering other requests meanwhile`, async () => {
    // With --expose-gc (npm test sets it) the samples are of live memory, garbage collected
    // first; without it, of the heap as it stands, garbage included.
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    const sample = () => {
      gc?.();
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    };
    const sampler = setInterval(sample, gc ? 2000 : 5);
    let exported = false;
    const exporting = staff
      .get(`/api/rounds/${roundId}/summary.xlsx`)
      .buffer(true)
      .parse(binary)
      .then((r) => {
        exported = true;
        return r;
      });
    // The export yields between pages: another request is answered while it runs.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await t.http.get('/api/health')).status).toBe(200);
    expect(exported).toBe(false);
    const response = await exporting;
    clearInterval(sampler);
    expect(response.status).toBe(200);
    expect((peak - before) / MB).toBeLessThan(200);

    // Read as XML, not loaded: title, subtitle, two header rows, the rows, the averages.
    const xml = (zipEntries(response.body as Buffer).get('xl/worksheets/sheet1.xml') as Buffer).toString('utf8');
    expect(xml.match(/<row /g)).toHaveLength(4 + CADRES + 1);
    expect(xml).toContain(`平均分（${CADRES}人）`);
  }, 300_000);
});
