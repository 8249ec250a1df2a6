import { isBlank, type SheetSettings } from '../cells';
import { isFiniteNumber, max, min } from './globals';
import { type Call, callOf, describeShape, fail, type Problem, say, show } from './messages';
import { BLANK, checkArguments, isBlankNumber, type ParamSpec, type Reading, readRange } from './read';
import { cellPlace, type Pairing, pairShapes, type Range, singleCell, toRange } from './shape';

/** What a custom function returns: one value for single values, else a grid; "" is a blank cell. */
export type FunctionResult = number | '' | (number | '')[][];

export interface Input {
  readonly name: string;
  readonly reads: Reading;
  /** Makes the input optional: the value used when the argument is left out. */
  readonly fallback?: number;
  /** Each row's cells are summed into one (several competitors); the row is blank only if all are. */
  readonly sumsRows?: boolean;
}

interface MetricBase {
  readonly inputs: readonly Input[];
  /** A problem with one row's values that no single cell shows (a deadline before the start). */
  readonly check?: (values: readonly number[]) => Problem | null;
}

/**
 * A ratio: numerator ÷ base per row. A zero base gives a blank. Two functions rather than one
 * returning a pair: nothing is allocated per row.
 */
export interface RatioMetric extends MetricBase {
  readonly numerator: (values: readonly number[]) => number;
  readonly base: (values: readonly number[]) => number;
  /** Takes a last `mode` argument: "rows", "average" or "total". */
  readonly modes?: boolean;
  /** The ratio is a share of a whole, kept within 0–1. */
  readonly clamp?: boolean;
}

/** Any other per-row formula; null gives a blank. */
export interface FormulaMetric extends MetricBase {
  readonly formula: (values: readonly number[]) => number | null;
}

export type MetricDefinition = RatioMetric | FormulaMetric;

const MODES = ['rows', 'average', 'total'] as const;
type Mode = (typeof MODES)[number];
const MODE_PARAM: ParamSpec = { name: 'mode', optional: true };

export function paramsOf(definition: MetricDefinition): ParamSpec[] {
  const params = definition.inputs.map((input) => ({
    name: input.name,
    optional: input.fallback !== undefined,
  }));
  return 'numerator' in definition && definition.modes ? [...params, MODE_PARAM] : params;
}

/**
 * The one engine behind the table of metrics: check the arguments, pair their shapes, read each
 * argument into one flat column, then compute cell by cell and return the cells or, by mode, their
 * average or the ratio of totals. A 100,000-row range must take well under Sheets' patience, so the
 * loop allocates nothing per cell but the result rows themselves.
 */
export function runMetric(
  fn: string,
  definition: MetricDefinition,
  settings: SheetSettings,
  args: readonly unknown[],
): FunctionResult {
  const { inputs } = definition;
  const call = callOf(fn, settings);
  checkArguments(call, paramsOf(definition), args);
  const ranges = inputs.map((input, i) => toRange(call, input.name, args[i] ?? input.fallback));
  const shape = pairShapes(
    call,
    ranges.map((range, i) => pairing(call, range, inputs[i]!)),
  );
  const ratio = 'numerator' in definition ? definition : null;
  const formula = 'formula' in definition ? definition.formula : null;
  const mode = ratio?.modes ? readMode(call, args[inputs.length]) : 'rows';
  const columns = ranges.map((range, i) => {
    const read = readRange(call, range, inputs[i]!.reads);
    return inputs[i]!.sumsRows ? sumRows(read, range) : read;
  });
  // A single value pairs with every cell: it is read at index 0 whatever the cell.
  const steps = columns.map((column) => (column.length === 1 ? 0 : 1));
  const values = inputs.map(() => 0); // one cell's inputs, overwritten for every cell

  let numerators = 0;
  let bases = 0;
  let rateSum = 0;
  let rateCount = 0;
  const grid: (number | '')[][] = [];
  for (let r = 0, i = 0; r < shape.rows; r++) {
    const row: (number | '')[] | null = mode === 'rows' ? [] : null;
    for (let c = 0; c < shape.columns; c++, i++) {
      let value: number | null = null;
      if (inputsAt(columns, steps, i, values)) {
        const problem = definition.check?.(values);
        if (problem) fail(call, problem, cellPlace(call, shape, r, c));
        if (formula) value = formula(values);
        else if (ratio) {
          const numerator = ratio.numerator(values);
          const base = ratio.base(values);
          numerators += numerator;
          bases += base;
          if (base !== 0) {
            value = ratio.clamp ? min(1, max(0, numerator / base)) : numerator / base;
            rateSum += value;
            rateCount++;
          }
        }
      }
      row?.push(finite(call, value));
    }
    if (row) grid.push(row);
  }
  if (mode === 'average') return finite(call, rateCount ? rateSum / rateCount : null);
  if (mode === 'total') return finite(call, bases === 0 ? null : numerators / bases);
  return shape.rows === 1 && shape.columns === 1 ? grid[0]![0]! : grid;
}

/** Fills `values` with each input's value for the cell at flat index i; false if any of them is blank. */
function inputsAt(columns: readonly Float64Array[], steps: readonly number[], i: number, values: number[]) {
  for (let k = 0; k < columns.length; k++) {
    const value = columns[k]![i * steps[k]!]!;
    if (isBlankNumber(value)) return false;
    values[k] = value;
  }
  return true;
}

/** A range read with each row's cells summed into one (several competitors). */
function sumRows(read: Float64Array, { rows, columns }: Range): Float64Array {
  if (columns === 1) return read;
  const sums = new Float64Array(rows);
  for (let r = 0; r < rows; r++) sums[r] = sum(read, r * columns, (r + 1) * columns);
  return sums;
}

function pairing(call: Call, range: Range, input: Input): Pairing {
  const described = describeShape(call, range);
  if (input.sumsRows && range.columns > 1)
    return {
      param: range.param,
      rows: range.rows,
      columns: 1,
      described: say(call, ['fn.summed', { shape: described }]),
    };
  return { param: range.param, rows: range.rows, columns: range.columns, described };
}

/** The sum of the read cells from start to end, or BLANK when every one of them is blank. */
export function sum(values: ArrayLike<number>, start = 0, end = values.length): number {
  let total = BLANK;
  for (let i = start; i < end; i++) {
    const value = values[i]!;
    if (!isBlankNumber(value)) total = (isBlankNumber(total) ? 0 : total) + value;
  }
  return total;
}

/** A result cell: blank for null; never NaN or Infinity (Sheets would show them as errors with no reason). */
export function finite(call: Call, value: number | null): number | '' {
  if (value === null) return '';
  if (!isFiniteNumber(value)) fail(call, ['fn.tooLarge']);
  return value === 0 ? 0 : value; // no -0
}

function readMode(call: Call, arg: unknown): Mode {
  const value = singleCell(call, 'mode', arg);
  if (isBlank(value)) return 'rows';
  const mode = typeof value === 'string' ? value.trim().toLowerCase() : '';
  const known = MODES.find((m) => m === mode);
  if (known) return known;
  // The modes are written as a formula takes them, whatever the language.
  fail(call, ['fn.unknownMode', { value: show(call, value), modes: MODES.map((m) => `"${m}"`).join(', ') }]);
}
