import ExcelJS from 'exceljs';
import { type AppraisalSection, chineseDate, type DossierSnapshot } from '@app/domain';
import { safeText } from './cell-text';
import { a4, bodyCell, FONT, headerCell, POINTS_FORMAT, titleRow, wrappedHeight } from './form-style';

export const DOSSIER_SHEETS = { profile: '基本情况', results: '历次考核', appraisal: '综合鉴定' } as const;
export const APPRAISAL_FORM_SHEET = '综合鉴定表';

/** A cadre as the reader may see them (PII already masked where it must be), labels in Chinese. */
export interface DossierProfile {
  name: string;
  gender: string;
  birthDate: string;
  ethnicity: string;
  politicalStatus: string;
  education: string;
  homeUnit: string;
  position: string;
  rank: string | null;
  phone: string;
  nationalId: string;
}

export interface DossierSecondmentLine {
  batch: string;
  hostUnit: string;
  category: string;
  post: string;
  startDate: string;
  endDate: string;
  status: string;
}

export interface DossierAppraisal {
  /** Which secondment, e.g. its host unit and period. */
  heading: string;
  statusLabel: string;
  sections: readonly AppraisalSection[];
}

const PROFILE_FIELDS: readonly [keyof DossierProfile, string][] = [
  ['name', '姓名'],
  ['gender', '性别'],
  ['birthDate', '出生日期'],
  ['ethnicity', '民族'],
  ['politicalStatus', '政治面貌'],
  ['education', '学历'],
  ['homeUnit', '原单位'],
  ['position', '职务'],
  ['rank', '职级'],
  ['phone', '联系电话'],
  ['nationalId', '身份证号'],
];

const SECONDMENT_HEADERS = ['批次', '挂职单位', '历练类别', '挂职岗位', '开始日期', '结束日期', '状态'];
const SECONDMENT_KEYS: readonly (keyof DossierSecondmentLine)[] = ['batch', 'hostUnit', 'category', 'post', 'startDate', 'endDate', 'status'];

function profileSheet(workbook: ExcelJS.Workbook, profile: DossierProfile, secondments: readonly DossierSecondmentLine[]): void {
  const sheet = workbook.addWorksheet(DOSSIER_SHEETS.profile, { pageSetup: a4('portrait') });
  sheet.columns = [{ width: 14 }, { width: 22 }, { width: 14 }, { width: 22 }, { width: 12 }, { width: 12 }, { width: 10 }];
  titleRow(sheet, 1, 7, `干部成长档案（${safeText(profile.name)}）`);
  // Two fields a row: label, value, label, value.
  PROFILE_FIELDS.forEach(([key, label], i) => {
    const row = 2 + Math.floor(i / 2);
    const column = (i % 2) * 2 + 1;
    headerCell(sheet.getCell(row, column), label);
    bodyCell(sheet.getCell(row, column + 1), safeText(profile[key] ?? ''));
  });
  const start = 2 + Math.ceil(PROFILE_FIELDS.length / 2) + 1;
  sheet.mergeCells(start, 1, start, 7);
  headerCell(sheet.getCell(start, 1), '挂职历练经历');
  SECONDMENT_HEADERS.forEach((header, c) => headerCell(sheet.getCell(start + 1, c + 1), header));
  secondments.forEach((s, r) => SECONDMENT_KEYS.forEach((key, c) => bodyCell(sheet.getCell(start + 2 + r, c + 1), safeText(s[key]))));
}

const numericCode = (a: string, b: string) => a.localeCompare(b, undefined, { numeric: true });

function resultsSheet(workbook: ExcelJS.Workbook, name: string, entries: readonly DossierSnapshot[]): void {
  // The sub-items of every entry (rubric versions may differ), grouped under their items.
  const subItems = new Map<string, string>();
  const items = new Map<string, string>();
  for (const e of entries) {
    for (const s of e.subItems) subItems.set(s.code, s.name);
    for (const i of e.items) items.set(i.code, i.name);
  }
  const codes = [...subItems.keys()].sort(numericCode);
  const lead = ['序号', '考核轮次', '考核类型', '历练类别', '挂职单位'];
  const tail = ['总分', '排名', '等次'];
  const columns = lead.length + codes.length + tail.length;
  const sheet = workbook.addWorksheet(DOSSIER_SHEETS.results, { views: [{ state: 'frozen', xSplit: 2, ySplit: 3 }], pageSetup: a4('landscape', '2:3') });
  sheet.columns = [{ width: 6 }, { width: 26 }, { width: 10 }, { width: 12 }, { width: 18 }, ...codes.map(() => ({ width: 9 })), { width: 9 }, { width: 7 }, { width: 9 }];
  titleRow(sheet, 1, columns, `${safeText(name)}历次考核得分`);
  // Lead and tail headers span both header rows; each item spans its sub-items.
  const spanning = (column: number, text: string) => {
    sheet.mergeCells(2, column, 3, column);
    headerCell(sheet.getCell(2, column), text);
  };
  lead.forEach((text, i) => spanning(i + 1, text));
  tail.forEach((text, i) => spanning(lead.length + codes.length + i + 1, text));
  let column = lead.length + 1;
  for (const itemCode of [...new Set(codes.map((c) => c.split('.')[0]))].sort(numericCode)) {
    const under = codes.filter((c) => c.split('.')[0] === itemCode);
    if (under.length > 1) sheet.mergeCells(2, column, 2, column + under.length - 1);
    headerCell(sheet.getCell(2, column), `${itemCode} ${items.get(itemCode) ?? ''}`.trim());
    under.forEach((code, i) => headerCell(sheet.getCell(3, column + i), `${code} ${subItems.get(code)}`));
    column += under.length;
  }
  sheet.getRow(3).height = 32;
  entries.forEach((e, r) => {
    const row = 4 + r;
    const points = new Map(e.subItems.map((s) => [s.code, s.points]));
    const values: ExcelJS.CellValue[] = [r + 1, safeText(e.round.name), e.round.typeLabel, e.secondment.categoryLabel, safeText(e.secondment.hostUnit)];
    values.forEach((v, c) => bodyCell(sheet.getCell(row, c + 1), v));
    codes.forEach((code, c) => bodyCell(sheet.getCell(row, lead.length + c + 1), points.get(code) ?? null, POINTS_FORMAT));
    const end = lead.length + codes.length;
    bodyCell(sheet.getCell(row, end + 1), e.total, POINTS_FORMAT);
    bodyCell(sheet.getCell(row, end + 2), e.rank);
    bodyCell(sheet.getCell(row, end + 3), e.gradeLabel ?? '不定等次');
  });
}

function appraisalRows(sheet: ExcelJS.Worksheet, from: number, sections: readonly AppraisalSection[], textWidth: number, lastColumn: number): number {
  sections.forEach((s, i) => {
    const row = from + i;
    headerCell(sheet.getCell(row, 1), s.title);
    sheet.mergeCells(row, 2, row, lastColumn);
    bodyCell(sheet.getCell(row, 2), safeText(s.text));
    sheet.getCell(row, 2).alignment = { vertical: 'top', wrapText: true };
    sheet.getRow(row).height = wrappedHeight(s.text, textWidth);
  });
  return from + sections.length;
}

function appraisalSheet(workbook: ExcelJS.Workbook, appraisals: readonly DossierAppraisal[]): void {
  const sheet = workbook.addWorksheet(DOSSIER_SHEETS.appraisal, { pageSetup: a4('portrait') });
  sheet.columns = [{ width: 16 }, { width: 80 }];
  titleRow(sheet, 1, 2, '综合鉴定');
  if (appraisals.length === 0) {
    sheet.mergeCells(2, 1, 2, 2);
    bodyCell(sheet.getCell(2, 1), '尚未生成综合鉴定（挂职历练期满时生成）');
    return;
  }
  let row = 2;
  for (const a of appraisals) {
    sheet.mergeCells(row, 1, row, 2);
    headerCell(sheet.getCell(row, 1), `${safeText(a.heading)}（${a.statusLabel}）`);
    row = appraisalRows(sheet, row + 1, a.sections, 80, 2) + 1;
  }
}

/** A cadre's dossier: the profile and secondments, the results of every round, the appraisals. */
export async function buildDossierWorkbook(data: {
  profile: DossierProfile;
  secondments: readonly DossierSecondmentLine[];
  entries: readonly DossierSnapshot[];
  appraisals: readonly DossierAppraisal[];
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  profileSheet(workbook, data.profile, data.secondments);
  resultsSheet(workbook, data.profile.name, data.entries);
  appraisalSheet(workbook, data.appraisals);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The appraisal form (挂职历练干部综合鉴定表): one A4 page to print, sign and file. */
export async function buildAppraisalForm(data: { profile: DossierProfile; secondment: DossierSecondmentLine; statusLabel: string; sections: readonly AppraisalSection[] }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(APPRAISAL_FORM_SHEET, { pageSetup: a4('portrait') });
  sheet.columns = [{ width: 16 }, { width: 26 }, { width: 16 }, { width: 26 }];
  titleRow(sheet, 1, 4, '挂职历练干部综合鉴定表', 18);
  const { profile, secondment } = data;
  const facts: [string, string, string, string][] = [
    ['姓名', profile.name, '性别', profile.gender],
    ['出生日期', chineseDate(profile.birthDate), '政治面貌', profile.politicalStatus],
    ['学历', profile.education, '原单位及职务', `${profile.homeUnit}${profile.position}`],
    ['挂职单位', secondment.hostUnit, '挂职岗位', secondment.post],
    ['历练类别', secondment.category, '挂职时间', `${chineseDate(secondment.startDate)}至${chineseDate(secondment.endDate)}`],
  ];
  facts.forEach(([l1, v1, l2, v2], i) => {
    const row = 2 + i;
    headerCell(sheet.getCell(row, 1), l1);
    bodyCell(sheet.getCell(row, 2), safeText(v1));
    headerCell(sheet.getCell(row, 3), l2);
    bodyCell(sheet.getCell(row, 4), safeText(v2));
    sheet.getRow(row).height = 22;
  });
  const after = appraisalRows(sheet, 2 + facts.length, data.sections, 68, 4);
  sheet.mergeCells(after, 1, after, 4);
  const sign = sheet.getCell(after, 1);
  sign.value = `组织部门意见（盖章）：\n\n\n年    月    日${data.statusLabel === '已归档' ? '' : `\n（${data.statusLabel}，未归档）`}`;
  sign.font = FONT;
  sign.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
  sign.alignment = { vertical: 'top', horizontal: 'right', wrapText: true };
  sheet.getRow(after).height = 90;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
