import { type CellValue, isBlank, type SheetSettings } from '../cells';
import { readDay } from '../dates';
import { usesDecimalComma } from '../locale';
import { parseNumber } from '../numbers';
import { isFiniteNumber, isNaNNumber } from './globals';
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
function readCell(value: CellValue, reading: Reading, context: ReadContext): number | null | string {
  if (isBlank(value)) return null;
  if (reading === 'date') return readDay(value, context.sheet) ?? `${show(value)} is not a date`;
  const number = parseNumber(value, context.decimalComma);
  if (number === null) return null;
  if (isNaNNumber(number)) return `${show(value)} is not a number`;
  const refused = NEGATIVE_REFUSED[reading];
  return number < 0 && refused ? `${show(value)} is negative; ${refused}` : number;
}

/**
 * A read cell holds BLANK for a blank cell. Every number a cell can be read as is finite, so NaN is
 * free to mean blank, and a range reads into one Float64Array rather than an array of boxed values.
 */
export const BLANK = Number.NaN;
export const isBlankNumber = (value: number): boolean => isNaNNumber(value);

/**
 * Every cell of a range read, row after row, into one flat column: a single value reads as a column
 * of one. Numbers and empty cells, what ranges mostly hold, take a fast path; the rest goes through
 * readCell. Any cell that cannot be read is an error naming the function, the argument and the cell.
 */
export function readRange(fn: string, range: Range, reading: Reading, context: ReadContext): Float64Array {
  const { cells, rows, columns } = range;
  const read = new Float64Array(rows * columns);
  // Dates read numbers as serials; a count or amount sends a negative number to readCell for its message.
  const numbersAsIs = reading !== 'date';
  const negativesAsIs = NEGATIVE_REFUSED[reading] === undefined;
  // Text repeats down a column (the same counts, "n/a"): each distinct text is read once per call.
  const texts = new Map<CellValue, number>();
  const readOther = (value: CellValue, r: number, c: number): number => {
    const known = texts.get(value);
    if (known !== undefined) return known;
    const cell = readCell(value, reading, context);
    if (typeof cell === 'string') {
      const place = cellPlace(range, r, c);
      throw new Error(`${fn}: ${range.param}${place ? `, ${place}` : ''}: ${cell}`);
    }
    const number = cell ?? BLANK;
    if (typeof value === 'string') texts.set(value, number);
    return number;
  };
  for (let r = 0, i = 0; r < rows; r++) {
    const row = cells[r]!;
    for (let c = 0; c < columns; c++, i++) {
      const value = row[c];
      if (typeof value === 'number' && numbersAsIs && isFiniteNumber(value) && (value >= 0 || negativesAsIs))
        read[i] = value;
      else if (value === '' || value === null || value === undefined) read[i] = BLANK;
      else read[i] = readOther(value, r, c);
    }
  }
  return read;
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
