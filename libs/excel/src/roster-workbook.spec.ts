import { PassThrough } from 'node:stream';
import { buffer as collect } from 'node:stream/consumers';
import ExcelJS, { type CellValue } from 'exceljs';
import {
  composeNationalId,
  parseRosterRow,
  ROSTER_CHOICES,
  ROSTER_COLUMNS,
  ROSTER_HEADER,
  type RosterKey,
  type RosterRowInput,
} from '@app/domain';
import { cellText } from './cell-text';
import { buildErrorReport, buildRosterTemplate, MAX_ROSTER_ROWS, readRoster, ROSTER_SHEET, type RosterLine, writeRoster } from './roster-workbook';
import { inspectZip } from './zip-guard';

const HEADERS = ROSTER_COLUMNS.map((column) => column.header);
const KEYS = ROSTER_COLUMNS.map((column) => column.key);
const ID = composeNationalId('410102', '1988-05-12', 13); // a man

const LINE: RosterLine = {
  name: '张伟',
  gender: '男',
  birthDate: '1988-05-12',
  ethnicity: '汉族',
  politicalStatus: '中共党员',
  education: '大学本科',
  nationalId: ID,
  phone: '13800138000',
  homeUnit: '区发展和改革委员会',
  position: '科员',
  rank: '一级科员',
  hostUnit: '淮河路街道办事处',
  category: '基层一线',
  post: '党工委副书记',
  startDate: '2023-03-01',
  endDate: '2023-12-31',
  groupLabel: '',
};

type RowValues = Partial<Record<RosterKey, CellValue>>;

/** Row values in roster column order, for sheet.addRow. */
const ordered = (values: RowValues): CellValue[] => KEYS.map((key) => values[key] ?? null);

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

const save = async (workbook: ExcelJS.Workbook) => Buffer.from(await workbook.xlsx.writeBuffer());

let template: Buffer;
beforeAll(async () => {
  template = await buildRosterTemplate();
});

/** The template with rows written from row 2 on; null leaves a row untouched. */
async function filledTemplate(rows: (RowValues | null)[]): Promise<Buffer> {
  const workbook = await load(template);
  const sheet = workbook.getWorksheet(ROSTER_SHEET)!;
  rows.forEach((values, i) => {
    if (!values) return;
    KEYS.forEach((key, c) => {
      if (values[key] !== undefined) sheet.getCell(i + 2, c + 1).value = values[key];
    });
  });
  return save(workbook);
}

/** A plain workbook (no formats) with these rows from row 1. */
async function plainWorkbook(rows: CellValue[][], sheetName = ROSTER_SHEET, setup?: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  rows.forEach((row) => sheet.addRow(row));
  setup?.(sheet);
  return save(workbook);
}

const noteText = (note: ExcelJS.Comment | string | undefined): string =>
  note === undefined ? '' : typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join('');

describe('buildRosterTemplate', () => {
  it('is a workbook the upload guard accepts, with the roster, the allowed values and the guide', async () => {
    expect(inspectZip(template)).toContain('xl/workbook.xml');
    const workbook = await load(template);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([ROSTER_SHEET, '可选值', '填写说明']);
    const sheet = workbook.getWorksheet(ROSTER_SHEET)!;
    expect(HEADERS.map((_, i) => cellText(sheet.getCell(1, i + 1).value))).toEqual(HEADERS);
  });

  it('lists every choice on the 可选值 sheet, one column each', async () => {
    const choices = (await load(template)).getWorksheet('可选值')!;
    ROSTER_CHOICES.forEach((choice, i) => {
      const column = choices.getColumn(i + 1).values.slice(1).map((v) => cellText(v as CellValue));
      expect(column).toEqual([choice.header, ...choice.values]);
    });
  });

  it('offers drop-downs from 可选值 in the choice columns and formats id and phone as text', async () => {
    const sheet = (await load(template)).getWorksheet(ROSTER_SHEET)!;
    const col = (key: RosterKey) => KEYS.indexOf(key) + 1;
    expect(sheet.getCell(2, col('gender')).dataValidation).toMatchObject({ type: 'list', formulae: ["'可选值'!$A$2:$A$3"] });
    expect(sheet.getCell(1001, col('category')).dataValidation).toMatchObject({ type: 'list', formulae: ["'可选值'!$E$2:$E$6"] });
    expect(sheet.getCell(2, col('nationalId')).numFmt).toBe('@');
    expect(sheet.getCell(2, col('phone')).numFmt).toBe('@');
    expect(sheet.getCell(2, col('startDate')).numFmt).toBe('yyyy-mm-dd');
  });

  // A person copies the guide's example; it must pass the import's own checks.
  it('shows an example on the guide that the import accepts', async () => {
    const guide = (await load(template)).getWorksheet('填写说明')!;
    let headerRow = 0;
    guide.eachRow((row, r) => {
      if (headerRow === 0 && r > 1 && cellText(row.getCell(1).value) === '姓名' && cellText(row.getCell(2).value) === '性别') headerRow = r;
    });
    expect(headerRow).toBeGreaterThan(0);
    const cells = Object.fromEntries(KEYS.map((key, i) => [key, cellText(guide.getCell(headerRow + 1, i + 1).value)])) as Record<RosterKey, string>;
    expect(cells.name).toBe('张伟');
    expect(parseRosterRow({ rowNumber: 2, cells }).errors).toEqual([]);
  });
});

describe('readRoster', () => {
  it('reads the untouched template as no rows', async () => {
    const roster = await readRoster(template);
    expect(roster.headerRow).toBe(1);
    expect(roster.rows).toEqual([]);
    expect(roster.errors).toEqual([{ row: 2, column: '', message: '花名册中没有数据行' }]);
    expect(roster.columnOf).toEqual(Object.fromEntries(KEYS.map((key, i) => [key, i + 1])));
  });

  it('reads filled rows as trimmed text, skipping empty rows', async () => {
    const buffer = await filledTemplate([
      { ...LINE, name: '  张伟  ', homeUnit: ' 区发展和改革委员会\n' },
      null,
      { name: '   ', post: '' }, // only blanks: empty
      { ...LINE, name: '李娜', gender: '女', rank: '', nationalId: '11010519491231002x' },
    ]);
    const roster = await readRoster(buffer);
    expect(roster.errors).toEqual([]);
    const expected: RosterRowInput[] = [
      { rowNumber: 2, cells: { ...LINE } },
      { rowNumber: 5, cells: { ...LINE, name: '李娜', gender: '女', rank: '', nationalId: '11010519491231002x' } },
    ];
    expect(roster.rows).toEqual(expected);
    // And the first row is one the import takes.
    expect(parseRosterRow(roster.rows[0]).errors).toEqual([]);
  });

  it('reads a date typed into a date-formatted column of the template', async () => {
    const roster = await readRoster(await filledTemplate([{ ...LINE, startDate: 45000, endDate: new Date(Date.UTC(2023, 11, 31)) }]));
    expect(roster.errors).toEqual([]);
    expect(roster.rows[0].cells.startDate).toBe('2023-03-15');
    expect(roster.rows[0].cells.endDate).toBe('2023-12-31');
  });

  it.each<[RosterKey, number, string]>([
    ['startDate', 45000, '2023-03-15'],
    ['endDate', 45291, '2023-12-31'],
    ['birthDate', 32275, '1988-05-12'],
    // A date typed as 8 digits is not a serial: it stays text for normalizeDate.
    ['birthDate', 19880512, '19880512'],
  ])('converts a numeric %s %d in an unformatted cell to %s', async (key, serial, expected) => {
    const roster = await readRoster(await plainWorkbook([HEADERS, ordered({ ...LINE, [key]: serial })]));
    expect(roster.errors).toEqual([]);
    expect(roster.rows[0].cells[key]).toBe(expected);
  });

  it('does not treat numbers in other columns as dates', async () => {
    const roster = await readRoster(await plainWorkbook([HEADERS, ordered({ ...LINE, phone: 13800138000, position: 45000 })]));
    expect(roster.rows[0].cells.phone).toBe('13800138000');
    expect(roster.rows[0].cells.position).toBe('45000');
  });

  it('reports a national id typed as a number', async () => {
    const roster = await readRoster(await filledTemplate([LINE, { ...LINE, nationalId: 410102198805120000 }]));
    expect(roster.errors).toEqual([{ row: 3, column: '身份证号', message: '身份证号须以文本格式填写（数字格式会丢失末几位）' }]);
    expect(roster.rows.map((r) => r.rowNumber)).toEqual([2, 3]);
  });

  it('reads a formula cell by its result and a rich-text cell by its text', async () => {
    const roster = await readRoster(
      await plainWorkbook([
        HEADERS,
        ordered({ ...LINE, name: { formula: 'CONCATENATE("张","伟")', result: '张伟' } as CellValue, hostUnit: { richText: [{ text: '淮河路', font: { bold: true } }, { text: '街道办事处' }] } }),
      ]),
    );
    expect(roster.rows[0].cells.name).toBe('张伟');
    expect(roster.rows[0].cells.hostUnit).toBe('淮河路街道办事处');
  });

  // exceljs reads a linked rich-text cell as { text: { richText }, hyperlink }.
  it('reads a hyperlinked rich-text cell by its text', async () => {
    const link = { text: { richText: [{ text: '区发展和改革', font: { bold: true } }, { text: '委员会' }] }, hyperlink: 'http://example.org' } as unknown as CellValue;
    const roster = await readRoster(await plainWorkbook([HEADERS, ordered({ ...LINE, homeUnit: link })]));
    expect(roster.rows[0].cells.homeUnit).toBe('区发展和改革委员会');
  });

  // A phone number typed into a date-formatted column becomes an Invalid Date in exceljs:
  // the import should name that cell, not fail as an unreadable file.
  it('reads a date-formatted cell holding a huge number without throwing, and the row is refused', async () => {
    const buffer = await filledTemplate([{ ...LINE, birthDate: 13800138000 }]);
    const roster = await readRoster(buffer);
    expect(roster.rows).toHaveLength(1);
    expect(parseRosterRow(roster.rows[0]).errors.map((e) => e.column)).toContain('出生日期');
  });

  it('finds the header on row 2 under a title row', async () => {
    const buffer = await plainWorkbook([['2023年挂职干部花名册'], HEADERS, ordered(LINE), [], ordered({ ...LINE, name: '王芳' })], ROSTER_SHEET, (sheet) =>
      sheet.mergeCells(1, 1, 1, HEADERS.length),
    );
    const roster = await readRoster(buffer);
    expect(roster.headerRow).toBe(2);
    expect(roster.errors).toEqual([]);
    expect(roster.rows.map((r) => [r.rowNumber, r.cells.name])).toEqual([
      [3, '张伟'],
      [5, '王芳'],
    ]);
  });

  it('finds the header on row 5 but not on row 6', async () => {
    const title = (n: number) => Array.from({ length: n }, (_, i) => [`说明${i + 1}`]);
    const on5 = await readRoster(await plainWorkbook([...title(4), HEADERS, ordered(LINE)]));
    expect(on5.headerRow).toBe(5);
    expect(on5.rows.map((r) => r.rowNumber)).toEqual([6]);
    const on6 = await readRoster(await plainWorkbook([...title(5), HEADERS, ordered(LINE)]));
    expect(on6.rows).toEqual([]);
    expect(on6.errors).toHaveLength(15);
    expect(on6.errors.every((e) => e.message === '缺少此列')).toBe(true);
  });

  it('reads columns by header, in any order, with marks of required columns', async () => {
    const order = [...KEYS].reverse();
    const header = order.map((key) => (key === 'name' ? '* 姓 名' : key === 'phone' ? '＊联系电话' : ROSTER_HEADER[key]));
    const roster = await readRoster(await plainWorkbook([header, order.map((key) => LINE[key])]));
    expect(roster.errors).toEqual([]);
    expect(roster.columnOf.name).toBe(17);
    expect(roster.columnOf.groupLabel).toBe(1);
    expect(roster.rows).toEqual([{ rowNumber: 2, cells: LINE }]);
  });

  it('reads the first sheet when none is named 花名册', async () => {
    const roster = await readRoster(await plainWorkbook([HEADERS, ordered(LINE)], 'Sheet1'));
    expect(roster.sheet.name).toBe('Sheet1');
    expect(roster.rows).toHaveLength(1);
  });

  it.each<[string, RosterKey[], number]>([
    ['身份证号', ['nationalId'], 1],
    ['姓名 and 结束日期', ['name', 'endDate'], 1],
    ['联系电话, under a title', ['phone'], 2],
  ])('reports a missing required column: %s', async (_name, missing, headerRow) => {
    const keys = KEYS.filter((key) => !missing.includes(key));
    const rows: CellValue[][] = [keys.map((key) => ROSTER_HEADER[key]), keys.map((key) => LINE[key])];
    if (headerRow === 2) rows.unshift(['花名册']);
    const roster = await readRoster(await plainWorkbook(rows));
    expect(roster.headerRow).toBe(headerRow);
    expect(roster.rows).toEqual([]);
    expect(roster.errors).toEqual(missing.map((key) => ({ row: headerRow, column: ROSTER_HEADER[key], message: '缺少此列' })));
  });

  it('reads without the optional columns, as empty text', async () => {
    const keys = KEYS.filter((key) => key !== 'rank' && key !== 'groupLabel');
    const roster = await readRoster(await plainWorkbook([keys.map((key) => ROSTER_HEADER[key]), keys.map((key) => LINE[key])]));
    expect(roster.errors).toEqual([]);
    expect(roster.rows[0].cells).toMatchObject({ rank: '', groupLabel: '' });
  });

  it('reports every required column of a sheet without a header', async () => {
    const roster = await readRoster(await plainWorkbook([['姓名', '性别'], ['张伟', '男']]));
    expect(roster.headerRow).toBe(1);
    expect(roster.errors.map((e) => e.column)).toEqual(ROSTER_COLUMNS.filter((c) => c.required).map((c) => c.header));
  });

  it(`refuses more than ${MAX_ROSTER_ROWS} rows`, async () => {
    const rows = Array.from({ length: MAX_ROSTER_ROWS + 1 }, (_, i) => ordered({ ...LINE, name: `干部${i}` }));
    const roster = await readRoster(await plainWorkbook([HEADERS, ...rows]));
    expect(roster.rows).toHaveLength(MAX_ROSTER_ROWS + 1);
    expect(roster.errors).toEqual([{ row: 2, column: '', message: `一次最多导入${MAX_ROSTER_ROWS}行，本文件有${MAX_ROSTER_ROWS + 1}行` }]);
  }, 60_000);
});

describe('buildErrorReport', () => {
  async function checked(rows: (RowValues | null)[]) {
    const roster = await readRoster(await filledTemplate(rows));
    const errors = [...roster.errors, ...roster.rows.flatMap((input) => parseRosterRow(input).errors)];
    return { roster, errors };
  }

  it('adds a 错误说明 column listing each row’s errors and marks each bad cell with a note', async () => {
    const { roster, errors } = await checked([LINE, { ...LINE, gender: '女', phone: '12345' }, { ...LINE, ethnicity: '汉' }]);
    expect(errors.map((e) => e.row)).toEqual([3, 3, 4]);
    const report = await load(await buildErrorReport(roster, errors));
    const sheet = report.getWorksheet(ROSTER_SHEET)!;
    const errorColumn = HEADERS.length + 1;
    expect(cellText(sheet.getCell(1, errorColumn).value)).toBe('错误说明');
    expect(cellText(sheet.getCell(2, errorColumn).value)).toBe('');
    expect(cellText(sheet.getCell(3, errorColumn).value)).toBe('性别：性别与身份证号不符（身份证为男）；联系电话：联系电话须为11位手机号或带区号的固定电话');
    expect(cellText(sheet.getCell(4, errorColumn).value)).toBe('民族：“汉”不是56个民族名称之一');

    const cell = (row: number, key: RosterKey) => sheet.getCell(row, KEYS.indexOf(key) + 1);
    expect(noteText(cell(3, 'gender').note)).toBe('性别与身份证号不符（身份证为男）');
    expect(noteText(cell(3, 'phone').note)).toBe('联系电话须为11位手机号或带区号的固定电话');
    expect(noteText(cell(4, 'ethnicity').note)).toBe('“汉”不是56个民族名称之一');
    expect(cell(3, 'gender').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } });
    expect(noteText(cell(3, 'name').note)).toBe('');
    expect(noteText(cell(2, 'gender').note)).toBe('');
    // The data itself is left as it was.
    expect(cellText(cell(3, 'phone').value)).toBe('12345');
  });

  it('joins several messages for one cell in its note', async () => {
    const { roster, errors } = await checked([{ ...LINE, name: `=${'长'.repeat(60)}` }]);
    const report = await load(await buildErrorReport(roster, errors));
    const note = noteText(report.getWorksheet(ROSTER_SHEET)!.getCell(2, 1).note);
    expect(note.split('\n')).toEqual(['不能超过50个字', '不能以 = + - @ 开头']);
  });

  it('lists errors without a column by their message alone', async () => {
    const roster = await readRoster(template);
    const report = await load(await buildErrorReport(roster, roster.errors));
    expect(cellText(report.getWorksheet(ROSTER_SHEET)!.getCell(2, HEADERS.length + 1).value)).toBe('花名册中没有数据行');
  });

  it('puts the column after the last one used by the sheet', async () => {
    const buffer = await plainWorkbook([[...HEADERS, '备注'], [...ordered({ ...LINE, gender: '未知' }), '临时']]);
    const roster = await readRoster(buffer);
    const errors = parseRosterRow(roster.rows[0]).errors;
    const sheet = (await load(await buildErrorReport(roster, errors))).getWorksheet(ROSTER_SHEET)!;
    expect(cellText(sheet.getCell(1, 18).value)).toBe('备注');
    expect(cellText(sheet.getCell(2, 18).value)).toBe('临时');
    expect(cellText(sheet.getCell(1, 19).value)).toBe('错误说明');
    expect(cellText(sheet.getCell(2, 19).value)).toBe('性别：“未知”不是可选值（男、女）');
  });

  // A person fixes a row of the report and uploads it again: the new report must not
  // keep the old explanation on a row that is now right.
  it('reuses the 错误说明 column of a re-uploaded report without keeping stale messages', async () => {
    const first = await checked([{ ...LINE, gender: '女' }, { ...LINE, ethnicity: '汉' }]);
    const firstReport = await load(await buildErrorReport(first.roster, first.errors));
    const sheet = firstReport.getWorksheet(ROSTER_SHEET)!;
    sheet.getCell(2, KEYS.indexOf('gender') + 1).value = '男'; // fixed
    const again = await readRoster(await save(firstReport));
    const errors = again.rows.flatMap((input) => parseRosterRow(input).errors);
    expect(errors.map((e) => e.row)).toEqual([3]);
    const report = (await load(await buildErrorReport(again, errors))).getWorksheet(ROSTER_SHEET)!;
    const errorColumn = HEADERS.length + 1;
    expect(cellText(report.getCell(1, errorColumn).value)).toBe('错误说明');
    expect(cellText(report.getCell(1, errorColumn + 1).value)).toBe('');
    expect(cellText(report.getCell(3, errorColumn).value)).toBe('民族：“汉”不是56个民族名称之一');
    expect(cellText(report.getCell(2, errorColumn).value)).toBe('');
  });
});

describe('writeRoster', () => {
  async function written(title: string, lines: AsyncIterable<RosterLine> | Iterable<RosterLine>): Promise<Buffer> {
    const output = new PassThrough();
    const collected = collect(output);
    await writeRoster(output, title, lines);
    return collected;
  }

  it('writes a title row, the header row and one row per line', async () => {
    const buffer = await written('2023年第一批挂职干部花名册', [LINE, { ...LINE, name: '李娜', gender: '女' }]);
    expect(inspectZip(buffer)).toContain('xl/workbook.xml');
    const sheet = (await load(buffer)).getWorksheet(ROSTER_SHEET)!;
    expect(cellText(sheet.getCell(1, 1).value)).toBe('2023年第一批挂职干部花名册');
    expect(sheet.getCell(1, 1).isMerged).toBe(true);
    expect(sheet.getCell(1, HEADERS.length).isMerged).toBe(true);
    expect(HEADERS.map((_, i) => cellText(sheet.getCell(2, i + 1).value))).toEqual(HEADERS);
    expect(KEYS.map((key, i) => cellText(sheet.getCell(3, i + 1).value))).toEqual(KEYS.map((key) => LINE[key]));
    expect(cellText(sheet.getCell(4, 1).value)).toBe('李娜');
    expect(sheet.actualRowCount).toBe(4);
  });

  it('writes text that could start a formula with a leading apostrophe, the title too', async () => {
    const buffer = await written('=HYPERLINK("http://evil")', [{ ...LINE, name: '=1+1', post: '+86', rank: '-x', groupLabel: '@a', position: '科员=正科' }]);
    const sheet = (await load(buffer)).getWorksheet(ROSTER_SHEET)!;
    expect(sheet.getCell(1, 1).value).toBe(`'=HYPERLINK("http://evil")`);
    const cell = (key: RosterKey) => sheet.getCell(3, KEYS.indexOf(key) + 1);
    expect(cell('name').value).toBe("'=1+1");
    expect(cell('name').type).toBe(ExcelJS.ValueType.String);
    expect(cell('post').value).toBe("'+86");
    expect(cell('rank').value).toBe("'-x");
    expect(cell('groupLabel').value).toBe("'@a");
    expect(cell('position').value).toBe('科员=正科');
  });

  it('takes an async source', async () => {
    async function* lines() {
      for (let i = 0; i < 3; i++) yield { ...LINE, name: `干部${i}` };
    }
    const sheet = (await load(await written('花名册', lines()))).getWorksheet(ROSTER_SHEET)!;
    expect([3, 4, 5].map((r) => cellText(sheet.getCell(r, 1).value))).toEqual(['干部0', '干部1', '干部2']);
  });

  it('writes only the title and header for no lines', async () => {
    const sheet = (await load(await written('空', []))).getWorksheet(ROSTER_SHEET)!;
    expect(sheet.actualRowCount).toBe(2);
  });

  it('re-imports as it is', async () => {
    const lines = [LINE, { ...LINE, name: '李娜', gender: '女', nationalId: '11010519491231002X', birthDate: '1949-12-31', rank: '', groupLabel: '重大项目专班' }];
    const roster = await readRoster(await written('2023年花名册', lines));
    expect(roster.headerRow).toBe(2);
    expect(roster.errors).toEqual([]);
    expect(roster.rows).toEqual(lines.map((cells, i) => ({ rowNumber: 3 + i, cells })));
    for (const input of roster.rows) expect(parseRosterRow(input).errors).toEqual([]);
  });
});
