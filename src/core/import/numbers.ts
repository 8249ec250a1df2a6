import type { CellValue } from '../cells';
import { parseNumber } from '../numbers';

/**
 * Numbers of one column. Typed numbers pass straight through; text is read after the column's decimal
 * mark is settled from its own cells, so a pasted US export ("3,642") in an Icelandic sheet, or "8.480" in
 * an English one, does not turn into 3.642 or 8.48. Common shapes ("1,234", "4.78%", "3,3%") are read by
 * a character scan; anything else goes to parseNumber.
 */

/**
 * Numbers beyond this are not analytics (1e308 would overflow any sum): pasted values past it are
 * reported, and a goal's baseline or target past it is rejected.
 */
export const LARGEST_NUMBER = 1e15;

export interface NumberColumnReader {
  /** null for a blank cell, NaN for text that is not a number. */
  read(value: CellValue): number | null;
}

const COMMA = 44;
const DOT = 46;
const MINUS = 45;
const PERCENT = 37;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * What the column's text cells say about the decimal mark: "1.234,5", "3,3%" or "0,5" show a comma,
 * "4.78%" or "1,234.5" a dot; "3,642" alone says nothing ("none"); cells that disagree give "mixed".
 */
export function columnDecimalMark(texts: readonly string[]): ',' | '.' | 'none' | 'mixed' {
  let comma = false;
  let dot = false;
  for (const text of texts) {
    let commas = 0;
    let dots = 0;
    let last = -1;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === COMMA) commas++;
      else if (code === DOT) dots++;
      else continue;
      last = i;
    }
    if (last < 0) continue;
    const lastIsComma = text.charCodeAt(last) === COMMA;
    if (commas > 0 && dots > 0) {
      if (lastIsComma) comma = true;
      else dot = true;
      continue;
    }
    if (commas + dots > 1) continue; // a repeated mark groups thousands, which says little on its own
    let digits = 0;
    while (isDigit(text.charCodeAt(last + 1 + digits))) digits++;
    let start = 0;
    while (start < last && (text[start] === ' ' || text[start] === '-' || text[start] === '+')) start++;
    const leadingZero = last === start || (last === start + 1 && text[start] === '0');
    if (digits !== 3 || leadingZero) {
      if (lastIsComma) comma = true;
      else dot = true;
    }
    if (comma && dot) return 'mixed';
  }
  return comma ? ',' : dot ? '.' : 'none';
}

/**
 * "-1,234.5%" read with a known decimal mark: optional minus, 1–3 digits (not starting with 0) then groups of exactly three
 * (or plain digits), optional decimals, optional "%". Undefined for any other shape. With `decimal` null
 * every mark groups thousands.
 */
function scanNumber(text: string, decimal: number | null): number | undefined {
  const n = text.length;
  let i = text.charCodeAt(0) === MINUS ? 1 : 0;
  const digitsStart = i;
  while (i < n && isDigit(text.charCodeAt(i))) i++;
  const firstGroup = i - digitsStart;
  if (firstGroup === 0) return undefined;
  let clean = text.slice(0, i);
  let grouped = false;
  while (i < n) {
    const code = text.charCodeAt(i);
    if ((code !== COMMA && code !== DOT) || code === decimal) break;
    if (
      !isDigit(text.charCodeAt(i + 1)) ||
      !isDigit(text.charCodeAt(i + 2)) ||
      !isDigit(text.charCodeAt(i + 3))
    )
      return undefined;
    if (isDigit(text.charCodeAt(i + 4))) return undefined;
    clean += text.slice(i + 1, i + 4);
    grouped = true;
    i += 4;
  }
  if (grouped && (firstGroup > 3 || text.charCodeAt(digitsStart) === 48)) return undefined; // "0.010" is no grouping
  if (i < n && text.charCodeAt(i) === decimal) {
    const from = ++i;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    if (i === from) return undefined;
    clean += `.${text.slice(from, i)}`;
  }
  let scale = 1;
  if (i === n - 1 && text.charCodeAt(i) === PERCENT) {
    scale = 0.01;
    i++;
  }
  return i === n ? Number(clean) * scale : undefined;
}

/**
 * A reader for one column. `whole`: the metric has no decimals, so when the column never shows a decimal
 * mark every "," or "." groups thousands. `percent`: the header says (%), so a plain 5.23 means 5.23 %.
 */
export function numberColumnReader(
  texts: readonly string[],
  options: { readonly localeDecimalComma: boolean; readonly whole: boolean; readonly percent: boolean },
): NumberColumnReader {
  const mark = columnDecimalMark(texts);
  const decimalComma = mark === ',' || (mark !== '.' && options.localeDecimalComma);
  const decimal = mark === 'none' && options.whole ? null : decimalComma ? COMMA : DOT;
  const scale = options.percent ? 0.01 : 1;
  return {
    read(value) {
      if (typeof value === 'number') return Number.isFinite(value) ? value * scale : Number.NaN;
      if (typeof value !== 'string') return parseNumber(value, decimalComma);
      const text = value.trim();
      const isPercentText = text.endsWith('%');
      const parsed = scanNumber(text, decimal) ?? parseNumber(text, decimalComma);
      return parsed === null || isPercentText ? parsed : parsed * scale;
    },
  };
}
