import type { CellValue, Grid } from '../cells';
import { isArray } from './globals';
import { type Call, describeShape, fail, say } from './messages';

/**
 * How custom-function arguments line up. Sheets passes one cell as a value and a range as a 2D array;
 * same-shaped ranges combine cell by cell and a single value pairs with every cell.
 */
export interface Range {
  readonly param: string;
  readonly cells: Grid;
  readonly rows: number;
  readonly columns: number;
}

/** An argument as a range: a single value is 1 × 1; an array must be a rectangle of cells. */
export function toRange(call: Call, param: string, arg: unknown): Range {
  if (!isArray(arg)) return { param, cells: [[arg as CellValue]], rows: 1, columns: 1 };
  if (!isRectangle(arg)) fail(call, ['fn.notRange', { param }]);
  return { param, cells: arg, rows: arg.length, columns: arg[0]!.length };
}

/**
 * Rows of equal, non-zero length holding no arrays. Plain indexed loops, as on every per-cell path of
 * the custom functions: a range may have 100,000 rows.
 */
function isRectangle(arg: unknown[]): arg is Grid {
  const columns = isArray(arg[0]) ? arg[0].length : 0;
  if (columns === 0) return false;
  for (let r = 0; r < arg.length; r++) {
    const row: unknown = arg[r];
    if (!isArray(row) || row.length !== columns) return false;
    for (let c = 0; c < columns; c++) if (isArray(row[c])) return false;
  }
  return true;
}

/** A value that must be one cell (mode, days): the cell, or an error naming the shape it has. */
export function singleCell(call: Call, param: string, arg: unknown): CellValue {
  const range = toRange(call, param, arg);
  if (range.rows * range.columns > 1)
    fail(call, ['fn.notSingle', { param, shape: describeShape(call, range) }]);
  return range.cells[0]![0];
}

/** "row 3", "column 2", "row 3, column 2" inside a range, or "" for a single value. */
export function cellPlace(
  call: Call,
  shape: { rows: number; columns: number },
  row: number,
  column: number,
): string {
  const place = [];
  if (shape.rows > 1) place.push(say(call, ['fn.row', { row: row + 1 }]));
  if (shape.columns > 1) place.push(say(call, ['fn.column', { column: column + 1 }]));
  return place.join(', ');
}

/** What a paired argument looks like to the pairing: its own shape, or fewer columns once summed. */
export interface Pairing {
  readonly param: string;
  readonly rows: number;
  readonly columns: number;
  /** How the argument is named in an error ("9 rows × 3 columns summed to one column"). */
  readonly described: string;
}

/** The result shape of arguments that combine cell by cell, or an error naming both shapes. */
export function pairShapes(call: Call, pairings: readonly Pairing[]): { rows: number; columns: number } {
  let lead: Pairing | undefined;
  for (const pairing of pairings) {
    if (pairing.rows * pairing.columns === 1) continue;
    if (!lead) lead = pairing;
    else if (pairing.rows !== lead.rows || pairing.columns !== lead.columns)
      fail(call, [
        'fn.shapesDiffer',
        { param: lead.param, shape: lead.described, other: pairing.param, otherShape: pairing.described },
      ]);
  }
  return lead ?? { rows: 1, columns: 1 };
}
