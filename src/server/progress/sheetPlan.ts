/**
 * A sheet described as plain data (values, formats, colours, charts) and the one function that writes it.
 * The plan is built without services, so layouts are unit-tested as data; the applier's service calls
 * depend on the number of charts and column-width runs, never on the number of rows.
 */
import { columnLetter } from '../../core/cells';

export type PlanValue = string | number | Date;
export type FontWeight = 'normal' | 'bold';

/** One cell of a plan. `formula` is add-on code and is written as a formula; `value` strings must be escaped. */
export interface CellPlan {
  readonly value?: PlanValue;
  readonly formula?: string;
  readonly format?: string;
  readonly background?: string;
  readonly bold?: boolean;
}

/** A 1-based block of cells. */
export interface BlockPlan {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

/** A line chart over a block whose first row holds the series names and first column the dates. */
export interface ChartPlan {
  readonly data: BlockPlan;
  readonly anchor: { readonly row: number; readonly column: number };
  readonly options: Readonly<Record<string, unknown>>;
}

export interface ColumnWidthRun {
  readonly column: number;
  readonly count: number;
  readonly width: number;
}

export interface SheetPlan {
  /** Rectangular, row-major, starting at A1; formulas are strings beginning with "=". */
  readonly values: PlanValue[][];
  readonly numberFormats: string[][];
  readonly backgrounds: string[][];
  readonly fontWeights: FontWeight[][];
  readonly columnWidths: readonly ColumnWidthRun[];
  readonly charts: readonly ChartPlan[];
  /** Rows the sheet must have: the values plus room for charts placed below them. */
  readonly rows: number;
}

const DEFAULT_FORMAT = 'General';
const DEFAULT_BACKGROUND = '#ffffff';

/** Collects cells at 1-based positions; the plan is the smallest rectangle from A1 holding them all. */
export class PlanCanvas {
  private readonly cells = new Map<number, Map<number, CellPlan>>();
  private height = 0;
  private width = 0;

  /** Places a cell; properties it leaves out keep what an earlier put or fill gave that cell. */
  put(row: number, column: number, cell: CellPlan): void {
    let cells = this.cells.get(row);
    if (!cells) {
      cells = new Map();
      this.cells.set(row, cells);
    }
    cells.set(column, { ...cells.get(column), ...cell });
    this.height = Math.max(this.height, row);
    this.width = Math.max(this.width, column);
  }

  /** Gives `count` cells of a row, from `column` on, the same style. */
  fill(row: number, column: number, count: number, style: CellPlan): void {
    for (let c = column; c < column + count; c++) this.put(row, c, style);
  }

  toPlan(extra: {
    readonly columnWidths: readonly (number | undefined)[];
    readonly charts: readonly ChartPlan[];
    readonly minRows: number;
  }): SheetPlan {
    const values: PlanValue[][] = [];
    const numberFormats: string[][] = [];
    const backgrounds: string[][] = [];
    const fontWeights: FontWeight[][] = [];
    for (let r = 1; r <= this.height; r++) {
      const cells = this.cells.get(r);
      const valueRow: PlanValue[] = [];
      const formatRow: string[] = [];
      const backgroundRow: string[] = [];
      const weightRow: FontWeight[] = [];
      for (let c = 1; c <= this.width; c++) {
        const cell = cells?.get(c) ?? {};
        valueRow.push(cell.formula ?? cell.value ?? '');
        formatRow.push(cell.format ?? DEFAULT_FORMAT);
        backgroundRow.push(cell.background ?? DEFAULT_BACKGROUND);
        weightRow.push(cell.bold ? 'bold' : 'normal');
      }
      values.push(valueRow);
      numberFormats.push(formatRow);
      backgrounds.push(backgroundRow);
      fontWeights.push(weightRow);
    }
    return {
      values,
      numberFormats,
      backgrounds,
      fontWeights,
      columnWidths: widthRuns(extra.columnWidths),
      charts: extra.charts,
      rows: Math.max(this.height, extra.minRows),
    };
  }
}

/** Consecutive equal widths become one run: one setColumnWidths call each. Undefined keeps the default. */
function widthRuns(widths: readonly (number | undefined)[]): ColumnWidthRun[] {
  const runs: ColumnWidthRun[] = [];
  widths.forEach((width, i) => {
    if (width === undefined) return;
    const last = runs[runs.length - 1];
    if (last && last.width === width && last.column + last.count === i + 1)
      runs[runs.length - 1] = { ...last, count: last.count + 1 };
    else runs.push({ column: i + 1, count: 1, width });
  });
  return runs;
}

/**
 * A new sheet's grid (Sheets' default, 1000 rows × 26 columns), known so that sizing costs no calls:
 * plans stay within the columns; rows are added when the plan needs more.
 */
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;

/** A block in A1 notation ("Q2:S122"), for Sheet.getRangeList. */
function a1Of(block: BlockPlan): string {
  const { row, column, numRows, numColumns } = block;
  return `${columnLetter(column - 1)}${row}:${columnLetter(column + numColumns - 2)}${row + numRows - 1}`;
}

/**
 * Writes a plan into a new, empty sheet. Every range it needs (the content, each chart's data) comes
 * from one getRangeList call; then one call per grid property, one per column-width run, and per chart
 * newChart and insertChart (the builder calls between them configure the chart in memory).
 */
export function applySheetPlan(sheet: GoogleAppsScript.Spreadsheet.Sheet, plan: SheetPlan): void {
  const rows = plan.values.length;
  const columns = plan.values[0]?.length ?? 0;
  if (plan.rows > NEW_SHEET_ROWS) sheet.insertRowsAfter(NEW_SHEET_ROWS, plan.rows - NEW_SHEET_ROWS);
  const content = rows > 0 && columns > 0 ? [{ row: 1, column: 1, numRows: rows, numColumns: columns }] : [];
  const blocks = [...content, ...plan.charts.map((chart) => chart.data)];
  const ranges = blocks.length ? sheet.getRangeList(blocks.map(a1Of)).getRanges() : [];
  if (content.length)
    ranges[0]!
      .setValues(plan.values)
      .setNumberFormats(plan.numberFormats)
      .setBackgrounds(plan.backgrounds)
      .setFontWeights(plan.fontWeights);
  for (const run of plan.columnWidths) sheet.setColumnWidths(run.column, run.count, run.width);
  plan.charts.forEach((chart, i) => {
    let builder = sheet
      .newChart()
      .asLineChart()
      .addRange(ranges[content.length + i]!)
      .setNumHeaders(1)
      .setPosition(chart.anchor.row, chart.anchor.column, 0, 0);
    for (const [name, value] of Object.entries(chart.options)) builder = builder.setOption(name, value);
    sheet.insertChart(builder.build());
  });
}
