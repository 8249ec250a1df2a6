import { type CellValue, escapeCellText, type Grid, isBlank, type SheetSettings } from '../core/cells';
import {
  GOALS_TAB,
  type GoalsTab,
  goalRowValues,
  goalsColumns,
  goalsHeaderWithAllColumns,
  isGoalsTabName,
  readGoalsTab,
} from '../core/goals/goalsTab';
import { GOALS_COLUMNS, type GoalInput } from '../core/goals/schema';
import { sheetDateFormat } from '../core/locale';
import type { Problem } from '../core/sidebar/transport';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The sidebar's reads and writes of the Goals tab. Only this tab is ever written: a goal row, the header
 * when the tab is new, and header cells for goal columns the tab lacks, appended after the user's own.
 */

/** The Goals tab: the first tab named "Goals" in any case, as the Progress build finds it. */
export function findGoalsSheet(spreadsheet: Spreadsheet): Sheet | null {
  return spreadsheet.getSheets().find((sheet) => isGoalsTabName(sheet.getName())) ?? null;
}

export type WriteOutcome =
  | { readonly row: number; readonly problem: null }
  | { readonly row: null; readonly problem: Problem };

/** Appends the goal (row null) or overwrites the goal's cells in `row`, keeping the user's own columns. */
export function writeGoal(
  spreadsheet: Spreadsheet,
  settings: SheetSettings,
  goal: GoalInput,
  row: number | null,
  expectedGoal: string | null,
): WriteOutcome {
  const sheet = findGoalsSheet(spreadsheet) ?? createGoalsSheet(spreadsheet);
  const grid = sheet.getDataRange().getValues();
  const header = goalsHeader(sheet, grid, settings);
  if (header === null) return { row: null, problem: 'goalsTab' };
  if (row === null) {
    const values = goalRowValues(goal, header.cells, settings.timeZone);
    const at = Math.max(sheet.getLastRow(), header.row) + 1;
    const range = sheet.getRange(at, 1, 1, values.length);
    range.setValues([values]);
    formatDates(range, header.cells, settings);
    return { row: at, problem: null };
  }
  if (!rowHolds(header.tab, row, expectedGoal)) return { row: null, problem: 'changed' };
  const width = Math.max(header.cells.length, grid[row - 1]!.length);
  const range = sheet.getRange(row, 1, 1, width);
  // The user's own cells go back as they were: formulas as formulas, values as values, text as text.
  const formulas = range.getFormulas()[0]!;
  const existing = range
    .getValues()[0]!
    .map((value, i) =>
      formulas[i] ? formulas[i] : typeof value === 'string' ? escapeCellText(value) : value,
    );
  range.setValues([goalRowValues(goal, header.cells, settings.timeZone, existing)]);
  formatDates(range, header.cells, settings);
  return { row, problem: null };
}

/**
 * Start and Deadline now hold Dates: a cell without a date format of its own (a format with day or
 * year parts) gets the locale's, so it shows a date rather than a serial number or a time of day.
 */
function formatDates(
  range: GoogleAppsScript.Spreadsheet.Range,
  header: CellValue[],
  settings: SheetSettings,
) {
  const columns = goalsColumns(header);
  const formats = range.getNumberFormats()[0]!;
  for (const index of [columns.start, columns.deadline])
    if (index !== undefined && !/[dy]/i.test(formats[index]!.replace(/"[^"]*"/g, '')))
      range.getCell(1, index + 1).setNumberFormat(sheetDateFormat(settings.locale));
}

export function deleteGoal(
  spreadsheet: Spreadsheet,
  settings: SheetSettings,
  row: number,
  expectedGoal: string,
): Problem | null {
  const sheet = findGoalsSheet(spreadsheet);
  if (!sheet) return 'changed';
  const tab = readGoalsTab(sheet.getDataRange().getValues(), settings);
  if (!rowHolds(tab, row, expectedGoal)) return 'changed';
  sheet.deleteRow(row);
  return null;
}

/** True when `row` still holds the goal the sidebar showed, so an edit never lands on another goal. */
function rowHolds(tab: GoalsTab, row: number, expectedGoal: string | null): boolean {
  const found = tab.rows.find((r) => r.row === row);
  if (!found) return false;
  const name = found.goal ? found.goal.goal : found.text.goal;
  return name.trim() === (expectedGoal ?? '').trim();
}

/** A Goals tab, last, with only its bold, frozen header row, so the marketer knows which columns to fill. */
export function createGoalsSheet(spreadsheet: Spreadsheet): Sheet {
  const sheet = spreadsheet.insertSheet(GOALS_TAB, spreadsheet.getSheets().length);
  writeHeaderCells(sheet, 1, 1, [...GOALS_COLUMNS]);
  sheet.setFrozenRows(1);
  return sheet;
}

function writeHeaderCells(sheet: Sheet, row: number, column: number, cells: CellValue[]): void {
  sheet.getRange(row, column, 1, cells.length).setValues([cells]).setFontWeight('bold');
}

interface Header {
  readonly row: number;
  readonly cells: CellValue[];
  readonly tab: GoalsTab;
}

/**
 * The header row with every goal column, adding header cells the tab lacks (or the whole header to an
 * empty tab). Null when the tab holds something that is not a goals table: it is left untouched.
 */
function goalsHeader(sheet: Sheet, grid: Grid, settings: SheetSettings): Header | null {
  const tab = readGoalsTab(grid, settings);
  if (tab.headerRow === null) {
    if (!grid.every((cells) => cells.every(isBlank))) return null;
    writeHeaderCells(sheet, 1, 1, [...GOALS_COLUMNS]);
    return { row: 1, cells: [...GOALS_COLUMNS], tab: readGoalsTab([[...GOALS_COLUMNS]], settings) };
  }
  const current = grid[tab.headerRow - 1]!;
  const cells = goalsHeaderWithAllColumns(current);
  const firstNew = cells.findIndex((cell, i) => i >= current.length || cell !== current[i]);
  if (firstNew >= 0) writeHeaderCells(sheet, tab.headerRow, firstNew + 1, cells.slice(firstNew));
  return { row: tab.headerRow, cells, tab };
}
