import ExcelJS from 'exceljs';
import { Role, SecondmentCategory, UnitType } from '@app/domain';
import { binary, createTestApp, finalizeRound, type Session, signIn, storeFullInputs, type TestApp, unique, zipEntries } from '@app/testing';
import { RubricVersion } from '../apps/api/src/modules/rubrics/rubric-version.entity';

const FORMULA_NAME = '=HYPERLINK("http://x","y")';
const AT_NAME = '@SUM(A1)';

describe('the organization department’s Excel reports', () => {
  let t: TestApp;
  let staff: Session;
  let leader: Session;
  let hostA: Session;
  let roundId: string;
  let roundName: string;
  const names = { first: unique('张三'), last: unique('王五') };

  beforeAll(async () => {
    t = await createTestApp();
    staff = await signIn(t, Role.OrgStaff);
    leader = await signIn(t, Role.Leader);
    const staffId = (await staff.get('/api/auth/me')).body.id as string;
    const a = await t.registry.newUnit(UnitType.Host, unique('淮河路街道'));
    const b = await t.registry.newUnit(UnitType.Host, unique('南站专班'));
    hostA = await signIn(t, Role.HostUnit, { unitId: a.id });
    const batch = await t.registry.newBatch();
    // Names as a legacy import might have stored them: two start like formulas.
    const plan = [
      { name: names.first, unit: a.id, category: SecondmentCategory.Grassroots, minus11: 0 },
      { name: FORMULA_NAME, unit: a.id, category: SecondmentCategory.Grassroots, minus11: 100 },
      { name: AT_NAME, unit: b.id, category: SecondmentCategory.MajorProject, minus11: 50 },
      { name: names.last, unit: b.id, category: SecondmentCategory.Grassroots, minus11: 200 },
    ];
    const cadres: { id: string }[] = [];
    for (const p of plan) {
      const cadre = await t.registry.newCadre({ name: p.name });
      await t.registry.newSecondment({ cadreId: cadre.id, batchId: batch.id, hostUnitId: p.unit, category: p.category, groupLabel: p.category === SecondmentCategory.MajorProject ? '南站片区' : null });
      cadres.push(cadre);
    }
    const rubric = await t.dataSource.getRepository(RubricVersion).findOneByOrFail({ name: '四查四看考评细则（默认版）' });
    roundName = unique('2023年度专项考核');
    const round = await staff.post('/api/rounds', {
      batchId: batch.id, name: roundName, type: 'SPECIAL', periodStart: '2023-03-01', periodEnd: '2023-12-31', rubricVersionId: rubric.id, quotaKind: 'COUNT', quotaValue: 2,
    });
    roundId = round.body.id;
    await staff.post(`/api/rounds/${roundId}/open`);
    const assessments = (await staff.get(`/api/rounds/${roundId}/assessments`)).body as { id: string; cadre: { id: string } }[];
    for (const [i, p] of plan.entries()) {
      const assessment = assessments.find((x) => x.cadre.id === cadres[i].id) as { id: string };
      await storeFullInputs(t.dataSource, assessment.id, staffId, { minus11: p.minus11, hostUnitOpinion: '表现突出' });
    }
    // Before submission there are no results to summarize.
    expect((await staff.get(`/api/rounds/${roundId}/summary.xlsx`)).status).toBe(409);
    await finalizeRound(t, staff, leader, roundId);
  });

  afterAll(async () => {
    await t.close();
  });

  const download = async (session: Session, path: string) => {
    const response = await session.get(path).buffer(true).parse(binary);
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as ArrayBuffer);
    return { workbook, buffer: response.body as Buffer, headers: response.headers };
  };
  const column = (sheet: ExcelJS.Worksheet, letter: string, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => sheet.getCell(`${letter}${from + i}`).value);

  describe('考核结果汇总表', () => {
    it('has a merged title, the 13 sub-items grouped under their items, one row per cadre by rank, and averages', async () => {
      const { workbook, headers } = await download(staff, `/api/rounds/${roundId}/summary.xlsx`);
      expect(headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(`${roundName}考核结果汇总表.xlsx`)}`);
      expect(workbook.worksheets.map((s) => s.name)).toEqual(['考核结果汇总表']);
      const sheet = workbook.getWorksheet('考核结果汇总表') as ExcelJS.Worksheet;
      expect(sheet.getCell('A1').value).toBe(`${roundName}考核结果汇总表`);
      expect(sheet.getCell('V1').master.address).toBe('A1');
      expect(String(sheet.getCell('A2').value)).toContain('考核期间：2023年3月1日至2023年12月31日');

      // Lead columns span both header rows; each item spans its sub-items.
      expect(sheet.getCell('A3').value).toBe('序号');
      expect(sheet.getCell('A4').master.address).toBe('A3');
      expect(sheet.getCell('G3').value).toBe('1 日常工作纪实');
      expect(sheet.getCell('I3').master.address).toBe('G3');
      expect(sheet.getCell('G4').value).toBe('1.1\n在岗履职');
      expect(sheet.getCell('M3').value).toBe('3 群众公认');
      expect(sheet.getCell('S4').value).toBe('5.3\n能力素质');
      expect([sheet.getCell('T3').value, sheet.getCell('U3').value, sheet.getCell('V3').value]).toEqual(['总分', '排名', '等次']);

      // By rank: 100, 99.50 (project, not recommended: 称职), 99, 98.
      expect(column(sheet, 'B', 5, 8)).toEqual([names.first, `'${AT_NAME}`, `'${FORMULA_NAME}`, names.last]);
      expect(column(sheet, 'T', 5, 8)).toEqual([100, 99.5, 99, 98]);
      expect(column(sheet, 'U', 5, 8)).toEqual([1, 2, 3, 4]);
      expect(column(sheet, 'V', 5, 8)).toEqual(['优秀', '称职', '优秀', '称职']);
      expect(sheet.getCell('F5').value).toBe('基层一线');
      expect(sheet.getCell('G5').value).toBe(8);
      expect(sheet.getCell('G8').value).toBe(6);
      expect(sheet.getCell('G5').numFmt).toBe('0.00');
      expect(sheet.getCell('T5').numFmt).toBe('0.00');
      // Averages: 1.1 = (8 + 7.5 + 7 + 6) / 4 = 7.13; total 99.125 → 99.13.
      expect(sheet.getCell('A9').value).toBe('平均分（4人）');
      expect(sheet.getCell('F9').master.address).toBe('A9');
      expect(sheet.getCell('G9').value).toBe(7.13);
      expect(sheet.getCell('T9').value).toBe(99.13);
      expect(sheet.getCell('A10').value).toBeNull();

      expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 4 });
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:4' });
      expect(sheet.getColumn(3).width).toBeGreaterThanOrEqual(20);
    });

    it('writes a name that looks like a formula as text: no formula anywhere in the sheet', async () => {
      const { buffer } = await download(staff, `/api/rounds/${roundId}/summary.xlsx`);
      const xml = (zipEntries(buffer).get('xl/worksheets/sheet1.xml') as Buffer).toString('utf8');
      expect(xml).not.toMatch(/<f[ >]/);
      expect(xml).toContain('HYPERLINK');
      expect(xml).toContain('@SUM(A1)');
    });

    it('gives a host unit only its own cadres', async () => {
      const { workbook } = await download(hostA, `/api/rounds/${roundId}/summary.xlsx`);
      const sheet = workbook.getWorksheet('考核结果汇总表') as ExcelJS.Worksheet;
      expect(column(sheet, 'B', 5, 6)).toEqual([names.first, `'${FORMULA_NAME}`]);
      expect(sheet.getCell('A7').value).toBe('平均分（2人）');
      expect((await hostA.get(`/api/rounds/${roundId}/distribution.xlsx`)).status).toBe(403);
      expect((await hostA.get(`/api/rounds/${roundId}/ballots.xlsx`)).status).toBe(403);
      expect((await hostA.get(`/api/rounds/${roundId}/incentives.xlsx`)).status).toBe(403);
    });
  });

  it('评分明细表: each sub-item with its source, who entered it, and the computed ones explained', async () => {
    const { workbook } = await download(hostA, `/api/rounds/${roundId}/details.xlsx`);
    const sheet = workbook.getWorksheet('评分明细表') as ExcelJS.Worksheet;
    expect(sheet.getCell('A1').value).toBe(`${roundName}评分明细表`);
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual(['序号', '姓名', '挂职单位', '小项', '小项名称', '得分', '满分', '来源', '录入人', '录入时间', '说明']);
    // 13 rows for each of the host unit's two cadres.
    expect(sheet.getCell('A29').value).toBe(26);
    expect(sheet.getCell('A30').value).toBeNull();
    expect([sheet.getCell('B4').value, sheet.getCell('D4').value, sheet.getCell('F4').value, sheet.getCell('H4').value, sheet.getCell('I4').value]).toEqual([names.first, '1.1', 8, '组织部门评分', '测试用户']);
    expect(String(sheet.getCell('J4').value)).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/);
    const ballots = 4 + 6;
    expect([sheet.getCell(`D${ballots}`).value, sheet.getCell(`H${ballots}`).value, sheet.getCell(`I${ballots}`).value]).toEqual(['3.1', '民主评议', '系统计算']);
    expect(String(sheet.getCell(`K${ballots}`).value)).toContain('优秀 1');
    expect(sheet.getCell(`K${ballots + 1}`).value).toBe('表现突出');
  });

  it('民主测评统计表: expected voters, ballots cast, participation, counts and shares per grade, the converted score', async () => {
    const { workbook } = await download(staff, `/api/rounds/${roundId}/ballots.xlsx`);
    const sheet = workbook.getWorksheet('民主测评统计表') as ExcelJS.Worksheet;
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual([
      '序号', '姓名', '挂职单位', '历练类别', '应参评人数', '实参评人数', '参评率(%)', '优秀票数', '优秀占比(%)', '称职票数', '称职占比(%)',
      '基本称职票数', '基本称职占比(%)', '不称职票数', '不称职占比(%)', '废票', '是否有效', '折算得分',
    ]);
    expect((sheet.getRow(4).values as unknown[]).slice(2)).toEqual([names.first, expect.any(String), '基层一线', 1, 1, 100, 1, 100, 0, 0, 0, 0, 0, 0, 0, '有效', 10]);
    expect(sheet.getCell('B7').value).toBe(names.last);
    expect(sheet.getCell('B8').value).toBeNull();
  });

  it('等次分布表: grades by category and by host unit, the quota and its use, and a table for charts', async () => {
    const { workbook } = await download(leader, `/api/rounds/${roundId}/distribution.xlsx`);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['等次分布表', '图表数据']);
    const sheet = workbook.getWorksheet('等次分布表') as ExcelJS.Worksheet;
    expect(sheet.getCell('A4').value).toBe('按历练类别');
    // 基层一线: 3 graded, 2 优秀 (66.67%), 1 称职; 项目一线: 1 称职.
    expect((sheet.getRow(5).values as unknown[]).slice(1)).toEqual(['基层一线', 3, 2, 66.67, 1, 33.33, 0, 0, 0, 0, 0]);
    expect((sheet.getRow(6).values as unknown[]).slice(1, 6)).toEqual(['项目一线', 1, 0, 0, 1]);
    expect((sheet.getRow(10).values as unknown[]).slice(1, 4)).toEqual(['合计', 4, 2]);
    expect(sheet.getCell('A11').value).toBe('按挂职单位');
    expect(sheet.getCell('B12').value).toBe(2);
    const quota = column(sheet, 'A', 14, 16).find((v) => String(v).startsWith('优秀名额'));
    expect(quota).toBe('优秀名额 2 个（定额 2 名），已评优秀 2 人，剩余 0 个');
    const chart = workbook.getWorksheet('图表数据') as ExcelJS.Worksheet;
    expect((chart.getRow(1).values as unknown[]).slice(1)).toEqual(['历练类别', '优秀', '称职', '基本称职', '不称职', '不定等次']);
    expect((chart.getRow(2).values as unknown[]).slice(1)).toEqual(['基层一线', 2, 1, 0, 0, 0]);
    expect(chart.getCell('A6').value).toBe('其他重点工作');
  });

  it('激励落实表 and 储备人才库: the Excellent with their proposed incentives, the talent pool', async () => {
    const { workbook } = await download(leader, `/api/rounds/${roundId}/incentives.xlsx`);
    const sheet = workbook.getWorksheet('激励落实表') as ExcelJS.Worksheet;
    expect(column(sheet, 'B', 4, 6)).toEqual([names.first, `'${FORMULA_NAME}`, null]);
    expect(sheet.getCell('G4').value).toBe('待确认');
    expect(String(sheet.getCell('F4').value)).toContain('专项考核优秀');

    const pool = await download(leader, '/api/talent-pool.xlsx');
    const rows = (pool.workbook.getWorksheet('储备人才库') as ExcelJS.Worksheet).getSheetValues().map((r) => (r as unknown[] | undefined)?.[2]);
    expect(rows).toContain(names.first);
    expect(rows).not.toContain(names.last);
    expect((await hostA.get('/api/talent-pool.xlsx')).status).toBe(403);
  });
});
