import vm from 'node:vm';
import { expect } from 'vitest';
import {
  type BundleContext,
  type CellValue,
  createEmulator,
  type Emulator,
  globalsFor,
  parseA1,
  pasteCsv,
  runGlobal,
  type SheetSnapshot,
  snapshotSheet,
  unwrap,
} from '../../emulator';
import { GOALS_HEADER, HOSTILE_GOALS, type Rejection, type Tab } from './corpus';

/**
 * The built add-on (build/Code.js in a vm) on the in-memory spreadsheet, and readers for what it wrote:
 * the goals table, the data-quality block and the chart data, found by their labels as a user finds them.
 */

export const PROGRESS_KEY = 'smartGoals.progress';

export interface Workbook {
  readonly emulator: Emulator;
  /** build/Code.js as loaded for this workbook, for calls other than the build (the sidebar's). */
  readonly context: BundleContext;
  /** Runs the menu item as Apps Script would; returns what escaped it (nothing, when all is well). */
  build(): unknown;
}

/**
 * The host's Date with "now" fixed, for the bundle only: the Progress tab's built-at cell then stays the
 * same from build to build. Dates the emulator hands over stay `instanceof Date` (same prototype), and
 * everything outside the vm keeps the real, fast Date.
 */
function dateAt(now: number): DateConstructor {
  function FixedDate(this: unknown, ...args: unknown[]) {
    return args.length ? new Date(...(args as [number])) : new Date(now);
  }
  FixedDate.prototype = Date.prototype;
  return Object.assign(FixedDate, {
    now: () => now,
    UTC: Date.UTC,
    parse: Date.parse,
  }) as unknown as DateConstructor;
}

/** build/Code.js evaluated in a fresh vm context on the emulator, as loadBundle does, at a fixed time. */
function loadBundleAt(bundle: string, emulator: Emulator, now: Date): BundleContext {
  const context = vm.createContext({ ...globalsFor(emulator), Date: dateAt(now.getTime()) });
  new vm.Script(bundle, { filename: 'Code.js' }).runInContext(context);
  return context as BundleContext;
}

export function workbook(bundle: string, tabs: readonly Tab[], goalsCsv: string | null, now: Date): Workbook {
  const emulator = createEmulator({ locale: 'en_US', timeZone: 'UTC', userLocale: 'en', sheets: ['Goals'] });
  if (goalsCsv !== null) {
    const withHostile = goalsCsv.startsWith(GOALS_HEADER)
      ? [goalsCsv, ...HOSTILE_GOALS].join('\n')
      : goalsCsv;
    pasteCsv(emulator.sheet('Goals'), withHostile, { split: true });
  }
  for (const tab of tabs) {
    const sheet = emulator.spreadsheet.insertSheet(tab.name);
    if (tab.csv !== '') pasteCsv(sheet, tab.csv, { split: !tab.oneColumn });
  }
  const context = loadBundleAt(bundle, emulator, now);
  emulator.resetCalls();
  emulator.ui.clear();
  return {
    emulator,
    context,
    build: () => {
      try {
        runGlobal(emulator, context, 'buildProgressTab');
        return undefined;
      } catch (error) {
        return error;
      }
    },
  };
}

/** The sheets with and without the Progress tag, read on the raw objects (no calls counted). */
function sheetsByOwner(emulator: Emulator) {
  const sheets = unwrap(emulator.spreadsheet).getSheets();
  const own = (sheet: (typeof sheets)[number]) =>
    sheet.getDeveloperMetadata().some((m) => m.getKey() === PROGRESS_KEY);
  return { progress: sheets.filter(own), user: sheets.filter((sheet) => !own(sheet)) };
}

export function progressTab(emulator: Emulator): SheetSnapshot {
  const tagged = sheetsByOwner(emulator).progress;
  expect(tagged).toHaveLength(1);
  return snapshotSheet(tagged[0]!);
}

/** Every tab the add-on does not own, as it stands. */
export function userTabs(emulator: Emulator): SheetSnapshot[] {
  return sheetsByOwner(emulator).user.map((sheet) => snapshotSheet(sheet));
}

/** A Progress snapshot without what a new sheet is bound to differ in (ids). */
export function comparable(tab: SheetSnapshot) {
  return {
    ...tab,
    sheetId: undefined,
    developerMetadata: tab.developerMetadata.map((m) => ({ ...m, id: undefined })),
    charts: tab.charts.map((c) => ({ ...c, chartId: undefined })),
  };
}

const rowIndex = (tab: SheetSnapshot, label: string) => tab.values.findIndex((row) => row[0] === label);

/** The goals table: one record per goal, keyed by the table's header labels. */
export function goalsTable(tab: SheetSnapshot): Record<string, CellValue>[] {
  const header = rowIndex(tab, 'Goal');
  expect(header, 'the goals table header').toBeGreaterThan(0);
  // The table's columns end at the first blank header cell; chart data sits further right.
  const row = tab.values[header]!;
  const labels = row.slice(0, row.indexOf('') < 0 ? row.length : row.indexOf('')).map(String);
  const inTable = (r: number) => tab.values[r]!.slice(0, labels.length).some((v) => v !== '');
  const rows: Record<string, CellValue>[] = [];
  for (let r = header + 1; r < tab.values.length && inTable(r); r++)
    rows.push(Object.fromEntries(labels.map((label, c) => [label, tab.values[r]![c] ?? ''])));
  return rows;
}

export interface QualityBlock {
  readonly lines: Rejection[];
  /** The N of "…and N more", 0 when every line is listed. */
  readonly more: number;
}

/** The data-quality block: its Tab / Row / Column / Reason lines, or none when it says all is clean. */
export function qualityBlock(tab: SheetSnapshot): QualityBlock {
  const title = rowIndex(tab, 'Data quality');
  expect(title, 'the data-quality block').toBeGreaterThan(0);
  const first = tab.values[title + 1]!;
  if (first[0] === 'Every tab was used and no rows were skipped.') return { lines: [], more: 0 };
  expect(first.slice(0, 4)).toEqual(['Tab', 'Row', 'Column', 'Reason']);
  const lines: Rejection[] = [];
  let more = 0;
  for (let r = title + 2; r < tab.values.length; r++) {
    const [tabName, row, column, reason] = tab.values[r]!;
    if (tabName === '' || tabName === undefined) break;
    const moreMatch = typeof tabName === 'string' && row === '' ? /^…and (\d+) more$/.exec(tabName) : null;
    if (moreMatch) {
      more = Number(moreMatch[1]);
      break;
    }
    lines.push({
      tab: String(tabName),
      row: row === '' ? '' : (row as number),
      column: String(column ?? ''),
      reason: String(reason ?? ''),
    });
  }
  return { lines, more };
}

/** The days (ISO) of the chart data behind the chart titled `goal`. */
export function chartDays(tab: SheetSnapshot, goal: string): string[] {
  const chart = tab.charts.find((c) => c.options.title === goal);
  expect(chart, `a chart for ${goal}`).toBeDefined();
  const range = parseA1(chart!.ranges[0]!)!;
  const days: string[] = [];
  // The first row of the block holds the series names; the dates are in its first column below them.
  for (let r = range.startRow!; r < range.endRow!; r++) {
    const value = tab.values[r]![range.startColumn! - 1];
    expect(value).toBeInstanceOf(Date);
    days.push((value as Date).toISOString().slice(0, 10));
  }
  return days;
}

/** The only formula the add-on writes: a progress bar reading the Progress cell of its own row. */
export const SPARKLINE =
  /^=SPARKLINE\(MAX\(0,MIN\(1,G(\d+)\)\),\{"charttype","bar";"max",1;"color1","#[0-9a-f]{6}"\}\)$/;

/** Goal rows under the Goals header row (the first row with a "Goal" cell) that hold anything. */
export function storedGoalCount(goalsTab: SheetSnapshot): number {
  const header = goalsTab.values.findIndex((cells) => cells.includes('Goal'));
  return goalsTab.values.slice(header + 1).filter((cells) => cells.some((v) => v !== '')).length;
}

/** The add-on's own formulas only, each reading the Progress cell of its row; no NaN, Infinity or leaked objects. */
export function expectOnlyOwnFormulasAndFiniteNumbers(tab: SheetSnapshot): void {
  tab.formulas.forEach((row, r) => {
    row.forEach((formula, c) => {
      if (formula === '') return;
      const match = SPARKLINE.exec(formula);
      expect(match, `formula ${formula} at row ${r + 1}`).not.toBeNull();
      expect([Number(match![1]), c]).toEqual([r + 1, 7]);
    });
  });
  for (const value of tab.values.flat()) {
    if (typeof value === 'number') expect(Number.isFinite(value), String(value)).toBe(true);
    if (typeof value === 'string') expect(value).not.toMatch(/\bNaN\b|Infinity|undefined|\[object /);
    if (value instanceof Date) expect(Number.isFinite(value.getTime())).toBe(true);
  }
}

/** Data-quality lines in a fixed order, to compare as sets. */
export const sortLines = (lines: readonly Rejection[]) =>
  [...lines].sort((a, b) =>
    `${a.tab}\u0000${String(a.row).padStart(9)}\u0000${a.column}\u0000${a.reason}`.localeCompare(
      `${b.tab}\u0000${String(b.row).padStart(9)}\u0000${b.column}\u0000${b.reason}`,
    ),
  );
