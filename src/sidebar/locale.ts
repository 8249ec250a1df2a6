import { parseDateText } from '../core/dates';
import { isoFromDay, utcDateFromDay, ymdFromDay } from '../core/days';
import { type Language, languageOf } from '../core/i18n/translate';
import { localeDayFirst, usesDecimalComma } from '../core/locale';
import type { DayNumber, MetricKind } from '../core/model';
import { parseNumber } from '../core/numbers';
import type { Translate } from '../core/sidebar/messages';

/**
 * Numbers and dates as the user reads and types them. The locale is the user's (Session), not the
 * spreadsheet's: an Icelandic user types 1.234,5 and 29.11.2026 whatever the sheet's settings.
 * Reading uses the same parsers as pasted data, so the sidebar accepts what the importer accepts.
 * Formatting uses Intl, except where the browser lacks the locale's data (Chrome ships no Icelandic):
 * then numbers are formatted in US English with the marks swapped, and dates from the catalogue.
 */
export interface UserLocale {
  readonly language: Language;
  /** A BCP 47 tag Intl has data for ("en-GB", "de"), or null when it has none for this locale. */
  readonly tag: string | null;
  readonly decimalComma: boolean;
  readonly dayFirst: boolean;
  /** Without Intl data: "{day}. {month} {year}" and the month abbreviations. */
  readonly dateTemplate: string;
  readonly months: readonly string[];
}

const intlHas = (tag: string) => Intl.NumberFormat.supportedLocalesOf([tag]).length > 0;

export function userLocale(
  locale: string,
  t: Translate,
  intlSupports: (tag: string) => boolean = intlHas,
): UserLocale {
  const tag = locale.replace(/_/g, '-');
  let supported: string | null = null;
  try {
    supported = intlSupports(tag) ? tag : null;
  } catch {
    // An ill-formed tag: formatted without Intl's locale data.
  }
  return {
    language: languageOf(locale),
    tag: supported,
    decimalComma: usesDecimalComma(locale),
    dayFirst: localeDayFirst(locale),
    dateTemplate: t('sidebar.date.short'),
    months: t('sidebar.date.months').split('|'),
  };
}

/** A typed amount: null when blank, NaN when not a number. "5%" is 0.05. */
export function readAmount(text: string, locale: UserLocale): number | null {
  return parseNumber(text, locale.decimalComma);
}

/** A typed date: null when blank or not a date. ISO dates are read in every locale. */
export function readDate(text: string, locale: UserLocale): DayNumber | null {
  return parseDateText(text, { dayFirst: locale.dayFirst });
}

const formats = new Map<string, Intl.NumberFormat>();

function formatNumber(value: number, options: Intl.NumberFormatOptions, locale: UserLocale): string {
  const key = `${locale.tag}${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale.tag ?? 'en-US', options);
    formats.set(key, format);
  }
  const text = format.format(value);
  return locale.tag === null && locale.decimalComma
    ? text.replace(/[.,]/g, (mark) => (mark === '.' ? ',' : '.'))
    : text;
}

export interface ValueStyle {
  /** "+1,054": a change. */
  readonly signed?: boolean;
  /** Whole numbers from 10 up: a derived amount, where decimals are noise (1,054 a month). */
  readonly rounded?: boolean;
}

/** A metric value: a ratio as a percent (0.042 → "4.2%"), anything else as a grouped number. */
export function formatValue(
  value: number,
  kind: MetricKind | null,
  locale: UserLocale,
  style: ValueStyle = {},
): string {
  const options: Intl.NumberFormatOptions = {
    maximumFractionDigits: style.rounded && Math.abs(value) >= 10 ? 0 : 2,
    signDisplay: style.signed ? 'exceptZero' : 'auto',
  };
  return formatNumber(value, kind === 'ratio' ? { ...options, style: 'percent' } : options, locale);
}

/** "Jul 1, 2026", "1 Jul 2026", "1. júl. 2026". */
export function formatDay(day: DayNumber, locale: UserLocale): string {
  if (locale.tag === null) {
    const { year, month, day: date } = ymdFromDay(day);
    return locale.dateTemplate
      .replace('{day}', String(date))
      .replace('{month}', locale.months[month - 1] ?? String(month))
      .replace('{year}', String(year));
  }
  return utcDateFromDay(day).toLocaleDateString(locale.tag, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/**
 * A date as the user would type it ("29.11.2026", "11/29/2026"), for filling a date field. Where that
 * would not read back as the same day, ISO is used instead.
 */
export function formatDateInput(day: DayNumber, locale: UserLocale): string {
  const { year, month, day: date } = ymdFromDay(day);
  let text: string;
  if (locale.tag !== null) text = utcDateFromDay(day).toLocaleDateString(locale.tag, { timeZone: 'UTC' });
  else text = locale.dayFirst ? `${date}.${month}.${year}` : `${month}/${date}/${year}`;
  return readDate(text, locale) === day ? text : isoFromDay(day);
}

/** A number to put back into an input field, as the user would type it and readAmount reads it. */
export function formatAmountInput(value: number, kind: MetricKind | null, locale: UserLocale): string {
  const options: Intl.NumberFormatOptions = { maximumFractionDigits: 4 };
  const text = formatNumber(value, kind === 'ratio' ? { ...options, style: 'percent' } : options, locale);
  const back = readAmount(text, locale);
  const tolerance = kind === 'ratio' ? 1e-6 : 1e-4; // half a unit of the last digit shown, and then some
  return back !== null && Math.abs(back - value) <= tolerance ? text : String(value);
}
