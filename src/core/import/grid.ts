import type { CellValue, Grid } from '../cells';
import { isBlank } from '../cells';
import { detectDelimiter, sepLineDelimiter, splitCsvLine } from '../csv';
import { headerScore } from './headers';

/** Rows searched for a header before a tab is given up on. */
export const HEADER_SEARCH_ROWS = 50;

export function cellText(value: CellValue): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

export function isBlankRow(row: readonly CellValue[] | undefined): boolean {
  if (!row) return true;
  for (const cell of row) if (!isBlank(cell)) return false;
  return true;
}

/** Sheets' error values (#N/A, #DIV/0!…) are bad cells, not comment lines. */
const ERROR_VALUE = /^#(?:N\/A|DIV\/0!|REF!|VALUE!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!)$/;

/** GA4 writes "#" comment lines before (and between) its tables. */
export function isCommentRow(row: readonly CellValue[] | undefined): boolean {
  const first = row?.[0];
  return typeof first === 'string' && first.trimStart().startsWith('#') && !ERROR_VALUE.test(first.trim());
}

/**
 * A CSV pasted into one column arrives as one text cell per line ("Date","Video Views",…). When every
 * non-blank cell of the first rows is in column A and most of those lines hold a delimiter, each cell is
 * split in place, so row numbers stay the ones the user sees.
 */
export function splitCsvColumn(values: Grid): { grid: Grid; split: boolean } {
  const lines: string[] = [];
  let explicit: string | undefined;
  for (let r = 0; r < values.length && lines.length < HEADER_SEARCH_ROWS; r++) {
    const row = values[r]!;
    for (let c = 1; c < row.length; c++) if (!isBlank(row[c])) return { grid: values, split: false };
    const first = row[0];
    if (typeof first !== 'string' || first.trim() === '') continue;
    const sep = sepLineDelimiter(first);
    if (sep !== undefined && lines.length === 0 && explicit === undefined) explicit = sep;
    else lines.push(first);
  }
  const evidence = lines.filter((line) => !line.trimStart().startsWith('#'));
  if (evidence.length === 0) return { grid: values, split: false };
  const delimiter = explicit ?? detectDelimiter(evidence.join('\n'));
  const splitting = evidence.filter((line) => splitCsvLine(line, delimiter).length > 1).length;
  if (splitting * 2 < evidence.length) return { grid: values, split: false };
  const grid = values.map((row) => {
    const first = row[0];
    return typeof first === 'string' && sepLineDelimiter(first) === undefined
      ? splitCsvLine(first, delimiter)
      : row;
  });
  return { grid, split: true };
}

export interface TableBounds {
  /** 0-based index of the header row. */
  readonly header: number;
  /** 0-based index one past the table's last row. */
  readonly end: number;
}

/**
 * The tables of a tab: each starts at a header row (two or more text cells, one a date header or a
 * known metric) within HEADER_SEARCH_ROWS rows of where the search starts, and runs until a "#" comment
 * row after its data (GA4 puts several tables in one file that way) or the end of the tab.
 */
export function findTables(grid: Grid): TableBounds[] {
  const tables: TableBounds[] = [];
  let from = 0;
  while (from < grid.length) {
    const header = findHeader(grid, from);
    if (header < 0) break;
    let end = header + 1;
    let seenData = false;
    for (; end < grid.length; end++) {
      const row = grid[end];
      if (isCommentRow(row)) {
        if (seenData) break;
      } else if (!isBlankRow(row)) seenData = true;
    }
    tables.push({ header, end });
    from = end;
  }
  return tables;
}

function findHeader(grid: Grid, from: number): number {
  const last = Math.min(grid.length, from + HEADER_SEARCH_ROWS);
  for (let r = from; r < last; r++) {
    const row = grid[r]!;
    if (isCommentRow(row)) continue;
    const cells: string[] = [];
    let texts = 0;
    for (const value of row) {
      const text = typeof value === 'string' ? value.trim() : '';
      cells.push(text);
      if (text !== '') texts++;
    }
    if (texts < 2) continue;
    const score = headerScore(cells);
    if (score.date || score.metrics > 0) return r;
  }
  return -1;
}
