import type { Grid, SheetSettings } from '../core/cells';
import { dayFromDate } from '../core/days';
import { isGoalsTabName } from '../core/goals/goalsTab';
import type { DayNumber } from '../core/model';
import { findProgressSheets } from './progress/progressSheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Helpers shared by the server's readers and writers. */

export function spreadsheetSettings(spreadsheet: Spreadsheet): SheetSettings {
  return {
    locale: spreadsheet.getSpreadsheetLocale(),
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
  };
}

/** The calendar day an instant falls on in the spreadsheet's time zone (UTC if the zone is unknown). */
export function dayInSpreadsheet(now: Date, settings: SheetSettings): DayNumber {
  return dayFromDate(now, settings.timeZone) ?? dayFromDate(now, 'UTC')!;
}

/** The add-on's Progress tab, or a copy of it: the sheet, its name, and its 0-based place among the tabs. */
export interface ProgressTab {
  readonly sheet: Sheet;
  readonly name: string;
  readonly index: number;
}

export interface Tabs {
  /** The add-on's Progress tab first, then any copy of it the user made: never read as data. */
  readonly progress: readonly ProgressTab[];
  /** The Goals tab (the first tab named Goals, in any case), or null when there is none. */
  readonly goals: { readonly values: Grid } | null;
  /** Every other tab, as pasted. */
  readonly data: readonly { readonly name: string; readonly values: Grid }[];
  /** Every tab's name, in tab order. */
  readonly names: readonly string[];
}

/**
 * Reads the whole spreadsheet: the tagged Progress sheets' names, then one getSheets and, per tab,
 * getName and one getDataRange().getValues() (a fixed number of calls per tab, whatever it holds).
 * getDataRange is one call more than getSheetValues(1, 1, -1, -1) would be, but its result on an empty
 * tab (A1) is documented.
 */
export function readTabs(spreadsheet: Spreadsheet): Tabs {
  const progressNames = findProgressSheets(spreadsheet).map((sheet) => sheet.getName());
  const found = new Map<string, ProgressTab>();
  const names: string[] = [];
  const data: { name: string; values: Grid }[] = [];
  let goals: { readonly values: Grid } | null = null;
  spreadsheet.getSheets().forEach((sheet, index) => {
    const name = sheet.getName();
    names.push(name);
    if (progressNames.includes(name)) {
      found.set(name, { sheet, name, index });
      return;
    }
    const isGoals = goals === null && isGoalsTabName(name);
    const values: Grid = sheet.getDataRange().getValues();
    if (isGoals) goals = { values };
    else data.push({ name, values });
  });
  const progress = progressNames.flatMap((name) => found.get(name) ?? []);
  return { progress, goals, data, names };
}
