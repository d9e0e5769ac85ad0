import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { safeText } from './cell-text';
import { a4, BORDER, FONT, HEADER_FILL, POINTS_FORMAT } from './form-style';

/**
 * The organization department's report set (考核结果汇总表, 评分明细表, 民主测评统计表,
 * 等次分布表, 激励落实表, 储备人才库), streamed: rows are written and flushed as they come,
 * so memory stays flat however large the round. Every text from people goes through
 * safeText; numbers are numbers with two decimals.
 */

export const REPORT_SHEETS = {
  summary: '考核结果汇总表',
  details: '评分明细表',
  ballots: '民主测评统计表',
  distribution: '等次分布表',
  chart: '图表数据',
  incentives: '激励落实表',
  talentPool: '储备人才库',
} as const;

export interface ReportSubItem {
  code: string;
  name: string;
  itemCode: string;
  itemName: string;
}

interface Column {
  header: string;
  /** Display width in characters; a Chinese character counts two. */
  width: number;
  numFmt?: string;
}

/** Characters a text takes in a cell: a Chinese character is two. */
export function displayWidth(text: string): number {
  return [...text].reduce((sum, c) => sum + (c.charCodeAt(0) > 0xff ? 2 : 1), 0);
}

const fit = (header: string, content = 0) => Math.min(60, Math.max(displayWidth(header), content) + 2);

type Cell = string | number | null;

/** A streamed sheet: title rows, a header (one or two rows, with groups), then rows as they come. */
class ReportSheet {
  private rowNumber = 0;
  private readonly styles = new Map<string, Partial<ExcelJS.Style>>();

  constructor(
    private readonly sheet: ExcelJS.Worksheet,
    private readonly columns: readonly Column[],
  ) {}

  static create(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, columns: readonly Column[], headerRows: 1 | 2, orientation: 'portrait' | 'landscape' = 'landscape', frozenColumns = 2) {
    const sheet = workbook.addWorksheet(name, {
      views: [{ state: 'frozen', xSplit: frozenColumns, ySplit: 2 + headerRows }],
      pageSetup: a4(orientation, `3:${2 + headerRows}`),
    });
    sheet.columns = columns.map((c) => ({ width: c.width }));
    return new ReportSheet(sheet, columns);
  }

  /** Row 1: the title; row 2: the subtitle (period, date); both merged across the sheet. */
  titles(title: string, subtitle: string): void {
    const last = this.columns.length;
    this.sheet.mergeCells(1, 1, 1, last);
    this.sheet.mergeCells(2, 1, 2, last);
    const top = this.sheet.getRow(1);
    top.getCell(1).value = safeText(title);
    top.getCell(1).font = { ...FONT, size: 16, bold: true };
    top.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
    top.height = 32;
    top.commit();
    const sub = this.sheet.getRow(2);
    sub.getCell(1).value = safeText(subtitle);
    sub.getCell(1).font = FONT;
    sub.getCell(1).alignment = { horizontal: 'right', vertical: 'middle' };
    sub.commit();
    this.rowNumber = 2;
  }

  /**
   * The header. With `groups`, two rows: each group spans its columns in the first row
   * over their own headers in the second; a column in no group spans both rows.
   */
  header(groups?: readonly { from: number; to: number; text: string }[]): void {
    const style = (cell: ExcelJS.Cell, text: string) => {
      cell.value = text;
      cell.font = { ...FONT, bold: true };
      cell.fill = HEADER_FILL;
      cell.border = BORDER;
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    };
    if (!groups) {
      const row = this.sheet.getRow(++this.rowNumber);
      this.columns.forEach((c, i) => style(row.getCell(i + 1), c.header));
      row.height = 24;
      row.commit();
      return;
    }
    const first = this.rowNumber + 1;
    const top = this.sheet.getRow(first);
    const bottom = this.sheet.getRow(first + 1);
    const grouped = new Set<number>();
    for (const g of groups) {
      for (let c = g.from; c <= g.to; c++) grouped.add(c);
      if (g.to > g.from) this.sheet.mergeCells(first, g.from, first, g.to);
      style(top.getCell(g.from), g.text);
      for (let c = g.from; c <= g.to; c++) style(bottom.getCell(c), this.columns[c - 1].header);
    }
    this.columns.forEach((c, i) => {
      if (grouped.has(i + 1)) return;
      this.sheet.mergeCells(first, i + 1, first + 1, i + 1);
      style(top.getCell(i + 1), c.header);
    });
    top.height = 22;
    bottom.height = 32;
    top.commit();
    bottom.commit();
    this.rowNumber = first + 1;
  }

  add(values: readonly Cell[], options: { bold?: boolean; mergeFirst?: number } = {}): void {
    const row = this.sheet.getRow(++this.rowNumber);
    values.forEach((value, i) => {
      const cell = row.getCell(i + 1);
      cell.value = typeof value === 'string' ? safeText(value) : value;
      const numFmt = typeof value === 'number' ? this.columns[i]?.numFmt : undefined;
      cell.style = this.bodyStyle(options.bold === true, typeof value === 'string', numFmt);
    });
    if (options.mergeFirst && options.mergeFirst > 1) this.sheet.mergeCells(this.rowNumber, 1, this.rowNumber, options.mergeFirst);
    row.commit();
  }

  /**
   * One style object per kind of body cell, shared by every cell of that kind: exceljs
   * renders a style once per object it has not seen, so a fresh object per cell cost a
   * tenth of a large export's time (see the benchmarks).
   */
  private bodyStyle(bold: boolean, wrapText: boolean, numFmt: string | undefined): Partial<ExcelJS.Style> {
    const key = `${bold}|${wrapText}|${numFmt ?? ''}`;
    let style = this.styles.get(key);
    if (!style) {
      style = { font: bold ? { ...FONT, bold: true } : FONT, border: BORDER, alignment: { vertical: 'middle', wrapText }, ...(numFmt ? { numFmt } : {}) };
      this.styles.set(key, style);
    }
    return style;
  }

  blank(): void {
    this.sheet.getRow(++this.rowNumber).commit();
  }

  commit(): void {
    this.sheet.commit();
  }
}

function writer(output: Writable): ExcelJS.stream.xlsx.WorkbookWriter {
  return new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
}

const pointsColumn = (header: string): Column => ({ header, width: fit(header, 7), numFmt: POINTS_FORMAT });
const mean = (sum: number, n: number) => (n === 0 ? null : Math.round((sum / n) * 100) / 100);

export interface ReportMeta {
  /** The round's name. */
  round: string;
  /** e.g. 考核期间：2023年3月1日至2023年12月31日 */
  period: string;
  /** e.g. 导出时间：2026年11月26日 */
  exportedAt: string;
}

export interface SummaryLine {
  name: string;
  homeUnit: string;
  hostUnit: string;
  post: string;
  category: string;
  /** Aligned with the report's sub-items. */
  points: readonly (number | null)[];
  total: number | null;
  rank: number | null;
  grade: string;
}

/** 考核结果汇总表: one row per cadre by rank, the 13 sub-items under their items, averages last. */
export async function writeRoundSummary(output: Writable, meta: ReportMeta, subItems: readonly ReportSubItem[], lines: AsyncIterable<SummaryLine> | Iterable<SummaryLine>): Promise<void> {
  const workbook = writer(output);
  const lead: Column[] = [
    { header: '序号', width: 6 },
    { header: '姓名', width: 10 },
    { header: '原单位', width: 22 },
    { header: '挂职单位', width: 22 },
    { header: '挂职岗位', width: 18 },
    { header: '历练类别', width: 13 },
  ];
  const subColumns = subItems.map((s) => pointsColumn(`${s.code}\n${s.name}`));
  subColumns.forEach((c, i) => (c.width = fit(subItems[i].name, 7)));
  const tail: Column[] = [pointsColumn('总分'), { header: '排名', width: 6 }, { header: '等次', width: 10 }];
  const columns = [...lead, ...subColumns, ...tail];
  const sheet = ReportSheet.create(workbook, REPORT_SHEETS.summary, columns, 2);
  sheet.titles(`${meta.round}考核结果汇总表`, `${meta.period}　　${meta.exportedAt}`);
  const groups: { from: number; to: number; text: string }[] = [];
  subItems.forEach((s, i) => {
    const column = lead.length + i + 1;
    const last = groups[groups.length - 1];
    if (last && last.text.startsWith(`${s.itemCode} `)) last.to = column;
    else groups.push({ from: column, to: column, text: `${s.itemCode} ${s.itemName}` });
  });
  sheet.header(groups);

  let n = 0;
  const sums = subItems.map(() => ({ sum: 0, n: 0 }));
  const total = { sum: 0, n: 0 };
  for await (const line of lines) {
    n++;
    line.points.forEach((p, i) => {
      if (p !== null) {
        sums[i].sum += p;
        sums[i].n++;
      }
    });
    if (line.total !== null) {
      total.sum += line.total;
      total.n++;
    }
    sheet.add([n, line.name, line.homeUnit, line.hostUnit, line.post, line.category, ...line.points, line.total, line.rank, line.grade]);
  }
  sheet.add([`平均分（${n}人）`, null, null, null, null, null, ...sums.map((s) => mean(s.sum, s.n)), mean(total.sum, total.n), null, null], { bold: true, mergeFirst: lead.length });
  sheet.commit();
  await workbook.commit();
}

export interface DetailLine {
  name: string;
  hostUnit: string;
  subItemCode: string;
  subItemName: string;
  points: number | null;
  maxPoints: number;
  source: string;
  enteredBy: string;
  enteredAt: string;
  comment: string;
}

/** 评分明细表: per cadre per sub-item, the score, where it came from, who entered it and when. */
export async function writeScoreDetails(output: Writable, meta: ReportMeta, lines: AsyncIterable<DetailLine> | Iterable<DetailLine>): Promise<void> {
  const workbook = writer(output);
  const columns: Column[] = [
    { header: '序号', width: 6 },
    { header: '姓名', width: 10 },
    { header: '挂职单位', width: 22 },
    { header: '小项', width: 6 },
    { header: '小项名称', width: 16 },
    pointsColumn('得分'),
    pointsColumn('满分'),
    { header: '来源', width: 14 },
    { header: '录入人', width: 12 },
    { header: '录入时间', width: 18 },
    { header: '说明', width: 48 },
  ];
  const sheet = ReportSheet.create(workbook, REPORT_SHEETS.details, columns, 1);
  sheet.titles(`${meta.round}评分明细表`, `${meta.period}　　${meta.exportedAt}`);
  sheet.header();
  let n = 0;
  for await (const l of lines) {
    sheet.add([++n, l.name, l.hostUnit, l.subItemCode, l.subItemName, l.points, l.maxPoints, l.source, l.enteredBy, l.enteredAt, l.comment]);
  }
  sheet.commit();
  await workbook.commit();
}

export interface BallotLine {
  name: string;
  hostUnit: string;
  category: string;
  expectedVoters: number;
  cast: number;
  participationPercent: number;
  /** 优秀, 称职, 基本称职, 不称职: count and percentage of the valid ballots. */
  counts: readonly [number, number, number, number];
  percentages: readonly [number, number, number, number];
  invalid: number;
  /** Whether the session reached the minimum participation. */
  usable: boolean;
  score: number | null;
}

/** 民主测评统计表: per cadre with a democratic evaluation, the ballots by grade and the converted score. */
export async function writeBallotTally(output: Writable, meta: ReportMeta, lines: AsyncIterable<BallotLine> | Iterable<BallotLine>): Promise<void> {
  const workbook = writer(output);
  const grades = ['优秀', '称职', '基本称职', '不称职'];
  const columns: Column[] = [
    { header: '序号', width: 6 },
    { header: '姓名', width: 10 },
    { header: '挂职单位', width: 22 },
    { header: '历练类别', width: 13 },
    { header: '应参评人数', width: 8 },
    { header: '实参评人数', width: 8 },
    pointsColumn('参评率(%)'),
    ...grades.flatMap((g) => [{ header: `${g}票数`, width: 8 }, pointsColumn(`${g}占比(%)`)]),
    { header: '废票', width: 6 },
    { header: '是否有效', width: 8 },
    pointsColumn('折算得分'),
  ];
  const sheet = ReportSheet.create(workbook, REPORT_SHEETS.ballots, columns, 1);
  sheet.titles(`${meta.round}民主测评统计表`, `${meta.period}　　${meta.exportedAt}`);
  sheet.header();
  let n = 0;
  for await (const l of lines) {
    sheet.add([
      ++n,
      l.name,
      l.hostUnit,
      l.category,
      l.expectedVoters,
      l.cast,
      l.participationPercent,
      ...l.counts.flatMap((c, i) => [c, l.percentages[i]]),
      l.invalid,
      l.usable ? '有效' : '参评率不足',
      l.score,
    ]);
  }
  sheet.commit();
  await workbook.commit();
}

export interface DistributionLine {
  /** A category or a host unit. */
  label: string;
  graded: number;
  /** 优秀, 称职, 基本称职, 不称职. */
  counts: readonly [number, number, number, number];
  notGraded: number;
}

/** 等次分布表: counts and shares per grade by category and by host unit, the quota and its use; a plain table for charts. */
export async function writeDistribution(
  output: Writable,
  meta: ReportMeta,
  data: { byCategory: readonly DistributionLine[]; byHostUnit: readonly DistributionLine[]; quota: { places: number; used: number; rule: string } },
): Promise<void> {
  const workbook = writer(output);
  const grades = ['优秀', '称职', '基本称职', '不称职'];
  const columns: Column[] = [
    { header: '类别/单位', width: 26 },
    { header: '定等人数', width: 9 },
    ...grades.flatMap((g) => [{ header: `${g}人数`, width: 9 }, pointsColumn(`${g}占比(%)`)]),
    { header: '不定等次', width: 9 },
  ];
  const sheet = ReportSheet.create(workbook, REPORT_SHEETS.distribution, columns, 1, 'landscape', 1);
  sheet.titles(`${meta.round}等次分布表`, `${meta.period}　　${meta.exportedAt}`);
  sheet.header();
  const share = (n: number, of: number) => (of === 0 ? 0 : Math.round((n * 10_000) / of) / 100);
  const section = (title: string, lines: readonly DistributionLine[]) => {
    sheet.add([title, ...columns.slice(1).map(() => null)], { bold: true, mergeFirst: columns.length });
    const sum: DistributionLine = { label: '合计', graded: 0, counts: [0, 0, 0, 0], notGraded: 0 };
    for (const l of lines) {
      sheet.add([l.label, l.graded, ...l.counts.flatMap((c) => [c, share(c, l.graded)]), l.notGraded]);
      sum.graded += l.graded;
      sum.notGraded += l.notGraded;
      sum.counts = sum.counts.map((c, i) => c + l.counts[i]) as [number, number, number, number];
    }
    sheet.add([sum.label, sum.graded, ...sum.counts.flatMap((c) => [c, share(c, sum.graded)]), sum.notGraded], { bold: true });
  };
  section('按历练类别', data.byCategory);
  section('按挂职单位', data.byHostUnit);
  sheet.blank();
  sheet.add([`优秀名额 ${data.quota.places} 个（${data.quota.rule}），已评优秀 ${data.quota.used} 人，剩余 ${Math.max(0, data.quota.places - data.quota.used)} 个`, ...columns.slice(1).map(() => null)], {
    mergeFirst: columns.length,
  });
  sheet.commit();

  // Chart-ready: one header row, one row per category, one column per grade, no merges.
  const chart = workbook.addWorksheet(REPORT_SHEETS.chart);
  chart.columns = [{ width: 16 }, ...grades.map(() => ({ width: 10 })), { width: 10 }];
  chart.addRow(['历练类别', ...grades, '不定等次']).commit();
  for (const l of data.byCategory) chart.addRow([safeText(l.label), ...l.counts, l.notGraded]).commit();
  chart.commit();
  await workbook.commit();
}

export interface IncentiveLine {
  name: string;
  hostUnit: string;
  total: number | null;
  rank: number | null;
  proposedMeasure: string;
  status: string;
  measure: string;
  note: string;
  exemplar: string;
}

/** 激励落实表: the incentives of a round's Excellent, as proposed and as decided. */
export async function writeIncentives(output: Writable, meta: ReportMeta, lines: AsyncIterable<IncentiveLine> | Iterable<IncentiveLine>): Promise<void> {
  const workbook = writer(output);
  const columns: Column[] = [
    { header: '序号', width: 6 },
    { header: '姓名', width: 10 },
    { header: '挂职单位', width: 22 },
    pointsColumn('总分'),
    { header: '排名', width: 6 },
    { header: '拟落实待遇', width: 40 },
    { header: '状态', width: 8 },
    { header: '落实待遇', width: 40 },
    { header: '说明', width: 24 },
    { header: '示范标杆', width: 30 },
  ];
  const sheet = ReportSheet.create(workbook, REPORT_SHEETS.incentives, columns, 1);
  sheet.titles(`${meta.round}优秀等次激励落实表`, `${meta.period}　　${meta.exportedAt}`);
  sheet.header();
  let n = 0;
  for await (const l of lines) sheet.add([++n, l.name, l.hostUnit, l.total, l.rank, l.proposedMeasure, l.status, l.measure, l.note, l.exemplar]);
  sheet.commit();
  await workbook.commit();
}

export interface TalentLine {
  name: string;
  homeUnit: string;
  position: string;
  excellentRounds: number;
  priority: string;
  latestTotal: number | null;
  latestGrade: string;
  status: string;
  recommendation: string;
}

/** 储备人才库: the talent pool, those Excellent in two or more rounds first. */
export async function writeTalentPool(output: Writable, exportedAt: string, lines: AsyncIterable<TalentLine> | Iterable<TalentLine>): Promise<void> {
  const workbook = writer(output);
  const columns: Column[] = [
    { header: '序号', width: 6 },
    { header: '姓名', width: 10 },
    { header: '原单位', width: 22 },
    { header: '职务', width: 16 },
    { header: '优秀次数', width: 8 },
    { header: '优先人选', width: 8 },
    pointsColumn('最近总分'),
    { header: '最近等次', width: 9 },
    { header: '状态', width: 8 },
    { header: '推荐意见', width: 40 },
  ];
  const sheet = ReportSheet.create(workbook, REPORT_SHEETS.talentPool, columns, 1);
  sheet.titles('挂职历练干部储备人才库', exportedAt);
  sheet.header();
  let n = 0;
  for await (const l of lines) sheet.add([++n, l.name, l.homeUnit, l.position, l.excellentRounds, l.priority, l.latestTotal, l.latestGrade, l.status, l.recommendation]);
  sheet.commit();
  await workbook.commit();
}
