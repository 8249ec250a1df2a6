import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../src/core/days';
import { translator } from '../../src/core/sidebar/messages';
import {
  formatAmountInput,
  formatDateInput,
  formatDay,
  formatValue,
  readAmount,
  readDate,
  type UserLocale,
  userLocale,
} from '../../src/sidebar/locale';

const en = translator('en');
const is = translator('is');
// Node has Icelandic locale data; Chrome does not, so the sidebar also runs without it.
const icelandic = userLocale('is', is);
const icelandicWithoutIntl = userLocale('is', is, () => false);
const american = userLocale('en', en);
const british = userLocale('en_GB', en);
const german = userLocale('de_DE', en);
const nov29 = dayFromYmd(2026, 11, 29);

describe('reading what the user types', () => {
  it('reads numbers and dates in the user locale', () => {
    expect(readAmount('1.234,5', icelandic)).toBe(1234.5);
    expect(readAmount('1.234', icelandic)).toBe(1234);
    expect(readAmount('1,234.5', american)).toBe(1234.5);
    expect(readAmount('1,5', icelandic)).toBe(1.5);
    expect(readAmount('6%', icelandic)).toBeCloseTo(0.06, 12);
    expect(readAmount('', icelandic)).toBeNull();
    expect(readAmount('lots', american)).toBeNaN();
    expect(readDate('29.11.2026', icelandic)).toBe(nov29);
    expect(readDate('11/29/2026', american)).toBe(nov29);
    expect(readDate('29/11/2026', british)).toBe(nov29);
    expect(readDate('2026-11-29', icelandic)).toBe(nov29); // ISO in every locale
    expect(readDate('31.2.2027', icelandic)).toBeNull();
  });
});

describe('formatting for the user', () => {
  it('formats Icelandic the same with and without Intl data', () => {
    for (const locale of [icelandic, icelandicWithoutIntl]) {
      expect(formatValue(1234.5, 'level', locale)).toBe('1.234,5');
      expect(formatValue(0.0381, 'ratio', locale)).toBe('3,81%');
      expect(formatValue(1054.4, 'count', locale, { signed: true, rounded: true })).toBe('+1.054');
      expect(formatDay(nov29, locale)).toBe('29. nóv. 2026');
      expect(formatDateInput(nov29, locale)).toBe('29.11.2026');
    }
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.boolean(), (value, ratio) => {
        const kind = ratio ? 'ratio' : 'count';
        expect(formatValue(value, kind, icelandicWithoutIntl)).toBe(formatValue(value, kind, icelandic));
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: dayFromYmd(1990, 1, 1), max: dayFromYmd(2100, 12, 31) }), (day) => {
        expect(formatDay(day, icelandicWithoutIntl)).toBe(formatDay(day, icelandic));
      }),
    );
  });

  it('formats English by the locale: US month first, British day first', () => {
    expect(formatValue(1234.5, 'level', american)).toBe('1,234.5');
    expect(formatDay(nov29, american)).toBe('Nov 29, 2026');
    expect(formatDay(nov29, british)).toBe('29 Nov 2026');
    expect(formatDateInput(nov29, american)).toBe('11/29/2026');
    expect(formatDateInput(nov29, british)).toBe('29/11/2026');
  });

  const locales: [string, UserLocale][] = [
    ['en', american],
    ['en_GB', british],
    ['de_DE', german],
    ['is', icelandic],
    ['is without Intl', icelandicWithoutIntl],
  ];

  it.each(locales)('fills fields with amounts and dates that read back the same (%s)', (_name, locale) => {
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), fc.boolean(), (cents, ratio) => {
        const value = ratio ? cents / 1e8 : cents / 100;
        const kind = ratio ? 'ratio' : 'level';
        const back = readAmount(formatAmountInput(value, kind, locale), locale);
        expect(back).not.toBeNull();
        expect(Math.abs(back! - value)).toBeLessThanOrEqual(ratio ? 1e-6 : 1e-4);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: dayFromYmd(1950, 1, 1), max: dayFromYmd(2150, 12, 31) }), (day) => {
        expect(readDate(formatDateInput(day, locale), locale)).toBe(day);
      }),
    );
  });
});
