import { type CellValue, isBlank } from '../cells';
import { readDay } from '../dates';
import { parseNumber } from '../numbers';
import { isFiniteNumber, isNaNNumber } from './globals';
import { type Call, fail, type MessageKey, type Problem, show, signature } from './messages';
import { cellPlace, type Range } from './shape';

/** How an argument's cells are read. Counts and amounts refuse negatives, saying why. */
export type Reading = 'count' | 'amount' | 'growth' | 'number' | 'date';

const NEGATIVE_REFUSED: Partial<Record<Reading, MessageKey>> = {
  count: 'fn.negative.count',
  amount: 'fn.negative.amount',
  growth: 'fn.negative.growth',
};

/** A number, a day number for dates, null for a blank cell, or why the cell cannot be read. */
function readCell(value: CellValue, reading: Reading, call: Call): number | null | Problem {
  if (isBlank(value)) return null;
  if (reading === 'date') return readDay(value, call.sheet) ?? ['fn.notDate', { value: show(call, value) }];
  const number = parseNumber(value, call.decimalComma);
  if (number === null) return null;
  if (isNaNNumber(number)) return ['fn.notNumber', { value: show(call, value) }];
  const refused = NEGATIVE_REFUSED[reading];
  return number < 0 && refused ? [refused, { value: show(call, value) }] : number;
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
export function readRange(call: Call, range: Range, reading: Reading): Float64Array {
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
    const cell = readCell(value, reading, call);
    if (typeof cell === 'object' && cell !== null) {
      const place = cellPlace(call, range, r, c);
      fail(call, cell, `${range.param}${place ? `, ${place}` : ''}`);
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

/** Too many arguments, or a required one left out, is an error showing the signature. */
export function checkArguments(call: Call, params: readonly ParamSpec[], args: readonly unknown[]): void {
  if (args.length > params.length)
    fail(call, [
      'fn.tooManyArguments',
      { count: args.length, max: params.length, signature: signature(call, params) },
    ]);
  const missing = params.find((p, i) => !p.optional && args[i] === undefined);
  if (missing) fail(call, ['fn.missing', { param: missing.name, signature: signature(call, params) }]);
}
