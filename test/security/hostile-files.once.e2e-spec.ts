import { Role, UnitType } from '@app/domain';
import { buildZip, createTestApp, type Session, signIn, type TestApp } from '@app/testing';

const MB = 1024 * 1024;
const CONTENT_TYPES = (extra = '') =>
  `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="xml" ContentType="application/xml"/>` +
  `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${extra}</Types>`;
const WORKBOOK = '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="花名册" sheetId="1" r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></sheets></workbook>';
const sheet = (rows: string) => `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;

/** Workbooks built by hand to attack the importer; each must be refused with a 400, in bounded memory, storing nothing. */
const HOSTILE: Record<string, () => Buffer> = {
  'a sheet of 1,048,576 rows': () => {
    const rows: string[] = [];
    for (let r = 1; r <= 1_048_576; r++) rows.push(`<row r="${r}"/>`);
    return buildZip([{ name: '[Content_Types].xml', content: CONTENT_TYPES() }, { name: 'xl/workbook.xml', content: WORKBOOK }, { name: 'xl/worksheets/sheet1.xml', content: sheet(rows.join('')) }]);
  },
  'a shared-strings bomb': () =>
    buildZip([
      { name: '[Content_Types].xml', content: CONTENT_TYPES() },
      { name: 'xl/workbook.xml', content: WORKBOOK },
      { name: 'xl/worksheets/sheet1.xml', content: sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>') },
      { name: 'xl/sharedStrings.xml', content: `<sst><si><t>${'张'.repeat(12 * MB)}</t></si></sst>` },
    ]),
  'a macro workbook (.xlsm) renamed .xlsx': () =>
    buildZip([
      { name: '[Content_Types].xml', content: CONTENT_TYPES('<Override PartName="/xl/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/>').replace('sheet.main+xml', 'sheet.macroEnabled.main+xml') },
      { name: 'xl/workbook.xml', content: WORKBOOK },
      { name: 'xl/worksheets/sheet1.xml', content: sheet('') },
      { name: 'xl/vbaProject.bin', content: Buffer.alloc(1024, 7) },
    ]),
  'a Word document named .xlsx': () => buildZip([{ name: '[Content_Types].xml', content: CONTENT_TYPES() }, { name: 'word/document.xml', content: '<w:document/>' }]),
  'a PNG named .xlsx': () => Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
  'a CSV named .xlsx': () => Buffer.from('姓名,性别\n张三,男\n'),
};

describe('hostile files', () => {
  let t: TestApp;
  let staff: Session;

  beforeAll(async () => {
    t = await createTestApp();
    staff = await signIn(t, Role.OrgStaff);
  });

  afterAll(async () => {
    await t.close();
  });

  it.each(Object.keys(HOSTILE))('refuses %s with 400 naming the file, in bounded memory, storing nothing', async (name) => {
    const batch = await t.registry.newBatch();
    const file = HOSTILE[name]();
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
    const response = await staff.post(`/api/imports/roster?batchId=${batch.id}`).attach('file', file, 'roster.xlsx');
    clearInterval(sampler);
    expect(response.status).toBe(400);
    expect(response.body.details.fields[0].field).toBe('file');
    // Generous: the file itself and its inflated parts; never a parsed million rows.
    expect((peak - before) / MB).toBeLessThan(150);
    const stored = await t.dataSource.query('SELECT count(*)::int AS n FROM secondment WHERE batch_id = $1', [batch.id]);
    expect(stored[0].n).toBe(0);
  });

  it('refuses a macro document renamed .docx as evidence', async () => {
    const cadre = await t.registry.newCadre();
    await t.registry.newSecondment({ cadreId: cadre.id, batchId: (await t.registry.newBatch()).id, hostUnitId: (await t.registry.newUnit(UnitType.Host)).id });
    const session = await signIn(t, Role.Cadre, { cadreId: cadre.id });
    const entry = await session.post('/api/performance-entries', { quarter: '2023Q2', description: '业绩' });
    const docm = buildZip([
      { name: '[Content_Types].xml', content: CONTENT_TYPES() },
      { name: 'word/document.xml', content: '<w:document/>' },
      { name: 'word/vbaProject.bin', content: Buffer.alloc(512, 1) },
    ]);
    const refused = await session.post(`/api/performance-entries/${entry.body.id}/evidence`).attach('file', docm, '总结.docx');
    expect(refused.status).toBe(400);
    expect(refused.body.details.fields[0]).toMatchObject({ field: 'file' });
    expect(JSON.stringify(refused.body)).toContain('macro');
  });
});
