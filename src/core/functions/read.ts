import { type CellValue, isBlank, type SheetSettings } from '../cells';
import { readDay } from '../dates';
import { parseNumber, usesDecimalComma } from '../numbers';
import { cellPlace, type Range } from './shape';

/** How an argument's cells are read. Counts and amounts refuse negatives, saying why. */
export type Reading = 'count' | 'amount' | 'growth' | 'number' | 'date';

const NEGATIVE_REFUSED: Partial<Record<Reading, string>> = {
  count: 'a count cannot be negative',
  amount: 'an amount cannot be negative',
  growth: 'compound growth needs values of 0 or more',
};

/** The spreadsheet settings with what follows from them worked out once per call. */
export interface ReadContext {
  readonly sheet: SheetSettings;
  readonly decimalComma: boolean;
}

export function readContext(sheet: SheetSettings): ReadContext {
  return { sheet, decimalComma: usesDecimalComma(sheet.locale) };
}

/** A cell as the user sees it, for messages: "n/a" in quotes, TRUE, a date. */
export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : 'a date';
  return 'this value';
}

/** A number, a day number for dates, null for a blank cell, or a string saying why the cell cannot be read. */
export function readCell(value: CellValue, reading: Reading, context: ReadContext): number | null | string {
  if (isBlank(value)) return null;
  if (reading === 'date') return readDay(value, context.sheet) ?? `${show(value)} is not a date`;
  const number = parseNumber(value, context.decimalComma);
  if (number === null) return null;
  if (Number.isNaN(number)) return `${show(value)} is not a number`;
  const refused = NEGATIVE_REFUSED[reading];
  return number < 0 && refused ? `${show(value)} is negative; ${refused}` : number;
}

/** Every cell of a range read, or an error naming the function, the argument and the cell. */
export function readRange(
  fn: string,
  range: Range,
  reading: Reading,
  context: ReadContext,
): (number | null)[][] {
  return range.cells.map((row, r) =>
    row.map((value, c) => {
      const read = readCell(value, reading, context);
      if (typeof read !== 'string') return read;
      const place = cellPlace(range, r, c);
      throw new Error(`${fn}: ${range.param}${place ? `, ${place}` : ''}: ${read}`);
    }),
  );
}

export interface ParamSpec {
  readonly name: string;
  readonly optional?: boolean;
}

/** "ENGAGEMENT_RATE(engagements, base, [mode])" */
export function signature(fn: string, params: readonly ParamSpec[]): string {
  return `${fn}(${params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ')})`;
}

/** Too many arguments, or a required one left out, is an error showing the signature. */
export function checkArguments(fn: string, params: readonly ParamSpec[], args: readonly unknown[]): void {
  if (args.length > params.length)
    throw new Error(
      `${fn}: got ${args.length} arguments but takes at most ${params.length}: ${signature(fn, params)}`,
    );
  const missing = params.find((p, i) => !p.optional && args[i] === undefined);
  if (missing) throw new Error(`${fn}: ${missing.name} is missing: ${signature(fn, params)}`);
}
