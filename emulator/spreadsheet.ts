// Spreadsheet — developers.google.com/apps-script/reference/spreadsheet/spreadsheet (anchors are the
// method headings). Holds the sheets, developer metadata, settings, and the formula evaluator hook:
// formulas are stored as text and values come only from the hook (not emulated: Sheets' functions).
import { parseA1, rectOf } from './a1';
import { type CallCounter, Emulated } from './calls';
import { Layer } from './grid';
import {
  DeveloperMetadata,
  DeveloperMetadataFinder,
  type MetadataLocation,
  type MetadataRecord,
  type MetadataScope,
} from './metadata';
import { type CellValue, type Range, Sheet } from './sheet';
import type { UiRecord } from './ui';
import { isDate } from './values';

/** Reads a range while a formula is evaluated: "A1:B3" or "'Other tab'!A1:B3", computed values. */
export interface FormulaCell {
  readonly formula: string;
  readonly sheet: string;
  /** 1-based. */
  readonly row: number;
  readonly column: number;
  getValues(a1: string): CellValue[][];
}

/**
 * Computes a formula cell. Return a value, or a 2D array that spills right and down into empty
 * cells, "#REF!" when blocked; a thrown error shows as "#ERROR!" with its message as the tooltip —
 * guides/sheets/functions (custom functions' results and errors).
 */
export type FormulaEvaluator = (formula: string, cell: FormulaCell) => unknown;

interface Computed {
  values: Map<Sheet, Layer<CellValue>>;
  spills: Map<Sheet, Layer<CellValue>>;
  errors: Map<Sheet, Layer<string>>;
}

export interface SpreadsheetSettings {
  readonly id: string;
  readonly name: string;
  locale: string;
  timeZone: string;
  readonly sheetNames: readonly string[];
}

function fail(message: string): never {
  throw new Error(`Exception: ${message}`);
}

export class Spreadsheet extends Emulated {
  get kind(): string {
    return 'Spreadsheet';
  }
  readonly id: string;
  name: string;
  locale: string;
  timeZone: string;
  sheets: Sheet[] = [];
  active: Sheet;
  private metadata: MetadataRecord[] = [];
  private nextSheetId = 0;
  private nextMetadataId = 1;
  private nextChart = 1;
  private version = 0;
  private computedVersion = -1;
  private computed: Computed | null = null;
  private evaluator: FormulaEvaluator | null = null;

  constructor(
    counter: CallCounter,
    private readonly ui: UiRecord,
    settings: SpreadsheetSettings,
  ) {
    super(counter);
    this.id = settings.id;
    this.name = settings.name;
    this.locale = settings.locale;
    this.timeZone = settings.timeZone;
    for (const name of settings.sheetNames.length ? settings.sheetNames : ['Sheet1']) this._newSheet(name);
    this.active = this.sheets[0]!;
  }

  // ---- emulator-side helpers ----

  _newSheet(name: string, index?: number): Sheet {
    this._checkNewName(name, null);
    // "A monotonically increasing integer" (sheet#getsheetid); not documented: the first sheet's is 0.
    const sheetId = this.nextSheetId === 0 ? 0 : 100_000 + this.nextSheetId * 7919;
    this.nextSheetId++;
    const sheet = new Sheet(this.counter, this, { name, sheetId });
    const at = index === undefined ? this.sheets.length : Math.max(0, Math.min(index, this.sheets.length));
    this.sheets.splice(at, 0, sheet);
    this._changed();
    return sheet;
  }

  /** Not documented: sheet names are unique regardless of case; the wording is the Sheets UI's. */
  _checkNewName(name: string, self: Sheet | null): void {
    const clash = this.sheets.find((s) => s !== self && s.name.toLowerCase() === name.toLowerCase());
    if (clash) fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }

  /** Not documented: names are unique regardless of case, so lookups ignore case (an exact match first). */
  _sheetByName(name: string): Sheet | null {
    const lower = name.toLowerCase();
    return (
      this.sheets.find((s) => s.name === name) ??
      this.sheets.find((s) => s.name.toLowerCase() === lower) ??
      null
    );
  }

  _nextChartId(): number {
    return this.nextChart++;
  }

  /** Marks content as changed so formula results are recomputed on the next read. */
  _changed(): void {
    this.version++;
  }

  setFormulaEvaluator(evaluator: FormulaEvaluator | null): void {
    this.evaluator = evaluator;
    this._changed();
  }

  /** The formula error message of a cell showing "#ERROR!" (0-based), if any. */
  _formulaError(sheet: Sheet, row: number, column: number): string | null {
    this._compute();
    return this.computed?.errors.get(sheet)?.get(row, column) ?? null;
  }

  _valueAt(sheet: Sheet, row: number, column: number): CellValue {
    if (sheet.formulas.get(row, column) !== undefined) {
      if (!this.evaluator) return '';
      this._compute();
      return this.computed?.values.get(sheet)?.get(row, column) ?? '';
    }
    const stored = sheet.values.get(row, column);
    if (stored !== undefined) return stored;
    if (!this.evaluator) return '';
    this._compute();
    return this.computed?.spills.get(sheet)?.get(row, column) ?? '';
  }

  _spillExtent(sheet: Sheet): { rows: number; columns: number } {
    if (!this.evaluator) return { rows: 0, columns: 0 };
    this._compute();
    return this.computed?.spills.get(sheet)?.extent() ?? { rows: 0, columns: 0 };
  }

  /** One pass over every formula cell in sheet and row order; spills fill empty cells only. */
  private _compute(): void {
    const evaluator = this.evaluator;
    if (!evaluator || this.computedVersion === this.version) return;
    this.computedVersion = this.version;
    const computed: Computed = { values: new Map(), spills: new Map(), errors: new Map() };
    this.computed = computed;
    for (const sheet of this.sheets) {
      const values = new Layer<CellValue>();
      const spills = new Layer<CellValue>();
      const errors = new Layer<string>();
      computed.values.set(sheet, values);
      computed.spills.set(sheet, spills);
      computed.errors.set(sheet, errors);
      const cells: [number, number, string][] = [];
      sheet.formulas.forEach((formula, r, c) => {
        cells.push([r, c, formula]);
      });
      for (const [r, c, formula] of cells) {
        const cell: FormulaCell = {
          formula,
          sheet: sheet.name,
          row: r + 1,
          column: c + 1,
          getValues: (a1) => this._readA1(sheet, a1),
        };
        let result: unknown;
        try {
          result = evaluator(formula, cell);
        } catch (error) {
          values.set(r, c, '#ERROR!');
          errors.set(r, c, error instanceof Error ? error.message : String(error));
          continue;
        }
        if (!Array.isArray(result)) {
          values.set(r, c, cellValue(result));
          continue;
        }
        const grid = result.map((line) => (Array.isArray(line) ? line : [line]));
        const blocked = grid.some((line, i) =>
          line.some(
            (_v, j) =>
              (i > 0 || j > 0) &&
              (sheet.values.get(r + i, c + j) !== undefined ||
                sheet.formulas.get(r + i, c + j) !== undefined),
          ),
        );
        if (blocked) {
          values.set(r, c, '#REF!');
          errors.set(r, c, 'Array result was not expanded because it would overwrite data.');
          continue;
        }
        grid.forEach((line, i) => {
          line.forEach((v, j) => {
            if (i === 0 && j === 0) values.set(r, c, cellValue(v));
            else spills.set(r + i, c + j, cellValue(v));
          });
        });
      }
    }
  }

  _readA1(from: Sheet, a1: string): CellValue[][] {
    const parsed = parseA1(a1);
    if (!parsed) throw new Error(`Unresolved reference ${a1}`);
    const sheet = parsed.sheetName === null ? from : this._sheetByName(parsed.sheetName);
    if (!sheet) throw new Error(`Unresolved sheet name '${parsed.sheetName}'`);
    const rect = rectOf(parsed, sheet.maxRows, sheet.maxColumns);
    const out: CellValue[][] = [];
    for (let i = 0; i < rect.numRows; i++) {
      const line: CellValue[] = [];
      for (let j = 0; j < rect.numColumns; j++)
        line.push(this._valueAt(sheet, rect.row - 1 + i, rect.column - 1 + j));
      out.push(line);
    }
    return out;
  }

  _addMetadata(
    location: MetadataLocation,
    key: string,
    valueOrVisibility?: string,
    visibility?: string,
  ): void {
    // addDeveloperMetadata(key, value) vs (key, visibility): a visibility is one of the enum names.
    const isVisibility = (v: unknown) => v === 'DOCUMENT' || v === 'PROJECT';
    let value: string | null = null;
    let vis = 'DOCUMENT';
    if (isVisibility(valueOrVisibility) && visibility === undefined) vis = String(valueOrVisibility);
    else {
      if (valueOrVisibility !== undefined && valueOrVisibility !== null) value = String(valueOrVisibility);
      if (visibility !== undefined) vis = String(visibility);
    }
    this.metadata.push({ id: this.nextMetadataId++, key: String(key), value, visibility: vis, location });
  }

  _metadataWhere(test: (location: MetadataLocation) => boolean): DeveloperMetadata[] {
    return this.metadata
      .filter((m) => test(m.location))
      .map((m) => new DeveloperMetadata(this.counter, this, m));
  }

  _removeMetadata(id: number): void {
    this.metadata = this.metadata.filter((m) => m.id !== id);
  }

  _finder(scope: MetadataScope): DeveloperMetadataFinder {
    return new DeveloperMetadataFinder(this.counter, this, scope);
  }

  /** Not documented: row/column metadata moves with inserted rows/columns and goes with deleted ones. */
  _shiftMetadata(sheet: Sheet, type: 'ROW' | 'COLUMN', at: number, delta: number): void {
    const kept: MetadataRecord[] = [];
    for (const m of this.metadata) {
      const loc = m.location;
      if (loc.type === type && loc.sheet === sheet) {
        if (delta < 0 && loc.start >= at && loc.start + loc.count <= at - delta) continue; // deleted with its rows
        if (loc.start >= at) loc.start += delta;
      }
      kept.push(m);
    }
    this.metadata = kept;
  }

  _allMetadata(): readonly MetadataRecord[] {
    return this.metadata;
  }

  // ---- Apps Script API ----

  // spreadsheet#getid, #getname, #renamenewname, #geturl (not documented: the URL's form),
  // #getsheets, #getnumsheets.
  getId(): string {
    return this.id;
  }

  getName(): string {
    return this.name;
  }

  rename(newName: string): void {
    this.name = String(newName);
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  getSheets(): Sheet[] {
    return [...this.sheets];
  }

  getNumSheets(): number {
    return this.sheets.length;
  }

  /** null when there is none — spreadsheet#getsheetbynamename; not documented: case is ignored. */
  getSheetByName(name: string): Sheet | null {
    return this._sheetByName(String(name));
  }

  // "null if no sheet is found" — spreadsheet#getsheetbyidid
  getSheetById(id: number): Sheet | null {
    return this.sheets.find((s) => s.sheetId === Number(id)) ?? null;
  }

  /**
   * spreadsheet#insertsheet, #insertsheetsheetindex, #insertsheetsheetname, #insertsheetsheetname,-sheetindex:
   * "The new sheet becomes the active sheet"; the index is 0-based ("To insert a sheet as the first
   * one … set it to 0"). Not emulated: the `template` option (it throws here). Not documented:
   * default names are "SheetN".
   */
  insertSheet(
    nameOrIndex?: string | number | object,
    indexOrOptions?: number | object,
    options?: object,
  ): Sheet {
    for (const arg of [nameOrIndex, indexOrOptions, options])
      if (arg !== null && typeof arg === 'object' && 'template' in arg)
        throw new Error('Emulator: the template option of insertSheet is not emulated');
    let name: string | undefined;
    let at: number | undefined;
    if (typeof nameOrIndex === 'string') {
      name = nameOrIndex;
      if (typeof indexOrOptions === 'number') at = indexOrOptions;
    } else if (typeof nameOrIndex === 'number') at = nameOrIndex;
    if (name === undefined) {
      let n = this.sheets.length + 1;
      while (this.sheets.some((s) => s.name.toLowerCase() === `sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    const sheet = this._newSheet(name, at);
    this.active = sheet;
    return sheet;
  }

  /**
   * spreadsheet#deletesheetsheet. Not documented: the last sheet cannot go, the wordings, and which
   * sheet becomes active.
   */
  deleteSheet(sheet: Sheet): void {
    const at = this.sheets.indexOf(sheet);
    if (at < 0) fail('Sheet not found.');
    if (this.sheets.length === 1) fail("You can't remove all the sheets in a document.");
    this.sheets.splice(at, 1);
    this.metadata = this.metadata.filter((m) => m.location.sheet !== sheet);
    if (this.active === sheet) this.active = this.sheets[Math.max(0, at - 1)]!;
    this._changed();
  }

  // spreadsheet#getactivesheet, spreadsheet#setactivesheetsheet
  getActiveSheet(): Sheet {
    return this.active;
  }

  setActiveSheet(sheet: Sheet): Sheet {
    if (!this.sheets.includes(sheet)) fail('Sheet not found.');
    this.active = sheet;
    return sheet;
  }

  /**
   * To a 1-indexed position; "Throws an exception if the position is negative or greater than the
   * number of sheets" — spreadsheet#moveactivesheetpos. Not documented: the wording; 0 acts as 1.
   */
  moveActiveSheet(pos: number): void {
    const position = Number(pos);
    if (!(position >= 0 && position <= this.sheets.length))
      fail(`The position ${pos} is outside the list of ${this.sheets.length} sheets.`);
    const from = this.sheets.indexOf(this.active);
    this.sheets.splice(from, 1);
    this.sheets.splice(Math.max(0, position - 1), 0, this.active);
  }

  /** "Invoices!A1:D4", or the active sheet when no sheet is named — spreadsheet#getrangea1notation */
  getRange(a1Notation: string): Range {
    return this.active.getRange(a1Notation);
  }

  // spreadsheet#getactiverange, #getactivecell. Not documented: with no user here, A1 of the active sheet.
  getActiveRange(): Range {
    return this.active.getRange(1, 1);
  }

  getActiveCell(): Range {
    return this.active.getRange(1, 1);
  }

  // spreadsheet#getspreadsheetlocale, #setspreadsheetlocalelocale, #getspreadsheettimezone,
  // #setspreadsheettimezonetimezone; the emulator reads numbers and dates with them (values.ts).
  getSpreadsheetLocale(): string {
    return this.locale;
  }

  setSpreadsheetLocale(locale: string): void {
    this.locale = String(locale);
  }

  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    this.timeZone = String(timezone);
  }

  // Developer metadata at the top level — spreadsheet#adddevelopermetadatakey (and the value and
  // visibility forms). Not documented: a value of 'DOCUMENT' or 'PROJECT' alone reads as a visibility.
  addDeveloperMetadata(key: string, valueOrVisibility?: string, visibility?: string): Spreadsheet {
    this._addMetadata({ type: 'SPREADSHEET' }, key, valueOrVisibility, visibility);
    return this;
  }

  /** "The developer metadata associated with the top-level spreadsheet" — spreadsheet#getdevelopermetadata */
  getDeveloperMetadata(): DeveloperMetadata[] {
    return this._metadataWhere((loc) => loc.type === 'SPREADSHEET');
  }

  /** "All metadata associated with the spreadsheet, sheets, rows, and columns" — spreadsheet#createdevelopermetadatafinder */
  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return this._finder(() => true);
  }

  /** Recorded in emulator.ui.toasts; a null timeout "defaults to 5 seconds" — spreadsheet#toastmsg,-title,-timeoutseconds */
  toast(msg: string, title?: string, timeoutSeconds?: number): void {
    this.ui.toasts.push({
      message: String(msg),
      title: title === undefined ? '' : String(title),
      timeoutSeconds: timeoutSeconds ?? 5,
    });
  }
}

/** What an evaluator result becomes in a cell: "" for nothing, text for objects (not documented). */
function cellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (isDate(value)) return new Date(value.getTime());
  return String(value);
}
