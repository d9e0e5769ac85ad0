import { cadreIdentityProblems, PHONE_PATTERN, PHONE_PROBLEM } from './cadre-rules';
import { isCalendarDate, nationalIdProblem } from './national-id';
import { periodProblems } from './secondment-rules';
import {
  EDUCATION,
  type Education,
  ETHNICITIES,
  GENDER,
  type Gender,
  POLITICAL_STATUS,
  type PoliticalStatus,
  SECONDMENT_CATEGORY,
  type SecondmentCategory,
  type Vocabulary,
} from './vocabulary';

/**
 * The roster (花名册) of one batch as an organization department fills it in Excel:
 * one row per seconded cadre. The template, the import and the export all follow
 * this list, in this order.
 */
export const ROSTER_COLUMNS = [
  { key: 'name', header: '姓名', required: true, width: 10, hint: '不超过50字' },
  { key: 'gender', header: '性别', required: true, width: 6, hint: '男 或 女，须与身份证号一致' },
  { key: 'birthDate', header: '出生日期', required: true, width: 12, hint: '如 1988-05-12，须与身份证号一致' },
  { key: 'ethnicity', header: '民族', required: true, width: 10, hint: '如 汉族（见“可选值”）' },
  { key: 'politicalStatus', header: '政治面貌', required: true, width: 12, hint: '见“可选值”' },
  { key: 'education', header: '学历', required: true, width: 12, hint: '见“可选值”' },
  { key: 'nationalId', header: '身份证号', required: true, width: 21, hint: '18位，末位可为X；请以文本格式填写' },
  { key: 'phone', header: '联系电话', required: true, width: 14, hint: '11位手机号或带区号的固定电话' },
  { key: 'homeUnit', header: '派出单位', required: true, width: 22, hint: '系统中已有单位的名称或代码' },
  { key: 'position', header: '现任职务', required: true, width: 20, hint: '在派出单位的职务' },
  { key: 'rank', header: '职级', required: false, width: 12, hint: '如 一级主任科员，可不填' },
  { key: 'hostUnit', header: '用人单位', required: true, width: 22, hint: '系统中已有“用人单位”类型单位的名称或代码' },
  { key: 'category', header: '历练类别', required: true, width: 12, hint: '见“可选值”' },
  { key: 'post', header: '挂任职务', required: true, width: 20, hint: '在用人单位挂任的职务' },
  { key: 'startDate', header: '开始日期', required: true, width: 12, hint: '须在批次期间内' },
  { key: 'endDate', header: '结束日期', required: true, width: 12, hint: '须在批次期间内，不早于开始日期' },
  { key: 'groupLabel', header: '所在专班', required: false, width: 18, hint: '重大项目专班、工作组等，可不填' },
] as const;

export type RosterKey = (typeof ROSTER_COLUMNS)[number]['key'];

export const ROSTER_HEADER: Readonly<Record<RosterKey, string>> = Object.fromEntries(
  ROSTER_COLUMNS.map((column) => [column.key, column.header]),
) as Record<RosterKey, string>;

/** The lists offered on the template's “可选值” sheet, by column. */
export const ROSTER_CHOICES: readonly { header: string; values: readonly string[] }[] = [
  { header: ROSTER_HEADER.gender, values: GENDER.labels },
  { header: ROSTER_HEADER.ethnicity, values: ETHNICITIES },
  { header: ROSTER_HEADER.politicalStatus, values: POLITICAL_STATUS.labels },
  { header: ROSTER_HEADER.education, values: EDUCATION.labels },
  { header: ROSTER_HEADER.category, values: SECONDMENT_CATEGORY.labels },
];

/** One row as read from the sheet: each cell as trimmed text ('' when empty). */
export interface RosterRowInput {
  rowNumber: number;
  cells: Readonly<Record<RosterKey, string>>;
}

export interface RosterRow {
  rowNumber: number;
  name: string;
  gender: Gender;
  birthDate: string;
  ethnicity: string;
  politicalStatus: PoliticalStatus;
  education: Education;
  nationalId: string;
  phone: string;
  /** A unit's name or code, resolved against the database later. */
  homeUnit: string;
  position: string;
  rank: string | null;
  hostUnit: string;
  category: SecondmentCategory;
  post: string;
  startDate: string;
  endDate: string;
  groupLabel: string | null;
}

/** One error of the import report: the sheet row, the column header and what is wrong, in Chinese. */
export interface RosterError {
  row: number;
  column: string;
  message: string;
}

const MAX_LENGTH: Partial<Record<RosterKey, number>> = {
  name: 50,
  position: 100,
  rank: 50,
  post: 100,
  groupLabel: 100,
  homeUnit: 100,
  hostUnit: 100,
};

/** 2023-03-01, 2023/3/1, 2023.3.1, 2023年3月1日 or 20230301, as YYYY-MM-DD; undefined otherwise. */
export function normalizeDate(text: string): string | undefined {
  const match = /^(\d{4})\s*(?:[-/.年])\s*(\d{1,2})\s*(?:[-/.月])\s*(\d{1,2})\s*日?$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!match) return undefined;
  return `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
}

/**
 * Checks one row on its own (the database checks come after) and turns its labels
 * into codes. Every problem is reported, not just the first.
 */
export function parseRosterRow(input: RosterRowInput): { row?: RosterRow; errors: RosterError[] } {
  const errors: RosterError[] = [];
  const fail = (key: RosterKey, message: string) => errors.push({ row: input.rowNumber, column: ROSTER_HEADER[key], message });
  const text = (key: RosterKey): string => input.cells[key] ?? '';

  for (const column of ROSTER_COLUMNS) {
    const value = text(column.key);
    if (column.required && value === '') fail(column.key, '不能为空');
    const max = MAX_LENGTH[column.key];
    if (max && [...value].length > max) fail(column.key, `不能超过${max}个字`);
    if (/^[=+\-@]/.test(value)) fail(column.key, '不能以 = + - @ 开头');
  }

  const choice = <C extends string>(key: RosterKey, vocabulary: Vocabulary<C>): C | undefined => {
    const value = text(key);
    if (value === '') return undefined;
    const code = vocabulary.parse(value);
    if (!code) fail(key, `“${value}”不是可选值（${vocabulary.labels.join('、')}）`);
    return code;
  };
  const gender = choice('gender', GENDER);
  const politicalStatus = choice('politicalStatus', POLITICAL_STATUS);
  const education = choice('education', EDUCATION);
  const category = choice('category', SECONDMENT_CATEGORY);
  const ethnicity = text('ethnicity');
  if (ethnicity !== '' && !ETHNICITIES.includes(ethnicity)) fail('ethnicity', `“${ethnicity}”不是56个民族名称之一`);

  const date = (key: RosterKey): string | undefined => {
    const value = text(key);
    if (value === '') return undefined;
    const normalized = normalizeDate(value);
    if (!normalized) {
      fail(key, `“${value}”不是日期（如 2023-03-01）`);
      return undefined;
    }
    if (!isCalendarDate(normalized)) {
      fail(key, `${ROSTER_HEADER[key]}不是有效日期`);
      return undefined;
    }
    return normalized;
  };
  const birthDate = date('birthDate');
  const startDate = date('startDate');
  const endDate = date('endDate');
  const nationalId = text('nationalId').toUpperCase();

  const phone = text('phone');
  if (gender && birthDate && nationalId && phone) {
    for (const problem of cadreIdentityProblems({ nationalId, birthDate, gender, phone })) {
      fail(problem.field as RosterKey, problem.message);
    }
  } else {
    // Whatever can be checked without the other fields still is.
    const idProblem = nationalId ? nationalIdProblem(nationalId) : null;
    if (idProblem) fail('nationalId', `身份证号${idProblem}`);
    if (phone && !PHONE_PATTERN.test(phone)) fail('phone', PHONE_PROBLEM);
  }
  if (startDate && endDate) {
    for (const problem of periodProblems({ startDate, endDate })) fail(problem.field as RosterKey, problem.message);
  }

  if (errors.length > 0 || !gender || !politicalStatus || !education || !category || !birthDate || !startDate || !endDate) {
    return { errors };
  }
  return {
    errors,
    row: {
      rowNumber: input.rowNumber,
      name: text('name'),
      gender,
      birthDate,
      ethnicity,
      politicalStatus,
      education,
      nationalId,
      phone,
      homeUnit: text('homeUnit'),
      position: text('position'),
      rank: text('rank') || null,
      hostUnit: text('hostUnit'),
      category,
      post: text('post'),
      startDate,
      endDate,
      groupLabel: text('groupLabel') || null,
    },
  };
}
