import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromNumber, parseDateText, readDay } from '../src/core/dates';
import { dayFromYmd, ymdFromDay } from '../src/core/days';
import { localeDayFirst } from '../src/core/locale';

const d = dayFromYmd;
const US = { dayFirst: false };
const EU = { dayFirst: true };

describe('parseDateText', () => {
  it.each([
    ['2026-07-01', d(2026, 7, 1)],
    ['2026-09-18 12:00 +0000', d(2026, 9, 18)],
    ['2026-07-01T23:30:00Z', d(2026, 7, 1)],
    ['2025-01-21 00:00:00', d(2025, 1, 21)],
    ['2026/7/3', d(2026, 7, 3)],
    ['20260701', d(2026, 7, 1)],
    ['Tue, Jul 14, 2026', d(2026, 7, 14)],
    ['Sat, Oct 31, 2026', d(2026, 10, 31)],
    ['Sep 22, 2026', d(2026, 9, 22)],
    ['September 22 2026', d(2026, 9, 22)],
    ['22 Sept. 2026', d(2026, 9, 22)],
    ['14. júlí 2026', d(2026, 7, 14)],
    ['14-Jul-2026', d(2026, 7, 14)],
    ['  7/1/2026  ', d(2026, 7, 1)],
    ['11/10/2025 21:00', d(2025, 11, 10)],
    ['07/01/2026 8:30', d(2026, 7, 1)],
    ['7/1/26', d(2026, 7, 1)],
  ])('reads %j month-first', (text, expected) => {
    expect(parseDateText(text, US)).toBe(expected);
  });

  it('lets dayFirst settle only the ambiguous order', () => {
    expect(parseDateText('7/1/2026', EU)).toBe(d(2026, 1, 7));
    expect(parseDateText('7/1/2026', US)).toBe(d(2026, 7, 1));
    // A first number above 12 can only be a day; a second above 12 only a day too.
    expect(parseDateText('31/10/2026', US)).toBe(d(2026, 10, 31));
    expect(parseDateText('10/31/2026', EU)).toBe(d(2026, 10, 31));
    // Dotted dates are day-first wherever they come from.
    expect(parseDateText('1.7.2026', US)).toBe(d(2026, 7, 1));
    expect(parseDateText('28.10.2026', US)).toBe(d(2026, 10, 28));
  });

  it('needs today for a date without a year, and takes the latest one not after it', () => {
    expect(parseDateText('September 25', US)).toBeNull();
    expect(parseDateText('September 25', { ...US, today: d(2026, 11, 5) })).toBe(d(2026, 9, 25));
    expect(parseDateText('December 25', { ...US, today: d(2026, 11, 5) })).toBe(d(2025, 12, 25));
    expect(parseDateText('September 25', { ...US, today: d(2026, 9, 25) })).toBe(d(2026, 9, 25));
    expect(parseDateText('February 29', { ...US, today: d(2026, 11, 5) })).toBe(d(2024, 2, 29));
  });

  it.each([
    '',
    'Total',
    'Grand total',
    'Lifetime',
    '2026-02-30',
    '13/13/2026',
    '31.2.2026',
    '20261301',
    'Jul 32, 2026',
    'Smarch 3, 2026',
    '1.234',
    '12345',
    'July',
    '2026-07-01 garbage',
    '#N/A',
  ])('rejects %j', (text) => {
    expect(parseDateText(text, { dayFirst: false, today: d(2026, 11, 5) })).toBeNull();
  });

  it('round-trips every day in ISO, d.m.yyyy, m/d/yyyy, YYYYMMDD and "Mon D, YYYY" form', () => {
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    fc.assert(
      fc.property(fc.integer({ min: d(1950, 1, 1), max: d(2150, 12, 31) }), (day) => {
        const { year, month, day: dom } = ymdFromDay(day);
        const p2 = (n: number) => String(n).padStart(2, '0');
        expect(parseDateText(`${year}-${p2(month)}-${p2(dom)}`, US)).toBe(day);
        expect(parseDateText(`${year}${p2(month)}${p2(dom)}`, US)).toBe(day);
        expect(parseDateText(`${dom}.${month}.${year}`, US)).toBe(day);
        expect(parseDateText(`${month}/${dom}/${year}`, US)).toBe(day);
        expect(parseDateText(`${dom}/${month}/${year}`, EU)).toBe(day);
        expect(parseDateText(`${months[month - 1]} ${dom}, ${year}`, EU)).toBe(day);
      }),
    );
  });

  it('never throws and returns an integer day or null for any text', () => {
    fc.assert(
      fc.property(fc.string(), fc.boolean(), (text, dayFirst) => {
        const day = parseDateText(text, { dayFirst, today: 20_000 });
        expect(day === null || Number.isInteger(day)).toBe(true);
      }),
    );
  });
});

describe('readDay', () => {
  const reykjavik = { locale: 'is_IS', timeZone: 'Atlantic/Reykjavik' };
  const newYork = { locale: 'en_US', timeZone: 'America/New_York' };

  it('reads a Date value as the calendar day in the spreadsheet time zone', () => {
    // Sheets hands 1 July 2026 in New York as midnight there, which is 04:00 UTC.
    expect(readDay(new Date('2026-07-01T04:00:00Z'), newYork)).toBe(d(2026, 7, 1));
    expect(readDay(new Date('2026-07-01T03:59:00Z'), newYork)).toBe(d(2026, 6, 30));
    expect(readDay(new Date(Number.NaN), newYork)).toBeNull();
  });

  it('reads YYYYMMDD and serial numbers', () => {
    expect(readDay(20260701, newYork)).toBe(d(2026, 7, 1));
    // 46204 is 2026-07-01 as a Sheets serial (days since 1899-12-30).
    expect(readDay(46204, newYork)).toBe(d(2026, 7, 1));
    expect(readDay(46204.75, newYork)).toBe(d(2026, 7, 1));
    expect(dayFromNumber(20261301)).toBeNull();
    expect(dayFromNumber(42)).toBeNull();
    expect(readDay(true, newYork)).toBeNull();
  });

  it('uses the locale order for ambiguous text', () => {
    expect(readDay('7/1/2026', newYork)).toBe(d(2026, 7, 1));
    expect(readDay('7/1/2026', reykjavik)).toBe(d(2026, 1, 7));
    expect(readDay('7/1/2026', reykjavik, { dayFirst: false })).toBe(d(2026, 7, 1));
    expect(localeDayFirst('en_GB')).toBe(true);
    expect(localeDayFirst('en-US')).toBe(false);
  });
});
