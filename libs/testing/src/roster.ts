import ExcelJS from 'exceljs';
import { Gender, nationalIdFacts, ROSTER_COLUMNS, type RosterKey } from '@app/domain';
import { uniqueNationalId } from './registry-factory';

/** One line of a roster as typed into the template, by column key. */
export type RosterLine = Record<RosterKey, string>;

export const ROSTER_CATEGORIES = ['基层一线', '项目一线', '招商一线', '国企一线', '其他重点工作'];

/** A valid line (the i-th), its units taken in turn from those given; `overrides` replace cells. */
export function rosterLine(i: number, units: { homeUnits: { name: string }[]; hostUnits: { name: string; code: string }[] }, overrides: Partial<RosterLine> = {}): RosterLine {
  const gender = i % 3 === 0 ? Gender.Female : Gender.Male;
  const nationalId = uniqueNationalId(gender);
  return {
    name: `干部${i}号`,
    gender: gender === Gender.Male ? '男' : '女',
    birthDate: nationalIdFacts(nationalId).birthDate,
    ethnicity: i % 10 === 0 ? '回族' : '汉族',
    politicalStatus: '中共党员',
    education: '大学本科',
    nationalId,
    phone: `1380013${String(1000 + i).slice(-4)}`,
    homeUnit: units.homeUnits[i % units.homeUnits.length].name,
    position: '科员',
    rank: i % 4 === 0 ? '' : '一级科员',
    hostUnit: i % 2 === 0 ? units.hostUnits[0].code : units.hostUnits[units.hostUnits.length > 1 ? 1 : 0].name,
    category: ROSTER_CATEGORIES[i % 5],
    post: '党工委副书记',
    startDate: '2023-03-01',
    endDate: '2023-12-31',
    groupLabel: i % 5 === 1 ? '郑州南站片区开发专班' : '',
    ...overrides,
  };
}

/** The downloaded template with these lines typed into its roster sheet. */
export async function filledRoster(template: Buffer, lines: RosterLine[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('花名册') as ExcelJS.Worksheet;
  lines.forEach((l, i) => ROSTER_COLUMNS.forEach((column, c) => (sheet.getCell(i + 2, c + 1).value = l[column.key] || null)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
