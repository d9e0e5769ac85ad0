import type { CellValue } from 'exceljs';
import fc from 'fast-check';
import { cellText, safeText } from './cell-text';

describe('safeText', () => {
  it.each<[string, string | null | undefined, string]>([
    ['a formula', '=1+1', "'=1+1"],
    ['a HYPERLINK formula', '=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['a leading plus', '+86 138', "'+86 138"],
    ['a leading minus', '-2+3', "'-2+3"],
    ['a leading at', '@SUM(A1)', "'@SUM(A1)"],
    ['a leading tab', '\t=1', "'\t=1"],
    ['a leading carriage return', '\r=1', "'\r=1"],
    ['a lone =', '=', "'="],
    ['plain Chinese text', '张伟', '张伟'],
    ['a date', '2023-03-01', '2023-03-01'],
    ['a national id', '11010519491231002X', '11010519491231002X'],
    ['= not at the start', '1=1', '1=1'],
    ['a leading space before =', ' =1', ' =1'],
    ['a leading newline', '\n=1', '\n=1'],
    ['a leading apostrophe', "'x", "'x"],
    ['a full-width equals sign', '＝1+1', '＝1+1'],
    ['empty', '', ''],
    ['null', null, ''],
    ['undefined', undefined, ''],
  ])('%s', (_name, value, expected) => {
    expect(safeText(value)).toBe(expected);
  });

  it('never returns text starting with a formula character, and only ever adds one apostrophe', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const safe = safeText(value);
        expect(safe).not.toMatch(/^[=+\-@\t\r]/);
        expect(safe === value || safe === `'${value}`).toBe(true);
      }),
    );
  });
});

describe('cellText', () => {
  it.each<[string, CellValue, string]>([
    ['null', null, ''],
    ['undefined', undefined as unknown as CellValue, ''],
    ['a string, trimmed', '  张伟 \n', '张伟'],
    ['an empty string', '', ''],
    ['a string of spaces', '   ', ''],
    ['a date at UTC midnight', new Date(Date.UTC(2023, 2, 15)), '2023-03-15'],
    ['a date late in the UTC day', new Date(Date.UTC(2023, 11, 31, 23, 59, 59)), '2023-12-31'],
    ['a leap day', new Date(Date.UTC(2024, 1, 29)), '2024-02-29'],
    ['an early date', new Date(Date.UTC(1900, 0, 1)), '1900-01-01'],
    ['an integer', 42, '42'],
    ['zero', 0, '0'],
    ['a negative number', -3.5, '-3.5'],
    ['a mobile number typed as a number', 13812345678, '13812345678'],
    ['a decimal', 0.1, '0.1'],
    ['true', true, 'true'],
    ['false', false, 'false'],
    ['rich text, joined and trimmed', { richText: [{ text: ' 区发展' }, { text: '和改革', font: { bold: true } }, { text: '委员会 ' }] }, '区发展和改革委员会'],
    ['empty rich text', { richText: [] }, ''],
    ['a hyperlink', { text: ' 市商务局 ', hyperlink: 'http://example.org' }, '市商务局'],
    ['a mail hyperlink', { text: 'a@b.cn', hyperlink: 'mailto:a@b.cn' }, 'a@b.cn'],
    ['a formula with a string result', { formula: 'A1&B1', result: ' 张伟 ' }, '张伟'],
    ['a formula with a number result', { formula: '1+1', result: 2 }, '2'],
    ['a formula with a date result', { formula: 'DATE(2023,3,1)', result: new Date(Date.UTC(2023, 2, 1)) }, '2023-03-01'],
    ['a formula with a boolean result', { formula: 'TRUE()', result: true }, 'true'],
    ['a formula with an error result', { formula: '1/0', result: { error: '#DIV/0!' } }, ''],
    ['a formula without a result', { formula: 'A1', result: undefined }, ''],
    ['a formula with no result key', { formula: 'A1' } as CellValue, ''],
    ['a shared formula', { sharedFormula: 'A1', result: '李娜' }, '李娜'],
    ['an error value', { error: '#N/A' }, ''],
    ['a #REF! error', { error: '#REF!' }, ''],
  ])('%s', (_name, value, expected) => {
    expect(cellText(value)).toBe(expected);
  });

  // exceljs reads a hyperlink on rich text as { text: { richText }, hyperlink } (its type
  // says string; its reader does not): the words are still what the person typed.
  it('reads a hyperlink whose text is rich text', () => {
    const value = { text: { richText: [{ text: '区发改', font: { bold: true } }, { text: '委' }] }, hyperlink: 'http://example.org' } as unknown as CellValue;
    expect(cellText(value)).toBe('区发改委');
  });

  // exceljs turns a huge number in a date-formatted cell into an Invalid Date.
  it('does not throw on an invalid date', () => {
    expect(() => cellText(new Date(Number.NaN))).not.toThrow();
  });

  it('gives back any string trimmed', () => {
    fc.assert(fc.property(fc.string(), (value) => expect(cellText(value)).toBe(value.trim())));
  });

  it('gives back any day between 1900 and 2099 as YYYY-MM-DD', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1) / 86_400_000, max: Date.UTC(2099, 11, 31) / 86_400_000 }), (day) => {
        const date = new Date(day * 86_400_000);
        const text = cellText(date);
        expect(text).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(Date.parse(`${text}T00:00:00Z`)).toBe(date.getTime());
      }),
    );
  });
});
