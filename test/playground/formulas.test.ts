import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FormulaCell } from '../../emulator/index';
import { BuiltinFormula, evaluateCustom, parseFormula, readSparkline } from '../../playground/formulas';
import { scriptFunctions } from '../../playground/session';

/** A sheet as a formula sees it: A1 → values, 1-based like A1 notation. */
function cellOn(grid: Record<string, unknown[][]>): FormulaCell {
  return {
    formula: '',
    sheet: 'Posts',
    row: 1,
    column: 1,
    getValues: (a1) => {
      const values = grid[a1];
      if (!values) throw new Error(`unexpected read of ${a1}`);
      return values as never;
    },
  };
}

describe('parseFormula', () => {
  it('reads calls, ranges, sheet-qualified ranges, text, numbers, percents, booleans and arrays', () => {
    expect(
      parseFormula(`=F(B2:B40, 'Jan ''26'!A1, Sheet2!C:C, "say ""hi""", 1.5, 5%, TRUE, {1,2;3,4})`),
    ).toEqual({
      type: 'call',
      name: 'F',
      args: [
        { type: 'ref', a1: 'B2:B40' },
        { type: 'ref', a1: "'Jan ''26'!A1" },
        { type: 'ref', a1: 'Sheet2!C:C' },
        { type: 'literal', value: 'say "hi"' },
        { type: 'literal', value: 1.5 },
        { type: 'literal', value: 0.05 },
        { type: 'literal', value: true },
        {
          type: 'array',
          rows: [
            [
              { type: 'literal', value: 1 },
              { type: 'literal', value: 2 },
            ],
            [
              { type: 'literal', value: 3 },
              { type: 'literal', value: 4 },
            ],
          ],
        },
      ],
    });
  });

  it('takes $ anchors, lower case names and a decimal-comma locale', () => {
    expect(parseFormula('=engagement_rate($B$2:$B$9; 0,5)', true)).toEqual({
      type: 'call',
      name: 'ENGAGEMENT_RATE',
      args: [
        { type: 'ref', a1: 'B2:B9' },
        { type: 'literal', value: 0.5 },
      ],
    });
  });

  it('marks anything joined by an operator as beyond the playground', () => {
    expect(parseFormula('=A1+A2')).toEqual({ type: 'other' });
    expect(parseFormula('=F(A1)*100')).toEqual({ type: 'other' });
    expect(parseFormula('=F(A1*2)')).toEqual({ type: 'call', name: 'F', args: [{ type: 'other' }] });
  });

  it('never throws, whatever is typed after "="', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        parseFormula(`=${text}`);
      }),
    );
  });
});

describe('evaluateCustom (guides/sheets/functions argument rules)', () => {
  const seen: unknown[][] = [];
  const functions = {
    RATE: (...args: unknown[]) => {
      seen.push(args);
      return [[0.1], [0.2]];
    },
    DOUBLE: (x: unknown) => Number(x) * 2,
  };

  it('passes a range as rows of columns, one cell as its value, a blank as "", literals as themselves', () => {
    seen.length = 0;
    const cell = cellOn({
      'B2:C3': [
        [1, 'x'],
        ['', 4],
      ],
      D7: [['']],
      E1: [[12]],
    });
    const result = evaluateCustom('=RATE(B2:C3, D7, E1, "total", 3)', cell, functions);
    expect(seen).toEqual([
      [
        [
          [1, 'x'],
          ['', 4],
        ],
        '',
        12,
        'total',
        3,
      ],
    ]);
    expect(result).toEqual([[0.1], [0.2]]);
  });

  it('evaluates custom functions nested in custom functions', () => {
    expect(evaluateCustom('=DOUBLE(DOUBLE(E1))', cellOn({ E1: [[3]] }), functions)).toBe(12);
  });

  it('refuses built-ins and operators, naming the built-ins', () => {
    const cell = cellOn({});
    expect(() => evaluateCustom('=SUM(B2:B9)', cell, functions)).toThrow(BuiltinFormula);
    expect(() => evaluateCustom('=DOUBLE(SUM(B2:B9))', cell, functions)).toThrow(/\(SUM\)/);
    expect(() => evaluateCustom('=DOUBLE(1)+1', cell, functions)).toThrow(BuiltinFormula);
    expect(() => evaluateCustom('=B2', cell, functions)).toThrow(BuiltinFormula);
  });
});

describe('readSparkline', () => {
  const read = (a1: string) => (a1 === 'G10' ? [[0.62]] : a1 === 'G11' ? [[1.4]] : [['n/a']]);

  it('reads the Progress tab bar: the clamped cell, the max and the colour', () => {
    const formula = '=SPARKLINE(MAX(0,MIN(1,G10)),{"charttype","bar";"max",1;"color1","#34a853"})';
    expect(readSparkline(formula, read)).toEqual({ value: 0.62, min: 0, max: 1, color: '#34a853' });
    expect(readSparkline(formula.replace('G10', 'G11'), read)?.value).toBe(1);
  });

  it('draws nothing for other chart types or a value that is not a number', () => {
    expect(readSparkline('=SPARKLINE(G10:G20)', read)).toBeNull();
    expect(readSparkline('=SPARKLINE(H1,{"charttype","bar"})', read)).toBeNull();
    expect(readSparkline('=SUM(G10)', read)).toBeNull();
  });
});

describe('scriptFunctions', () => {
  it('lists top-level functions and, by their JSDoc, the custom functions', () => {
    const code = [
      'var App=(()=>{function inner(){}})();',
      '/**\n * Rate.\n * @param a A.\n * @customfunction\n */\nfunction RATE(a) {\n  return App.RATE.apply(this, arguments);\n}',
      '/**\n * Menu.\n */\nfunction onOpen(e) {\n  return App.onOpen.apply(this, arguments);\n}',
      'function helper_() {}',
    ].join('\n');
    expect(scriptFunctions(code)).toEqual({ all: ['RATE', 'onOpen'], custom: ['RATE'] });
  });
});
