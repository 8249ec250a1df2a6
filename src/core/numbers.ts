import type { CellValue } from './cells';

/**
 * Languages whose spreadsheets write 1.234,5. Sheets reports locales as "is_IS", "de_DE"...;
 * only the language part decides the decimal mark for the locales we meet.
 */
const DECIMAL_COMMA_LANGUAGES = new Set([
  'is',
  'de',
  'da',
  'nb',
  'no',
  'nn',
  'sv',
  'fi',
  'fr',
  'es',
  'it',
  'nl',
  'pt',
  'pl',
  'cs',
  'sk',
  'sl',
  'hr',
  'sr',
  'bs',
  'ro',
  'hu',
  'bg',
  'ru',
  'uk',
  'be',
  'lt',
  'lv',
  'et',
  'el',
  'tr',
  'id',
  'vi',
  'ca',
  'gl',
  'eu',
  'fo',
  'kl',
  'af',
  'az',
  'ka',
  'kk',
  'mk',
  'sq',
  'hy',
]);

/** Exceptions where the country decides (Swiss German and Mexican Spanish write 1,234.5). */
const DECIMAL_POINT_LOCALES = new Set(['de_CH', 'es_MX', 'es_US']);

export function usesDecimalComma(locale: string): boolean {
  const normalized = locale.replace('-', '_');
  if (DECIMAL_POINT_LOCALES.has(normalized)) return false;
  return DECIMAL_COMMA_LANGUAGES.has(normalized.split('_')[0]!.toLowerCase());
}

// Spaces used as thousands separators (plain, no-break, narrow no-break, thin) and apostrophes (de_CH).
const GROUPING_SPACES = /[\s\u00a0\u202f\u2009'’]/g;
const CURRENCY = /^(?:[$€£¥]|kr\.?|ISK|USD|EUR)\s*|\s*(?:[$€£¥]|kr\.?|ISK|USD|EUR)$/gi;
const NUMERIC_SHAPE = /^[+-]?(?:\d[\d.,]*|[.,]\d+)(?:e[+-]?\d+)?$/i;

/**
 * Reads a cell as a number the way a marketer meant it.
 * Returns null for a blank cell and NaN for text that is not a number (callers name the cell).
 * "4.5%" is 0.045. A lone separator followed by exactly three digits ("1,234", "8.480") is a
 * thousands separator unless it is the locale's decimal mark; otherwise the last separator is the
 * decimal mark, so "3,3%" and "0.6753" read right in any locale.
 */
export function parseNumber(value: CellValue, decimalComma = false): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : Number.NaN;
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value !== 'string') return Number.NaN; // booleans and dates are not amounts
  let text = value.trim();
  if (text === '') return null;
  let scale = 1;
  if (text.endsWith('%')) {
    scale = 0.01;
    text = text.slice(0, -1).trim();
  }
  text = text
    .replace(CURRENCY, '')
    .replace(/\u2212/g, '-')
    .replace(GROUPING_SPACES, '');
  if (!NUMERIC_SHAPE.test(text)) return Number.NaN;
  const normalized = normalizeSeparators(text, decimalComma);
  if (normalized === null) return Number.NaN;
  const result = Number(normalized) * scale;
  return Number.isFinite(result) ? result : Number.NaN;
}

function normalizeSeparators(text: string, decimalComma: boolean): string | null {
  const [mantissa, exponent] = splitExponent(text);
  const commas = count(mantissa, ',');
  const dots = count(mantissa, '.');
  let decimalMark: ',' | '.' | null;
  if (commas && dots) {
    decimalMark = mantissa.lastIndexOf(',') > mantissa.lastIndexOf('.') ? ',' : '.';
  } else if (commas + dots === 0) {
    decimalMark = null;
  } else {
    const mark = commas ? ',' : '.';
    const occurrences = commas || dots;
    const digitsAfter = mantissa.length - mantissa.lastIndexOf(mark) - 1;
    const localeMark = decimalComma ? ',' : '.';
    if (occurrences > 1) decimalMark = null;
    else if (digitsAfter === 3 && mark !== localeMark && /\d/.test(mantissa[0] ?? '')) decimalMark = null;
    else decimalMark = mark;
  }
  if (decimalMark === null) return mantissa.replace(/[.,]/g, '') + exponent;
  const groupMark = decimalMark === ',' ? '.' : ',';
  const decimalAt = mantissa.indexOf(decimalMark);
  if (count(mantissa, decimalMark) > 1 || mantissa.lastIndexOf(groupMark) > decimalAt) return null;
  return `${mantissa.slice(0, decimalAt).split(groupMark).join('')}.${mantissa.slice(decimalAt + 1)}${exponent}`;
}

function splitExponent(text: string): [string, string] {
  const at = text.search(/e/i);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at)];
}

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n++;
  return n;
}
