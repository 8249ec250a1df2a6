// Spreadsheet — reference/spreadsheet/spreadsheet. Holds the sheets, developer metadata, settings,
// and the formula evaluator hook (formulas are stored as text; values come only from the hook).
import { parseA1, rectOf } from './a1';
import { type CallCounter, Emulated } from './calls';
import { Layer } from './grid';
import {
  DeveloperMetadata,
  DeveloperMetadataFinder,
  type MetadataLocation,
  type MetadataRecord,
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
 * cells as Sheets spills array results. A thrown error shows as "#ERROR!" (message kept for tooltips).
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
    // The first sheet of a new spreadsheet has id 0; later ones get other ids.
    const sheetId = this.nextSheetId === 0 ? 0 : 100_000 + this.nextSheetId * 7919;
    this.nextSheetId++;
    const sheet = new Sheet(this.counter, this, { name, sheetId });
    const at = index === undefined ? this.sheets.length : Math.max(0, Math.min(index, this.sheets.length));
    this.sheets.splice(at, 0, sheet);
    this._changed();
    return sheet;
  }

  /** Sheet names are unique regardless of case; the wording is the Sheets error. */
  _checkNewName(name: string, self: Sheet | null): void {
    const clash = this.sheets.find((s) => s !== self && s.name.toLowerCase() === name.toLowerCase());
    if (clash) fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }

  /** Names are unique regardless of case, so lookups ignore case too (an exact match first). */
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

  _finder(scope: (location: MetadataLocation) => boolean): DeveloperMetadataFinder {
    return new DeveloperMetadataFinder(this.counter, this, scope);
  }

  /** Row/column metadata follows inserted and deleted rows/columns, as Sheets moves it. */
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

  /** Spreadsheet.getSheetByName: "Returns a sheet with the given name"; null when none. Case-insensitive here. */
  getSheetByName(name: string): Sheet | null {
    return this._sheetByName(String(name));
  }

  getSheetById(id: number): Sheet | null {
    return this.sheets.find((s) => s.sheetId === Number(id)) ?? null;
  }

  /**
   * Spreadsheet.insertSheet(), (sheetIndex), (sheetName), (sheetName, sheetIndex): "The new sheet
   * becomes the active sheet." Index is 0-based here, as documented. Default names are "SheetN".
   */
  insertSheet(nameOrIndex?: string | number | object, index?: number): Sheet {
    let name: string | undefined;
    let at: number | undefined;
    if (typeof nameOrIndex === 'string') {
      name = nameOrIndex;
      if (typeof index === 'number') at = index;
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

  /** Spreadsheet.deleteSheet: a spreadsheet keeps at least one sheet. */
  deleteSheet(sheet: Sheet): void {
    const at = this.sheets.indexOf(sheet);
    if (at < 0) fail('Sheet not found.');
    if (this.sheets.length === 1) fail("You can't remove all the sheets in a document.");
    this.sheets.splice(at, 1);
    this.metadata = this.metadata.filter((m) => m.location.sheet !== sheet);
    if (this.active === sheet) this.active = this.sheets[Math.max(0, at - 1)]!;
    this._changed();
  }

  getActiveSheet(): Sheet {
    return this.active;
  }

  setActiveSheet(sheet: Sheet): Sheet {
    if (!this.sheets.includes(sheet)) fail('Sheet not found.');
    this.active = sheet;
    return sheet;
  }

  /** Spreadsheet.moveActiveSheet(pos): 1-based position. */
  moveActiveSheet(pos: number): void {
    const from = this.sheets.indexOf(this.active);
    this.sheets.splice(from, 1);
    this.sheets.splice(Math.max(0, Math.min(Number(pos) - 1, this.sheets.length)), 0, this.active);
  }

  /** Spreadsheet.getRange(a1Notation): "Sheet1!A1:B2", or the active sheet when no sheet is named. */
  getRange(a1Notation: string): Range {
    return this.active.getRange(a1Notation);
  }

  getActiveRange(): Range {
    return this.active.getRange(1, 1);
  }

  getActiveCell(): Range {
    return this.active.getRange(1, 1);
  }

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

  // Developer metadata at the top level — spreadsheet#adddevelopermetadata(String).
  addDeveloperMetadata(key: string, valueOrVisibility?: string, visibility?: string): Spreadsheet {
    this._addMetadata({ type: 'SPREADSHEET' }, key, valueOrVisibility, visibility);
    return this;
  }

  /** Spreadsheet.getDeveloperMetadata: "the developer metadata associated with the top-level spreadsheet". */
  getDeveloperMetadata(): DeveloperMetadata[] {
    return this._metadataWhere((loc) => loc.type === 'SPREADSHEET');
  }

  /** Spreadsheet.createDeveloperMetadataFinder: searches every location in the spreadsheet. */
  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return this._finder(() => true);
  }

  /** Spreadsheet.toast(msg, title?, timeoutSeconds?): recorded in emulator.ui.toasts. */
  toast(msg: string, title?: string, timeoutSeconds?: number): void {
    this.ui.toasts.push({
      message: String(msg),
      title: title === undefined ? '' : String(title),
      timeoutSeconds: timeoutSeconds ?? 5,
    });
  }
}

/** What an evaluator result becomes in a cell: "" for nothing, text for objects. */
function cellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (isDate(value)) return new Date(value.getTime());
  return String(value);
}
