import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnDecimalMark, numberColumnReader } from '../../src/core/import/numbers';
import { parseNumber } from '../../src/core/numbers';

const read = (texts: string[], localeDecimalComma: boolean, whole = false, percent = false) => {
  const reader = numberColumnReader(texts, { localeDecimalComma, whole, percent });
  return texts.map((t) => reader.read(t));
};

describe('the decimal mark of a column', () => {
  it.each([
    [['1.234,5', '12'], ','],
    [['3,3%', '5,1%'], ','],
    [['0,123'], ','],
    [['4.78%'], '.'],
    [['1,234.5'], '.'],
    [['.5'], '.'],
    [['3,642', '981', '1,853'], 'none'],
    [['8.480', '12.345.678'], 'none'],
    [['1,5', '2.5'], 'mixed'],
  ] as const)('%j → %s', (texts, mark) => {
    expect(columnDecimalMark([...texts])).toBe(mark);
  });
});

describe('numberColumnReader', () => {
  it('reads a US export in a decimal-comma locale and an Icelandic sheet in a decimal-point one', () => {
    expect(read(['3,642', '981', '1,853'], true, true)).toEqual([3642, 981, 1853]);
    expect(read(['8.480', '2.179'], false, true)).toEqual([8480, 2179]);
    // A column with decimals shows its mark, and the rest of the column follows it.
    expect(read(['1,5', '3,642'], false)).toEqual([1.5, 3.642]);
    expect(read(['1.5', '3,642'], true)).toEqual([1.5, 3642]);
  });

  it('falls back to the locale when nothing settles it and the metric may have decimals', () => {
    expect(read(['1,250'], true)).toEqual([1.25]);
    expect(read(['1,250'], false)).toEqual([1250]);
  });

  it('scales plain numbers in a (%) column but not "%" cells', () => {
    const reader = numberColumnReader(['5.23%'], { localeDecimalComma: false, whole: false, percent: true });
    expect(reader.read(5.23)).toBeCloseTo(0.0523, 12);
    expect(reader.read('5.23')).toBeCloseTo(0.0523, 12);
    expect(reader.read('5.23%')).toBeCloseTo(0.0523, 12);
  });

  it('gives null for blanks and NaN for text, booleans and Dates', () => {
    const reader = numberColumnReader([], { localeDecimalComma: false, whole: true, percent: false });
    expect(reader.read('')).toBeNull();
    expect(reader.read('  ')).toBeNull();
    expect(reader.read(null)).toBeNull();
    expect(reader.read('#N/A')).toBeNaN();
    expect(reader.read('1,2,3')).toBeNaN();
    expect(reader.read(true)).toBeNaN();
    expect(reader.read(new Date())).toBeNaN();
    expect(reader.read(Number.POSITIVE_INFINITY)).toBeNaN();
  });

  it('agrees with parseNumber on every text once the column mark is fixed by evidence', () => {
    const text = fc.stringMatching(/^-?\d{1,7}([.,]\d{1,4}){0,3}%?$/);
    fc.assert(
      fc.property(text, fc.boolean(), (t, comma) => {
        // The evidence cell fixes the mark to the one parseNumber is told is the locale's.
        const evidence = comma ? '0,5' : '0.5';
        const reader = numberColumnReader([evidence, t], {
          localeDecimalComma: comma,
          whole: false,
          percent: false,
        });
        const expected = parseNumber(t, comma);
        const got = reader.read(t);
        if (expected === null || Number.isNaN(expected)) expect(got).toBeNaN();
        else expect(got).toBeCloseTo(expected, 9);
      }),
      { numRuns: 2000 },
    );
  });
});
