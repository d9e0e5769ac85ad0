import type ExcelJS from 'exceljs';

/** The look of the department's printed forms: 宋体, thin grey borders, a pale header. */
export const FONT = { name: '宋体', size: 11 };
export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const THIN = { style: 'thin' as const, color: { argb: 'FF808080' } };
export const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** Points with two decimals. */
export const POINTS_FORMAT = '0.00';

/** A4, fitted to the page width, the given rows repeated at the top of every printed page. */
export function a4(orientation: 'portrait' | 'landscape', printTitlesRow?: string): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: 9,
    orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.6, right: 0.6, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    ...(printTitlesRow ? { printTitlesRow } : {}),
  };
}

/** Row `row` merged across `columns`, holding a centred bold title. */
export function titleRow(sheet: ExcelJS.Worksheet, row: number, columns: number, text: string, size = 16): void {
  sheet.mergeCells(row, 1, row, columns);
  const cell = sheet.getCell(row, 1);
  cell.value = text;
  cell.font = { ...FONT, size, bold: true };
  cell.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(row).height = size * 2;
}

export function headerCell(cell: ExcelJS.Cell, text: string): void {
  cell.value = text;
  cell.font = { ...FONT, bold: true };
  cell.fill = HEADER_FILL;
  cell.border = BORDER;
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
}

export function bodyCell(cell: ExcelJS.Cell, value: ExcelJS.CellValue, numFmt?: string): void {
  cell.value = value;
  cell.font = FONT;
  cell.border = BORDER;
  cell.alignment = { vertical: 'middle', wrapText: true };
  if (numFmt) cell.numFmt = numFmt;
}

/**
 * A row tall enough for `text` wrapped in a cell `width` characters wide: a Chinese
 * character takes two, a line 15 points.
 */
export function wrappedHeight(text: string, width: number): number {
  const units = [...text].reduce((sum, c) => sum + (c.charCodeAt(0) > 0xff ? 2 : 1), 0);
  return Math.max(20, Math.ceil(units / Math.max(1, width - 2)) * 15 + 6);
}
