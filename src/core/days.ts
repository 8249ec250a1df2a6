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

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar day a Date value stands for in the spreadsheet's time zone. Sheets hands dates to
 * scripts as instants at midnight in the spreadsheet's zone, so the UTC day can be off by one.
 */
export function dayFromDate(date: Date, timeZone: string): DayNumber | null {
  const time = date.getTime();
  if (!Number.isFinite(time)) return null;
  let format = formatters.get(timeZone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
      });
    } catch {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone: 'UTC',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
      });
    }
    formatters.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(date))
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return dayFromYmd(parts.year!, parts.month!, parts.day!);
}
