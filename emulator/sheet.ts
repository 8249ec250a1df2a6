// Sheet, Range and RangeList. Citations are pages under developers.google.com/apps-script/reference/
// spreadsheet/ with the anchor of the method's heading (sheet#getrangea1notation); "not documented"
// marks behaviour the reference leaves open, chosen to match what Sheets does.
import {
  formatA1,
  type GridRect,
  type OpenBounds,
  openBoundsOf,
  parseA1,
  quoteSheetName,
  rectOf,
} from './a1';
import { type ConditionalFormatRule, type EmbeddedChart, EmbeddedChartBuilder } from './builders';
import { type CallCounter, Emulated } from './calls';
import { Layer } from './grid';
import type { DeveloperMetadata, DeveloperMetadataFinder, MetadataLocation } from './metadata';
import type { Spreadsheet } from './spreadsheet';
import { cssColor, displayValue, isDate, readEntered, type StoredValue } from './values';

/** A value as getValues returns it: "" for an empty cell. */
export type CellValue = StoredValue | '';

/**
 * Cell properties kept per cell besides the value, each a sparse layer, and what a cell without one
 * reads. Wrap on is documented ("wrap enabled (the default)" — range#setwrapiswrapenabled); the
 * others are not documented: chosen to match observed Sheets behaviour.
 */
export const CELL_FORMATS = {
  // What getNumberFormat returns for a cell never formatted.
  numberFormat: '0.###############',
  background: '#ffffff',
  fontColor: '#000000',
  fontWeight: 'normal',
  fontStyle: 'normal',
  fontLine: 'none',
  fontSize: 10,
  fontFamily: 'Arial',
  horizontalAlignment: 'general',
  verticalAlignment: 'bottom',
  wrap: true,
  note: '',
} as const;
export type FormatName = keyof typeof CELL_FORMATS;
type FormatValue = string | number | boolean;

const ERR = {
  // Not documented: wordings as Apps Script throws them, taken from user reports.
  rows: (data: number, range: number) =>
    `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`,
  columns: (data: number, range: number) =>
    `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`,
  outside: 'The coordinates of the range are outside the dimensions of the sheet.',
  startRow: 'The starting row of the range is too small.',
  startColumn: 'The starting column of the range is too small.',
  numRows: 'The number of rows in the range must be at least 1.',
  numColumns: 'The number of columns in the range must be at least 1.',
  notFound: 'Range not found',
  // The reference asks for "a non-empty list of A1 notations"; Sheets' wording for an empty one is not known.
  emptyList: 'The list of A1 notations must not be empty.',
};

function fail(message: string): never {
  throw new Error(`Exception: ${message}`);
}

export interface SheetOptions {
  readonly name: string;
  readonly sheetId: number;
  readonly maxRows?: number;
  readonly maxColumns?: number;
}

export class Sheet extends Emulated {
  get kind(): string {
    return 'Sheet';
  }
  name: string;
  readonly sheetId: number;
  maxRows: number;
  maxColumns: number;
  readonly values = new Layer<StoredValue>();
  readonly formulas = new Layer<string>();
  readonly formats: { [K in FormatName]: Layer<FormatValue> };
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  tabColor: string | null = null;
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  readonly hiddenRows = new Set<number>();
  readonly merges: GridRect[] = [];
  charts: EmbeddedChart[] = [];
  conditionalFormatRules: ConditionalFormatRule[] = [];

  constructor(
    counter: CallCounter,
    readonly spreadsheet: Spreadsheet,
    options: SheetOptions,
  ) {
    super(counter);
    this.name = options.name;
    this.sheetId = options.sheetId;
    // Not documented: a new sheet in Sheets has 1000 rows and 26 columns.
    this.maxRows = options.maxRows ?? 1000;
    this.maxColumns = options.maxColumns ?? 26;
    this.formats = Object.fromEntries(
      Object.keys(CELL_FORMATS).map((k) => [k, new Layer<FormatValue>()]),
    ) as {
      [K in FormatName]: Layer<FormatValue>;
    };
  }

  // ---- emulator-side helpers (not counted, prefixed with _) ----

  /** The value a script reads at a 0-based cell: stored, computed formula result, or "". */
  _valueAt(row: number, column: number): CellValue {
    return this.spreadsheet._valueAt(this, row, column);
  }

  /** Grows the sheet (as a paste does) so that the 1-based rect fits. */
  _ensureSize(lastRow: number, lastColumn: number): void {
    if (lastRow > this.maxRows) this.maxRows = lastRow;
    if (lastColumn > this.maxColumns) this.maxColumns = lastColumn;
  }

  _rangeOf(rect: GridRect, open?: OpenBounds): Range {
    if (rect.row < 1) fail(ERR.startRow);
    if (rect.column < 1) fail(ERR.startColumn);
    if (rect.numRows < 1) fail(ERR.numRows);
    if (rect.numColumns < 1) fail(ERR.numColumns);
    if (rect.row + rect.numRows - 1 > this.maxRows || rect.column + rect.numColumns - 1 > this.maxColumns)
      fail(ERR.outside);
    return new Range(this.counter, this, rect, open);
  }

  _contentExtent(): { rows: number; columns: number } {
    const values = this.values.extent();
    const formulas = this.formulas.extent();
    const spill = this.spreadsheet._spillExtent(this);
    return {
      rows: Math.max(values.rows, formulas.rows, spill.rows),
      columns: Math.max(values.columns, formulas.columns, spill.columns),
    };
  }

  /** Clears cell contents, formats (number formats unless `keepNumberFormats`) and/or notes. */
  _clearCells(
    rect: GridRect,
    what: { contents: boolean; formats: boolean; notes: boolean; keepNumberFormats?: boolean },
  ): void {
    const [r, c, nr, nc] = [rect.row - 1, rect.column - 1, rect.numRows, rect.numColumns];
    if (what.contents) {
      this.values.clear(r, c, nr, nc);
      this.formulas.clear(r, c, nr, nc);
      this.spreadsheet._changed();
    }
    for (const name of Object.keys(this.formats) as FormatName[]) {
      const cleared =
        name === 'note' ? what.notes : what.formats && !(name === 'numberFormat' && what.keepNumberFormats);
      if (cleared) this.formats[name].clear(r, c, nr, nc);
    }
  }

  // ---- Apps Script API ----

  // sheet#getname
  getName(): string {
    return this.name;
  }

  /** sheet#setnamename; not documented: a duplicate name (any case) fails as in the Sheets UI. */
  setName(name: string): Sheet {
    this.spreadsheet._checkNewName(String(name), this);
    this.name = String(name);
    return this;
  }

  // sheet#getsheetid
  getSheetId(): number {
    return this.sheetId;
  }

  /** "The position of the sheet in its parent spreadsheet. Starts at 1." — sheet#getindex */
  getIndex(): number {
    return this.spreadsheet.sheets.indexOf(this) + 1;
  }

  // sheet#getparent
  getParent(): Spreadsheet {
    return this.spreadsheet;
  }

  /**
   * sheet#getrangea1notation and sheet#getrangerow,-column,-numrows,-numcolumns (the 3-argument form
   * is one column wide). A1 forms: "A1", "A1:C3", "B:B", "2:2", "A2:C", with an optional sheet prefix;
   * R1C1 is not emulated. Not documented: bound errors use the wordings in ERR.
   */
  getRange(a1OrRow: string | number, column?: number, numRows?: number, numColumns?: number): Range {
    if (typeof a1OrRow === 'string') {
      const parsed = parseA1(a1OrRow);
      if (!parsed) fail(ERR.notFound);
      const target = parsed.sheetName === null ? this : this.spreadsheet._sheetByName(parsed.sheetName);
      if (!target) fail(ERR.notFound);
      return target._rangeOf(rectOf(parsed, target.maxRows, target.maxColumns), openBoundsOf(parsed));
    }
    return this._rangeOf({
      row: Number(a1OrRow),
      column: Number(column),
      numRows: numRows === undefined ? 1 : Number(numRows),
      numColumns: numColumns === undefined ? 1 : Number(numColumns),
    });
  }

  /**
   * One Range per A1 notation, "in the same sheet", from "a non-empty list" — sheet#getrangelista1notations.
   * Not documented: the wording for an empty list.
   */
  getRangeList(a1Notations: readonly string[]): RangeList {
    if (!Array.isArray(a1Notations) || a1Notations.length === 0) fail(ERR.emptyList);
    return new RangeList(
      this.counter,
      a1Notations.map((a1) => {
        const range = this.getRange(String(a1));
        if (range.sheet !== this) fail(ERR.notFound);
        return range;
      }),
    );
  }

  /** A1 to (getLastRow, getLastColumn) — sheet#getdatarange; not documented: A1 on an empty sheet. */
  getDataRange(): Range {
    const { rows, columns } = this._contentExtent();
    return this._rangeOf({ row: 1, column: 1, numRows: Math.max(rows, 1), numColumns: Math.max(columns, 1) });
  }

  /** "The position of the last row that has content" — sheet#getlastrow; not documented: 0 when none. */
  getLastRow(): number {
    return this._contentExtent().rows;
  }

  /** "The position of the last column that has content" — sheet#getlastcolumn. */
  getLastColumn(): number {
    return this._contentExtent().columns;
  }

  // "The current number of rows in the sheet, regardless of content" — sheet#getmaxrows, getmaxcolumns.
  getMaxRows(): number {
    return this.maxRows;
  }

  getMaxColumns(): number {
    return this.maxColumns;
  }

  /**
   * "Clears the sheet of content and formatting information" — sheet#clear, sheet#clearoptions
   * (contentsOnly, formatOnly). Formatting includes conditional formatting (sheet#clearformats).
   * Not documented: a full clear removes notes too.
   */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): Sheet {
    const contentsOnly = Boolean(options?.contentsOnly);
    const formatOnly = Boolean(options?.formatOnly);
    const all = !contentsOnly && !formatOnly;
    this._clearCells(this._all(), {
      contents: all || contentsOnly,
      formats: all || formatOnly,
      notes: all,
    });
    if (all || formatOnly) this.conditionalFormatRules = [];
    return this;
  }

  /** "Clears the sheet of contents, while preserving formatting information." — sheet#clearcontents */
  clearContents(): Sheet {
    this._clearCells(this._all(), { contents: true, formats: false, notes: false });
    return this;
  }

  /**
   * "Clears the sheet of formatting, while preserving contents", where formatting is what the Format
   * menu sets "(ex: bold, italics, conditional formatting) and not width or height" — sheet#clearformats
   */
  clearFormats(): Sheet {
    this._clearCells(this._all(), { contents: false, formats: true, notes: false });
    this.conditionalFormatRules = [];
    return this;
  }

  // "Clears the sheet of all notes." — sheet#clearnotes
  clearNotes(): Sheet {
    this._clearCells(this._all(), { contents: false, formats: false, notes: true });
    return this;
  }

  _all(): GridRect {
    return { row: 1, column: 1, numRows: this.maxRows, numColumns: this.maxColumns };
  }

  // sheet#setfrozenrowsrows, sheet#setfrozencolumnscolumns and their getters.
  setFrozenRows(rows: number): void {
    this.frozenRows = Number(rows);
  }

  getFrozenRows(): number {
    return this.frozenRows;
  }

  setFrozenColumns(columns: number): void {
    this.frozenColumns = Number(columns);
  }

  getFrozenColumns(): number {
    return this.frozenColumns;
  }

  /** sheet#getcolumnwidthcolumnposition; not documented: a new sheet's columns are 100 px wide. */
  getColumnWidth(columnPosition: number): number {
    return this.columnWidths.get(Number(columnPosition)) ?? 100;
  }

  // sheet#setcolumnwidthcolumnposition,-width, sheet#setcolumnwidthsstartcolumn,-numcolumns,-width
  setColumnWidth(columnPosition: number, width: number): Sheet {
    this.columnWidths.set(Number(columnPosition), Number(width));
    return this;
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    for (let c = Number(startColumn); c < Number(startColumn) + Number(numColumns); c++)
      this.columnWidths.set(c, Number(width));
    return this;
  }

  // sheet#getrowheightrowposition; not documented: a new sheet's rows are 21 px high.
  getRowHeight(rowPosition: number): number {
    return this.rowHeights.get(Number(rowPosition)) ?? 21;
  }

  // sheet#setrowheightrowposition,-height, sheet#setrowheightsstartrow,-numrows,-height
  setRowHeight(rowPosition: number, height: number): Sheet {
    this.rowHeights.set(Number(rowPosition), Number(height));
    return this;
  }

  setRowHeights(startRow: number, numRows: number, height: number): Sheet {
    for (let r = Number(startRow); r < Number(startRow) + Number(numRows); r++)
      this.rowHeights.set(r, Number(height));
    return this;
  }

  /**
   * Widths "to fit their contents" — sheet#autoresizecolumnsstartcolumn,-numcolumns,
   * sheet#autoresizecolumncolumnposition. Not documented: estimated here at 7 px a character.
   */
  autoResizeColumns(startColumn: number, numColumns: number): Sheet {
    const { rows } = this._contentExtent();
    for (let c = Number(startColumn); c < Number(startColumn) + Number(numColumns); c++) {
      let longest = 0;
      for (let r = 0; r < rows; r++) {
        const text = displayValue(
          this._valueAt(r, c - 1),
          this._format('numberFormat', r, c - 1) as string,
          this.spreadsheet,
        );
        longest = Math.max(longest, text.length);
      }
      this.columnWidths.set(c, Math.max(30, Math.min(1000, longest * 7 + 10)));
    }
    return this;
  }

  autoResizeColumn(columnPosition: number): Sheet {
    return this.autoResizeColumns(columnPosition, 1);
  }

  _format(name: FormatName, row: number, column: number): FormatValue | undefined {
    return this.formats[name].get(row, column);
  }

  // sheet#hidecolumnscolumnindex,-numcolumns, showcolumns…, isColumnHiddenByUser; the same for rows.
  hideColumns(columnIndex: number, numColumns = 1): void {
    for (let c = Number(columnIndex); c < Number(columnIndex) + Number(numColumns); c++)
      this.hiddenColumns.add(c);
  }

  showColumns(columnIndex: number, numColumns = 1): void {
    for (let c = Number(columnIndex); c < Number(columnIndex) + Number(numColumns); c++)
      this.hiddenColumns.delete(c);
  }

  isColumnHiddenByUser(columnPosition: number): boolean {
    return this.hiddenColumns.has(Number(columnPosition));
  }

  hideRows(rowIndex: number, numRows = 1): void {
    for (let r = Number(rowIndex); r < Number(rowIndex) + Number(numRows); r++) this.hiddenRows.add(r);
  }

  showRows(rowIndex: number, numRows = 1): void {
    for (let r = Number(rowIndex); r < Number(rowIndex) + Number(numRows); r++) this.hiddenRows.delete(r);
  }

  isRowHiddenByUser(rowPosition: number): boolean {
    return this.hiddenRows.has(Number(rowPosition));
  }

  /**
   * "Has no effect if the sheet is already hidden. If this method is called on the only visible sheet,
   * it throws an exception." — sheet#hidesheet. Not documented: the wording.
   */
  hideSheet(): Sheet {
    if (!this.hidden && this.spreadsheet.sheets.every((s) => s === this || s.hidden))
      fail("You can't hide all the sheets in a document.");
    this.hidden = true;
    return this;
  }

  // sheet#showsheet, sheet#issheethidden
  showSheet(): Sheet {
    this.hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    return this.hidden;
  }

  /** A CSS colour ('ff0000' in the example) "or null to reset" — sheet#settabcolorcolor. */
  setTabColor(color: string | null): Sheet {
    this.tabColor = color === null ? null : cssColor(String(color));
    return this;
  }

  /** Deprecated; "Color code in CSS notation (such as '#ffffff')", or null — sheet#gettabcolor. */
  getTabColor(): string | null {
    return this.tabColor;
  }

  /** "Only the parent's notion of the active sheet" changes — sheet#activate. */
  activate(): Sheet {
    this.spreadsheet.active = this;
    return this;
  }

  // sheet#insertrowsbeforebeforeposition,-howmany, insertRowsAfter, insertRowBefore/After, insertRows,
  // deleteRows/deleteRow, and the same for columns. Every cell layer and row/column metadata shift;
  // not emulated: merges, charts and conditional-format ranges keep their recorded places.
  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    this._insertRows(Number(beforePosition) - 1, Number(howMany));
    return this;
  }

  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    this._insertRows(Number(afterPosition), Number(howMany));
    return this;
  }

  insertRowBefore(beforePosition: number): Sheet {
    return this.insertRowsBefore(beforePosition, 1);
  }

  insertRowAfter(afterPosition: number): Sheet {
    return this.insertRowsAfter(afterPosition, 1);
  }

  insertRows(rowIndex: number, numRows = 1): void {
    this._insertRows(Number(rowIndex) - 1, Number(numRows));
  }

  deleteRows(rowPosition: number, howMany: number): void {
    const at = Number(rowPosition) - 1;
    const n = Number(howMany);
    for (const layer of this._layers()) layer.deleteRows(at, n);
    this.maxRows -= n;
    this.spreadsheet._shiftMetadata(this, 'ROW', at, -n);
    this.spreadsheet._changed();
  }

  deleteRow(rowPosition: number): Sheet {
    this.deleteRows(rowPosition, 1);
    return this;
  }

  insertColumnsBefore(beforePosition: number, howMany: number): Sheet {
    this._insertColumns(Number(beforePosition) - 1, Number(howMany));
    return this;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    this._insertColumns(Number(afterPosition), Number(howMany));
    return this;
  }

  insertColumns(columnIndex: number, numColumns = 1): void {
    this._insertColumns(Number(columnIndex) - 1, Number(numColumns));
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    const at = Number(columnPosition) - 1;
    const n = Number(howMany);
    for (const layer of this._layers()) layer.deleteColumns(at, n);
    this.maxColumns -= n;
    this.spreadsheet._shiftMetadata(this, 'COLUMN', at, -n);
    this.spreadsheet._changed();
  }

  deleteColumn(columnPosition: number): Sheet {
    this.deleteColumns(columnPosition, 1);
    return this;
  }

  _layers(): Layer<unknown>[] {
    return [this.values, this.formulas, ...Object.values(this.formats)];
  }

  _insertRows(at: number, n: number): void {
    for (const layer of this._layers()) layer.insertRows(at, n);
    this.maxRows += n;
    this.spreadsheet._shiftMetadata(this, 'ROW', at, n);
    this.spreadsheet._changed();
  }

  _insertColumns(at: number, n: number): void {
    for (const layer of this._layers()) layer.insertColumns(at, n);
    this.maxColumns += n;
    this.spreadsheet._shiftMetadata(this, 'COLUMN', at, n);
    this.spreadsheet._changed();
  }

  // Developer metadata on the sheet itself — sheet#adddevelopermetadatakey,-value (and the key,
  // key-visibility and key-value-visibility forms).
  addDeveloperMetadata(key: string, valueOrVisibility?: string, visibility?: string): Sheet {
    this.spreadsheet._addMetadata({ type: 'SHEET', sheet: this }, key, valueOrVisibility, visibility);
    return this;
  }

  /** "All developer metadata associated with this sheet" (not its rows or columns) — sheet#getdevelopermetadata */
  getDeveloperMetadata(): DeveloperMetadata[] {
    return this.spreadsheet._metadataWhere((loc) => loc.type === 'SHEET' && loc.sheet === this);
  }

  /** The sheet itself and its rows, columns and ranges — sheet#createdevelopermetadatafinder */
  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return this.spreadsheet._finder((loc) => loc.type !== 'SPREADSHEET' && loc.sheet === this);
  }

  // Charts — sheet#newchart, sheet#insertchartchart, sheet#getcharts, sheet#updatechartchart,
  // sheet#removechartchart. Not documented: the error for updating a chart not on this sheet.
  newChart(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this.counter, this);
  }

  insertChart(chart: EmbeddedChart): void {
    chart._attach(this, this.spreadsheet._nextChartId());
    this.charts.push(chart);
  }

  getCharts(): EmbeddedChart[] {
    return [...this.charts];
  }

  updateChart(chart: EmbeddedChart): void {
    const at = this.charts.findIndex((c) => c.chartId === chart.chartId);
    if (at < 0) fail('The chart does not exist in this sheet.');
    this.charts[at] = chart;
  }

  removeChart(chart: EmbeddedChart): void {
    this.charts = this.charts.filter((c) => c.chartId !== chart.chartId);
  }

  /**
   * "Replaces all currently existing conditional format rules in the sheet with the input rules",
   * evaluated in order — sheet#setconditionalformatrulesrules. "A rule must have at least one range"
   * (conditional-format-rule-builder#setrangesranges); not documented: that it fails here, and the wordings.
   */
  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    if (!Array.isArray(rules))
      fail('The parameters do not match the method signature for Sheet.setConditionalFormatRules.');
    if (rules.some((rule) => rule.getRanges().length === 0))
      fail('A conditional format rule must have at least one range.');
    this.conditionalFormatRules = [...rules];
  }

  /** "Get all conditional format rules in this sheet." — sheet#getconditionalformatrules */
  getConditionalFormatRules(): ConditionalFormatRule[] {
    return [...this.conditionalFormatRules];
  }

  // "Equivalent to calling setConditionalFormatRules(rules) with an empty array" — sheet#clearconditionalformatrules
  clearConditionalFormatRules(): void {
    this.conditionalFormatRules = [];
  }
}

type Writer<T> = (row: number, column: number, value: T) => void;

/** Ranges of one sheet, from Sheet.getRangeList — range-list#getranges; only getRanges is emulated. */
export class RangeList extends Emulated {
  get kind(): string {
    return 'RangeList';
  }

  constructor(
    counter: CallCounter,
    private readonly ranges: readonly Range[],
  ) {
    super(counter);
  }

  getRanges(): Range[] {
    return [...this.ranges];
  }
}

export class Range extends Emulated {
  get kind(): string {
    return 'Range';
  }

  constructor(
    counter: CallCounter,
    readonly sheet: Sheet,
    readonly rect: GridRect,
    /** Set when made from an A1 such as "B:B" or "A1:C3", so getA1Notation gives it back. */
    readonly open?: OpenBounds,
  ) {
    super(counter);
  }

  /** Calls fn for each 0-based cell of the range. */
  _each(fn: (row: number, column: number, i: number, j: number) => void): void {
    const { row, column, numRows, numColumns } = this.rect;
    for (let i = 0; i < numRows; i++)
      for (let j = 0; j < numColumns; j++) fn(row - 1 + i, column - 1 + j, i, j);
  }

  _grid<T>(read: (row: number, column: number) => T): T[][] {
    const { row, column, numRows, numColumns } = this.rect;
    const out: T[][] = new Array(numRows);
    for (let i = 0; i < numRows; i++) {
      const line: T[] = new Array(numColumns);
      for (let j = 0; j < numColumns; j++) line[j] = read(row - 1 + i, column - 1 + j);
      out[i] = line;
    }
    return out;
  }

  /**
   * "Must match dimensions of this range" — range#setvaluesvalues and the other grid setters.
   * Not documented: the wordings (ERR, and the signature error for a non-grid).
   */
  _checkGrid(grid: unknown, method: string): unknown[][] {
    if (!Array.isArray(grid) || !grid.every((line) => Array.isArray(line)))
      fail(
        `The parameters (${typeof grid}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
      );
    const { numRows, numColumns } = this.rect;
    if (grid.length !== numRows) fail(ERR.rows(grid.length, numRows));
    for (const line of grid as unknown[][])
      if (line.length !== numColumns) fail(ERR.columns(line.length, numColumns));
    return grid as unknown[][];
  }

  _writeGrid<T>(grid: unknown, method: string, write: Writer<T>): Range {
    const checked = this._checkGrid(grid, method);
    this._each((r, c, i, j) => write(r, c, checked[i]![j] as T));
    return this;
  }

  /**
   * Writes one cell as Sheets reads an entered value: strings are parsed as typed (readEntered:
   * "=…" is a formula, documented in range#setvaluevalue; the rest is observed behaviour) unless the
   * cell's number format is plain text "@" (not documented); Dates, numbers and booleans are stored
   * as they are; a non-finite number becomes #NUM! (not documented).
   */
  _writeValue(row: number, column: number, value: unknown): void {
    const sheet = this.sheet;
    sheet.formulas.set(row, column, undefined);
    if (value === null || value === undefined || value === '') {
      sheet.values.set(row, column, undefined);
      return;
    }
    if (typeof value === 'number') {
      sheet.values.set(row, column, Number.isFinite(value) ? value : '#NUM!');
      return;
    }
    if (typeof value === 'boolean') {
      sheet.values.set(row, column, value);
      return;
    }
    if (isDate(value)) {
      sheet.values.set(row, column, new Date(value.getTime()));
      return;
    }
    const text = String(value);
    if (sheet.formats.numberFormat.get(row, column) === '@') {
      sheet.values.set(row, column, text);
      return;
    }
    const entered = readEntered(text, sheet.spreadsheet);
    if (entered.kind === 'formula') {
      sheet.values.set(row, column, undefined);
      sheet.formulas.set(row, column, entered.formula);
    } else if (entered.kind === 'value') {
      sheet.values.set(row, column, entered.value);
      if (entered.format && sheet.formats.numberFormat.get(row, column) === undefined)
        sheet.formats.numberFormat.set(row, column, entered.format);
    } else sheet.values.set(row, column, undefined);
  }

  // ---- values ----

  /** Number, Boolean, Date or String; "Empty cells are represented by an empty string" — range#getvalues */
  getValues(): CellValue[][] {
    return this._grid((r, c) => copyValue(this.sheet._valueAt(r, c)));
  }

  /** "The value of the top-left cell"; empty cells return "" — range#getvalue */
  getValue(): CellValue {
    return copyValue(this.sheet._valueAt(this.rect.row - 1, this.rect.column - 1));
  }

  /** A grid that "must match dimensions of this range"; "=…" is a formula — range#setvaluesvalues */
  setValues(values: unknown[][]): Range {
    this._writeGrid(values, 'setValues', (r, c, v: unknown) => this._writeValue(r, c, v));
    this.sheet.spreadsheet._changed();
    return this;
  }

  /** "Sets the value of the range" — range#setvaluevalue; not documented: every cell of the range gets it. */
  setValue(value: unknown): Range {
    this._each((r, c) => this._writeValue(r, c, value));
    this.sheet.spreadsheet._changed();
    return this;
  }

  /** Strings as shown, formatted in the spreadsheet's locale; empty cells "" — range#getdisplayvalues */
  getDisplayValues(): string[][] {
    const ss = this.sheet.spreadsheet;
    return this._grid((r, c) =>
      displayValue(
        this.sheet._valueAt(r, c),
        this.sheet._format('numberFormat', r, c) as string | undefined,
        ss,
      ),
    );
  }

  // "The displayed value of the top-left cell" — range#getdisplayvalue
  getDisplayValue(): string {
    return this.getDisplayValues()[0]![0]!;
  }

  /** "Empty strings for cells with no formula" — range#getformulas, range#getformula (top-left cell). */
  getFormulas(): string[][] {
    return this._grid((r, c) => this.sheet.formulas.get(r, c) ?? '');
  }

  getFormula(): string {
    return this.sheet.formulas.get(this.rect.row - 1, this.rect.column - 1) ?? '';
  }

  /**
   * "Updates the formula for this range" — range#setformulaformula. Not documented: every cell gets it;
   * not emulated: Sheets shifts relative references across a multi-cell range.
   */
  setFormula(formula: string): Range {
    this._each((r, c) => this._writeFormula(r, c, formula));
    this.sheet.spreadsheet._changed();
    return this;
  }

  /** A grid of A1 formulas matching the range — range#setformulasformulas; not documented: text that is
   * not a formula is written as a value. */
  setFormulas(formulas: string[][]): Range {
    this._writeGrid(formulas, 'setFormulas', (r, c, f: string) => this._writeFormula(r, c, f));
    this.sheet.spreadsheet._changed();
    return this;
  }

  _writeFormula(row: number, column: number, formula: unknown): void {
    const text = formula === null || formula === undefined ? '' : String(formula);
    if (text.startsWith('=')) {
      this.sheet.values.set(row, column, undefined);
      this.sheet.formulas.set(row, column, text);
    } else this._writeValue(row, column, text);
  }

  // "true if the range is totally blank" — range#isblank
  isBlank(): boolean {
    let blank = true;
    this._each((r, c) => {
      if (this.sheet.values.get(r, c) !== undefined || this.sheet.formulas.get(r, c) !== undefined)
        blank = false;
    });
    return blank;
  }

  // ---- geometry: range#getrow, getcolumn, getnumrows, getnumcolumns, getheight, getwidth,
  // getlastrow ("the end row position"), getlastcolumn, getsheet, getgridid ----

  getRow(): number {
    return this.rect.row;
  }

  getColumn(): number {
    return this.rect.column;
  }

  getNumRows(): number {
    return this.rect.numRows;
  }

  getNumColumns(): number {
    return this.rect.numColumns;
  }

  getHeight(): number {
    return this.rect.numRows;
  }

  getWidth(): number {
    return this.rect.numColumns;
  }

  getLastRow(): number {
    return this.rect.row + this.rect.numRows - 1;
  }

  getLastColumn(): number {
    return this.rect.column + this.rect.numColumns - 1;
  }

  // range#geta1notation; not documented: "B:B", "2:2" and "A2:C" keep their form (formatA1).
  getA1Notation(): string {
    return formatA1(this.rect, this.open);
  }

  /** "Sheet1!A1:B2", the form charts and conditional formats record. */
  _qualifiedA1(): string {
    return `${quoteSheetName(this.sheet.name)}!${this.getA1Notation()}`;
  }

  getSheet(): Sheet {
    return this.sheet;
  }

  getGridId(): number {
    return this.sheet.sheetId;
  }

  /**
   * range#offsetrowoffset,-columnoffset (same size), …-numrows (same width), …-numrows,-numcolumns;
   * offsets may be negative.
   */
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    return this.sheet._rangeOf({
      row: this.rect.row + Number(rowOffset),
      column: this.rect.column + Number(columnOffset),
      numRows: numRows === undefined ? this.rect.numRows : Number(numRows),
      numColumns: numColumns === undefined ? this.rect.numColumns : Number(numColumns),
    });
  }

  /** A cell "relative to the range", 1-based — range#getcellrow,-column; not documented: the error outside it. */
  getCell(row: number, column: number): Range {
    if (Number(row) > this.rect.numRows || Number(column) > this.rect.numColumns) fail(ERR.outside);
    return this.sheet._rangeOf({
      row: this.rect.row + Number(row) - 1,
      column: this.rect.column + Number(column) - 1,
      numRows: 1,
      numColumns: 1,
    });
  }

  // range#activate: its sheet becomes the active sheet; not emulated: the selection.
  activate(): Range {
    this.sheet.spreadsheet.active = this.sheet;
    return this;
  }

  // ---- clearing ----

  /**
   * range#clear ("contents and formats") and range#clearoptions: contentsOnly, formatOnly,
   * commentsOnly, validationsOnly (no validations here, so nothing), skipFilteredRows (no filters);
   * "By default all data is cleared." Not documented: comments are the notes here.
   */
  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    commentsOnly?: boolean;
    validationsOnly?: boolean;
  }): Range {
    const only =
      options &&
      (options.contentsOnly || options.formatOnly || options.commentsOnly || options.validationsOnly);
    this.sheet._clearCells(this.rect, {
      contents: !only || Boolean(options?.contentsOnly),
      formats: !only || Boolean(options?.formatOnly),
      notes: !only || Boolean(options?.commentsOnly),
    });
    return this;
  }

  /** "Clears the content of the range, leaving the formatting intact." — range#clearcontent */
  clearContent(): Range {
    this.sheet._clearCells(this.rect, { contents: true, formats: false, notes: false });
    return this;
  }

  /** Text formatting, but "does not reset any number formatting rules" — range#clearformat */
  clearFormat(): Range {
    this.sheet._clearCells(this.rect, {
      contents: false,
      formats: true,
      notes: false,
      keepNumberFormats: true,
    });
    return this;
  }

  // "Clears the note in the given cell or cells." — range#clearnote
  clearNote(): Range {
    this.sheet._clearCells(this.rect, { contents: false, formats: false, notes: true });
    return this;
  }

  // ---- merges: range#merge, range#mergeacross, range#breakapart, range#ispartofmerge ("overlap
  // any merged cells"). Not documented: merging keeps every value, and breakApart only undoes
  // merges wholly inside the range (Sheets refuses a partial one). ----

  merge(): Range {
    this.sheet.merges.push({ ...this.rect });
    return this;
  }

  mergeAcross(): Range {
    for (let i = 0; i < this.rect.numRows; i++)
      this.sheet.merges.push({
        row: this.rect.row + i,
        column: this.rect.column,
        numRows: 1,
        numColumns: this.rect.numColumns,
      });
    return this;
  }

  breakApart(): Range {
    const { row, column, numRows, numColumns } = this.rect;
    const inside = (m: GridRect) =>
      m.row >= row &&
      m.column >= column &&
      m.row + m.numRows <= row + numRows &&
      m.column + m.numColumns <= column + numColumns;
    const kept = this.sheet.merges.filter((m) => !inside(m));
    this.sheet.merges.splice(0, this.sheet.merges.length, ...kept);
    return this;
  }

  isPartOfMerge(): boolean {
    const { row, column, numRows, numColumns } = this.rect;
    return this.sheet.merges.some(
      (m) =>
        m.row < row + numRows &&
        row < m.row + m.numRows &&
        m.column < column + numColumns &&
        column < m.column + m.numColumns,
    );
  }

  /** range#setbordertop,-left,-bottom,-right,-vertical,-horizontal: accepted, not recorded (nothing reads them). */
  setBorder(..._args: unknown[]): Range {
    return this;
  }

  // ---- developer metadata on whole rows or columns — range#adddevelopermetadatakey (and the value
  // and visibility forms), range#getdevelopermetadata. Locations are a spreadsheet, a sheet, a row
  // or a column (developer-metadata-location); the error for other ranges is not documented. ----

  _metadataLocation(): MetadataLocation {
    const { row, column, numRows, numColumns } = this.rect;
    if (column === 1 && numColumns === this.sheet.maxColumns)
      return { type: 'ROW', sheet: this.sheet, start: row - 1, count: numRows };
    if (row === 1 && numRows === this.sheet.maxRows)
      return { type: 'COLUMN', sheet: this.sheet, start: column - 1, count: numColumns };
    // Developer metadata lives on the spreadsheet, a sheet, or whole rows/columns — developer-metadata-location-type.
    return fail(
      'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
    );
  }

  addDeveloperMetadata(key: string, valueOrVisibility?: string, visibility?: string): Range {
    this.sheet.spreadsheet._addMetadata(this._metadataLocation(), key, valueOrVisibility, visibility);
    return this;
  }

  getDeveloperMetadata(): DeveloperMetadata[] {
    const mine = this._metadataLocation();
    return this.sheet.spreadsheet._metadataWhere(
      (loc) =>
        loc.type === mine.type &&
        loc.sheet === mine.sheet &&
        loc.start === mine.start &&
        loc.count === mine.count,
    );
  }

  /**
   * Metadata "wholly contained within that range": row 3:3 is in the scope of 1:5, not of A1:D5;
   * with onIntersectingLocations, metadata whose rows or columns meet the range —
   * range#createdevelopermetadatafinder, developer-metadata-finder#onintersectinglocations.
   * Not documented: sheet and spreadsheet metadata are never in a range's scope.
   */
  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    const { sheet } = this;
    const { row, column, numRows, numColumns } = this.rect;
    const allColumns = column === 1 && numColumns === sheet.maxColumns;
    const allRows = row === 1 && numRows === sheet.maxRows;
    // 0-based [start, end) spans of the range's rows and columns.
    const rows = [row - 1, row - 1 + numRows] as const;
    const columns = [column - 1, column - 1 + numColumns] as const;
    const within = (start: number, count: number, [from, to]: readonly [number, number]) =>
      start >= from && start + count <= to;
    const meets = (start: number, count: number, [from, to]: readonly [number, number]) =>
      start < to && from < start + count;
    return sheet.spreadsheet._finder((loc, intersecting) => {
      if ((loc.type !== 'ROW' && loc.type !== 'COLUMN') || loc.sheet !== sheet) return false;
      const span = loc.type === 'ROW' ? rows : columns;
      if (intersecting) return meets(loc.start, loc.count, span);
      return (loc.type === 'ROW' ? allColumns : allRows) && within(loc.start, loc.count, span);
    });
  }

  // ---- formats: generated below from FORMAT_METHODS ----
  declare setNumberFormat: (format: string) => Range;
  declare setNumberFormats: (formats: string[][]) => Range;
  declare getNumberFormat: () => string;
  declare getNumberFormats: () => string[][];
  declare setBackground: (color: string | null) => Range;
  declare setBackgrounds: (colors: (string | null)[][]) => Range;
  declare getBackground: () => string;
  declare getBackgrounds: () => string[][];
  declare setFontColor: (color: string | null) => Range;
  declare setFontColors: (colors: (string | null)[][]) => Range;
  declare getFontColor: () => string;
  declare getFontColors: () => string[][];
  declare setFontWeight: (weight: string | null) => Range;
  declare setFontWeights: (weights: (string | null)[][]) => Range;
  declare getFontWeight: () => string;
  declare getFontWeights: () => string[][];
  declare setFontStyle: (style: string | null) => Range;
  declare setFontStyles: (styles: (string | null)[][]) => Range;
  declare getFontStyle: () => string;
  declare getFontStyles: () => string[][];
  declare setFontLine: (line: string | null) => Range;
  declare setFontLines: (lines: (string | null)[][]) => Range;
  declare getFontLine: () => string;
  declare getFontLines: () => string[][];
  declare setFontSize: (size: number) => Range;
  declare setFontSizes: (sizes: number[][]) => Range;
  declare getFontSize: () => number;
  declare getFontSizes: () => number[][];
  declare setFontFamily: (family: string | null) => Range;
  declare setFontFamilies: (families: (string | null)[][]) => Range;
  declare getFontFamily: () => string;
  declare getFontFamilies: () => string[][];
  declare setHorizontalAlignment: (alignment: string | null) => Range;
  declare setHorizontalAlignments: (alignments: (string | null)[][]) => Range;
  declare getHorizontalAlignment: () => string;
  declare getHorizontalAlignments: () => string[][];
  declare setVerticalAlignment: (alignment: string | null) => Range;
  declare setVerticalAlignments: (alignments: (string | null)[][]) => Range;
  declare getVerticalAlignment: () => string;
  declare getVerticalAlignments: () => string[][];
  declare setWrap: (wrap: boolean) => Range;
  declare setWraps: (wraps: boolean[][]) => Range;
  declare getWrap: () => boolean;
  declare getWraps: () => boolean[][];
  declare setNote: (note: string | null) => Range;
  declare setNotes: (notes: (string | null)[][]) => Range;
  declare getNote: () => string;
  declare getNotes: () => string[][];

  _setFormat(name: FormatName, value: unknown): Range {
    this._each((r, c) => this.sheet.formats[name].set(r, c, normalizeFormat(name, value)));
    return this;
  }

  _setFormats(name: FormatName, grid: unknown, method: string): Range {
    return this._writeGrid(grid, method, (r, c, v: unknown) =>
      this.sheet.formats[name].set(r, c, normalizeFormat(name, v)),
    );
  }

  _getFormats(name: FormatName): FormatValue[][] {
    return this._grid((r, c) => this.sheet.formats[name].get(r, c) ?? CELL_FORMATS[name]);
  }

  _getFormat(name: FormatName): FormatValue {
    return this.sheet.formats[name].get(this.rect.row - 1, this.rect.column - 1) ?? CELL_FORMATS[name];
  }
}

/**
 * "A null value resets" the format (range#setbackgroundcolor and the other setters). Not documented:
 * "" resets too, except as a number format; colours are read back as codes (cssColor).
 */
function normalizeFormat(name: FormatName, value: unknown): FormatValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (name === 'wrap') return Boolean(value);
  if (name === 'fontSize') return Number(value);
  if (value === '' && name !== 'numberFormat') return undefined;
  return name === 'background' || name === 'fontColor' ? cssColor(String(value)) : String(value);
}

function copyValue(value: CellValue): CellValue {
  return isDate(value) ? new Date(value.getTime()) : value;
}

/**
 * Format setters and getters, one row each: [property, singular suffix, plural suffix]: setX(value)
 * for every cell, setXs(grid) matching the range, getX() of the top-left cell, getXs() per cell.
 * The reference page of each, on range: the setter's anchor.
 */
const FORMAT_METHODS: readonly [FormatName, string, string][] = [
  ['numberFormat', 'NumberFormat', 'NumberFormats'], // #setnumberformatnumberformat, #setnumberformatsnumberformats
  ['background', 'Background', 'Backgrounds'], // #setbackgroundcolor, #setbackgroundscolor
  ['fontColor', 'FontColor', 'FontColors'], // #setfontcolorcolor, #setfontcolorscolors (getFontColor is deprecated)
  ['fontWeight', 'FontWeight', 'FontWeights'], // #setfontweightfontweight: 'bold' or 'normal'
  ['fontStyle', 'FontStyle', 'FontStyles'], // #setfontstylefontstyle: 'italic' or 'normal'
  ['fontLine', 'FontLine', 'FontLines'], // #setfontlinefontline: 'underline', 'line-through', 'none'
  ['fontSize', 'FontSize', 'FontSizes'], // #setfontsizesize, in points
  ['fontFamily', 'FontFamily', 'FontFamilies'], // #setfontfamilyfontfamily
  ['horizontalAlignment', 'HorizontalAlignment', 'HorizontalAlignments'], // #sethorizontalalignmentalignment
  ['verticalAlignment', 'VerticalAlignment', 'VerticalAlignments'], // #setverticalalignmentalignment
  ['wrap', 'Wrap', 'Wraps'], // #setwrapiswrapenabled, #setwrapsiswrapenabled
  ['note', 'Note', 'Notes'], // #setnotenote: "a null value removes the note"
];

const proto = Range.prototype as unknown as Record<string, (this: Range, arg?: unknown) => unknown>;
for (const [name, one, many] of FORMAT_METHODS) {
  proto[`set${one}`] = function (value) {
    return this._setFormat(name, value);
  };
  proto[`set${many}`] = function (grid) {
    return this._setFormats(name, grid, `set${many}`);
  };
  proto[`get${one}`] = function () {
    return this._getFormat(name);
  };
  proto[`get${many}`] = function () {
    return this._getFormats(name);
  };
}
