import { isBlank, type SheetSettings } from '../cells';
import { checkArguments, type ParamSpec, type Reading, readContext, readRange, show } from './read';
import {
  cellAt,
  cellPlace,
  describeShape,
  type Pairing,
  pairShapes,
  type Range,
  singleCell,
  toRange,
} from './shape';

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
  readonly check?: (values: readonly number[]) => string | null;
}

/** A ratio: numerator ÷ base per row. A zero base gives a blank. */
export interface RatioMetric extends MetricBase {
  readonly parts: (values: readonly number[]) => readonly [numerator: number, base: number];
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
  return 'parts' in definition && definition.modes ? [...params, MODE_PARAM] : params;
}

/**
 * The one engine behind the table of metrics: check the arguments, pair their shapes, read every
 * cell, compute each row, then return the rows or, by mode, their average or the ratio of totals.
 */
export function runMetric(
  fn: string,
  definition: MetricDefinition,
  settings: SheetSettings,
  args: readonly unknown[],
): FunctionResult {
  const { inputs } = definition;
  checkArguments(fn, paramsOf(definition), args);
  const ranges = inputs.map((input, i) => toRange(fn, input.name, args[i] ?? input.fallback));
  const shape = pairShapes(
    fn,
    ranges.map((range, i) => pairing(range, inputs[i]!)),
  );
  const ratio = 'parts' in definition ? definition : null;
  const mode = ratio?.modes ? readMode(fn, args[inputs.length]) : 'rows';
  const context = readContext(settings);
  const grids = ranges.map((range, i) => {
    const grid = readRange(fn, range, inputs[i]!.reads, context);
    return inputs[i]!.sumsRows ? grid.map((row) => [sum(row)]) : grid;
  });

  let numerators = 0;
  let bases = 0;
  let rateSum = 0;
  let rateCount = 0;
  const rows: (number | null)[][] = [];
  for (let r = 0; r < shape.rows; r++) {
    const row: (number | null)[] = [];
    rows.push(row);
    for (let c = 0; c < shape.columns; c++) {
      const values = grids.map((grid) => cellAt(grid, r, c));
      if (values.some((value) => value === null)) {
        row.push(null);
        continue;
      }
      const known = values as number[];
      const problem = definition.check?.(known);
      if (problem) {
        const place = cellPlace(shape, r, c);
        throw new Error(`${fn}: ${place ? `${place}: ` : ''}${problem}`);
      }
      if (!ratio) {
        row.push((definition as FormulaMetric).formula(known));
        continue;
      }
      const [numerator, base] = ratio.parts(known);
      numerators += numerator;
      bases += base;
      if (base === 0) {
        row.push(null);
        continue;
      }
      const rate = ratio.clamp ? Math.min(1, Math.max(0, numerator / base)) : numerator / base;
      rateSum += rate;
      rateCount++;
      row.push(rate);
    }
  }
  if (mode === 'average') return finite(fn, rateCount ? rateSum / rateCount : null);
  if (mode === 'total') return finite(fn, bases === 0 ? null : numerators / bases);
  if (shape.rows === 1 && shape.columns === 1) return finite(fn, rows[0]![0]!);
  return rows.map((row) => row.map((value) => finite(fn, value)));
}

function pairing(range: Range, input: Input): Pairing {
  const described = describeShape(range);
  if (input.sumsRows && range.columns > 1)
    return {
      param: range.param,
      rows: range.rows,
      columns: 1,
      described: `${described} summed to one column`,
    };
  return { param: range.param, rows: range.rows, columns: range.columns, described };
}

/** The sum of a row's numbers, or null when every cell is blank. */
export function sum(values: readonly (number | null)[]): number | null {
  let total: number | null = null;
  for (const value of values) if (value !== null) total = (total ?? 0) + value;
  return total;
}

/** A result cell: blank for null; never NaN or Infinity (Sheets would show them as errors with no reason). */
export function finite(fn: string, value: number | null): number | '' {
  if (value === null) return '';
  if (!Number.isFinite(value)) throw new Error(`${fn}: the numbers are too large to calculate with`);
  return value === 0 ? 0 : value; // no -0
}

function readMode(fn: string, arg: unknown): Mode {
  const value = singleCell(fn, 'mode', arg);
  if (isBlank(value)) return 'rows';
  const mode = typeof value === 'string' ? value.trim().toLowerCase() : '';
  const known = MODES.find((m) => m === mode);
  if (known) return known;
  throw new Error(`${fn}: mode ${show(value)} is not one of ${MODES.map((m) => `"${m}"`).join(', ')}`);
}
