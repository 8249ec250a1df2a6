import type { CellValue } from './cells';

// Spaces used as thousands separators (plain, no-break, narrow no-break, thin) and apostrophes (de_CH).
const SPACES = /[\s\u00a0\u202f\u2009'’]+/g;
const SPACES_BETWEEN_DIGITS = /(?<=\d)[\s\u00a0\u202f\u2009'’]+(?=\d)/g;
const CURRENCY = /^(?:[$€£¥]|kr\.?|ISK|USD|EUR)\s*|\s*(?:[$€£¥]|kr\.?|ISK|USD|EUR)$/gi;
// "_" stands for a grouping space: it groups thousands like "," or "." but is never a decimal mark.
const NUMERIC_SHAPE = /^[+-]?(?:\d[\d.,_]*|[.,]\d+)(?:e[+-]?\d+)?$/i;

/**
 * Reads a cell as a number the way a marketer meant it.
 * Returns null for a blank cell and NaN for text that is not a number (callers name the cell).
 * "4.5%" is 0.045. A lone separator followed by exactly three digits ("1,234", "8.480") is a
 * thousands separator unless it is the locale's decimal mark; otherwise the last separator is the
 * decimal mark, so "3,3%" and "0.6753" read right in any locale. Thousands groups must be whole
 * (1–3 digits, then groups of exactly three), so "1.2.3" and "12,34.5" are not numbers.
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
    .replace(SPACES_BETWEEN_DIGITS, '_')
    .replace(SPACES, '');
  if (!NUMERIC_SHAPE.test(text)) return Number.NaN;
  const normalized = normalizeSeparators(text, decimalComma);
  if (normalized === null) return Number.NaN;
  const result = Number(normalized) * scale;
  return Number.isFinite(result) ? result : Number.NaN;
}

function normalizeSeparators(text: string, decimalComma: boolean): string | null {
  const [signed, exponent] = splitExponent(text);
  const sign = /^[+-]/.test(signed) ? signed[0]! : '';
  const mantissa = signed.slice(sign.length);
  const decimalMark = findDecimalMark(mantissa, decimalComma);
  const decimalAt = decimalMark === null ? mantissa.length : mantissa.lastIndexOf(decimalMark);
  const whole = ungroup(mantissa.slice(0, decimalAt), decimalMark);
  const fraction = mantissa.slice(decimalAt + 1);
  if (whole === null || !/^\d*$/.test(fraction)) return null;
  return `${sign}${whole || '0'}.${fraction || '0'}${exponent}`;
}

/** Which of "." and "," is the decimal mark, or null when every separator groups thousands. */
function findDecimalMark(mantissa: string, decimalComma: boolean): ',' | '.' | null {
  const commas = count(mantissa, ',');
  const dots = count(mantissa, '.');
  if (commas && dots) return mantissa.lastIndexOf(',') > mantissa.lastIndexOf('.') ? ',' : '.';
  if (commas + dots === 0) return null;
  if (commas + dots > 1) return null; // "1,234,567": a repeated mark groups thousands
  const mark = commas ? ',' : '.';
  const digitsAfter = mantissa.length - mantissa.indexOf(mark) - 1;
  const groupsThousands = digitsAfter === 3 && ungroup(mantissa, null) !== null;
  return groupsThousands && mark !== (decimalComma ? ',' : '.') ? null : mark;
}

/** The digits of a whole part without its thousands separators, or null if the groups are malformed. */
function ungroup(whole: string, decimalMark: ',' | '.' | null): string | null {
  const groups = whole.split(/[.,_]/);
  if (groups.length === 1) return whole;
  if (decimalMark !== null && whole.includes(decimalMark)) return null;
  const [first, ...rest] = groups;
  if (!/^[1-9]\d{0,2}$/.test(first!) || rest.some((group) => !/^\d{3}$/.test(group))) return null;
  return groups.join('');
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
