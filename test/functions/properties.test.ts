import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SheetSettings } from '../../src/core/cells';
import { type MetricFunctionName, metricFunctions } from '../../src/core/functions';
import { callIn, column } from './call';

const NAMES = Object.keys(metricFunctions) as MetricFunctionName[];

const settings: fc.Arbitrary<SheetSettings> = fc.record({
  locale: fc.constantFrom('en_US', 'is_IS', 'de_CH', 'fr_FR', '', 'xx'),
  timeZone: fc.constantFrom('Atlantic/Reykjavik', 'Pacific/Auckland', 'America/Los_Angeles', 'Not/AZone'),
});

/** Anything a cell or a careless caller may hand over. */
const cell: fc.Arbitrary<unknown> = fc.oneof(
  fc.double(),
  fc.integer({ min: -5, max: 5000 }),
  fc.string(),
  fc.constantFrom('', ' ', null, undefined, 'n/a', '1,234', '4.5%', '1.234,5', '-3', '1.2.3', '0', 'total'),
  fc.constantFrom('average', 'ROWS', '2026-07-01', '7/1/2026', '30.9.2026', 'Sep 22, 2026', '1e308', '∞'),
  fc.boolean(),
  fc.date(), // includes invalid dates
);

const grid = (rows: number, columns: number) =>
  fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows });

/** Single values, rectangles of varied shapes, and arrays that are not ranges at all. */
const argument: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: cell },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 }))
      .chain(([rows, columns]) => grid(rows, columns)),
  },
  {
    weight: 1,
    arbitrary: fc.array(fc.oneof(cell, fc.array(cell), fc.array(fc.array(cell))), { maxLength: 4 }),
  },
);

function isResultCell(value: unknown): boolean {
  return value === '' || (typeof value === 'number' && Number.isFinite(value));
}

/** A number or "", or a non-empty rectangle of them. */
function isResult(value: unknown): boolean {
  if (!Array.isArray(value)) return isResultCell(value);
  const width = Array.isArray(value[0]) ? value[0].length : 0;
  return (
    width > 0 &&
    value.every(
      (row) => Array.isArray(row) && row.length === width && row.every((c: unknown) => isResultCell(c)),
    )
  );
}

/** Returns normally with a valid result, or throws a plain Error whose message names the function. */
function expectResultOrClearError(name: MetricFunctionName, sheet: SheetSettings, args: unknown[]): boolean {
  let result: unknown;
  try {
    result = callIn(sheet, name, ...args);
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).constructor).toBe(Error); // not a TypeError or RangeError
    expect((error as Error).message.startsWith(`${name}: `)).toBe(true);
    return false;
  }
  expect(isResult(result), JSON.stringify(result)).toBe(true);
  return true;
}

/** Cells a function can read, with an occasional wild one. */
const usableCell = (name: MetricFunctionName): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 150, arbitrary: name === 'EXPECTED_PROGRESS' ? dateCell : numberCell },
    { weight: 20, arbitrary: fc.constantFrom('', null, '  ') },
    { weight: 1, arbitrary: cell },
  );
const numberCell = fc.oneof(
  fc.nat(10_000),
  fc.double({ min: 0, max: 1e6, noNaN: true }),
  fc.constantFrom('1,234', '4.5%', '1.234,5', '0', '12 345', '€5'),
);
const dateCell = fc.oneof(
  fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
  fc.constantFrom('2026-07-01', '7/1/2026', '30.9.2026', 'Sep 22, 2026', 46_204),
);

/** Arguments that mostly pair: each is one cell or a range of one shared shape. */
const usableArguments = (name: MetricFunctionName) =>
  fc
    .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 2, max: 3 }))
    .chain(([rows, columns, count]) =>
      fc.array(
        fc.oneof(
          { weight: 4, arbitrary: usableCell(name) },
          {
            weight: 4,
            arbitrary: fc.array(fc.array(usableCell(name), { minLength: columns, maxLength: columns }), {
              minLength: rows,
              maxLength: rows,
            }),
          },
          { weight: 1, arbitrary: fc.constantFrom('rows', 'Average', 'TOTAL') },
        ),
        { minLength: count, maxLength: count },
      ),
    );

describe('no input crashes with anything but a clear Error', () => {
  it('wild input: any mixture of values, arrays of any shape, any number of arguments', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NAMES),
        settings,
        fc.array(argument, { maxLength: 4 }),
        (name, sheet, args) => {
          expectResultOrClearError(name, sheet, args);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('mostly usable input: results are numbers and blanks, failures clear Errors', () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom(...NAMES)
          .chain((name) => fc.tuple(fc.constant(name), settings, usableArguments(name))),
        ([name, sheet, args]) => {
          expectResultOrClearError(name, sheet, args);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('well-formed numeric columns always give a result of the same shape', () => {
    const counts = fc.array(fc.oneof(fc.nat(100_000), fc.constant('')), { minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(counts, fc.nat(100_000), (values, base) => {
        const result = callIn(
          { locale: 'en_US', timeZone: 'UTC' },
          'ENGAGEMENT_RATE',
          column(...values),
          base,
        );
        if (values.length === 1) expect(isResultCell(result)).toBe(true);
        else {
          expect(isResult(result)).toBe(true);
          expect((result as unknown[]).length).toBe(values.length);
        }
      }),
    );
  });
});

describe('properties of the maths', () => {
  const EN: SheetSettings = { locale: 'en_US', timeZone: 'UTC' };
  const positive = fc.integer({ min: 1, max: 1_000_000 });
  const rows = fc.array(fc.tuple(fc.nat(1_000_000), positive), { minLength: 1, maxLength: 15 });

  it('a rate does not change when numerator and base are scaled together', () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), positive, fc.integer({ min: 2, max: 1000 }), (n, b, k) => {
        const rate = callIn(EN, 'CLICK_THROUGH_RATE', n, b) as number;
        expect(callIn(EN, 'CLICK_THROUGH_RATE', n * k, b * k)).toBeCloseTo(rate, 12);
      }),
    );
  });

  it('"total" weighs rows by their base; "average" lies between the smallest and largest row rate', () => {
    fc.assert(
      fc.property(rows, (pairs) => {
        const numerators = column(...pairs.map(([n]) => n));
        const bases = column(...pairs.map(([, b]) => b));
        const rates = pairs.map(([n, b]) => n / b);
        const total = callIn(EN, 'CONVERSION_RATE', numerators, bases, 'total') as number;
        const average = callIn(EN, 'CONVERSION_RATE', numerators, bases, 'average') as number;
        const sumN = pairs.reduce((s, [n]) => s + n, 0);
        const sumB = pairs.reduce((s, [, b]) => s + b, 0);
        expect(total).toBeCloseTo(sumN / sumB, 12);
        expect(average).toBeGreaterThanOrEqual(Math.min(...rates) - 1e-12);
        expect(average).toBeLessThanOrEqual(Math.max(...rates) + 1e-12);
      }),
    );
  });

  it('EXPECTED_PROGRESS stays within 0–1 and never falls as the as-of day moves later', () => {
    const day = fc.integer({ min: 0, max: 3000 });
    const iso = (offset: number) => new Date(Date.UTC(2024, 0, 1 + offset)).toISOString().slice(0, 10);
    fc.assert(
      fc.property(day, fc.nat(400), day, fc.nat(50), (start, length, asOf, later) => {
        const args = [iso(start), iso(start + length)];
        const now = callIn(EN, 'EXPECTED_PROGRESS', ...args, iso(asOf)) as number;
        const then = callIn(EN, 'EXPECTED_PROGRESS', ...args, iso(asOf + later)) as number;
        expect(now).toBeGreaterThanOrEqual(0);
        expect(then).toBeLessThanOrEqual(1);
        expect(then).toBeGreaterThanOrEqual(now);
      }),
    );
  });

  it('growing by REQUIRED_GROWTH_RATE for the periods reaches the target', () => {
    fc.assert(
      fc.property(positive, positive, fc.integer({ min: 1, max: 60 }), (baseline, target, periods) => {
        const rate = callIn(EN, 'REQUIRED_GROWTH_RATE', baseline, target, periods) as number;
        expect(baseline * (1 + rate) ** periods).toBeCloseTo(target, 3);
      }),
    );
  });
});
