/**
 * How a spreadsheet locale writes numbers and dates, for the locales we meet. Sheets reports locales as
 * "is_IS", "de_DE"…, the browser as "is-IS". One table for the add-on, the sidebar and the emulator, so
 * what the emulator types and shows is what the add-on reads.
 */

/** Languages whose spreadsheets write 1.234,5; only the language part decides, bar the exceptions below. */
const DECIMAL_COMMA_LANGUAGES = new Set(
  [
    'is de da nb no nn sv fi fr es it nl pt pl cs sk sl hr sr bs ro hu bg',
    'ru uk be lt lv et el tr id vi ca gl eu fo kl af az ka kk mk sq hy',
  ]
    .join(' ')
    .split(' '),
);

/** Exceptions where the country decides (Swiss German and Mexican Spanish write 1,234.5). */
const DECIMAL_POINT_LOCALES = new Set(['de_CH', 'es_MX', 'es_US']);

/**
 * Locales that write month first (m/d/yyyy). Every other locale we meet writes day first or year first,
 * and a year-first date is unambiguous anyway.
 */
const MONTH_FIRST_LOCALES = new Set('en_US en es_US en_PH fil_PH en_CA en_AS en_GU en_PR'.split(' '));

/** Languages whose numeric dates are day-first with dots (1.7.2026); elsewhere slashes. */
const DOT_DATE_LANGUAGES = new Set('is de da nb no nn fi cs sk pl ru uk tr hr sl sr et lv ro bg'.split(' '));

/** "de-AT" → "de_AT". */
const normalize = (locale: string) => locale.replace('-', '_');
const language = (locale: string) => normalize(locale).split('_')[0]!.toLowerCase();

export function usesDecimalComma(locale: string): boolean {
  if (DECIMAL_POINT_LOCALES.has(normalize(locale))) return false;
  return DECIMAL_COMMA_LANGUAGES.has(language(locale));
}

export function localeDayFirst(locale: string): boolean {
  return !MONTH_FIRST_LOCALES.has(normalize(locale));
}

export function writesDotDates(locale: string): boolean {
  return DOT_DATE_LANGUAGES.has(language(locale));
}

/**
 * The number format the add-on gives the dates it writes: d.m.yyyy where the locale writes dot dates,
 * else ISO, which reads unambiguously everywhere.
 */
export function sheetDateFormat(locale: string): string {
  return writesDotDates(locale) ? 'd.m.yyyy' : 'yyyy-mm-dd';
}
