// What a cell looks like once conditional formats apply, for the playground's grid. "Rules are
// evaluated in their input order" (reference/spreadsheet/sheet#setconditionalformatrulesrules); not
// documented: the first matching rule wins, as in the Sheets UI. Boolean conditions on the cell's own
// value are evaluated; not emulated: custom formulas and gradients.
import { parseA1, rectOf } from './a1';
import type { ConditionalFormatSpec } from './builders';
import { unwrap } from './calls';
import { CELL_FORMATS, type CellValue, type Sheet } from './sheet';
import { isDate } from './values';

export interface CellLook {
  readonly background: string;
  readonly fontColor: string;
  readonly fontWeight: string;
  readonly fontStyle: string;
  readonly fontLine: string;
}

type Test = (value: CellValue, args: readonly unknown[]) => boolean;

const text = (v: CellValue) => (isDate(v) ? v.toISOString() : String(v)).toLowerCase();
const arg = (args: readonly unknown[], i: number) => String(args[i] ?? '').toLowerCase();
const num = (args: readonly unknown[], i: number) => Number(args[i]);
const isNumber = (v: CellValue): v is number => typeof v === 'number';

/**
 * Criteria by SpreadsheetApp.BooleanCriteria name (conditional-format-rule-builder#when…); between
 * includes both ends ("falls between, or is either of"). Not documented: text compared ignoring case,
 * as Sheets does.
 */
const CRITERIA: Record<string, Test> = {
  CELL_EMPTY: (v) => v === '',
  CELL_NOT_EMPTY: (v) => v !== '',
  TEXT_EQUAL_TO: (v, a) => v !== '' && text(v) === arg(a, 0),
  TEXT_NOT_EQUAL_TO: (v, a) => text(v) !== arg(a, 0),
  TEXT_CONTAINS: (v, a) => text(v).includes(arg(a, 0)),
  TEXT_DOES_NOT_CONTAIN: (v, a) => !text(v).includes(arg(a, 0)),
  TEXT_STARTS_WITH: (v, a) => v !== '' && text(v).startsWith(arg(a, 0)),
  TEXT_ENDS_WITH: (v, a) => v !== '' && text(v).endsWith(arg(a, 0)),
  NUMBER_EQUAL_TO: (v, a) => isNumber(v) && v === num(a, 0),
  NUMBER_NOT_EQUAL_TO: (v, a) => isNumber(v) && v !== num(a, 0),
  NUMBER_GREATER_THAN: (v, a) => isNumber(v) && v > num(a, 0),
  NUMBER_GREATER_THAN_OR_EQUAL_TO: (v, a) => isNumber(v) && v >= num(a, 0),
  NUMBER_LESS_THAN: (v, a) => isNumber(v) && v < num(a, 0),
  NUMBER_LESS_THAN_OR_EQUAL_TO: (v, a) => isNumber(v) && v <= num(a, 0),
  NUMBER_BETWEEN: (v, a) =>
    isNumber(v) && v >= Math.min(num(a, 0), num(a, 1)) && v <= Math.max(num(a, 0), num(a, 1)),
  NUMBER_NOT_BETWEEN: (v, a) =>
    isNumber(v) && (v < Math.min(num(a, 0), num(a, 1)) || v > Math.max(num(a, 0), num(a, 1))),
};

/** The look of a 1-based cell: its own formats, overridden by the first matching conditional format. */
export function cellLook(sheetOrProxy: Sheet, row: number, column: number): CellLook {
  const sheet = unwrap(sheetOrProxy);
  const own = (name: keyof CellLook) =>
    String(sheet._format(name, row - 1, column - 1) ?? CELL_FORMATS[name]);
  const look = {
    background: own('background'),
    fontColor: own('fontColor'),
    fontWeight: own('fontWeight'),
    fontStyle: own('fontStyle'),
    fontLine: own('fontLine'),
  };
  const value = sheet._valueAt(row - 1, column - 1);
  for (const rule of sheet.conditionalFormatRules) {
    const spec = rule._spec();
    if (!spec.condition) continue;
    const test = CRITERIA[spec.condition.type];
    if (!test || !spec.ranges.some((a1) => contains(sheet, a1, row, column))) continue;
    if (!test(value, spec.condition.values)) continue;
    const f = spec.format;
    return {
      background: f.background ?? look.background,
      fontColor: f.fontColor ?? look.fontColor,
      fontWeight: f.bold === undefined ? look.fontWeight : f.bold ? 'bold' : 'normal',
      fontStyle: f.italic === undefined ? look.fontStyle : f.italic ? 'italic' : 'normal',
      fontLine: ruleFontLine(look.fontLine, f),
    };
  }
  return look;
}

/**
 * true draws the line; false "removes any existing" strikethrough or underline where the rule
 * applies — conditional-format-rule-builder#setstrikethroughstrikethrough, #setunderlineunderline.
 */
function ruleFontLine(own: string, f: ConditionalFormatSpec['format']): string {
  if (f.strikethrough === true) return 'line-through';
  if (f.underline === true) return 'underline';
  if (f.strikethrough === false && own === 'line-through') return 'none';
  if (f.underline === false && own === 'underline') return 'none';
  return own;
}

function contains(sheet: Sheet, a1: string, row: number, column: number): boolean {
  const parsed = parseA1(a1);
  if (!parsed || (parsed.sheetName !== null && parsed.sheetName !== sheet.name)) return false;
  const r = rectOf(parsed, sheet.maxRows, sheet.maxColumns);
  return row >= r.row && row < r.row + r.numRows && column >= r.column && column < r.column + r.numColumns;
}
