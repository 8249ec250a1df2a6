// A1 notation: "A1", "A1:C3", "B:B", "2:4", "A2:C" (open end), "Sheet1!A1", "'My tab'!A1:B2" — the
// forms the reference's examples use (sheet#getrangea1notation, range#isendrowbounded). Not emulated:
// R1C1. Rows and columns here are 1-based, as the Apps Script API counts them.
import { columnLetter } from '../src/core/cells';

export interface GridRect {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

export interface ParsedA1 {
  /** Sheet name when the notation carries one ("Sheet1!A1"), unquoted. */
  readonly sheetName: string | null;
  /** Null bounds mean "to the sheet's edge" (whole columns "B:B" or whole rows "2:2"). */
  readonly startRow: number | null;
  readonly startColumn: number | null;
  readonly endRow: number | null;
  readonly endColumn: number | null;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const char of letters.toUpperCase()) n = n * 26 + (char.charCodeAt(0) - 64);
  return n;
}

const CELL = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

function parseCell(text: string): { row: number | null; column: number | null } | null {
  const match = CELL.exec(text.trim());
  if (!match || (match[1] === '' && match[2] === '')) return null;
  const column = match[1] ? columnNumber(match[1]) : null;
  const row = match[2] ? Number(match[2]) : null;
  if (row === 0) return null;
  return { row, column };
}

/** Splits "'It''s'!A1" into sheet name and range part. */
function splitSheet(a1: string): { sheetName: string | null; ref: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { sheetName: null, ref: a1 };
  let name = a1.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
  return { sheetName: name, ref: a1.slice(bang + 1) };
}

export function parseA1(a1: string): ParsedA1 | null {
  const { sheetName, ref } = splitSheet(a1.trim());
  const [first, second, extra] = ref.split(':');
  if (first === undefined || extra !== undefined) return null;
  const start = parseCell(first);
  if (!start) return null;
  if (second === undefined) {
    // Not documented: a lone "B" or "2" is not a range in Sheets; a single cell needs both parts.
    if (start.row === null || start.column === null) return null;
    return {
      sheetName,
      startRow: start.row,
      startColumn: start.column,
      endRow: start.row,
      endColumn: start.column,
    };
  }
  const end = parseCell(second);
  if (!end) return null;
  const startRow = start.row;
  const endRow = end.row;
  const startColumn = start.column;
  const endColumn = end.column;
  // "B:B" (no rows) or "2:2" (no columns) or "A2:C" (open bottom).
  if ((startRow === null) !== (endRow === null) && !(startRow !== null && endRow === null)) return null;
  if ((startColumn === null) !== (endColumn === null)) return null;
  return {
    sheetName,
    startRow: startRow === null || endRow === null ? startRow : Math.min(startRow, endRow),
    startColumn: startColumn === null || endColumn === null ? startColumn : Math.min(startColumn, endColumn),
    endRow: startRow === null || endRow === null ? null : Math.max(startRow, endRow),
    endColumn: startColumn === null || endColumn === null ? null : Math.max(startColumn, endColumn),
  };
}

/** Resolves open bounds against the sheet size. */
export function rectOf(parsed: ParsedA1, maxRows: number, maxColumns: number): GridRect {
  const row = parsed.startRow ?? 1;
  const column = parsed.startColumn ?? 1;
  const endRow = parsed.endRow ?? maxRows;
  const endColumn = parsed.endColumn ?? maxColumns;
  return { row, column, numRows: endRow - row + 1, numColumns: endColumn - column + 1 };
}

/** Not documented: names other than plain words are quoted, with '' for a quote, as Sheets writes them. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !CELL.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Which bounds an A1 left open ("B:B" has no rows, "A2:C" no last row); numeric ranges have none. */
export interface OpenBounds {
  readonly rowsWhole: boolean;
  readonly rowsOpenEnd: boolean;
  readonly columnsWhole: boolean;
  readonly columnsOpenEnd: boolean;
}

export function openBoundsOf(parsed: ParsedA1): OpenBounds {
  return {
    rowsWhole: parsed.startRow === null,
    rowsOpenEnd: parsed.endRow === null,
    columnsWhole: parsed.startColumn === null,
    columnsOpenEnd: parsed.endColumn === null,
  };
}

/**
 * "A1" for one cell, "A1:E2" otherwise — range#geta1notation. Not documented: a range made from
 * "B:B", "2:2" or "A2:C" keeps that form, as Sheets shows it.
 */
export function formatA1(rect: GridRect, open?: OpenBounds): string {
  const lastRow = rect.row + rect.numRows - 1;
  const lastColumn = rect.column + rect.numColumns - 1;
  const start = `${open?.columnsWhole ? '' : columnLetter(rect.column - 1)}${open?.rowsWhole ? '' : rect.row}`;
  const anyOpen = open && (open.rowsWhole || open.rowsOpenEnd || open.columnsWhole || open.columnsOpenEnd);
  if (!anyOpen && rect.numRows === 1 && rect.numColumns === 1) return start;
  const end = `${open?.columnsOpenEnd ? '' : columnLetter(lastColumn - 1)}${open?.rowsOpenEnd ? '' : lastRow}`;
  return `${start}:${end}`;
}
