// Sheet and Range. Citations name pages under developers.google.com/apps-script/reference/spreadsheet/.
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
import { displayValue, isDate, readEntered, type StoredValue } from './values';

/** A value as getValues returns it: "" for an empty cell. */
export type CellValue = StoredValue | '';

/** Cell properties kept per cell besides the value; each is a sparse layer with a default. */
export const CELL_FORMATS = {
  // Range.getNumberFormat of an unformatted cell — undocumented; "0.###############" is what scripts see.
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
  // Wording as Apps Script throws it (seen in user reports; not on the reference pages).
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
    // A new sheet in Sheets has 1000 rows and 26 columns.
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

  _clearCells(rect: GridRect, what: { contents: boolean; formats: boolean; notes: boolean }): void {
    const [r, c, nr, nc] = [rect.row - 1, rect.column - 1, rect.numRows, rect.numColumns];
    if (what.contents) {
      this.values.clear(r, c, nr, nc);
      this.formulas.clear(r, c, nr, nc);
      this.spreadsheet._changed();
    }
    for (const name of Object.keys(this.formats) as FormatName[]) {
      const isNote = name === 'note';
      if ((isNote && what.notes) || (!isNote && what.formats)) this.formats[name].clear(r, c, nr, nc);
    }
  }

  // ---- Apps Script API ----

  getName(): string {
    return this.name;
  }

  /** Sheet.setName; a duplicate name fails as the Sheets UI does. */
  setName(name: string): Sheet {
    this.spreadsheet._checkNewName(String(name), this);
    this.name = String(name);
    return this;
  }

  getSheetId(): number {
    return this.sheetId;
  }

  /** Sheet.getIndex: "the position of the sheet in its parent spreadsheet. Starts at 1." */
  getIndex(): number {
    return this.spreadsheet.sheets.indexOf(this) + 1;
  }

  getParent(): Spreadsheet {
    return this.spreadsheet;
  }

  /**
   * Sheet.getRange(a1Notation) / getRange(row, column, numRows?, numColumns?) — sheet#getrange.
   * A1 forms: "A1", "A1:C3", "B:B", "2:2", "A2:C", with an optional sheet prefix.
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
   * Sheet.getRangeList(a1Notations): one Range per A1 notation of this sheet, in the order given, from
   * one call — sheet#getrangelist. An empty list fails as Sheets does.
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

  /** Sheet.getDataRange: A1 to (getLastRow, getLastColumn); A1 on an empty sheet — sheet#getdatarange. */
  getDataRange(): Range {
    const { rows, columns } = this._contentExtent();
    return this._rangeOf({ row: 1, column: 1, numRows: Math.max(rows, 1), numColumns: Math.max(columns, 1) });
  }

  /** Sheet.getLastRow: "the position of the last row that has content" (0 when none) — sheet#getlastrow. */
  getLastRow(): number {
    return this._contentExtent().rows;
  }

  /** Sheet.getLastColumn: "the position of the last column that has content" — sheet#getlastcolumn. */
  getLastColumn(): number {
    return this._contentExtent().columns;
  }

  getMaxRows(): number {
    return this.maxRows;
  }

  getMaxColumns(): number {
    return this.maxColumns;
  }

  /** Sheet.clear: "Clears the sheet of content and formatting information." */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): Sheet {
    const contentsOnly = Boolean(options?.contentsOnly);
    const formatOnly = Boolean(options?.formatOnly);
    const all = !contentsOnly && !formatOnly;
    this._clearCells(this._all(), {
      contents: all || contentsOnly,
      formats: all || formatOnly,
      notes: all,
    });
    return this;
  }

  /** Sheet.clearContents: "Clears the sheet of contents, while preserving formatting information." */
  clearContents(): Sheet {
    this._clearCells(this._all(), { contents: true, formats: false, notes: false });
    return this;
  }

  /** Sheet.clearFormats: "Clears the sheet of formatting, while preserving contents." */
  clearFormats(): Sheet {
    this._clearCells(this._all(), { contents: false, formats: true, notes: false });
    return this;
  }

  clearNotes(): Sheet {
    this._clearCells(this._all(), { contents: false, formats: false, notes: true });
    return this;
  }

  _all(): GridRect {
    return { row: 1, column: 1, numRows: this.maxRows, numColumns: this.maxColumns };
  }

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

  /** Sheet.getColumnWidth: pixels; a new sheet's columns are 100 px wide. */
  getColumnWidth(columnPosition: number): number {
    return this.columnWidths.get(Number(columnPosition)) ?? 100;
  }

  setColumnWidth(columnPosition: number, width: number): Sheet {
    this.columnWidths.set(Number(columnPosition), Number(width));
    return this;
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    for (let c = Number(startColumn); c < Number(startColumn) + Number(numColumns); c++)
      this.columnWidths.set(c, Number(width));
    return this;
  }

  getRowHeight(rowPosition: number): number {
    return this.rowHeights.get(Number(rowPosition)) ?? 21;
  }

  setRowHeight(rowPosition: number, height: number): Sheet {
    this.rowHeights.set(Number(rowPosition), Number(height));
    return this;
  }

  setRowHeights(startRow: number, numRows: number, height: number): Sheet {
    for (let r = Number(startRow); r < Number(startRow) + Number(numRows); r++)
      this.rowHeights.set(r, Number(height));
    return this;
  }

  /** Sheet.autoResizeColumns: widths fitted to content; estimated here at 7 px a character. */
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

  hideSheet(): Sheet {
    this.hidden = true;
    return this;
  }

  showSheet(): Sheet {
    this.hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    return this.hidden;
  }

  setTabColor(color: string | null): Sheet {
    this.tabColor = color;
    return this;
  }

  getTabColor(): string | null {
    return this.tabColor;
  }

  /** Sheet.activate: makes this the active sheet. */
  activate(): Sheet {
    this.spreadsheet.active = this;
    return this;
  }

  // Rows and columns: insert/delete shift every layer, merges are kept as recorded.
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

  // Developer metadata on the sheet itself — sheet#adddevelopermetadata(String,String).
  addDeveloperMetadata(key: string, valueOrVisibility?: string, visibility?: string): Sheet {
    this.spreadsheet._addMetadata({ type: 'SHEET', sheet: this }, key, valueOrVisibility, visibility);
    return this;
  }

  /** Sheet.getDeveloperMetadata: the metadata associated with this sheet (not its rows or columns). */
  getDeveloperMetadata(): DeveloperMetadata[] {
    return this.spreadsheet._metadataWhere((loc) => loc.type === 'SHEET' && loc.sheet === this);
  }

  /** Sheet.createDeveloperMetadataFinder: searches metadata within this sheet. */
  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return this.spreadsheet._finder((loc) => loc.type !== 'SPREADSHEET' && loc.sheet === this);
  }

  // Charts — sheet#newchart, sheet#insertchart, sheet#getcharts, sheet#removechart.
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

  /** Sheet.setConditionalFormatRules: "Replaces all currently existing conditional format rules in the sheet with the input rules." */
  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    if (!Array.isArray(rules))
      fail('The parameters do not match the method signature for Sheet.setConditionalFormatRules.');
    this.conditionalFormatRules = [...rules];
  }

  /** Sheet.getConditionalFormatRules: "Get all conditional format rules in this sheet." */
  getConditionalFormatRules(): ConditionalFormatRule[] {
    return [...this.conditionalFormatRules];
  }

  clearConditionalFormatRules(): void {
    this.conditionalFormatRules = [];
  }
}

type Writer<T> = (row: number, column: number, value: T) => void;

/** RangeList: ranges of one sheet, from Sheet.getRangeList — range-list. Only getRanges is emulated. */
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

  /** Exact-dimension check of Range.setValues and friends — range#setvalues(Object). */
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
   * Writes one cell as Sheets reads an entered value: strings are parsed as typed ("=…" becomes a
   * formula, "'…" stays text without the apostrophe, "1,234" and "5%" become numbers) unless the
   * cell's number format is plain text "@"; Dates, numbers and booleans are stored as they are.
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

  /** Range.getValues: "Returns the rectangular grid of values"; empty cells are "" — range#getvalues. */
  getValues(): CellValue[][] {
    return this._grid((r, c) => copyValue(this.sheet._valueAt(r, c)));
  }

  /** Range.getValue: the top-left cell. */
  getValue(): CellValue {
    return copyValue(this.sheet._valueAt(this.rect.row - 1, this.rect.column - 1));
  }

  /** Range.setValues: "The size of the two-dimensional array must match the size of the range." */
  setValues(values: unknown[][]): Range {
    this._writeGrid(values, 'setValues', (r, c, v: unknown) => this._writeValue(r, c, v));
    this.sheet.spreadsheet._changed();
    return this;
  }

  /** Range.setValue: "Sets the value of the range"; every cell of a multi-cell range gets it. */
  setValue(value: unknown): Range {
    this._each((r, c) => this._writeValue(r, c, value));
    this.sheet.spreadsheet._changed();
    return this;
  }

  /** Range.getDisplayValues: values as shown, with number formats, in the spreadsheet locale. */
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

  getDisplayValue(): string {
    return this.getDisplayValues()[0]![0]!;
  }

  /** Range.getFormulas: "" for cells without a formula — range#getformulas. */
  getFormulas(): string[][] {
    return this._grid((r, c) => this.sheet.formulas.get(r, c) ?? '');
  }

  getFormula(): string {
    return this.sheet.formulas.get(this.rect.row - 1, this.rect.column - 1) ?? '';
  }

  /** Range.setFormula: the same formula in every cell (references are not shifted here). */
  setFormula(formula: string): Range {
    this._each((r, c) => this._writeFormula(r, c, formula));
    this.sheet.spreadsheet._changed();
    return this;
  }

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

  isBlank(): boolean {
    let blank = true;
    this._each((r, c) => {
      if (this.sheet.values.get(r, c) !== undefined || this.sheet.formulas.get(r, c) !== undefined)
        blank = false;
    });
    return blank;
  }

  // ---- geometry ----

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

  /** Range.offset(rowOffset, columnOffset, numRows?, numColumns?) — range#offset. */
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    return this.sheet._rangeOf({
      row: this.rect.row + Number(rowOffset),
      column: this.rect.column + Number(columnOffset),
      numRows: numRows === undefined ? this.rect.numRows : Number(numRows),
      numColumns: numColumns === undefined ? this.rect.numColumns : Number(numColumns),
    });
  }

  /** Range.getCell(row, column): 1-based, relative to the range. */
  getCell(row: number, column: number): Range {
    if (Number(row) > this.rect.numRows || Number(column) > this.rect.numColumns) fail(ERR.outside);
    return this.sheet._rangeOf({
      row: this.rect.row + Number(row) - 1,
      column: this.rect.column + Number(column) - 1,
      numRows: 1,
      numColumns: 1,
    });
  }

  activate(): Range {
    this.sheet.spreadsheet.active = this.sheet;
    return this;
  }

  // ---- clearing ----

  /** Range.clear: "Clears the range of contents and formats" (options as documented). */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; commentsOnly?: boolean }): Range {
    const only = options && (options.contentsOnly || options.formatOnly || options.commentsOnly);
    this.sheet._clearCells(this.rect, {
      contents: !only || Boolean(options?.contentsOnly),
      formats: !only || Boolean(options?.formatOnly),
      notes: !only || Boolean(options?.commentsOnly),
    });
    return this;
  }

  /** Range.clearContent: "Clears the content of the range, leaving the formatting intact." */
  clearContent(): Range {
    this.sheet._clearCells(this.rect, { contents: true, formats: false, notes: false });
    return this;
  }

  /** Range.clearFormat: "Clears formatting for this range." */
  clearFormat(): Range {
    this.sheet._clearCells(this.rect, { contents: false, formats: true, notes: false });
    return this;
  }

  clearNote(): Range {
    this.sheet._clearCells(this.rect, { contents: false, formats: false, notes: true });
    return this;
  }

  // ---- merges ----

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

  /** Borders are accepted and not recorded (nothing here reads them back). */
  setBorder(..._args: unknown[]): Range {
    return this;
  }

  // ---- developer metadata on whole rows or columns — range#adddevelopermetadata(String) ----

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

  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    const { row, column, numRows, numColumns } = this.rect;
    return this.sheet.spreadsheet._finder((loc) => {
      if (loc.type === 'ROW')
        return loc.sheet === this.sheet && loc.start === row - 1 && loc.count === numRows;
      if (loc.type === 'COLUMN')
        return loc.sheet === this.sheet && loc.start === column - 1 && loc.count === numColumns;
      return false;
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

/** null (or "") resets a format to the default, as setBackground(null) does — range#setbackground. */
function normalizeFormat(name: FormatName, value: unknown): FormatValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (name === 'wrap') return Boolean(value);
  if (name === 'fontSize') return Number(value);
  if (value === '' && name !== 'numberFormat') return undefined;
  return typeof value === 'string' && (name === 'background' || name === 'fontColor')
    ? value.toLowerCase()
    : String(value);
}

function copyValue(value: CellValue): CellValue {
  return isDate(value) ? new Date(value.getTime()) : value;
}

/**
 * Format setters and getters, one row each: [property, singular suffix, plural suffix].
 * Range.setBackground(color) / setBackgrounds(colors) / getBackground() / getBackgrounds()…
 */
const FORMAT_METHODS: readonly [FormatName, string, string][] = [
  ['numberFormat', 'NumberFormat', 'NumberFormats'],
  ['background', 'Background', 'Backgrounds'],
  ['fontColor', 'FontColor', 'FontColors'],
  ['fontWeight', 'FontWeight', 'FontWeights'],
  ['fontStyle', 'FontStyle', 'FontStyles'],
  ['fontLine', 'FontLine', 'FontLines'],
  ['fontSize', 'FontSize', 'FontSizes'],
  ['fontFamily', 'FontFamily', 'FontFamilies'],
  ['horizontalAlignment', 'HorizontalAlignment', 'HorizontalAlignments'],
  ['verticalAlignment', 'VerticalAlignment', 'VerticalAlignments'],
  ['wrap', 'Wrap', 'Wraps'],
  ['note', 'Note', 'Notes'],
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
