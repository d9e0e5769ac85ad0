import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { composeNationalId, ROSTER_CHOICES, ROSTER_COLUMNS, type RosterError, type RosterKey, type RosterRowInput } from '@app/domain';
import { cellText, safeText } from './cell-text';
import { BORDER, FONT, HEADER_FILL } from './form-style';
import { type ZipLimits, ZipRejectedError, zipContents } from './zip-guard';

export const ROSTER_SHEET = '花名册';
const GUIDE_SHEET = '填写说明';
const CHOICES_SHEET = '可选值';
const ERROR_HEADER = '错误说明';
/** Rows of the template that carry drop-down lists and text formats. */
const TEMPLATE_ROWS = 1000;
export const MAX_ROSTER_ROWS = 5000;
/** A roster of 5,000 rows inflates to a few MB; this leaves room and refuses the rest before parsing. */
export const ROSTER_UPLOAD_LIMITS: ZipLimits = { maxEntries: 500, maxTotalBytes: 20 * 1024 * 1024 };
/** Title and header rows a sheet may hold besides the roster's. */
const ROSTER_SPARE_ROWS = 10;

const DATE_KEYS: ReadonlySet<RosterKey> = new Set(['birthDate', 'startDate', 'endDate']);
const TEXT_KEYS: ReadonlySet<RosterKey> = new Set(['nationalId', 'phone']);
const ERROR_FILL: ExcelJS.FillPattern = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };

function columnLetter(index: number): string {
  let n = index;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function styleHeader(row: ExcelJS.Row): void {
  ROSTER_COLUMNS.forEach((column, i) => {
    const cell = row.getCell(i + 1);
    cell.value = column.header;
    cell.font = { ...FONT, bold: true, color: { argb: column.required ? 'FFC00000' : 'FF000000' } };
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
  });
  row.height = 20;
}

/** The import template: the roster sheet with drop-downs, a guide with an example, and the allowed values. */
export async function buildRosterTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '挂职历练干部考核管理系统';
  const sheet = workbook.addWorksheet(ROSTER_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = ROSTER_COLUMNS.map((column) => ({ key: column.key, width: column.width }));
  styleHeader(sheet.getRow(1));

  const choices = workbook.addWorksheet(CHOICES_SHEET);
  ROSTER_CHOICES.forEach((choice, i) => {
    const col = i + 1;
    choices.getColumn(col).width = 16;
    choices.getCell(1, col).value = choice.header;
    choices.getCell(1, col).font = { ...FONT, bold: true };
    choice.values.forEach((value, j) => (choices.getCell(j + 2, col).value = value));
  });
  const listFormula = new Map(
    ROSTER_CHOICES.map((choice, i) => [choice.header, `'${CHOICES_SHEET}'!$${columnLetter(i + 1)}$2:$${columnLetter(i + 1)}$${choice.values.length + 1}`]),
  );

  ROSTER_COLUMNS.forEach((column, i) => {
    const formula = listFormula.get(column.header);
    for (let r = 2; r <= TEMPLATE_ROWS + 1; r++) {
      const cell = sheet.getCell(r, i + 1);
      if (TEXT_KEYS.has(column.key)) cell.numFmt = '@';
      if (DATE_KEYS.has(column.key)) cell.numFmt = 'yyyy-mm-dd';
      if (formula) {
        cell.dataValidation = {
          type: 'list',
          allowBlank: !column.required,
          formulae: [formula],
          showErrorMessage: true,
          errorTitle: '输入有误',
          error: `请从“${CHOICES_SHEET}”中选择${column.header}`,
        };
      }
    }
  });

  const guide = workbook.addWorksheet(GUIDE_SHEET);
  guide.columns = [{ width: 14 }, { width: 8 }, { width: 60 }];
  guide.getCell('A1').value = '干部花名册填写说明';
  guide.getCell('A1').font = { ...FONT, size: 14, bold: true };
  guide.mergeCells('A1:C1');
  guide.getCell('A2').value = '每行一名挂职历练干部；红色列名为必填项；请勿修改“花名册”表的列名。导入时任一行有误则全部不导入，并列出每处错误。';
  guide.mergeCells('A2:C2');
  guide.getRow(4).values = ['列名', '必填', '说明'];
  guide.getRow(4).font = { ...FONT, bold: true };
  ROSTER_COLUMNS.forEach((column, i) => {
    guide.getRow(5 + i).values = [column.header, column.required ? '是' : '否', column.hint];
  });
  const exampleAt = 6 + ROSTER_COLUMNS.length;
  guide.getCell(exampleAt, 1).value = '示例（请勿填入本表）：';
  guide.getCell(exampleAt, 1).font = { ...FONT, bold: true };
  const example: Record<RosterKey, string> = {
    name: '张伟',
    gender: '男',
    birthDate: '1988-05-12',
    ethnicity: '汉族',
    politicalStatus: '中共党员',
    education: '大学本科',
    nationalId: composeNationalId('410102', '1988-05-12', 1),
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
  ROSTER_COLUMNS.forEach((column, i) => {
    guide.getCell(exampleAt + 1, i + 1).value = column.header;
    guide.getCell(exampleAt + 2, i + 1).value = example[column.key];
  });

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export interface RosterSheet {
  workbook: ExcelJS.Workbook;
  sheet: ExcelJS.Worksheet;
  /** Sheet column (1-based) of each roster column found. */
  columnOf: Partial<Record<RosterKey, number>>;
  headerRow: number;
  rows: RosterRowInput[];
  /** Problems found while reading: missing columns, cells of the wrong kind. */
  errors: RosterError[];
}

const HEADER_KEYS = new Map<string, RosterKey>(ROSTER_COLUMNS.map((column) => [column.header, column.key]));

function headerKey(text: string): RosterKey | undefined {
  return HEADER_KEYS.get(text.replace(/[*＊\s]/g, ''));
}

/** An Excel serial day number (1900 system) as YYYY-MM-DD. */
function serialDate(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Everything a roster upload must be before a parser sees it: a zip within the limits
 * (no bomb, no lying sizes), an .xlsx rather than a macro workbook, and no sheet with
 * more rows than a roster may hold (counted in the XML, so a sheet of a million empty
 * rows costs a scan, not a million row objects). Throws ZipRejectedError.
 */
export function checkRosterUpload(buffer: Buffer): void {
  const isSheet = (name: string) => /^xl\/worksheets\/[^/]+\.xml$/.test(name);
  const parts = new Set(['[Content_Types].xml', 'xl/workbook.xml', 'xl/vbaProject.bin']);
  const contents = zipContents(buffer, (name) => parts.has(name) || isSheet(name), ROSTER_UPLOAD_LIMITS);
  const types = contents.get('[Content_Types].xml')?.toString('utf8');
  if (!types || !contents.has('xl/workbook.xml')) throw new ZipRejectedError('not an .xlsx workbook');
  if (contents.has('xl/vbaProject.bin') || types.includes('macroEnabled')) throw new ZipRejectedError('a macro-enabled workbook (.xlsm) is not accepted');
  for (const [name, xml] of contents) {
    if (!isSheet(name)) continue;
    const rows = xml.toString('latin1').match(/<(?:\w+:)?row[\s>/]/g)?.length ?? 0;
    if (rows > MAX_ROSTER_ROWS + ROSTER_SPARE_ROWS) throw new ZipRejectedError(`a sheet has ${rows} rows; a roster holds at most ${MAX_ROSTER_ROWS}`);
  }
}

/**
 * Reads a roster workbook (already checked by checkRosterUpload). The header row is the
 * first of the top five rows that names at least three roster columns, so a sheet
 * with a title row above its header reads too.
 */
export async function readRoster(buffer: Buffer): Promise<RosterSheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(ROSTER_SHEET) ?? workbook.worksheets[0];
  const errors: RosterError[] = [];
  if (!sheet) return { workbook, sheet: workbook.addWorksheet(ROSTER_SHEET), columnOf: {}, headerRow: 1, rows: [], errors: [{ row: 1, column: '', message: '文件中没有工作表' }] };

  let headerRow = 1;
  let columnOf: Partial<Record<RosterKey, number>> = {};
  for (let r = 1; r <= Math.min(5, sheet.rowCount); r++) {
    const found: Partial<Record<RosterKey, number>> = {};
    sheet.getRow(r).eachCell((cell, col) => {
      const key = headerKey(cellText(cell.value));
      if (key && found[key] === undefined) found[key] = col;
    });
    if (Object.keys(found).length >= 3) {
      headerRow = r;
      columnOf = found;
      break;
    }
  }
  for (const column of ROSTER_COLUMNS) {
    if (column.required && columnOf[column.key] === undefined) errors.push({ row: headerRow, column: column.header, message: '缺少此列' });
  }
  if (errors.length > 0) return { workbook, sheet, columnOf, headerRow, rows: [], errors };

  const rows: RosterRowInput[] = [];
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells = {} as Record<RosterKey, string>;
    let empty = true;
    for (const column of ROSTER_COLUMNS) {
      const col = columnOf[column.key];
      const value = col === undefined ? null : row.getCell(col).value;
      let text = cellText(value);
      if (typeof value === 'number' && DATE_KEYS.has(column.key) && value > 0 && value < 100_000) text = serialDate(value);
      if (typeof value === 'number' && column.key === 'nationalId') {
        errors.push({ row: r, column: column.header, message: '身份证号须以文本格式填写（数字格式会丢失末几位）' });
      }
      cells[column.key] = text;
      if (text !== '') empty = false;
    }
    if (!empty) rows.push({ rowNumber: r, cells });
  }
  if (rows.length === 0) errors.push({ row: headerRow + 1, column: '', message: '花名册中没有数据行' });
  if (rows.length > MAX_ROSTER_ROWS) errors.push({ row: headerRow + 1, column: '', message: `一次最多导入${MAX_ROSTER_ROWS}行，本文件有${rows.length}行` });
  return { workbook, sheet, columnOf, headerRow, rows, errors };
}

/**
 * The uploaded workbook with its errors marked: each bad cell filled red with the
 * message as a note, and a 错误说明 column listing every error of the row.
 */
export async function buildErrorReport(roster: RosterSheet, errors: RosterError[]): Promise<Buffer> {
  const { sheet } = roster;
  const byHeader = new Map<string, RosterKey>(ROSTER_COLUMNS.map((column) => [column.header, column.key]));
  let errorColumn = 0;
  sheet.getRow(roster.headerRow).eachCell((cell, col) => {
    if (cellText(cell.value) === ERROR_HEADER) errorColumn = col;
  });
  if (errorColumn === 0) errorColumn = Math.max(sheet.columnCount, ROSTER_COLUMNS.length) + 1;
  const header = sheet.getCell(roster.headerRow, errorColumn);
  header.value = ERROR_HEADER;
  header.font = { ...FONT, bold: true, color: { argb: 'FFC00000' } };
  sheet.getColumn(errorColumn).width = 60;

  // A re-uploaded report starts clean: its old messages and marks go.
  for (let r = roster.headerRow + 1; r <= sheet.rowCount; r++) {
    sheet.getCell(r, errorColumn).value = null;
    for (const col of Object.values(roster.columnOf)) {
      const cell = sheet.getCell(r, col);
      const fill = cell.fill as ExcelJS.FillPattern | undefined;
      if (fill?.fgColor?.argb === ERROR_FILL.fgColor?.argb) {
        cell.fill = { type: 'pattern', pattern: 'none' };
        cell.note = '';
      }
    }
  }

  const messagesByRow = new Map<number, string[]>();
  for (const error of errors) {
    const key = byHeader.get(error.column);
    const col = key ? roster.columnOf[key] : undefined;
    if (col !== undefined && error.row > roster.headerRow) {
      const cell = sheet.getCell(error.row, col);
      cell.fill = ERROR_FILL;
      const previous = typeof cell.note === 'string' ? `${cell.note}\n` : '';
      cell.note = `${previous}${error.message}`;
    }
    const list = messagesByRow.get(error.row) ?? [];
    list.push(error.column ? `${error.column}：${error.message}` : error.message);
    messagesByRow.set(error.row, list);
  }
  for (const [row, messages] of messagesByRow) {
    // Problems of the sheet itself (a missing column) go on the header as a note, keeping its title.
    if (row <= roster.headerRow) {
      header.note = messages.join('；');
      continue;
    }
    const cell = sheet.getCell(row, errorColumn);
    cell.value = safeText(messages.join('；'));
    cell.font = { ...FONT, color: { argb: 'FFC00000' } };
    cell.alignment = { wrapText: true, vertical: 'top' };
  }
  return Buffer.from(await roster.workbook.xlsx.writeBuffer());
}

/** One roster line for export, by column key, already as the text people read. */
export type RosterLine = Record<RosterKey, string>;

/**
 * Streams a roster in the template's layout under a title row, so it prints as a
 * form and re-imports as it is. Memory stays flat however many rows come.
 */
export async function writeRoster(output: Writable, title: string, lines: AsyncIterable<RosterLine> | Iterable<RosterLine>): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(ROSTER_SHEET, {
    views: [{ state: 'frozen', ySplit: 2 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:2' },
  });
  sheet.columns = ROSTER_COLUMNS.map((column) => ({ key: column.key, width: column.width }));
  sheet.mergeCells(1, 1, 1, ROSTER_COLUMNS.length);
  const titleRow = sheet.getRow(1);
  titleRow.getCell(1).value = safeText(title);
  titleRow.getCell(1).font = { ...FONT, size: 16, bold: true };
  titleRow.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  titleRow.height = 30;
  titleRow.commit();
  const header = sheet.getRow(2);
  styleHeader(header);
  header.commit();
  for await (const line of lines) {
    const row = sheet.addRow(ROSTER_COLUMNS.map((column) => safeText(line[column.key])));
    row.eachCell((cell) => {
      cell.border = BORDER;
      cell.font = FONT;
    });
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
}

/** The one-time codes of a democratic evaluation, one per row, to print and cut into slips. */
export async function writeBallotCodes(codes: readonly string[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('票码', { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.columns = [{ width: 8 }, { width: 24 }];
  sheet.getRow(1).values = ['序号', '民主评议票码（每码限投一次）'];
  sheet.getRow(1).font = { ...FONT, bold: true };
  codes.forEach((code, i) => {
    const row = sheet.getRow(i + 2);
    row.values = [i + 1, code];
    row.getCell(2).font = { name: 'Consolas', size: 14 };
    row.getCell(2).border = BORDER;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
