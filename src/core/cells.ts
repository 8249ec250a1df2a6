import { readDateText } from './dates';
import { parseNumber } from './numbers';

/** What a spreadsheet cell holds as getValues returns it: "" for an empty cell, Date for dates. */
export type CellValue = string | number | boolean | Date | null | undefined;

/** A rectangular block of cells, row-major, as getValues returns and custom functions receive. */
export type Grid = CellValue[][];

/** The spreadsheet settings that change how text is read. */
export interface SheetSettings {
  /** Spreadsheet locale as Apps Script reports it, e.g. "en_US", "is_IS", "de_DE". */
  readonly locale: string;
  /** Spreadsheet time zone (IANA), e.g. "Atlantic/Reykjavik". */
  readonly timeZone: string;
}

export function isBlank(value: CellValue): boolean {
  return (
    value === '' ||
    value === null ||
    value === undefined ||
    (typeof value === 'string' && value.trim() === '')
  );
}

/** "A", "Z", "AA"… for a 0-based column index. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * The string to hand setValues so the cell holds exactly `text`. setValues reads strings as if typed:
 * "=…", "+…", "-…" and "@…" may become formulas; "2026-07-01", "1,5", "12:30", "July 2026" and "TRUE"
 * become dates, numbers and booleans; a leading apostrophe is swallowed. A leading apostrophe keeps the
 * rest as text, so it goes before any text that starts with one of = + - @ ' ( or a digit or ".", that
 * reads as a number (with currency or percent), a date (month names too), a month and year, or a boolean.
 * Other text, most names, goes as is: a cell formatted as plain text may keep an apostrophe as a character.
 */
export function escapeCellText(text: string): string {
  const t = text.trim();
  const reinterpreted =
    /^[=+\-@'(.\d]/.test(t) ||
    /^(?:true|false)$/i.test(t) ||
    (t !== '' && !Number.isNaN(parseNumber(t))) ||
    readDateText(t) !== null ||
    readDateText(`1 ${t}`) !== null;
  return reinterpreted ? `'${text}` : text;
}
