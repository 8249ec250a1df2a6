import type { SheetSettings } from '../cells';
import { type ServerKey, translate } from '../i18n/server';
import { type Language, languageOf, type Params } from '../i18n/translate';
import { usesDecimalComma } from '../locale';

/** The custom functions' messages in the catalogues (src/core/i18n, server section). */
export type MessageKey = Extract<ServerKey, `fn.${string}`>;

/** A message not yet put into words: its key and placeholders. */
export type Problem = readonly [key: MessageKey, params?: Params];

/**
 * One custom-function call: the function's name, which starts every message, and what the
 * spreadsheet's locale decides: the messages' language and how numbers are read and written.
 */
export interface Call {
  readonly fn: string;
  readonly sheet: SheetSettings;
  readonly language: Language;
  /** 1.234,5 rather than 1,234.5. Such spreadsheets also separate a formula's arguments with ";". */
  readonly decimalComma: boolean;
}

export function callOf(fn: string, sheet: SheetSettings): Call {
  return { fn, sheet, language: languageOf(sheet.locale), decimalComma: usesDecimalComma(sheet.locale) };
}

export function say(call: Call, [key, params]: Problem): string {
  return translate(call.language, key, params);
}

/** The Error Sheets shows in #ERROR!: the function, where in its arguments, and what is wrong. */
export function fail(call: Call, problem: Problem, where = ''): never {
  throw new Error(`${call.fn}: ${where ? `${where}: ` : ''}${say(call, problem)}`);
}

/** A cell as the user sees it: "n/a" in the language's quotes, TRUE, a date, 1,5 in a decimal-comma sheet. */
export function show(call: Call, value: unknown): string {
  if (typeof value === 'string') {
    const text = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    // Escaped as in a JSON string, so line breaks and quotes inside the text stay visible.
    return say(call, ['fn.text', { text: JSON.stringify(text).slice(1, -1) }]);
  }
  if (typeof value === 'number') return call.decimalComma ? String(value).replace('.', ',') : String(value);
  if (typeof value === 'boolean') return say(call, [value ? 'fn.true' : 'fn.false']);
  if (value instanceof Date) return say(call, [Number.isNaN(value.getTime()) ? 'fn.invalidDate' : 'fn.date']);
  return say(call, ['fn.otherValue']);
}

/** Whether a count takes the singular: "1 row"; in Icelandic "1 lína" and "21 lína" but "11 línur". */
const SINGULAR: Readonly<Record<Language, (count: number) => boolean>> = {
  en: (count) => count === 1,
  is: (count) => count % 10 === 1 && count % 100 !== 11,
};

/** "3 rows × 1 column". */
export function describeShape(call: Call, { rows, columns }: { rows: number; columns: number }): string {
  const singular = SINGULAR[call.language];
  const rowText = say(call, [singular(rows) ? 'fn.rows.one' : 'fn.rows.other', { count: rows }]);
  const columnText = say(call, [
    singular(columns) ? 'fn.columns.one' : 'fn.columns.other',
    { count: columns },
  ]);
  return `${rowText} × ${columnText}`;
}

/** "ENGAGEMENT_RATE(engagements, base, [mode])", with ";" between arguments where the sheet writes them so. */
export function signature(call: Call, params: readonly { name: string; optional?: boolean }[]): string {
  const names = params.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `${call.fn}(${names.join(call.decimalComma ? '; ' : ', ')})`;
}
