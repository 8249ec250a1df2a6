import type { DayNumber } from './model';

const MS_PER_DAY = 86_400_000;

/** Day number of a calendar date (month 1–12). */
export function dayFromYmd(year: number, month: number, day: number): DayNumber {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function ymdFromDay(day: DayNumber): { year: number; month: number; day: number } {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** "2026-07-01" */
export function isoFromDay(day: DayNumber): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** A Date whose UTC fields are the calendar day; the server turns it into a sheet date. */
export function utcDateFromDay(day: DayNumber): Date {
  return new Date(day * MS_PER_DAY);
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
      // An unknown zone: read as UTC rather than fail the whole read.
      format = new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' });
    }
    wallClocks.set(timeZone, format);
  }
  return format;
}

/**
 * What the wall clock in `timeZone` shows at an instant, as milliseconds since 1970-01-01 00:00 on that
 * clock (whole seconds): `new Date(wallTime(…))` read with getUTC* gives the zone's calendar fields.
 */
export function wallTime(date: Date, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of wallClock(timeZone).formatToParts(date))
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  // The time of day is added, not passed to Date.UTC: the last valid instant's wall clock may lie
  // beyond Date's range, and its calendar day must still read.
  const time = ((parts.hour! % 24) * 60 + parts.minute!) * 60_000 + parts.second! * 1000;
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!) + time;
}

/**
 * The calendar day a Date value stands for in the spreadsheet's time zone. Sheets hands dates to
 * scripts as instants at midnight in the spreadsheet's zone, so the UTC day can be off by one.
 */
export function dayFromDate(date: Date, timeZone: string): DayNumber | null {
  if (!Number.isFinite(date.getTime())) return null;
  return Math.floor(wallTime(date, timeZone) / MS_PER_DAY);
}

// Exports repeat the same days row after row: each wall time's instant is remembered.
const instants = new Map<string, number>();

/**
 * The instant at which the wall clock in `timeZone` shows the given time (month 1–12). A time a clock
 * change skips is moved on by the gap, as JavaScript's Date does: midnight in Santiago on the day
 * summer time starts is 01:00, so that day still starts on the right date.
 */
export function zonedDate(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): Date {
  const key = `${timeZone}|${year}|${month}|${day}|${hour}|${minute}|${second}`;
  let time = instants.get(key);
  if (time === undefined) {
    const wall = Date.UTC(year, month - 1, day, hour, minute, second);
    time = wall;
    // Twice, in case a clock change lies between the guesses.
    for (let i = 0; i < 2; i++) time += wall - wallTime(new Date(time), timeZone);
    const shown = wallTime(new Date(time), timeZone);
    if (shown < wall) time += wall - shown;
    if (instants.size > 100_000) instants.clear();
    instants.set(key, time);
  }
  return new Date(time);
}

/**
 * The Date to write so a cell shows calendar day `day`. Apps Script writes a Date as an instant and
 * Sheets shows it in the spreadsheet's time zone, so the instant must be midnight there, not in UTC.
 */
export function sheetDateFromDay(day: DayNumber, timeZone: string): Date {
  const { year, month, day: date } = ymdFromDay(day);
  return zonedDate(timeZone, year, month, date);
}
