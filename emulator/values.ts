// Cell values as Sheets stores them, text typed or pasted into a cell as Sheets reads it, and
// number formats as getDisplayValues shows them. Only the patterns this add-on meets; see README.
import { wallTime, zonedDate } from '../src/core/days';
import { localeDayFirst, usesDecimalComma, writesDotDates } from '../src/core/locale';

/** What a cell holds; "" is never stored (an empty cell has no entry). */
export type StoredValue = string | number | boolean | Date;

/** Date check that also accepts Dates made in another realm (a node:vm context). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

// ---- time zones --------------------------------------------------------------------------

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday. */
  weekday: number;
}

/** The zone's calendar and clock fields at an instant. */
export function zonedParts(date: Date, timeZone: string): ZonedParts {
  const wall = new Date(wallTime(date, timeZone));
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    weekday: wall.getUTCDay(),
  };
}

// ---- locales ------------------------------------------------------------------------------

export interface LocaleMarks {
  readonly decimal: string;
  readonly group: string;
  /** Day before month in numeric dates (d.m.yyyy, d/m/yyyy). */
  readonly dayFirst: boolean;
  /** The separator of the locale's numeric dates. */
  readonly dateSeparator: string;
}

const marksCache = new Map<string, LocaleMarks>();

export function localeMarks(locale: string): LocaleMarks {
  let marks = marksCache.get(locale);
  if (!marks) {
    marks = computeMarks(locale);
    marksCache.set(locale, marks);
  }
  return marks;
}

function computeMarks(locale: string): LocaleMarks {
  const comma = usesDecimalComma(locale);
  return {
    decimal: comma ? ',' : '.',
    group: comma ? '.' : ',',
    dayFirst: localeDayFirst(locale),
    dateSeparator: writesDotDates(locale) ? '.' : '/',
  };
}

/** The date format Sheets gives a typed date in this locale. Not documented: observed Sheets behaviour. */
export function defaultDateFormat(locale: string): string {
  const marks = localeMarks(locale);
  const s = marks.dateSeparator;
  return marks.dayFirst ? `d${s}m${s}yyyy` : `m${s}d${s}yyyy`;
}

// ---- colours -----------------------------------------------------------------------------------

/**
 * A colour as Sheets reads it back: range#getbackground gives codes such as '#ffffff', and
 * sheet#settabcolorcolor accepts 'ff0000'. Hex codes are lower-cased, '#abc' expanded and a missing
 * '#' added; CSS names ('white') are kept as given, lower-cased (Sheets would read back the code).
 */
export function cssColor(color: string): string {
  const text = color.trim().toLowerCase();
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/.exec(text)?.[1];
  if (!hex) return text;
  return `#${hex.length === 3 ? [...hex].map((d) => d + d).join('') : hex}`;
}

// ---- text as typed --------------------------------------------------------------------------

export type Entered =
  | { readonly kind: 'empty' }
  | { readonly kind: 'formula'; readonly formula: string }
  | { readonly kind: 'value'; readonly value: StoredValue; readonly format?: string };

export interface EntryContext {
  readonly locale: string;
  readonly timeZone: string;
}

const PLAIN_INTEGER = /^-?[1-9]\d{0,14}$|^0$/;

/**
 * Reads text the way Sheets reads what a user types. Documented: "=…" is a formula
 * (range#setvaluesvalues). Not documented: chosen to match observed Sheets behaviour: "+…"/"-…"
 * that is not a number is a formula too (project notes); a leading apostrophe forces text (and is
 * dropped); numbers, percentages and numeric dates in the spreadsheet locale become numbers and
 * Dates; TRUE/FALSE become booleans; the rest stays text.
 */
export function readEntered(text: string, context: EntryContext, formulas = true): Entered {
  if (text === '') return { kind: 'empty' };
  if (text.startsWith("'")) return { kind: 'value', value: text.slice(1) };
  if (formulas && text.startsWith('=') && text.length > 1) return { kind: 'formula', formula: text };
  // Plain integers are most of an export: skip the general readers.
  if (PLAIN_INTEGER.test(text)) return { kind: 'value', value: Number(text) };
  const trimmed = text.trim();
  if (trimmed.length === 4 || trimmed.length === 5) {
    const upper = trimmed.toUpperCase();
    if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'value', value: upper === 'TRUE' };
  }
  const number = readNumber(trimmed, context.locale);
  if (number)
    return { kind: 'value', value: number.value, ...(number.format ? { format: number.format } : {}) };
  const date = readDate(trimmed, context);
  if (date) return { kind: 'value', value: date.value, format: date.format };
  // Like "=", a leading "+" or "-" starts a formula when the text is not a number ("-abc" → =-abc).
  if (formulas && /^[+-]./.test(text)) return { kind: 'formula', formula: `=${text}` };
  return { kind: 'value', value: text };
}

const numberShapes = new Map<string, RegExp>();

function numberShape(decimal: string, group: string): RegExp {
  const key = decimal + group;
  let shape = numberShapes.get(key);
  if (!shape) {
    const d = escapeRegExp(decimal);
    const g = escapeRegExp(group);
    shape = new RegExp(`^([+-]?)(\\d{1,3}(?:${g}\\d{3})+|\\d+)?(?:${d}(\\d+))?(?:[eE]([+-]?\\d+))?(%?)$`);
    numberShapes.set(key, shape);
  }
  return shape;
}

function readNumber(text: string, locale: string): { value: number; format?: string } | null {
  if (!/\d/.test(text)) return null;
  const { decimal, group } = localeMarks(locale);
  const match = numberShape(decimal, group).exec(text);
  if (!match || (match[2] === undefined && match[3] === undefined)) return null;
  const [, sign = '', whole = '0', fraction, exponent, percent] = match;
  const grouped = whole.includes(group);
  let value = Number(
    `${sign}${whole.split(group).join('')}${fraction ? `.${fraction}` : ''}${exponent ? `e${exponent}` : ''}`,
  );
  if (!Number.isFinite(value)) return null;
  if (percent) {
    value /= 100;
    return { value, format: fraction ? `0.${'0'.repeat(fraction.length)}%` : '0%' };
  }
  if (grouped) return { value, format: fraction ? `#,##0.${'0'.repeat(fraction.length)}` : '#,##0' };
  return { value };
}

function readDate(text: string, context: EntryContext): { value: Date; format: string } | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (iso) {
    const [, y, m, d, h, mi, s] = iso;
    const value = validDate(context.timeZone, Number(y), Number(m), Number(d), h, mi, s);
    return value ? { value, format: h ? 'yyyy-mm-dd hh:mm:ss' : 'yyyy-mm-dd' } : null;
  }
  const marks = localeMarks(context.locale);
  const numeric = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (!numeric) return null;
  const [, a, separator, b, y, h, mi, s] = numeric;
  // A dot date is day-first everywhere; a slash date follows the locale.
  const dayFirst = separator === '.' || marks.dayFirst;
  const day = Number(dayFirst ? a : b);
  const month = Number(dayFirst ? b : a);
  const value = validDate(context.timeZone, Number(y), month, day, h, mi, s);
  return value ? { value, format: defaultDateFormat(context.locale) + (h ? ' h:mm:ss' : '') } : null;
}

function validDate(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour?: string,
  minute?: string,
  second?: string,
): Date | null {
  if (month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return zonedDate(timeZone, year, month, day, Number(hour ?? 0), Number(minute ?? 0), Number(second ?? 0));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ---- display ------------------------------------------------------------------------------

/** Day 0 of date serial numbers: the Sheets API's DateTimeRenderOption.SERIAL_NUMBER counts from 1899-12-30. */
export const SHEETS_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A number format's text, split into sections by ";" outside quotes. */
function sections(format: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const char = format[i]!;
    if (char === '"') quoted = !quoted;
    if (char === '\\' && !quoted) {
      current += char + (format[i + 1] ?? '');
      i++;
      continue;
    }
    if (char === ';' && !quoted) {
      out.push(current);
      current = '';
    } else current += char;
  }
  out.push(current);
  return out;
}

function isDateFormat(section: string): boolean {
  const bare = section
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  return /[ydhs]/i.test(bare) || (/m/i.test(bare.replace(/am\/pm/gi, '')) && !/[0#]/.test(bare));
}

export interface DisplayContext {
  readonly locale: string;
  readonly timeZone: string;
}

/**
 * The text a cell shows: its value under its number format, in the spreadsheet locale and time
 * zone — range#getdisplayvalues; format tokens as in the Sheets API formats guide
 * (developers.google.com/workspace/sheets/api/guides/formats), which range#setnumberformatnumberformat
 * points to. Not documented: chosen to match observed Sheets behaviour: unformatted numbers show up
 * to 10 significant digits, unformatted Dates in the locale's date order.
 */
export function displayValue(
  value: StoredValue | '',
  format: string | undefined,
  context: DisplayContext,
): string {
  if (value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const fmt = format && format !== 'General' && format !== '@' ? format : '';
  if (isDate(value)) {
    if (Number.isNaN(value.getTime())) return '';
    if (fmt && isDateFormat(fmt)) return formatDateValue(value, fmt, context.timeZone);
    const p = zonedParts(value, context.timeZone);
    const withTime = p.hour || p.minute || p.second ? ' h:mm:ss' : '';
    return formatDateValue(value, defaultDateFormat(context.locale) + withTime, context.timeZone);
  }
  if (!Number.isFinite(value)) return '#NUM!';
  if (!fmt) return automaticNumber(value, context.locale);
  const parts = sections(fmt);
  let section = parts[0]!;
  let number = value;
  if (value < 0 && parts[1] !== undefined) {
    section = parts[1];
    number = -value;
  } else if (value === 0 && parts[2] !== undefined) section = parts[2];
  if (isDateFormat(section)) {
    return formatDateValue(new Date(SHEETS_EPOCH_MS + value * MS_PER_DAY), section, 'UTC');
  }
  return formatNumberSection(number, section, context.locale);
}

function automaticNumber(value: number, locale: string): string {
  const { decimal } = localeMarks(locale);
  const text = Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(10)));
  return text.replace('.', decimal);
}

function formatNumberSection(value: number, section: string, locale: string): string {
  const { decimal, group } = localeMarks(locale);
  // Literal text: "quoted" and \x escapes, plus currency in [$€] brackets.
  const literal = (s: string) =>
    s
      .replace(/\[\$([^\]-]*)[^\]]*\]/g, '$1')
      .replace(/"([^"]*)"/g, '$1')
      .replace(/\\(.)/g, '$1');
  const match = /^(.*?)([#0,]*[0#](?:\.[0#]+)?|\.[0#]+)(.*)$/.exec(section);
  if (!match) return literal(section);
  const [, prefix = '', pattern = '', suffix = ''] = match;
  const percent = (prefix + suffix).includes('%');
  const scaled = percent ? value * 100 : value;
  const [intPattern = '', fracPattern = ''] = pattern.split('.');
  const decimals = fracPattern.length;
  const grouped = intPattern.includes(',');
  const minInt = (intPattern.match(/0/g) ?? []).length;
  const fixed = Math.abs(scaled).toFixed(decimals);
  let [intPart = '', fracPart = ''] = fixed.split('.');
  if (intPart === '0' && minInt === 0) intPart = '';
  intPart = intPart.padStart(minInt, '0');
  if (grouped) intPart = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  // "#" decimal places are optional: trim trailing zeros beyond the "0" places.
  const requiredDecimals = (fracPattern.match(/0/g) ?? []).length;
  while (fracPart.length > requiredDecimals && fracPart.endsWith('0')) fracPart = fracPart.slice(0, -1);
  const sign = scaled < 0 && Number(fixed) !== 0 ? '-' : '';
  const body = fracPart ? `${intPart}${decimal}${fracPart}` : intPart;
  return `${literal(prefix)}${sign}${body}${literal(suffix)}`;
}

/** Sheets date tokens: yyyy yy m mm mmm mmmm d dd ddd dddd h hh mm(minutes) ss am/pm. */
function formatDateValue(date: Date, format: string, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  const tokens = format.match(/"[^"]*"|\\.|am\/pm|a\/p|y+|m+|d+|h+|s+|./gi) ?? [];
  const hasAmPm = tokens.some((t) => /^(am\/pm|a\/p)$/i.test(t));
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const lower = token.toLowerCase();
    const prev = tokens
      .slice(0, i)
      .reverse()
      .find((t) => /^[hms]/i.test(t))
      ?.toLowerCase();
    const next = tokens
      .slice(i + 1)
      .find((t) => /^[dhmsy]/i.test(t))
      ?.toLowerCase();
    if (token.startsWith('"')) out += token.slice(1, -1);
    else if (token.startsWith('\\')) out += token.slice(1);
    else if (lower === 'am/pm') out += p.hour < 12 ? 'AM' : 'PM';
    else if (lower === 'a/p') out += p.hour < 12 ? 'A' : 'P';
    else if (lower.startsWith('y'))
      out += lower.length <= 2 ? String(p.year % 100).padStart(2, '0') : String(p.year);
    else if (lower.startsWith('d')) {
      if (lower.length >= 4) out += DAYS[p.weekday];
      else if (lower.length === 3) out += DAYS[p.weekday]!.slice(0, 3);
      else out += String(p.day).padStart(lower.length, '0');
    } else if (lower.startsWith('h')) {
      const hour = hasAmPm ? p.hour % 12 || 12 : p.hour;
      out += String(hour).padStart(lower.length >= 2 ? 2 : 1, '0');
    } else if (lower.startsWith('s')) out += String(p.second).padStart(lower.length >= 2 ? 2 : 1, '0');
    else if (lower.startsWith('m')) {
      const minutes = lower.length <= 2 && (prev?.startsWith('h') || next?.startsWith('s'));
      if (minutes) out += String(p.minute).padStart(lower.length, '0');
      else if (lower.length >= 4) out += MONTHS[p.month - 1];
      else if (lower.length === 3) out += MONTHS[p.month - 1]!.slice(0, 3);
      else out += String(p.month).padStart(lower.length, '0');
    } else out += token;
  }
  return out;
}

/** Pattern letters Java defines that this emulator does not format (era, week numbers, zone names…). */
const JAVA_LETTERS_NOT_EMULATED = 'GYLwWDFkKz';

/**
 * Java SimpleDateFormat patterns, as Utilities.formatDate takes them — utilities/utilities#formatdatedate,-timezone,-format
 * points to the Java class: a letter's count is the minimum number of digits, an unknown letter is
 * an error ("Illegal pattern character").
 */
export function formatJavaDate(date: Date, timeZone: string, pattern: string): string {
  const p = zonedParts(date, timeZone);
  const tokens = pattern.match(/'[^']*'|''|([A-Za-z])\1*|./g) ?? [];
  let out = '';
  for (const token of tokens) {
    if (token === "''") {
      out += "'";
      continue;
    }
    if (token.startsWith("'")) {
      out += token.slice(1, -1);
      continue;
    }
    const n = token.length;
    switch (token[0]) {
      case 'y':
        out += n === 2 ? String(p.year % 100).padStart(2, '0') : String(p.year).padStart(n, '0');
        break;
      case 'M':
        out +=
          n >= 4
            ? MONTHS[p.month - 1]
            : n === 3
              ? MONTHS[p.month - 1]!.slice(0, 3)
              : String(p.month).padStart(n, '0');
        break;
      case 'd':
        out += String(p.day).padStart(n, '0');
        break;
      case 'E':
        out += n >= 4 ? DAYS[p.weekday] : DAYS[p.weekday]!.slice(0, 3);
        break;
      case 'u':
        out += String(p.weekday === 0 ? 7 : p.weekday).padStart(n, '0');
        break;
      case 'H':
        out += String(p.hour).padStart(n, '0');
        break;
      case 'h':
        out += String(p.hour % 12 || 12).padStart(n, '0');
        break;
      case 'm':
        out += String(p.minute).padStart(n, '0');
        break;
      case 's':
        out += String(p.second).padStart(n, '0');
        break;
      case 'S':
        // Milliseconds as a number: "S" is 5 for 5 ms, "SSS" is 005.
        out += String(((date.getTime() % 1000) + 1000) % 1000).padStart(n, '0');
        break;
      case 'a':
        out += p.hour < 12 ? 'AM' : 'PM';
        break;
      case 'Z':
      case 'X': {
        const offset = Math.round(
          (wallTime(date, timeZone) - Math.floor(date.getTime() / 1000) * 1000) / 60_000,
        );
        if (token[0] === 'X' && offset === 0) {
          out += 'Z';
          break;
        }
        const sign = offset < 0 ? '-' : '+';
        const hh = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
        const mm = String(Math.abs(offset) % 60).padStart(2, '0');
        // Z: -0800; X: -08, XX: -0800, XXX: -08:00 (ISO 8601 forms in the Java class).
        if (token[0] === 'Z' || n === 2) out += `${sign}${hh}${mm}`;
        else out += n === 1 ? `${sign}${hh}` : `${sign}${hh}:${mm}`;
        break;
      }
      default:
        if (/[A-Za-z]/.test(token[0]!)) {
          if (JAVA_LETTERS_NOT_EMULATED.includes(token[0]!))
            throw new Error(`Emulator: SimpleDateFormat letter '${token[0]}' is not emulated`);
          throw new Error(`Exception: Illegal pattern character '${token[0]}'`);
        }
        out += token;
    }
  }
  return out;
}
