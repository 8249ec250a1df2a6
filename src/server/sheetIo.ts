import type { Grid, SheetSettings } from '../core/cells';
import { isGoalsTabName } from '../core/goals/goalsTab';
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

export interface Tabs {
  /** The add-on's Progress tab first, then any copy of it the user made: never read as data. */
  readonly progress: readonly { readonly sheet: Sheet; readonly name: string }[];
  /** The Goals tab (the first tab named Goals, in any case), or null when there is none. */
  readonly goals: { readonly values: Grid } | null;
  /** Every other tab, as pasted. */
  readonly data: readonly { readonly name: string; readonly values: Grid }[];
  /** Every tab's name, in tab order. */
  readonly names: readonly string[];
}

/**
 * Reads the whole spreadsheet with one getValues per tab: a fixed number of calls per tab, whatever
 * the tabs hold.
 */
export function readTabs(spreadsheet: Spreadsheet): Tabs {
  const progress = findProgressSheets(spreadsheet).map((sheet) => ({ sheet, name: sheet.getName() }));
  const own = new Set(progress.map((tab) => tab.name));
  const names: string[] = [];
  const data: { name: string; values: Grid }[] = [];
  let goals: { readonly values: Grid } | null = null;
  for (const sheet of spreadsheet.getSheets()) {
    const name = sheet.getName();
    names.push(name);
    if (own.has(name)) continue;
    const isGoals = goals === null && isGoalsTabName(name);
    const values: Grid = sheet.getDataRange().getValues();
    if (isGoals) goals = { values };
    else data.push({ name, values });
  }
  return { progress, goals, data, names };
}
