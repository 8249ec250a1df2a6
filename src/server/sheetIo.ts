import type { Grid, SheetSettings } from '../core/cells';
import { dayFromDate } from '../core/days';
import { GOALS_TAB } from '../core/goals/goalsTab';
import type { DayNumber } from '../core/model';
import { findProgressSheets } from './progress/progressSheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Helpers shared by the server's readers and writers. */

const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;

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
    const isGoals = goals === null && name.trim().toLowerCase() === GOALS_TAB.toLowerCase();
    const values: Grid = sheet.getDataRange().getValues();
    if (isGoals) goals = { values };
    else data.push({ name, values });
  }
  return { progress, goals, data, names };
}

const wallClocks = new Map<string, Intl.DateTimeFormat>();

function wallClock(timeZone: string): Intl.DateTimeFormat {
  let format = wallClocks.get(timeZone);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = {
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    };
    try {
      format = new Intl.DateTimeFormat('en-US', { ...options, timeZone });
    } catch {
      format = new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' });
    }
    wallClocks.set(timeZone, format);
  }
  return format;
}

/** How far the zone's wall clock is ahead of UTC at an instant, in ms. */
function zoneOffset(time: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of wallClock(timeZone).formatToParts(new Date(time)))
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  const shown = Date.UTC(
    parts.year!,
    parts.month! - 1,
    parts.day!,
    parts.hour! % 24,
    parts.minute!,
    parts.second!,
  );
  return shown - Math.floor(time / 1000) * 1000;
}

/**
 * The Date to write so a cell shows calendar day `day`. Apps Script writes a Date as an instant and
 * Sheets shows it in the spreadsheet's time zone, so the instant must be midnight there, not in UTC.
 */
export function sheetDateFromDay(day: DayNumber, timeZone: string): Date {
  const wall = day * MS_PER_DAY;
  let time = wall - zoneOffset(wall, timeZone);
  time = wall - zoneOffset(time, timeZone); // again, in case a clock change lies between the guesses
  // Where a clock change skips midnight (Santiago, Beirut), the day starts an hour later.
  if (dayFromDate(new Date(time), timeZone) !== day) time += MS_PER_HOUR;
  return new Date(time);
}
