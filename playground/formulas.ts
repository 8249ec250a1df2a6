// The playground's formula engine: just enough of Sheets' formula language to run the add-on's
// custom functions (with Sheets' argument rules) and to read SPARKLINE bars. Built-in functions
// and operators are not evaluated: the cell shows a note instead of a made-up result.
import type { FormulaCell } from '../emulator/spreadsheet';

export type Expr =
  | { readonly type: 'call'; readonly name: string; readonly args: readonly Expr[] }
  | { readonly type: 'ref'; readonly a1: string }
  | { readonly type: 'literal'; readonly value: string | number | boolean }
  | { readonly type: 'array'; readonly rows: readonly (readonly Expr[])[] }
  | { readonly type: 'other' };

/** Thrown for a formula the playground does not evaluate (built-ins, operators). */
export class BuiltinFormula extends Error {
  constructor(readonly names: readonly string[]) {
    super(`Built-in formulas are not evaluated in the playground (${names.join(', ') || 'operators'})`);
  }
}

/** Tokens of a formula; the decimal mark of numbers is "." or, in decimal-comma locales, ",". */
function tokenPattern(decimal: string): RegExp {
  return new RegExp(
    [
      String.raw`\s*(?:("(?:[^"]|"")*")`,
      String.raw`((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!\$?[A-Za-z]{1,3}\$?\d*(?::\$?[A-Za-z]{1,3}\$?\d*)?)`,
      String.raw`(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|[A-Za-z]{1,3}:[A-Za-z]{1,3})(?![\w(])`,
      String.raw`(\d+(?:[${decimal}]\d+)?(?:[eE][+-]?\d+)?%?)`,
      String.raw`([A-Za-z_][\w.]*)`,
      String.raw`([(){},;\\])`,
      String.raw`(\S))`,
    ].join('|'),
    'y',
  );
}
const TOKENS = { point: tokenPattern('.'), comma: tokenPattern(',') };

type Token =
  | { kind: 'string'; text: string }
  | { kind: 'ref'; text: string }
  | { kind: 'number'; text: string }
  | { kind: 'name'; text: string }
  | { kind: 'punct'; text: string }
  | { kind: 'operator'; text: string };

function tokenize(source: string, decimalComma: boolean): Token[] {
  const TOKEN = decimalComma ? TOKENS.comma : TOKENS.point;
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(source);
    if (!match || TOKEN.lastIndex === start) break;
    const [, str, sheetRef, ref, num, name, punct, other] = match;
    if (str !== undefined) tokens.push({ kind: 'string', text: str.slice(1, -1).replace(/""/g, '"') });
    else if (sheetRef !== undefined) tokens.push({ kind: 'ref', text: sheetRef });
    else if (ref !== undefined) tokens.push({ kind: 'ref', text: ref });
    else if (num !== undefined) tokens.push({ kind: 'number', text: num });
    else if (name !== undefined) tokens.push({ kind: 'name', text: name });
    else if (punct !== undefined) tokens.push({ kind: 'punct', text: punct });
    else if (other !== undefined) tokens.push({ kind: 'operator', text: other });
  }
  return tokens;
}

/**
 * Parses "=NAME(arg; arg)" forms. The argument separator is "," (or ";" in decimal-comma locales,
 * where "," is the decimal mark); arrays use "," or "\" between columns and ";" between rows.
 */
export function parseFormula(formula: string, decimalComma = false): Expr {
  const tokens = tokenize(formula.replace(/^=/, ''), decimalComma);
  let at = 0;
  const peek = () => tokens[at];
  const isPunct = (text: string) => peek()?.kind === 'punct' && peek()?.text === text;
  const argSeparator = (t: Token | undefined) =>
    t?.kind === 'punct' && (t.text === ';' || (!decimalComma && t.text === ','));

  function expression(): Expr {
    const token = tokens[at++];
    if (!token) return { type: 'other' };
    let expr: Expr;
    if (token.kind === 'string') expr = { type: 'literal', value: token.text };
    else if (token.kind === 'ref') expr = { type: 'ref', a1: token.text.replace(/\$/g, '') };
    else if (token.kind === 'number') {
      const percent = token.text.endsWith('%');
      const text = (percent ? token.text.slice(0, -1) : token.text).replace(',', '.');
      expr = { type: 'literal', value: Number(text) / (percent ? 100 : 1) };
    } else if (token.kind === 'name' && isPunct('(')) {
      at++;
      const args: Expr[] = [];
      while (peek() && !isPunct(')')) {
        args.push(argSeparator(peek()) ? { type: 'literal', value: '' } : expression());
        if (argSeparator(peek())) at++;
      }
      at++;
      expr = { type: 'call', name: token.text.toUpperCase(), args };
    } else if (token.kind === 'name' && /^(TRUE|FALSE)$/i.test(token.text)) {
      expr = { type: 'literal', value: token.text.toUpperCase() === 'TRUE' };
    } else if (token.kind === 'punct' && token.text === '{') {
      const rows: Expr[][] = [[]];
      while (peek() && !isPunct('}')) {
        rows[rows.length - 1]!.push(expression());
        const sep = peek();
        if (sep?.kind === 'punct' && sep.text === ';') rows.push([]);
        if (sep?.kind === 'punct' && (sep.text === ';' || sep.text === ',' || sep.text === '\\')) at++;
      }
      at++;
      expr = { type: 'array', rows };
    } else if (token.kind === 'punct' && token.text === '(') {
      const inner = expression();
      if (isPunct(')')) at++;
      expr = inner.type === 'other' ? inner : { type: 'call', name: '', args: [inner] };
    } else expr = { type: 'other' };
    // Anything joined by an operator is beyond the playground: mark the whole expression.
    if (peek()?.kind === 'operator') {
      while (peek() && !argSeparator(peek()) && !isPunct(')') && !isPunct('}') && !isPunct(';')) at++;
      return { type: 'other' };
    }
    return expr;
  }

  const expr = expression();
  return at < tokens.length ? { type: 'other' } : expr;
}

/** Names of functions the formula calls, outermost first. */
export function calledNames(expr: Expr): string[] {
  if (expr.type === 'call') return [expr.name, ...expr.args.flatMap(calledNames)].filter(Boolean);
  if (expr.type === 'array') return expr.rows.flat().flatMap(calledNames);
  return [];
}

export type CustomFunctions = Readonly<Record<string, (...args: unknown[]) => unknown>>;

/**
 * Evaluates a formula whose every call is a custom function. Argument rules of
 * guides/sheets/functions: a single cell arrives as its value, a range as a 2D array (rows of
 * columns), blanks as "". Anything else throws BuiltinFormula.
 */
export function evaluateCustom(
  formula: string,
  cell: FormulaCell,
  functions: CustomFunctions,
  decimalComma = false,
): unknown {
  const expr = parseFormula(formula, decimalComma);
  const builtins = builtinNames(expr, functions);
  if (builtins) throw new BuiltinFormula(builtins);
  return evaluate(expr, cell, functions);
}

/** Null when every call is a custom function; else the built-ins it calls (maybe none: operators). */
export function builtinNames(expr: Expr, functions: CustomFunctions | readonly string[]): string[] | null {
  const known = (name: string) => (Array.isArray(functions) ? functions.includes(name) : name in functions);
  const builtins = calledNames(expr).filter((name) => !known(name));
  return expr.type !== 'call' || builtins.length > 0 || containsOther(expr) ? builtins : null;
}

function containsOther(expr: Expr): boolean {
  if (expr.type === 'other') return true;
  if (expr.type === 'call') return expr.name === '' || expr.args.some(containsOther);
  if (expr.type === 'array') return expr.rows.flat().some(containsOther);
  return false;
}

function evaluate(expr: Expr, cell: FormulaCell, functions: CustomFunctions): unknown {
  switch (expr.type) {
    case 'literal':
      return expr.value;
    case 'ref': {
      const grid = cell.getValues(expr.a1);
      return grid.length === 1 && grid[0]!.length === 1 ? grid[0]![0] : grid;
    }
    case 'array':
      return expr.rows.map((row) => row.map((e) => evaluate(e, cell, functions)));
    case 'call': {
      const fn = functions[expr.name]!;
      return fn(...expr.args.map((arg) => evaluate(arg, cell, functions)));
    }
    default:
      throw new BuiltinFormula([]);
  }
}

/** The few built-ins a sparkline's data may be clamped with: MIN and MAX of numbers and cells. */
const CLAMPS: Readonly<Record<string, (...values: number[]) => number>> = { MIN: Math.min, MAX: Math.max };

function numberOf(expr: Expr, read: (a1: string) => unknown[][]): number {
  if (expr.type === 'literal') return typeof expr.value === 'number' ? expr.value : Number.NaN;
  if (expr.type === 'ref') {
    const value = read(expr.a1)[0]?.[0];
    return typeof value === 'number' ? value : Number.NaN;
  }
  const clamp = expr.type === 'call' ? CLAMPS[expr.name] : undefined;
  if (expr.type === 'call' && clamp) return clamp(...expr.args.map((arg) => numberOf(arg, read)));
  return Number.NaN;
}

export interface Sparkline {
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly color: string;
}

/**
 * Reads `=SPARKLINE(data, {"charttype","bar";"max",1;"color1","#34a853"})` for an in-cell bar.
 * Only bar charts of one value are drawn; other sparklines return null.
 */
export function readSparkline(formula: string, read: (a1: string) => unknown[][]): Sparkline | null {
  const expr = parseFormula(formula);
  if (expr.type !== 'call' || expr.name !== 'SPARKLINE' || !expr.args[0]) return null;
  const options = new Map<string, unknown>();
  const optionsExpr = expr.args[1];
  if (optionsExpr?.type === 'array')
    for (const row of optionsExpr.rows) {
      const [key, value] = row;
      if (key?.type === 'literal' && value?.type === 'literal')
        options.set(String(key.value).toLowerCase(), value.value);
    }
  if (String(options.get('charttype') ?? 'line').toLowerCase() !== 'bar') return null;
  const number = numberOf(expr.args[0], read);
  if (!Number.isFinite(number)) return null;
  const max = Number(options.get('max') ?? Math.max(number, 1));
  const min = Number(options.get('min') ?? 0);
  return { value: number, min, max, color: String(options.get('color1') ?? '#4285f4') };
}
