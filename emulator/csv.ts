// Pasting CSV text into a sheet as a marketer does: either everything in column A (a CSV
// pasted as plain text) or split into columns with numbers and dates read in the spreadsheet locale.
import { detectDelimiter, parseCsv as parseCoreCsv } from '../src/core/csv';
import { expose, unwrap } from './calls';
import type { Range, Sheet } from './sheet';
import { readEntered } from './values';

/**
 * The add-on's own CSV reader (src/core/csv.ts: quotes, doubled quotes, line breaks in quotes, BOM,
 * \r\n, a "sep=;" first line, delimiter detection). An explicit delimiter is passed to it as a sep line.
 */
export function parseCsv(text: string, delimiter?: string): string[][] {
  if (delimiter === undefined) return parseCoreCsv(text);
  return parseCoreCsv(`sep=${delimiter}\n${text.replace(/^\uFEFF/, '')}`);
}

export { detectDelimiter };

export interface PasteOptions {
  /**
   * true: split into columns (Data → Split text to columns, or a tab-separated paste), reading
   * numbers and dates in the locale. false: each line lands in column A as text, quotes and all.
   */
  readonly split: boolean;
  /** Locale to read numbers and dates in; defaults to the spreadsheet locale. */
  readonly locale?: string;
  readonly delimiter?: string;
  /** Top-left cell, 1-based; default A1. */
  readonly row?: number;
  readonly column?: number;
}

/**
 * Pastes CSV text into a sheet the way a user would, growing the sheet to fit. Not a script
 * action: no calls are counted. Returns the range written (as an exposed Range). Not documented
 * (a user's paste, not an API): how Sheets reads pasted fields; readEntered's observed rules.
 */
export function pasteCsv(sheetOrProxy: Sheet, text: string, options: PasteOptions): Range {
  const sheet = unwrap(sheetOrProxy);
  const top = options.row ?? 1;
  const left = options.column ?? 1;
  const grid: (string | number | boolean | Date | '')[][] = [];
  if (options.split) {
    const context = {
      locale: options.locale ?? sheet.spreadsheet.locale,
      timeZone: sheet.spreadsheet.timeZone,
    };
    const rows = parseCsv(text, options.delimiter);
    const width = rows.reduce((most, r) => Math.max(most, r.length), 1);
    for (const fields of rows) {
      const line: (string | number | boolean | Date | '')[] = [];
      for (let j = 0; j < width; j++) {
        // Split text keeps "=…" as text: a pasted export must never run as a formula.
        const entered = readEntered(fields[j] ?? '', context, false);
        line.push(entered.kind === 'value' ? entered.value : '');
      }
      grid.push(line);
    }
  } else {
    for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) grid.push([line]);
    while (grid.length > 1 && grid[grid.length - 1]![0] === '') grid.pop();
  }
  const numRows = Math.max(grid.length, 1);
  const numColumns = Math.max(grid[0]?.length ?? 1, 1);
  sheet._ensureSize(top + numRows - 1, left + numColumns - 1);
  const range = sheet._rangeOf({ row: top, column: left, numRows, numColumns });
  // Stored directly: a pasted text cell stays text even when it looks like a number ("as text").
  range._each((r, c, i, j) => {
    const value = grid[i]?.[j] ?? '';
    sheet.formulas.set(r, c, undefined);
    sheet.values.set(r, c, value === '' ? undefined : value);
  });
  sheet.spreadsheet._changed();
  return expose(range);
}
