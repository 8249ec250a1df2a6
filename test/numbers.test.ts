import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { usesDecimalComma } from '../src/core/locale';
import { parseNumber } from '../src/core/numbers';

describe('usesDecimalComma', () => {
  it.each([
    ['en_US', false],
    ['en_GB', false],
    ['is_IS', true],
    ['de_DE', true],
    ['de-AT', true],
    ['de_CH', false],
    ['es_MX', false],
    ['fr_FR', true],
  ] as const)('%s → %s', (locale, expected) => {
    expect(usesDecimalComma(locale)).toBe(expected);
  });
});

describe('parseNumber', () => {
  it('passes numbers through and reads blanks as null', () => {
    expect(parseNumber(42)).toBe(42);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('   ')).toBeNull();
    expect(parseNumber(null)).toBeNull();
    expect(parseNumber(undefined)).toBeNull();
  });

  it('refuses non-finite numbers, booleans and dates', () => {
    expect(parseNumber(Number.NaN)).toBeNaN();
    expect(parseNumber(Number.POSITIVE_INFINITY)).toBeNaN();
    expect(parseNumber(true)).toBeNaN();
    expect(parseNumber(new Date(2026, 0, 1))).toBeNaN();
  });

  it.each([
    // text, en_US, is_IS
    ['1,234', 1234, 1.234],
    ['1.234', 1.234, 1234],
    ['8.480', 8.48, 8480],
    ['1,234,567', 1234567, 1234567],
    ['1.234.567', 1234567, 1234567],
    ['1,234.5', 1234.5, 1234.5],
    ['1.234,5', 1234.5, 1234.5],
    ['0.6753', 0.6753, 0.6753],
    ['3,3', 3.3, 3.3],
    ['1234,567', 1234.567, 1234.567], // a first group of four digits cannot be a thousands group
    ['0,123', 0.123, 0.123], // nor can a leading 0
    ['.5', 0.5, 0.5],
    ['-1,234.5', -1234.5, -1234.5],
    ['- 5', -5, -5],
    ['\u22123', -3, -3],
    ['+7', 7, 7],
    ['1e3', 1000, 1000],
  ])('%s reads as %d in en_US and %d in is_IS', (text, en, is) => {
    expect(parseNumber(text, false)).toBeCloseTo(en, 12);
    expect(parseNumber(text, true)).toBeCloseTo(is, 12);
  });

  it('reads percentages as fractions', () => {
    expect(parseNumber('4.5%')).toBeCloseTo(0.045, 12);
    expect(parseNumber('3,3%', true)).toBeCloseTo(0.033, 12);
    expect(parseNumber('3,3%', false)).toBeCloseTo(0.033, 12);
    expect(parseNumber('12 %')).toBeCloseTo(0.12, 12);
  });

  it('drops currency signs and spaces, apostrophes and no-break spaces between groups', () => {
    expect(parseNumber('$1,200')).toBe(1200);
    expect(parseNumber('1.200 kr.', true)).toBe(1200);
    expect(parseNumber('€ 5,50', true)).toBe(5.5);
    expect(parseNumber('1 234 567')).toBe(1234567);
    expect(parseNumber('1\u00a0234,5', true)).toBe(1234.5);
    expect(parseNumber('1\u202f234,5', true)).toBe(1234.5);
    expect(parseNumber("1'234.5")).toBe(1234.5);
  });

  it.each([
    '1.2.3',
    '12,34.5',
    '1,234,56',
    '1,2345,678',
    '1.234.5,6.7',
    '1,,2',
    '12 34',
    '1 2345',
    'n/a',
    'abc',
    '1-2',
    '5 apples',
    '--5',
    '1e',
    '%',
  ])('%s is not a number', (text) => {
    expect(parseNumber(text, false)).toBeNaN();
    expect(parseNumber(text, true)).toBeNaN();
  });

  it('reads back what each locale writes', () => {
    const cents = fc.integer({ min: -1e11, max: 1e11 });
    const digits = fc.integer({ min: 0, max: 3 });
    const locales = [
      ['en-US', false],
      ['en-GB', false],
      ['is-IS', true],
      ['de-DE', true],
      ['fr-FR', true],
      ['de-CH', false],
    ] as const;
    fc.assert(
      fc.property(cents, digits, fc.constantFrom(...locales), (n, fractionDigits, [locale, decimalComma]) => {
        const value = n / 10 ** fractionDigits;
        const text = value.toLocaleString(locale, {
          minimumFractionDigits: fractionDigits,
          maximumFractionDigits: fractionDigits,
        });
        expect(parseNumber(text, decimalComma)).toBe(value);
      }),
      { numRuns: 500 },
    );
  });
});
