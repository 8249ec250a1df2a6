// Deep plain copies of what a sheet holds, so a test can assert that a tab is unchanged
// (expect(after).toEqual(before)) or that two builds wrote the same thing.
import type { GridRect } from './a1';
import type { ChartSpec, ConditionalFormatSpec } from './builders';
import { unwrap } from './calls';
import { CELL_FORMATS, type CellValue, type FormatName, type Sheet } from './sheet';
import type { Spreadsheet } from './spreadsheet';
import { isDate } from './values';

export interface MetadataSnapshot {
  id: number;
  key: string;
  value: string | null;
  visibility: string;
  /** "SPREADSHEET", "SHEET", or "ROW 3:4" / "COLUMN 2:2" (1-based, inclusive). */
  location: string;
}

/** One tab's content and settings. */
export interface SheetSnapshot {
  name: string;
  sheetId: number;
  /** 1-based tab position: leave it out of a comparison when a tab may be inserted before this one. */
  index: number;
  hidden: boolean;
  tabColor: string | null;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  /** Stored values up to the last row/column with anything; formula cells are "" here. */
  values: CellValue[][];
  formulas: string[][];
  /** One grid per cell format, null where the cell has the default. Only formats in use appear. */
  formats: Partial<Record<FormatName, (string | number | boolean | null)[][]>>;
  columnWidths: Record<number, number>;
  rowHeights: Record<number, number>;
  hiddenColumns: number[];
  hiddenRows: number[];
  merges: GridRect[];
  developerMetadata: MetadataSnapshot[];
  conditionalFormats: ConditionalFormatSpec[];
  charts: ChartSpec[];
}

export interface SpreadsheetSnapshot {
  id: string;
  name: string;
  locale: string;
  timeZone: string;
  activeSheet: string;
  developerMetadata: MetadataSnapshot[];
  sheets: SheetSnapshot[];
}

function locationText(location: { type: string; start?: number; count?: number }): string {
  if (location.start === undefined || location.count === undefined) return location.type;
  return `${location.type} ${location.start + 1}:${location.start + location.count}`;
}

function metadataOf(spreadsheet: Spreadsheet, sheet: Sheet | null): MetadataSnapshot[] {
  return spreadsheet
    ._allMetadata()
    .filter((m) => (sheet ? m.location.sheet === sheet : m.location.type === 'SPREADSHEET'))
    .map((m) => ({
      id: m.id,
      key: m.key,
      value: m.value,
      visibility: m.visibility,
      location: locationText(m.location),
    }));
}

export function snapshotSheet(sheetOrProxy: Sheet): SheetSnapshot {
  const sheet = unwrap(sheetOrProxy);
  let rows = 0;
  let columns = 0;
  for (const layer of sheet._layers()) {
    const e = layer.extent();
    rows = Math.max(rows, e.rows);
    columns = Math.max(columns, e.columns);
  }
  const grid = <T>(read: (r: number, c: number) => T): T[][] =>
    Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => read(r, c)));
  const formats: SheetSnapshot['formats'] = {};
  for (const name of Object.keys(CELL_FORMATS) as FormatName[]) {
    if (sheet.formats[name].extent().rows === 0) continue;
    formats[name] = grid((r, c) => sheet.formats[name].get(r, c) ?? null);
  }
  return {
    name: sheet.name,
    sheetId: sheet.sheetId,
    index: sheet.spreadsheet.sheets.indexOf(sheet) + 1,
    hidden: sheet.hidden,
    tabColor: sheet.tabColor,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxColumns,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    values: grid((r, c) => {
      const v = sheet.values.get(r, c);
      return v === undefined ? '' : isDate(v) ? new Date(v.getTime()) : v;
    }),
    formulas: grid((r, c) => sheet.formulas.get(r, c) ?? ''),
    formats,
    columnWidths: Object.fromEntries(sheet.columnWidths),
    rowHeights: Object.fromEntries(sheet.rowHeights),
    hiddenColumns: [...sheet.hiddenColumns].sort((a, b) => a - b),
    hiddenRows: [...sheet.hiddenRows].sort((a, b) => a - b),
    merges: sheet.merges.map((m) => ({ ...m })),
    developerMetadata: metadataOf(sheet.spreadsheet, sheet),
    conditionalFormats: sheet.conditionalFormatRules.map((rule) => rule._spec()),
    charts: sheet.charts.map((chart) => chart._spec()),
  };
}

export function snapshotSpreadsheet(spreadsheetOrProxy: Spreadsheet): SpreadsheetSnapshot {
  const spreadsheet = unwrap(spreadsheetOrProxy);
  return {
    id: spreadsheet.id,
    name: spreadsheet.name,
    locale: spreadsheet.locale,
    timeZone: spreadsheet.timeZone,
    activeSheet: spreadsheet.active.name,
    developerMetadata: metadataOf(spreadsheet, null),
    sheets: spreadsheet.sheets.map(snapshotSheet),
  };
}
