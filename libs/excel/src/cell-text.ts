import type { CellValue } from 'exceljs';

/**
 * Text from people never reaches a sheet able to start a formula: a leading = + - @
 * (or a tab or carriage return, which some readers strip) gets an apostrophe first.
 */
export function safeText(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A cell's content as trimmed text: dates as YYYY-MM-DD, formulas by their result. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  // exceljs turns a huge number in a date-formatted cell into an Invalid Date.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '无效日期' : value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('').trim();
    if ('result' in value) return cellText(value.result as CellValue);
    // A hyperlink: its text is plain or, when the link is styled, rich text.
    if ('text' in value) return cellText(value.text as CellValue);
    if ('error' in value) return '';
  }
  return '';
}
