import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromDate, dayFromYmd, sheetDateFromDay, wallTime, zonedDate } from '../src/core/days';

const d = dayFromYmd;

describe('sheetDateFromDay', () => {
  const zones = [
    'UTC',
    'Atlantic/Reykjavik',
    'America/Los_Angeles',
    'America/Santiago',
    'Asia/Beirut',
    'Pacific/Kiritimati',
    'Pacific/Pago_Pago',
    'Australia/Lord_Howe',
    'Asia/Kolkata',
  ];

  it('is the first instant of the day in the spreadsheet time zone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: d(1990, 1, 1), max: d(2060, 12, 31) }),
        fc.constantFrom(...zones),
        (day, zone) => {
          const date = sheetDateFromDay(day, zone);
          expect(dayFromDate(date, zone)).toBe(day);
          expect(dayFromDate(new Date(date.getTime() - 1), zone)).toBe(day - 1);
        },
      ),
    );
  });

  it.each([
    ['America/Santiago', d(2026, 9, 6), '2026-09-06T04:00:00.000Z'],
    ['America/Havana', d(2026, 3, 8), '2026-03-08T05:00:00.000Z'],
    ['America/Sao_Paulo', d(2018, 11, 4), '2018-11-04T03:00:00.000Z'],
  ])('starts the day at 01:00 where the clock skips midnight (%s)', (zone, day, instant) => {
    expect(sheetDateFromDay(day, zone).toISOString()).toBe(instant);
    expect(dayFromDate(sheetDateFromDay(day, zone), zone)).toBe(day);
  });

  it('is midnight UTC in UTC and midnight local time in Los Angeles', () => {
    expect(sheetDateFromDay(d(2026, 7, 1), 'UTC').toISOString()).toBe('2026-07-01T00:00:00.000Z');
    expect(sheetDateFromDay(d(2026, 7, 1), 'America/Los_Angeles').toISOString()).toBe(
      '2026-07-01T07:00:00.000Z',
    );
    expect(sheetDateFromDay(d(2026, 1, 1), 'America/Los_Angeles').toISOString()).toBe(
      '2026-01-01T08:00:00.000Z',
    );
  });
});

describe('zonedDate', () => {
  it("is the instant the zone's clock shows the wall time", () => {
    // Reykjavik keeps UTC all year; New York is UTC−4 in summer, UTC−5 in winter; Kolkata UTC+5:30.
    expect(zonedDate('Atlantic/Reykjavik', 2026, 7, 1, 9, 30).toISOString()).toBe('2026-07-01T09:30:00.000Z');
    expect(zonedDate('America/New_York', 2026, 7, 1, 9, 30).toISOString()).toBe('2026-07-01T13:30:00.000Z');
    expect(zonedDate('America/New_York', 2026, 1, 15, 23, 59, 59).toISOString()).toBe(
      '2026-01-16T04:59:59.000Z',
    );
    expect(zonedDate('Asia/Kolkata', 2026, 7, 1).toISOString()).toBe('2026-06-30T18:30:00.000Z');
  });

  it('skips forward over a clock change: 02:30 on 8 March 2026 in New York is 03:30 EDT', () => {
    expect(zonedDate('America/New_York', 2026, 3, 8, 2, 30).toISOString()).toBe('2026-03-08T07:30:00.000Z');
  });
});

describe('wallTime', () => {
  it("reads an instant on the zone's clock, whole seconds, and an unknown zone as UTC", () => {
    const instant = new Date('2026-07-01T13:30:15.900Z');
    expect(new Date(wallTime(instant, 'America/New_York')).toISOString()).toBe('2026-07-01T09:30:15.000Z');
    expect(new Date(wallTime(instant, 'Not/A_Zone')).toISOString()).toBe('2026-07-01T13:30:15.000Z');
    expect(dayFromDate(new Date('2026-07-01T03:00:00Z'), 'America/Los_Angeles')).toBe(d(2026, 6, 30));
    expect(dayFromDate(new Date(Number.NaN), 'UTC')).toBeNull();
  });
});

describe('dayFromDate at the ends of time', () => {
  it('reads the last valid instant east of UTC, whose wall clock lies past Date.UTC range', () => {
    // 8.64e15 ms is 275760-09-13T00:00Z; in Tehran (UTC+3:30) that is 03:30 the same day.
    expect(dayFromDate(new Date(8.64e15), 'Asia/Tehran')).toBe(100_000_000);
  });
});
