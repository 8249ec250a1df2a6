import type { CellValue, SheetSettings } from './cells';
import { dayFromDate, dayFromYmd, ymdFromDay } from './days';
import { localeDayFirst } from './locale';
import type { DayNumber } from './model';

/**
 * Reading dates as analytics exports and marketers write them: ISO ("2026-07-01", "2026-09-18 12:00 +0000"),
 * GA4's YYYYMMDD, m/d/yyyy and d.m.yyyy, month names ("Tue, Jul 14, 2026", "Sep 22, 2026", "14. júlí 2026")
 * and no-year dates ("September 25"). A time or offset after the date is ignored: exports label each row with
 * the calendar day they bucket by, and that is the day the marketer means.
 */

/** Month names and abbreviations in the languages exports arrive in (English, Icelandic, German, French, Spanish). */
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'jan', 'janúar', 'januar', 'janvier', 'janv', 'enero', 'ene'],
  ['february', 'feb', 'febrúar', 'februar', 'février', 'févr', 'fevrier', 'fevr', 'febrero'],
  ['march', 'mar', 'mars', 'märz', 'marz', 'mär', 'marzo'],
  ['april', 'apr', 'apríl', 'avril', 'avr', 'abril', 'abr'],
  ['may', 'maí', 'mai', 'mayo'],
  ['june', 'jun', 'júní', 'jún', 'juni', 'juin', 'junio'],
  ['july', 'jul', 'júlí', 'júl', 'juli', 'juillet', 'juil', 'julio'],
  ['august', 'aug', 'ágúst', 'ágú', 'août', 'aout', 'agosto', 'ago'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'set'],
  ['october', 'oct', 'október', 'okt', 'oktober', 'octobre', 'octubre'],
  ['november', 'nov', 'nóvember', 'nóv', 'novembre', 'noviembre'],
  ['december', 'dec', 'desember', 'des', 'dezember', 'dez', 'décembre', 'déc', 'diciembre', 'dic'],
];
const MONTHS = new Map<string, number>(
  MONTH_NAMES.flatMap((names, i) => names.map((n) => [n, i + 1] as const)),
);

/** Weekday words that may precede a date ("Tue, Jul 14, 2026") and carry no information we need. */
const WEEKDAYS = new Set(
  [
    'monday mon tuesday tue tues wednesday wed thursday thu thur thurs friday fri saturday sat sunday sun',
    'mánudagur mán þriðjudagur þri miðvikudagur mið fimmtudagur fim föstudagur fös laugardagur lau sunnudagur sun',
    'montag mo dienstag di mittwoch mi donnerstag do freitag fr samstag sa sonntag so',
  ]
    .join(' ')
    .split(' '),
);

/** What a date text says before we know which order a column uses. */
export type DateReading =
  | { readonly kind: 'day'; readonly day: DayNumber }
  /** "7/1/2026": both orders are considered; null where that order is not a real date. */
  | {
      readonly kind: 'either';
      readonly dayFirst: DayNumber | null;
      readonly monthFirst: DayNumber | null;
      /** Dotted dates (1.7.2026) are day-first wherever they are written. */
      readonly dotted: boolean;
    }
  | { readonly kind: 'noYear'; readonly month: number; readonly day: number };

const TIME = String.raw`(?:[\st,]+\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?\s*(?:z|utc|gmt|[+-]\d{2}:?\d{2})?)?`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME}$`);
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const NUMERIC = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})\.?${TIME}$`);
const TRAILING_TIME = new RegExp(`${TIME}$`);

/** Day number of a real calendar date, or null (31 June, month 13, year 20000). */
export function validDay(year: number, month: number, day: number): DayNumber | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const result = dayFromYmd(year, month, day);
  const check = ymdFromDay(result);
  return check.month === month && check.day === day ? result : null;
}

function fullYear(text: string): number {
  const year = Number(text);
  return text.length === 2 ? (year < 70 ? 2000 + year : 1900 + year) : year;
}

/** Reads a date text without deciding day/month order. Null when it is not a date. */
export function readDateText(text: string): DateReading | null {
  const t = text.trim().toLowerCase();
  if (t === '' || t.length > 60) return null;
  let m = YEAR_FIRST.exec(t) ?? COMPACT.exec(t);
  if (m) {
    const parts = m.length === 4 ? [m[1], m[2], m[3]] : [m[1], m[3], m[4]];
    const day = validDay(Number(parts[0]), Number(parts[1]), Number(parts[2]));
    return day === null ? null : { kind: 'day', day };
  }
  m = NUMERIC.exec(t);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const year = fullYear(m[4]!);
    const dayFirst = validDay(year, b, a);
    const monthFirst = validDay(year, a, b);
    if (dayFirst === null && monthFirst === null) return null;
    return { kind: 'either', dayFirst, monthFirst, dotted: m[2] === '.' };
  }
  return readWordDate(t.replace(TRAILING_TIME, ''));
}

/** "jul 14, 2026", "tue, jul 14, 2026", "14. júlí 2026", "september 25", "25 sept." */
function readWordDate(t: string): DateReading | null {
  let month = 0;
  let monthAt = -1;
  const numbers: string[] = [];
  const tokens = t.split(/[\s,/-]+/);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!.replace(/\.$/, '');
    if (token === '') continue;
    if (/^\d+$/.test(token)) numbers.push(token);
    else if (MONTHS.has(token) && month === 0) {
      month = MONTHS.get(token)!;
      monthAt = numbers.length;
    } else if (!(WEEKDAYS.has(token) && month === 0 && numbers.length === 0)) return null;
  }
  if (month === 0 || numbers.length === 0 || numbers.length > 2) return null;
  // The day sits next to the month name; a 4-digit number is the year.
  const [first, second] = numbers as [string, string | undefined];
  let dayText: string;
  let yearText: string | undefined;
  if (second === undefined) dayText = first;
  else if (first.length === 4 && monthAt === 1) [yearText, dayText] = [first, second];
  else [dayText, yearText] = [first, second];
  if (dayText.length > 2 || (yearText !== undefined && yearText.length !== 4)) return null;
  const dayOfMonth = Number(dayText);
  if (yearText === undefined) {
    // 29 February is a real date in some year; anything impossible in a leap year is not a date.
    return validDay(2024, month, dayOfMonth) === null ? null : { kind: 'noYear', month, day: dayOfMonth };
  }
  const day = validDay(Number(yearText), month, dayOfMonth);
  return day === null ? null : { kind: 'day', day };
}

/** The latest date with this month and day that is not after today. */
function latestNotAfter(month: number, day: number, today: DayNumber): DayNumber {
  const { year } = ymdFromDay(today);
  for (let y = year; y > year - 8; y--) {
    const candidate = validDay(y, month, day);
    if (candidate !== null && candidate <= today) return candidate;
  }
  return dayFromYmd(year - 1, month, day);
}

/**
 * Reads one date text. `dayFirst` settles "7/1/2026" when the numbers allow both orders (a number above 12
 * settles it by itself); a no-year date needs `today` (the latest such date not after it), else null.
 */
export function parseDateText(
  text: string,
  options: { readonly dayFirst: boolean; readonly today?: DayNumber },
): DayNumber | null {
  const reading = readDateText(text);
  if (reading === null) return null;
  return resolveReading(reading, options.dayFirst, options.today);
}

function resolveReading(
  reading: DateReading,
  dayFirst: boolean,
  today: DayNumber | undefined,
): DayNumber | null {
  switch (reading.kind) {
    case 'day':
      return reading.day;
    case 'either':
      return (
        (dayFirst || reading.dotted ? reading.dayFirst : reading.monthFirst) ??
        reading.dayFirst ??
        reading.monthFirst
      );
    case 'noYear':
      return today === undefined ? null : latestNotAfter(reading.month, reading.day, today);
  }
}

// Spreadsheet serial numbers count days from 1899-12-30; accept those between 1970 and 2200 as dates.
const SERIAL_EPOCH_OFFSET = 25_569;
const SERIAL_MIN = SERIAL_EPOCH_OFFSET;
const SERIAL_MAX = 110_000;

/** A number in a date cell: YYYYMMDD (GA4 dates Sheets turned into numbers) or a spreadsheet serial. */
export function dayFromNumber(value: number): DayNumber | null {
  if (!Number.isInteger(value)) {
    // A serial with a time of day (45000.5) is still that day.
    return value >= SERIAL_MIN && value < SERIAL_MAX ? Math.floor(value) - SERIAL_EPOCH_OFFSET : null;
  }
  if (value >= 19_000_101 && value <= 22_001_231)
    return validDay(Math.floor(value / 10_000), Math.floor(value / 100) % 100, value % 100);
  return value >= SERIAL_MIN && value < SERIAL_MAX ? value - SERIAL_EPOCH_OFFSET : null;
}

/**
 * Reads one cell as a day: a Date value (in the spreadsheet's time zone), a number (YYYYMMDD or a
 * serial), or text. Null when the cell is not a date.
 */
export function readDay(
  value: CellValue,
  settings: SheetSettings,
  options: { readonly dayFirst?: boolean; readonly today?: DayNumber } = {},
): DayNumber | null {
  if (value instanceof Date) return dayFromDate(value, settings.timeZone);
  if (typeof value === 'number') return dayFromNumber(value);
  if (typeof value !== 'string') return null;
  return parseDateText(value, {
    dayFirst: options.dayFirst ?? localeDayFirst(settings.locale),
    today: options.today,
  });
}

/** Calendar days of three candidate years, for a no-year date next to a dated row. */
function closestYear(month: number, day: number, near: DayNumber): DayNumber | null {
  const { year } = ymdFromDay(near);
  let best: DayNumber | null = null;
  for (const y of [year - 1, year, year + 1]) {
    const candidate = validDay(y, month, day);
    if (candidate !== null && (best === null || Math.abs(candidate - near) < Math.abs(best - near)))
      best = candidate;
  }
  return best;
}

/**
 * Reads a whole date column at once. Day/month order is decided per column from the data ("10/31/2026"
 * proves month-first, "31/10/2026" day-first), falling back to the locale when the column never says.
 * No-year dates take the year of the nearest dated row, else the latest such date not after `today`.
 * Each distinct text and Date is read once.
 */
export function readDayColumn(
  cells: readonly CellValue[],
  settings: SheetSettings,
  today: DayNumber,
): (DayNumber | null)[] {
  const readings: (DateReading | null)[] = new Array(cells.length);
  const textCache = new Map<string, DateReading | null>();
  const dateCache = new Map<number, DayNumber | null>();
  let monthFirstOnly = 0;
  let dayFirstOnly = 0;
  let noYear = false;
  for (let i = 0; i < cells.length; i++) {
    const value = cells[i];
    let reading: DateReading | null = null;
    if (value instanceof Date) {
      const time = value.getTime();
      let day = dateCache.get(time);
      if (day === undefined) {
        day = dayFromDate(value, settings.timeZone);
        dateCache.set(time, day);
      }
      reading = day === null ? null : { kind: 'day', day };
    } else if (typeof value === 'number') {
      const day = dayFromNumber(value);
      reading = day === null ? null : { kind: 'day', day };
    } else if (typeof value === 'string') {
      reading = textCache.get(value) ?? null;
      if (!textCache.has(value)) {
        reading = readDateText(value);
        textCache.set(value, reading);
      }
      if (reading?.kind === 'either' && !reading.dotted) {
        if (reading.dayFirst === null) monthFirstOnly++;
        else if (reading.monthFirst === null) dayFirstOnly++;
      } else if (reading?.kind === 'noYear') noYear = true;
    }
    readings[i] = reading;
  }
  const dayFirst =
    monthFirstOnly > 0 && dayFirstOnly === 0
      ? false
      : dayFirstOnly > 0 && monthFirstOnly === 0
        ? true
        : localeDayFirst(settings.locale);
  const days = readings.map((r) =>
    r === null || r.kind === 'noYear' ? null : resolveReading(r, dayFirst, today),
  );
  if (noYear) fillYears(readings, days, today);
  return days;
}

/** Gives each no-year date the year that puts it closest to the nearest dated row, else the latest not after today. */
function fillYears(
  readings: readonly (DateReading | null)[],
  days: (DayNumber | null)[],
  today: DayNumber,
): void {
  const nearest: (DayNumber | null)[] = new Array(days.length).fill(null);
  const distance: number[] = new Array(days.length).fill(Number.POSITIVE_INFINITY);
  let last = -1;
  for (let i = 0; i < days.length; i++) {
    if (days[i] !== null) last = i;
    else if (last >= 0) [nearest[i], distance[i]] = [days[last]!, i - last];
  }
  last = -1;
  for (let i = days.length - 1; i >= 0; i--) {
    if (days[i] !== null) last = i;
    else if (last >= 0 && last - i < distance[i]!) nearest[i] = days[last]!;
  }
  for (let i = 0; i < readings.length; i++) {
    const r = readings[i];
    if (r?.kind !== 'noYear') continue;
    const near = nearest[i];
    days[i] = near == null ? latestNotAfter(r.month, r.day, today) : closestYear(r.month, r.day, near);
  }
}
