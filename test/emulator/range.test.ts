import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../emulator';

function fresh(options: Parameters<typeof createEmulator>[0] = {}) {
  const emulator = createEmulator(options);
  return { emulator, sheet: emulator.spreadsheet.getSheets()[0]! };
}

describe('Range values', () => {
  it('reads empty cells as "" and round-trips numbers, booleans, text and Dates', () => {
    const { sheet } = fresh();
    const date = new Date(Date.UTC(2026, 6, 1));
    sheet.getRange('A1:C2').setValues([
      [1.5, true, 'text'],
      [date, '', null],
    ]);
    const values = sheet.getRange('A1:D2').getValues();
    expect(values).toEqual([
      [1.5, true, 'text', ''],
      [date, '', '', ''],
    ]);
    expect(values[1]![0]).toBeInstanceOf(Date);
    expect(values[1]![0]).not.toBe(date); // a copy, as every read from Sheets is
  });

  it('rejects a grid whose size differs from the range, with the Sheets wording', () => {
    const { sheet } = fresh();
    const range = sheet.getRange('A1:B2');
    expect(() => range.setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() =>
      range.setValues([
        [1, 2, 3],
        [4, 5, 6],
      ]),
    ).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
    expect(() => range.setValues([[1, 2], [3]])).toThrow('The data has 1 but the range has 2.');
    // Nothing was written by the failed calls.
    expect(sheet.getLastRow()).toBe(0);
  });

  it('turns "=" strings into formulas and keeps "\'" strings as literal text', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:C1').setValues([['=SUM(B2:B3)', "'=not a formula", "'0042"]]);
    expect(sheet.getRange('A1:C1').getFormulas()).toEqual([['=SUM(B2:B3)', '', '']]);
    // Without an evaluator a formula cell reads "".
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['', '=not a formula', '0042']]);
  });

  it('treats "+…" and "-…" text that is not a number as a formula, so user text must be escaped', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:D1').setValues([['-5', '+3.5', '- Launch campaign', "'- Launch campaign"]]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([[-5, 3.5, '', '- Launch campaign']]);
    expect(sheet.getRange('C1').getFormula()).toBe('=- Launch campaign');
  });

  it('reads typed text as Sheets does: numbers, percents and dates in the locale, the rest text', () => {
    const { sheet } = fresh({ locale: 'en_US', timeZone: 'UTC' });
    sheet.getRange('A1:F1').setValues([['1,234', '4.5%', '7/1/2026', 'TRUE', 'Sat, Oct 31, 2026', '3,3%']]);
    const [row] = sheet.getRange('A1:F1').getValues();
    expect(row!.slice(0, 2)).toEqual([1234, 0.045]);
    expect(row![2]).toEqual(new Date(Date.UTC(2026, 6, 1)));
    expect(row!.slice(3)).toEqual([true, 'Sat, Oct 31, 2026', '3,3%']);
  });

  it('reads a decimal-comma locale the Icelandic way', () => {
    const { sheet } = fresh({ locale: 'is_IS', timeZone: 'Atlantic/Reykjavik' });
    sheet.getRange('A1:D1').setValues([['8.480', '3,3%', '1.7.2026', '1,5']]);
    const [row] = sheet.getRange('A1:D1').getValues();
    expect(row![0]).toBe(8480);
    expect(row![1]).toBeCloseTo(0.033, 10);
    expect(row![2]).toEqual(new Date(Date.UTC(2026, 6, 1)));
    expect(row![3]).toBe(1.5);
  });

  it('keeps text as typed in a cell formatted as plain text "@"', () => {
    const { sheet } = fresh();
    const cell = sheet.getRange('A1');
    cell.setNumberFormat('@').setValue('00123');
    expect(cell.getValue()).toBe('00123');
  });

  it('setValue fills every cell of a multi-cell range; getValue reads the top-left', () => {
    const { sheet } = fresh();
    sheet.getRange('B2:C3').setValue(7);
    expect(sheet.getRange('B2:C3').getValues()).toEqual([
      [7, 7],
      [7, 7],
    ]);
    expect(sheet.getRange('B2:C3').getValue()).toBe(7);
  });
});

describe('Range geometry and A1', () => {
  it('resolves A1 forms against the sheet size', () => {
    const { sheet } = fresh();
    const column = sheet.getRange('B:B');
    expect([column.getRow(), column.getColumn(), column.getNumRows(), column.getNumColumns()]).toEqual([
      1, 2, 1000, 1,
    ]);
    expect(column.getA1Notation()).toBe('B:B');
    const openEnd = sheet.getRange('A2:C');
    expect([openEnd.getRow(), openEnd.getNumRows(), openEnd.getNumColumns()]).toEqual([2, 999, 3]);
    expect(sheet.getRange('2:3').getA1Notation()).toBe('2:3');
    expect(sheet.getRange('C3:A1').getA1Notation()).toBe('A1:C3');
    expect(sheet.getRange(2, 3, 4, 5).getA1Notation()).toBe('C2:G5');
    expect(sheet.getRange(5, 1).getA1Notation()).toBe('A5');
    // A numeric range spanning the column is still written with rows.
    expect(sheet.getRange(1, 2, 1000, 1).getA1Notation()).toBe('B1:B1000');
    expect(sheet.getRange('A1:A1').getA1Notation()).toBe('A1');
  });

  it('accepts a sheet-qualified A1 and resolves it to that sheet', () => {
    const { emulator } = fresh();
    const other = emulator.spreadsheet.insertSheet("Q3 'plan'");
    other.getRange('A1').setValue('x');
    expect(emulator.spreadsheet.getRange("'Q3 ''plan'''!A1").getValue()).toBe('x');
    expect(emulator.spreadsheet.getRange("'Q3 ''plan'''!A1").getSheet().getName()).toBe("Q3 'plan'");
  });

  it('throws for ranges outside the sheet or with no rows', () => {
    const { sheet } = fresh();
    expect(() => sheet.getRange(1001, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(1, 27)).toThrow('outside the dimensions');
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange('not a range')).toThrow('Range not found');
  });

  it('offsets and picks cells relative to the range', () => {
    const { sheet } = fresh();
    const range = sheet.getRange('B2:C3');
    expect(range.offset(1, 1).getA1Notation()).toBe('C3:D4');
    expect(range.offset(0, 0, 1, 1).getA1Notation()).toBe('B2');
    expect(range.getCell(2, 2).getA1Notation()).toBe('C3');
  });

  it('reports an empty sheet as last row 0 and a data range of A1', () => {
    const { sheet } = fresh();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
  });

  it('bounds the data range by the last cell with content, not by formats', () => {
    const { sheet } = fresh();
    sheet.getRange('B3').setValue('x');
    sheet.getRange('A1').setFormula('=1');
    sheet.getRange('F9').setBackground('#ff0000');
    expect(sheet.getLastRow()).toBe(3);
    expect(sheet.getLastColumn()).toBe(2);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:B3');
  });
});

describe('Range formats and display values', () => {
  it('stores per-cell formats with Sheets defaults and null resets', () => {
    const { sheet } = fresh();
    const range = sheet.getRange('A1:B1');
    expect(range.getBackgrounds()).toEqual([['#ffffff', '#ffffff']]);
    range.setBackgrounds([['#FF0000', null]]).setFontWeights([['bold', 'normal']]);
    expect(range.getBackgrounds()).toEqual([['#ff0000', '#ffffff']]);
    expect(range.getFontWeights()).toEqual([['bold', 'normal']]);
    range.setBackground(null);
    expect(range.getBackground()).toBe('#ffffff');
    expect(() => range.setNumberFormats([['0%']])).toThrow('The data has 1 but the range has 2.');
  });

  it('shows numbers and dates under their number formats and the spreadsheet locale', () => {
    const { sheet } = fresh({ locale: 'en_US', timeZone: 'America/New_York' });
    const date = new Date('2026-07-01T04:00:00Z'); // midnight in New York
    sheet.getRange('A1:E1').setValues([[0.0456, 1234567.891, date, 42, 0.5]]);
    sheet.getRange('A1:E1').setNumberFormats([['0.0%', '#,##0', 'yyyy-mm-dd', '0.00', '0%']]);
    expect(sheet.getRange('A1:E1').getDisplayValues()).toEqual([
      ['4.6%', '1,234,568', '2026-07-01', '42.00', '50%'],
    ]);
  });

  it('uses the locale decimal mark and date order in a decimal-comma locale', () => {
    const { sheet } = fresh({ locale: 'de_DE', timeZone: 'Europe/Berlin' });
    const date = new Date('2026-07-01T00:00:00+02:00');
    sheet.getRange('A1:D1').setValues([[0.0456, 1234567.891, date, 2.5]]);
    sheet.getRange('A1:C1').setNumberFormats([['0.0%', '#,##0.00', 'd.m.yyyy']]);
    expect(sheet.getRange('A1:D1').getDisplayValues()).toEqual([['4,6%', '1.234.567,89', '1.7.2026', '2,5']]);
  });

  it('clears contents, formats or both as documented', () => {
    const { sheet } = fresh();
    const cell = sheet.getRange('A1');
    cell.setValue(5).setBackground('#00ff00').setNote('why');
    cell.clearContent();
    expect([cell.getValue(), cell.getBackground(), cell.getNote()]).toEqual(['', '#00ff00', 'why']);
    cell.setValue(5);
    cell.clearFormat();
    expect([cell.getValue(), cell.getBackground()]).toEqual([5, '#ffffff']);
    cell.setBackground('#00ff00');
    cell.clear();
    expect([cell.getValue(), cell.getBackground(), cell.getNote()]).toEqual(['', '#ffffff', '']);
  });
});
