// What the page draws: the active tab's cells as Sheets shows them (display values under number
// formats, bold, colours, conditional formats, SPARKLINE bars), its charts resolved to numbers,
// the tab list, the add-on menu, open panels and pending toasts and alerts.

import { parseA1, rectOf } from '../emulator/a1';
import type { ChartSpec, ConditionalFormatSpec } from '../emulator/builders';
import { type CellValue, displayValue, readEntered } from '../emulator/index';
import type { Sheet } from '../emulator/sheet';
import { isDate, localeMarks } from '../emulator/values';
import { builtinNames, parseFormula, readSparkline, type Sparkline } from './formulas';
import type { PlaygroundSession, ShownUi, UiEvent } from './session';

/** One drawn cell; short keys keep a 100-row tab's state small. */
export interface CellView {
  /** Display text. */
  v: string;
  /** What the formula bar shows: the formula, or the value as it would be typed. */
  i: string;
  /** Formula, when the cell holds one. */
  f?: string;
  /** Value type: number/date right-aligned, boolean centred. */
  t?: 'number' | 'boolean';
  n?: 1;
  b?: 1;
  it?: 1;
  bg?: string;
  c?: string;
  a?: string;
  /** Formula error message (#ERROR!, #REF!). */
  e?: string;
  /** A built-in formula: shown as typed, with this note, not evaluated. */
  note?: string;
  /** Value spilled here by an array formula. */
  s?: 1;
  spark?: Sparkline;
}

export interface ChartView {
  row: number;
  col: number;
  offsetX: number;
  offsetY: number;
  width: number;
  height: number;
  type: 'line' | 'column';
  title: string;
  categories: string[];
  series: { name: string; values: (number | null)[]; color?: string }[];
  vMin: number | null;
  vMax: number | null;
}

export interface MenuItemView {
  type: 'item' | 'separator' | 'submenu';
  caption?: string;
  handler?: string;
  items?: MenuItemView[];
}

export interface StateView {
  title: string;
  addonName: string;
  menu: MenuItemView[];
  tabs: { name: string }[];
  sheet: {
    name: string;
    rows: number;
    cols: number;
    frozenRows: number;
    frozenColumns: number;
    columnWidths: number[];
    cells: (CellView | null)[][];
    charts: ChartView[];
  };
  sidebar: ShownUi | null;
  dialog: ShownUi | null;
  events: UiEvent[];
  note: string | null;
}

export const BUILTIN_NOTE =
  "Built-in formulas (SUM, AVERAGE…) aren't evaluated in the playground; the add-on's custom functions are.";
const BUILTIN_TOOLTIP = "Built-in formulas aren't evaluated in the playground";
const DEFAULT_CHART = { width: 600, height: 371 };
const MIN_ROWS = 60;
const MIN_COLUMNS = 26;
/** Rows sent to the page; a longer tab is still all there for the add-on. */
const MAX_DRAWN_ROWS = 2000;

export function stateView(session: PlaygroundSession): StateView {
  const spreadsheet = session.spreadsheet;
  const sheet = spreadsheet.active;
  const drawn = drawSheet(sheet, session.customNames);
  return {
    title: spreadsheet.name,
    addonName: session.menu.caption,
    menu: menuView(session.menu.items),
    tabs: spreadsheet.sheets.filter((s) => !s.hidden).map((s) => ({ name: s.name })),
    sheet: drawn.sheet,
    sidebar: session.sidebar,
    dialog: session.dialog,
    events: session.takeEvents(),
    note: notes(drawn).join(' ') || null,
  };
}

function notes(drawn: { hasBuiltins: boolean; totalRows: number; sheet: { rows: number } }): string[] {
  const out: string[] = [];
  if (drawn.totalRows > drawn.sheet.rows)
    out.push(
      `Showing the first ${drawn.sheet.rows.toLocaleString('en-US')} of ${drawn.totalRows.toLocaleString('en-US')} rows.`,
    );
  if (drawn.hasBuiltins) out.push(BUILTIN_NOTE);
  return out;
}

function menuView(items: readonly unknown[]): MenuItemView[] {
  return items.map((item) => {
    const entry = item as { type: string; caption?: string; functionName?: string; items?: unknown[] };
    if (entry.type === 'separator') return { type: 'separator' };
    if (entry.type === 'submenu')
      return { type: 'submenu', caption: entry.caption ?? '', items: menuView(entry.items ?? []) };
    return { type: 'item', caption: entry.caption ?? '', handler: entry.functionName ?? '' };
  });
}

function drawSheet(
  sheet: Sheet,
  custom: readonly string[],
): { sheet: StateView['sheet']; hasBuiltins: boolean; totalRows: number } {
  const ss = sheet.spreadsheet;
  const extent = sheet._contentExtent();
  const charts = sheet.charts.map((chart) => chartView(sheet, chart._spec()));
  const chartRows = Math.max(0, ...charts.map((c) => c.row + Math.ceil((c.offsetY + c.height) / 21)));
  const rows = Math.min(sheet.maxRows, MAX_DRAWN_ROWS, Math.max(MIN_ROWS, extent.rows + 20, chartRows + 2));
  const cols = Math.min(sheet.maxColumns, Math.max(MIN_COLUMNS, extent.columns + 3));
  const rules = sheet.conditionalFormatRules.map((rule) => rule._spec());
  const read = (a1: string) => ss._readA1(sheet, a1);
  let hasBuiltins = false;
  const cells: (CellView | null)[][] = [];
  for (let r = 0; r < Math.min(rows, extent.rows); r++) {
    const line: (CellView | null)[] = [];
    for (let c = 0; c < Math.min(cols, extent.columns); c++) {
      const cell = cellView(sheet, r, c, { rules, read, custom });
      if (cell?.note) hasBuiltins = true;
      line.push(cell);
    }
    cells.push(line);
  }
  // Formats without values (a coloured empty row) still show.
  for (let r = 0; r < Math.min(rows, sheet.formats.background.extent().rows); r++) {
    for (let c = 0; c < cols; c++) {
      const bg = sheet.formats.background.get(r, c);
      if (bg === undefined || cells[r]?.[c]) continue;
      while (cells.length <= r) cells.push([]);
      cells[r]![c] = { v: '', i: '', bg: String(bg) };
    }
  }
  const widths: number[] = [];
  for (let c = 1; c <= cols; c++) widths.push(sheet.columnWidths.get(c) ?? 100);
  return {
    sheet: {
      name: sheet.name,
      rows,
      cols,
      frozenRows: sheet.frozenRows,
      frozenColumns: sheet.frozenColumns,
      columnWidths: widths,
      cells,
      charts,
    },
    hasBuiltins,
    totalRows: extent.rows,
  };
}

function cellView(
  sheet: Sheet,
  r: number,
  c: number,
  context: {
    readonly rules: readonly ConditionalFormatSpec[];
    readonly read: (a1: string) => CellValue[][];
    readonly custom: readonly string[];
  },
): CellView | null {
  const { rules, read, custom } = context;
  const ss = sheet.spreadsheet;
  const formula = sheet.formulas.get(r, c);
  const stored = sheet.values.get(r, c);
  const value = sheet._valueAt(r, c);
  const format = sheet.formats.numberFormat.get(r, c) as string | undefined;
  const style = {
    bold: sheet.formats.fontWeight.get(r, c) === 'bold',
    italic: sheet.formats.fontStyle.get(r, c) === 'italic',
    background: sheet.formats.background.get(r, c) as string | undefined,
    color: sheet.formats.fontColor.get(r, c) as string | undefined,
    align: sheet.formats.horizontalAlignment.get(r, c) as string | undefined,
  };
  if (formula === undefined && stored === undefined && value === '' && !style.background) return null;
  const view: CellView = {
    v: displayValue(value, format, { locale: ss.locale, timeZone: ss.timeZone }),
    i: '',
  };
  if (typeof value === 'number' || isDate(value)) {
    view.t = 'number';
    view.n = 1;
  } else if (typeof value === 'boolean') view.t = 'boolean';
  if (formula !== undefined) {
    view.f = formula;
    view.i = formula;
    const error = ss._formulaError(sheet, r, c);
    if (error) view.e = error;
    const sparkline = readSparkline(formula, read);
    if (sparkline) view.spark = sparkline;
    else if (value === '' && builtinNames(parseFormula(formula), custom) !== null) {
      view.v = formula;
      view.note = BUILTIN_TOOLTIP;
      delete view.n;
    }
  } else if (stored === undefined && value !== '') view.s = 1;
  else view.i = typedForm(value, view.v, { locale: ss.locale, timeZone: ss.timeZone });
  applyRules(rules, sheet, r, c, value, style);
  if (style.bold) view.b = 1;
  if (style.italic) view.it = 1;
  if (style.background && style.background !== '#ffffff') view.bg = style.background;
  if (style.color && style.color !== '#000000') view.c = style.color;
  if (style.align && style.align !== 'general') view.a = style.align.replace('normal', 'left');
  if (
    typeof value === 'string' &&
    /^#(?:ERROR!|REF!|N\/A|VALUE!|DIV\/0!|NUM!|NAME\?)$/.test(value) &&
    formula
  )
    view.e ??= value;
  return view;
}

/** The text that, typed back, gives the same value: numbers unformatted, text that would read as more prefixed with '. */
function typedForm(value: CellValue, display: string, context: { locale: string; timeZone: string }): string {
  if (typeof value === 'number') return String(value).replace('.', localeMarks(context.locale).decimal);
  if (typeof value !== 'string') return display;
  const entered = readEntered(value, context);
  return entered.kind === 'value' && entered.value === value ? value : `'${value}`;
}

// ---- conditional formats -----------------------------------------------------------------------

type Style = { bold: boolean; italic: boolean; background?: string; color?: string; align?: string };

/** Criteria the add-on might use, each as a test on the cell's value. */
const CRITERIA: Record<string, (value: CellValue, args: readonly unknown[]) => boolean> = {
  CELL_EMPTY: (v) => v === '',
  CELL_NOT_EMPTY: (v) => v !== '',
  TEXT_EQUAL_TO: (v, [a]) => String(v).toLowerCase() === String(a).toLowerCase(),
  TEXT_NOT_EQUAL_TO: (v, [a]) => String(v).toLowerCase() !== String(a).toLowerCase(),
  TEXT_CONTAINS: (v, [a]) => String(v).toLowerCase().includes(String(a).toLowerCase()),
  TEXT_DOES_NOT_CONTAIN: (v, [a]) => !String(v).toLowerCase().includes(String(a).toLowerCase()),
  TEXT_STARTS_WITH: (v, [a]) => String(v).toLowerCase().startsWith(String(a).toLowerCase()),
  TEXT_ENDS_WITH: (v, [a]) => String(v).toLowerCase().endsWith(String(a).toLowerCase()),
  NUMBER_EQUAL_TO: (v, [a]) => typeof v === 'number' && v === Number(a),
  NUMBER_NOT_EQUAL_TO: (v, [a]) => typeof v === 'number' && v !== Number(a),
  NUMBER_GREATER_THAN: (v, [a]) => typeof v === 'number' && v > Number(a),
  NUMBER_GREATER_THAN_OR_EQUAL_TO: (v, [a]) => typeof v === 'number' && v >= Number(a),
  NUMBER_LESS_THAN: (v, [a]) => typeof v === 'number' && v < Number(a),
  NUMBER_LESS_THAN_OR_EQUAL_TO: (v, [a]) => typeof v === 'number' && v <= Number(a),
  NUMBER_BETWEEN: (v, [a, b]) => typeof v === 'number' && v >= Number(a) && v <= Number(b),
  NUMBER_NOT_BETWEEN: (v, [a, b]) => typeof v === 'number' && (v < Number(a) || v > Number(b)),
};

function applyRules(
  rules: readonly ConditionalFormatSpec[],
  sheet: Sheet,
  r: number,
  c: number,
  value: CellValue,
  style: Style,
): void {
  // The first matching rule wins, as in Sheets.
  for (const rule of rules) {
    if (!rule.condition || !rule.ranges.some((a1) => contains(sheet, a1, r, c))) continue;
    const test = CRITERIA[rule.condition.type];
    if (!test?.(value, rule.condition.values)) continue;
    if (rule.format.background) style.background = rule.format.background;
    if (rule.format.fontColor) style.color = rule.format.fontColor;
    if (rule.format.bold) style.bold = true;
    if (rule.format.italic) style.italic = true;
    return;
  }
}

function contains(sheet: Sheet, a1: string, r: number, c: number): boolean {
  const parsed = parseA1(a1);
  if (!parsed || (parsed.sheetName !== null && parsed.sheetName !== sheet.name)) return false;
  const rect = rectOf(parsed, sheet.maxRows, sheet.maxColumns);
  return (
    r + 1 >= rect.row &&
    r + 1 < rect.row + rect.numRows &&
    c + 1 >= rect.column &&
    c + 1 < rect.column + rect.numColumns
  );
}

// ---- charts ----------------------------------------------------------------------------------

/**
 * The chart's ranges side by side: first column the categories (x axis), the others one series
 * each; the first row names the series when the chart has a header row (setNumHeaders(1), or text
 * above numbers, as Sheets guesses).
 */
function chartView(sheet: Sheet, spec: ChartSpec): ChartView {
  const ss = sheet.spreadsheet;
  const context = { locale: ss.locale, timeZone: ss.timeZone };
  const blocks = spec.ranges.map((a1) => {
    const parsed = parseA1(a1);
    const source = parsed?.sheetName ? (ss._sheetByName(parsed.sheetName) ?? sheet) : sheet;
    const rect = parsed
      ? rectOf(parsed, source.maxRows, source.maxColumns)
      : { row: 1, column: 1, numRows: 0, numColumns: 0 };
    const columns: { value: CellValue; display: string }[][] = [];
    for (let j = 0; j < rect.numColumns; j++) {
      const column: { value: CellValue; display: string }[] = [];
      for (let i = 0; i < rect.numRows; i++) {
        const r = rect.row - 1 + i;
        const c = rect.column - 1 + j;
        const value = source._valueAt(r, c);
        column.push({
          value,
          display: displayValue(value, source.formats.numberFormat.get(r, c) as string | undefined, context),
        });
      }
      columns.push(column);
    }
    return columns;
  });
  const columns = blocks.flat();
  const headerGuess = columns.length > 1 && typeof columns[1]?.[0]?.value === 'string';
  const headers = spec.numHeaders ?? (headerGuess ? 1 : 0);
  const [domain = [], ...seriesColumns] = columns;
  const options = spec.options;
  const colors = Array.isArray(options.colors) ? (options.colors as string[]) : [];
  const number = (key: string) => (typeof options[key] === 'number' ? (options[key] as number) : null);
  return {
    row: spec.position.anchorRow,
    col: spec.position.anchorColumn,
    offsetX: spec.position.offsetX,
    offsetY: spec.position.offsetY,
    width: number('width') ?? DEFAULT_CHART.width,
    height: number('height') ?? DEFAULT_CHART.height,
    type: spec.type === 'COLUMN' || spec.type === 'BAR' ? 'column' : 'line',
    title: typeof options.title === 'string' ? options.title : '',
    categories: domain.slice(headers).map((cell) => cell.display),
    series: seriesColumns.map((column, k) => ({
      name: headers ? column[0]!.display : `Series ${k + 1}`,
      values: column.slice(headers).map((cell) => (typeof cell.value === 'number' ? cell.value : null)),
      ...(colors[k] ? { color: colors[k] } : {}),
    })),
    vMin: number('vAxis.viewWindow.min'),
    vMax: number('vAxis.viewWindow.max'),
  };
}
