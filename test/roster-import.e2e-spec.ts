import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { Role, ROSTER_COLUMNS, UnitType } from '@app/domain';
import { binary, createTestApp, filledRoster, ROSTER_CATEGORIES, rosterLine, type RosterLine, type Session, signIn, type TestApp, unique } from '@app/testing';
import type { SecondmentBatch } from '../apps/api/src/modules/batches/secondment-batch.entity';
import type { Unit } from '../apps/api/src/modules/units/unit.entity';

type Line = RosterLine;

const CATEGORIES = ROSTER_CATEGORIES;

async function workbookOf(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

/** A zip of one deflated entry, with the sizes it declares under the caller's control. */
function zipOf(name: string, content: Buffer, declaredSize = content.length): Buffer {
  const data = deflateRawSync(content);
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declaredSize, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declaredSize, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(0, 42);
  const centralOffset = local.length + nameBytes.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}

describe('roster import', () => {
  let t: TestApp;
  let staff: Session;
  let template: Buffer;
  let homeUnits: Unit[];
  let hostUnits: Unit[];

  beforeAll(async () => {
    t = await createTestApp();
    staff = await signIn(t, Role.OrgStaff);
    homeUnits = [await t.registry.newUnit(UnitType.Sending, unique('区财政局')), await t.registry.newUnit(UnitType.Sending, unique('区发改委'))];
    hostUnits = [await t.registry.newUnit(UnitType.Host, unique('淮河路街道')), await t.registry.newUnit(UnitType.Host, unique('南站专班'))];
    const response = await staff.get('/api/imports/roster/template.xlsx').buffer(true).parse(binary);
    expect(response.status).toBe(200);
    template = response.body as Buffer;
  });

  afterAll(async () => {
    await t.close();
  });

  const line = (i: number, overrides: Partial<Line> = {}): Line => rosterLine(i, { homeUnits, hostUnits }, overrides);

  /** The downloaded template with these lines typed into its roster sheet. */
  const filled = (lines: Line[]): Promise<Buffer> => filledRoster(template, lines);

  const upload = (batch: SecondmentBatch, file: Buffer, query = '') =>
    staff.post(`/api/imports/roster?batchId=${batch.id}${query}`).attach('file', file, 'roster.xlsx');

  const cadresInBatch = async (batch: SecondmentBatch) => (await staff.get(`/api/cadres?batchId=${batch.id}&pageSize=1`)).body.total as number;

  it('offers a template with Chinese headers, drop-down lists, a guide and the allowed values', async () => {
    const workbook = await workbookOf(template);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['花名册', '可选值', '填写说明']);
    const sheet = workbook.getWorksheet('花名册') as ExcelJS.Worksheet;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(ROSTER_COLUMNS.map((c) => c.header));
    expect(sheet.getCell('B2').dataValidation).toMatchObject({ type: 'list' });
    const choices = workbook.getWorksheet('可选值') as ExcelJS.Worksheet;
    const categoryColumn = (choices.getRow(1).values as unknown[]).indexOf('历练类别');
    expect(choices.getColumn(categoryColumn).values.slice(2)).toEqual(CATEGORIES);
    const guide = workbook.getWorksheet('填写说明') as ExcelJS.Worksheet;
    expect(JSON.stringify(guide.getSheetValues())).toContain('示例');
  });

  it('stores a valid 45-row roster: 45 cadres and 45 secondments, audited once', async () => {
    const batch = await t.registry.newBatch();
    const response = await upload(batch, await filled(Array.from({ length: 45 }, (_, i) => line(i))));
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ batchId: batch.id, dryRun: false, rows: 45, cadresCreated: 45, cadresReused: 0, secondmentsCreated: 45 });
    expect(await cadresInBatch(batch)).toBe(45);
    const secondments = await staff.get(`/api/secondments?batchId=${batch.id}&pageSize=100`);
    expect(secondments.body.total).toBe(45);
    expect(new Set(secondments.body.items.map((s: { category: string }) => s.category)).size).toBe(5);
    const admin = await signIn(t, Role.OrgAdmin);
    const audit = await admin.get(`/api/audit-log?action=roster.imported&targetId=${batch.id}`);
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0].after.secondmentIds).toHaveLength(45);
  });

  it('stores nothing when one row is bad, and names its row and column in Chinese', async () => {
    const batch = await t.registry.newBatch();
    const lines = Array.from({ length: 20 }, (_, i) => line(i));
    const id = lines[9].nationalId;
    lines[9] = { ...lines[9], nationalId: `${id.slice(0, 17)}${id[17] === '0' ? '1' : '0'}` };
    const response = await upload(batch, await filled(lines));
    expect(response.status).toBe(422);
    expect(response.body.message).toContain('未导入任何数据');
    expect(response.body.details.errors).toEqual([{ row: 11, column: '身份证号', message: '身份证号校验码不正确' }]);
    expect(await cadresInBatch(batch)).toBe(0);
    // Not even the good rows' cadres were stored on their own.
    const stored = await t.dataSource.query('SELECT count(*)::int AS n FROM cadre WHERE national_id = ANY($1)', [lines.map((l) => l.nationalId)]);
    expect(stored[0].n).toBe(0);
  });

  it('reports every kind of error at once, each by row and column', async () => {
    const batch = await t.registry.newBatch();
    const lines = [line(0), line(1), line(2), line(3), line(4), line(5), line(6)];
    lines[0] = { ...lines[0], hostUnit: '不存在的单位' };
    lines[1] = { ...lines[1], category: '招商' };
    lines[2] = { ...lines[2], endDate: '2024-02-01' };
    lines[3] = { ...lines[3], nationalId: lines[4].nationalId, birthDate: lines[4].birthDate, gender: lines[4].gender };
    lines[5] = { ...lines[5], hostUnit: homeUnits[0].name };
    lines[6] = { ...lines[6], name: '' , birthDate: '2023-02-30' };
    const response = await upload(batch, await filled(lines));
    expect(response.status).toBe(422);
    const errors = response.body.details.errors as { row: number; column: string; message: string }[];
    const at = (row: number) => errors.filter((e) => e.row === row).map((e) => e.column);
    expect(at(2)).toEqual(['用人单位']);
    expect(at(3)).toEqual(['历练类别']);
    expect(at(4)).toEqual(['结束日期']);
    expect(at(6)).toEqual(['身份证号']);
    expect(errors.find((e) => e.row === 6)?.message).toBe('与第5行重复');
    expect(errors.find((e) => e.row === 7)?.message).toContain('不是用人单位');
    expect(at(8).sort()).toEqual(['出生日期', '姓名'].sort());
    expect(await cadresInBatch(batch)).toBe(0);
  });

  it('answers the errors as a workbook with each bad cell marked, when asked', async () => {
    const batch = await t.registry.newBatch();
    const lines = [line(0), line(1, { category: '不知道' })];
    const response = await upload(batch, await filled(lines), '&report=xlsx').buffer(true).parse(binary);
    expect(response.status).toBe(422);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const sheet = (await workbookOf(response.body as Buffer)).getWorksheet('花名册') as ExcelJS.Worksheet;
    const errorColumn = (sheet.getRow(1).values as unknown[]).indexOf('错误说明');
    expect(errorColumn).toBeGreaterThan(ROSTER_COLUMNS.length);
    expect(String(sheet.getCell(3, errorColumn).value)).toContain('历练类别');
    expect(sheet.getCell(2, errorColumn).value).toBeNull();
    const categoryCell = sheet.getCell(3, ROSTER_COLUMNS.findIndex((c) => c.key === 'category') + 1);
    expect(String(categoryCell.note)).toContain('不是可选值');
  });

  it('validates without storing on a dry run', async () => {
    const batch = await t.registry.newBatch();
    const response = await upload(batch, await filled([line(0), line(1), line(2)]), '&dryRun=true');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ dryRun: true, rows: 3, cadresCreated: 3 });
    expect(await cadresInBatch(batch)).toBe(0);
  });

  it('reuses a registered cadre with the same national id and name for a new batch', async () => {
    const first = await t.registry.newBatch();
    const earlier = line(0);
    expect((await upload(first, await filled([earlier]))).status).toBe(201);
    const secondment = (await staff.get(`/api/secondments?batchId=${first.id}`)).body.items[0];
    expect((await staff.post(`/api/secondments/${secondment.id}/complete`, { version: secondment.version })).status).toBe(200);

    const second = await t.registry.newBatch({ startDate: '2024-01-01', endDate: '2024-12-31' });
    const again = await upload(second, await filled([{ ...earlier, startDate: '2024-03-01', endDate: '2024-12-31' }]));
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ cadresCreated: 0, cadresReused: 1, secondmentsCreated: 1 });

    const renamed = await upload(await t.registry.newBatch(), await filled([{ ...earlier, name: '别人' }]));
    expect(renamed.status).toBe(422);
    expect(renamed.body.details.errors[0].message).toContain('与姓名不符');
  });

  it('refuses a file over 5 MB with 413', async () => {
    const batch = await t.registry.newBatch();
    const response = await upload(batch, Buffer.alloc(6 * 1024 * 1024, 1));
    expect(response.status).toBe(413);
    expect(response.body).toEqual({
      statusCode: 413,
      error: 'Payload Too Large',
      message: 'request file too large',
      details: { limitBytes: 5 * 1024 * 1024, inChinese: '文件不能超过 5 MB' },
    });
  });

  it('refuses a zip bomb and a zip whose sizes lie, with 400 naming the file, before parsing', async () => {
    const batch = await t.registry.newBatch();
    const bomb = zipOf('xl/worksheets/sheet1.xml', Buffer.alloc(200 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const big = await upload(batch, bomb);
    expect(big.status).toBe(400);
    expect(big.body.details.fields[0].field).toBe('file');

    const liar = zipOf('xl/worksheets/sheet1.xml', Buffer.alloc(20 * 1024 * 1024), 1000);
    const lie = await upload(batch, liar);
    expect(lie.status).toBe(400);
    expect(lie.body.message).toContain('declared size');

    const notZip = await upload(batch, Buffer.from('姓名,性别\n张三,男\n'));
    expect(notZip.status).toBe(400);
  });

  it('exports the roster in the template layout, re-readable, with PII masked for a leader', async () => {
    const batch = await t.registry.newBatch();
    const lines = [line(0), line(1), line(2)];
    expect((await upload(batch, await filled(lines))).status).toBe(201);

    const exported = await staff.get(`/api/batches/${batch.id}/roster.xlsx`).buffer(true).parse(binary);
    expect(exported.status).toBe(200);
    expect(decodeURIComponent(String(exported.headers['content-disposition']))).toContain('干部花名册.xlsx');
    const sheet = (await workbookOf(exported.body as Buffer)).getWorksheet('花名册') as ExcelJS.Worksheet;
    expect(String(sheet.getCell('A1').value)).toContain(batch.name);
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(ROSTER_COLUMNS.map((c) => c.header));
    const ids = [3, 4, 5].map((r) => String(sheet.getCell(r, 7).value));
    expect(ids.sort()).toEqual(lines.map((l) => l.nationalId).sort());

    const leader = await signIn(t, Role.Leader);
    const masked = await leader.get(`/api/batches/${batch.id}/roster.xlsx`).buffer(true).parse(binary);
    const leaderSheet = (await workbookOf(masked.body as Buffer)).getWorksheet('花名册') as ExcelJS.Worksheet;
    expect(String(leaderSheet.getCell(3, 7).value)).toMatch(/^\d{4}\*{10}[\dX]{4}$/);

    // The export is itself an importable roster (into another batch; the cadres are reused only if free).
    const reread = await upload(await t.registry.newBatch(), exported.body as Buffer, '&dryRun=true');
    expect(reread.status).toBe(422);
    expect(reread.body.details.errors.every((e: { message: string }) => e.message.includes('在岗'))).toBe(true);
  });

  it('exports a roster of more than one page: every secondment once, in order', async () => {
    const batch = await t.registry.newBatch();
    const prefix = `9${Date.now() % 100_000}`.padEnd(6, '0');
    await t.dataSource.query(
      `WITH made AS (
         INSERT INTO cadre (name, gender, birth_date, ethnicity, political_status, education, home_unit_id, position, phone, national_id)
         SELECT '分页干部' || g, 'MALE', '1990-01-01', '汉族', 'CPC_MEMBER', 'BACHELOR', $1, '科员', '13800138000', $2 || lpad(g::text, 12, '0')
           FROM generate_series(1, 1001) g RETURNING id)
       INSERT INTO secondment (cadre_id, batch_id, host_unit_id, category, post, start_date, end_date, status)
       SELECT id, $3, $4, 'GRASSROOTS', '副主任', '2023-03-01', '2023-12-31', 'ACTIVE' FROM made`,
      [homeUnits[0].id, prefix, batch.id, hostUnits[0].id],
    );
    const exported = await staff.get(`/api/batches/${batch.id}/roster.xlsx`).buffer(true).parse(binary);
    const sheet = (await workbookOf(exported.body as Buffer)).getWorksheet('花名册') as ExcelJS.Worksheet;
    const names = Array.from({ length: 1002 }, (_, i) => sheet.getCell(i + 3, 1).value);
    const expected = (await t.dataSource.query(`SELECT c.name FROM secondment s JOIN cadre c ON c.id = s.cadre_id WHERE s.batch_id = $1 ORDER BY s.category, c.name, s.id`, [batch.id])) as { name: string }[];
    expect(names).toEqual([...expected.map((r) => r.name), null]);
  });

  it('answers 400 without a file, and 403 to roles that may not import', async () => {
    const batch = await t.registry.newBatch();
    const noFile = await staff.post(`/api/imports/roster?batchId=${batch.id}`).send({});
    expect(noFile.status).toBe(400);
    expect(noFile.body.details.fields[0].field).toBe('file');
    for (const role of [Role.Leader, Role.HostUnit, Role.Cadre]) {
      const session = await signIn(t, role);
      expect((await session.get('/api/imports/roster/template.xlsx')).status).toBe(403);
      expect((await session.post(`/api/imports/roster?batchId=${batch.id}`).attach('file', template, 'r.xlsx')).status).toBe(403);
    }
  });
});
