import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type MetricFunctionName, metricParams } from '../../src/core/functions';
import { call, column } from './call';

/** Every function built on the metrics table: all but DAILY_ENGAGEMENT_RATE, whose result is one value. */
const TABLE_NAMES = (Object.keys(metricParams) as MetricFunctionName[]).filter(
  (name) => name !== 'DAILY_ENGAGEMENT_RATE',
);

describe('large ranges', () => {
  const ROWS = 100_000;

  it('computes every row of a 100,000-row range, blanks included', () => {
    // Row i: i mod 7 engagements over a base of 100, or blank on every tenth row.
    const engagements = column(...Array.from({ length: ROWS }, (_, i) => (i % 10 === 9 ? '' : i % 7)));
    const base = column(...Array.from({ length: ROWS }, () => 100));
    const rows = call('ENGAGEMENT_RATE', engagements, base) as unknown[][];
    expect(rows).toHaveLength(ROWS);
    const wrong = rows.filter((row, i) => row.length !== 1 || row[0] !== (i % 10 === 9 ? '' : (i % 7) / 100));
    expect(wrong).toEqual([]);
  });

  it('reads numbers written as text the same on every row, and names the row of a bad one', () => {
    const engagements = column(...Array.from({ length: ROWS }, (_, i) => (i % 2 ? '1,234' : '2,468')));
    const base = column(...Array.from({ length: ROWS }, () => '12,340'));
    // Half the rows are 0.1, half 0.2; the totals are 1.5 × 1,234 × 100,000 over 12,340 × 100,000.
    expect(call('ENGAGEMENT_RATE', engagements, base, 'average')).toBeCloseTo(0.15, 12);
    expect(call('ENGAGEMENT_RATE', engagements, base, 'total')).toBeCloseTo(0.15, 12);
    engagements[ROWS - 1] = ['n/a'];
    expect(() => call('ENGAGEMENT_RATE', engagements, base)).toThrow(
      new Error('ENGAGEMENT_RATE: engagements, row 100000: "n/a" is not a number'),
    );
  });
});

describe('reading a range', () => {
  it('reads a repeated text the same each time, a repeated blank as blank', () => {
    expect(
      call('CONVERSION_RATE', column('1,234', ' ', '1,234', ' '), column('12,340', 5, '1,234', 5)),
    ).toEqual([[0.1], [''], [1], ['']]);
  });

  it('names the first row of text that is not a number, even when it repeats', () => {
    expect(() => call('ENGAGEMENT_RATE', column('5', 'n/a', '5', 'n/a'), 10)).toThrow(
      new Error('ENGAGEMENT_RATE: engagements, row 2: "n/a" is not a number'),
    );
  });

  it('reports a bad cell in an earlier argument before one in a later argument, wherever they are', () => {
    expect(() => call('ENGAGEMENT_RATE', column(1, 2, 'x'), column('y', 1, 1))).toThrow(
      new Error('ENGAGEMENT_RATE: engagements, row 3: "x" is not a number'),
    );
  });

  it('refuses infinite and negative numbers in counts, and lets a number argument be negative', () => {
    expect(() => call('CLICK_THROUGH_RATE', column(1, Number.POSITIVE_INFINITY), 10)).toThrow(
      new Error('CLICK_THROUGH_RATE: clicks, row 2: Infinity is not a number'),
    );
    expect(() => call('CLICK_THROUGH_RATE', column(1, Number.NaN), 10)).toThrow(
      new Error('CLICK_THROUGH_RATE: clicks, row 2: NaN is not a number'),
    );
    expect(call('AUDIENCE_GROWTH_RATE', column(-10, 20), 100)).toEqual([[-0.1], [0.2]]);
  });

  it('reads numbers as spreadsheet serials where a date is expected', () => {
    // Serial 46,204 is 2026-07-01; 46,213 is 2026-07-10, the tenth day of a ten-day window.
    expect(call('EXPECTED_PROGRESS', column(46_204, 46_204), '2026-07-10', column(46_208, 46_213))).toEqual([
      [0.5],
      [1],
    ]);
  });
});

/**
 * An argument's part in one result cell: a single value (or one-cell range) takes part in every cell;
 * a range summed by rows takes part with its whole row (its only row, if it has one).
 */
function cellOf(arg: unknown, row: number, column: number, sumsRows: boolean): unknown {
  if (!Array.isArray(arg)) return arg;
  const grid = arg as unknown[][];
  if (sumsRows) return [grid[grid.length === 1 ? 0 : row]];
  return grid.length === 1 && grid[0]!.length === 1 ? grid[0]![0] : grid[row]![column];
}

describe('a range gives, cell by cell, what its cells give one at a time', () => {
  const numberCell = fc.oneof(
    { weight: 8, arbitrary: fc.nat(10_000) },
    { weight: 2, arbitrary: fc.double({ min: 0, max: 1e6, noNaN: true }) },
    { weight: 3, arbitrary: fc.constantFrom('', ' ', '1,234', '4.5%', '12 345', '€5', '0') },
    { weight: 1, arbitrary: fc.constantFrom('n/a', -1, '2026-07-01') },
  );
  const dateCell = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom('2026-07-01', '7/1/2026', 'Sep 22, 2026', 46_204, 46_300) },
    { weight: 2, arbitrary: fc.constantFrom('', ' ') },
    { weight: 1, arbitrary: fc.constantFrom('soon', 5) },
  );
  /**
   * Arguments of one shape (rows × columns), or single values; SHARE_OF_VOICE's brand is one column.
   * No null cells: a left-out argument (null) takes its fallback, where a blank cell in a range is blank.
   */
  const argumentsOf = (name: MetricFunctionName) =>
    fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 3 })).chain(([rows, columns]) =>
      fc.tuple(
        ...metricParams[name]
          .filter((param) => param.name !== 'mode')
          .map((_, i) => {
            const cell = name === 'EXPECTED_PROGRESS' ? dateCell : numberCell;
            const width = name === 'SHARE_OF_VOICE' && i === 0 ? 1 : columns;
            return fc.oneof(
              cell,
              fc.array(fc.array(cell, { minLength: width, maxLength: width }), {
                minLength: rows,
                maxLength: rows,
              }),
            );
          }),
      ),
    );

  it('for every function of the metrics table, or an error where a cell gives one', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TABLE_NAMES).chain((name) => fc.tuple(fc.constant(name), argumentsOf(name))),
        ([name, args]) => {
          // SHARE_OF_VOICE sums each row of its competitors into one column.
          const sumsRows = (i: number) => name === 'SHARE_OF_VOICE' && i === 1;
          const ranges = args.flatMap((arg, i) =>
            Array.isArray(arg) ? [{ grid: arg as unknown[][], i }] : [],
          );
          const rows = Math.max(1, ...ranges.map(({ grid }) => grid.length));
          const columns = Math.max(1, ...ranges.map(({ grid, i }) => (sumsRows(i) ? 1 : grid[0]!.length)));
          const one = (r: number, c: number) => {
            try {
              return call(name, ...args.map((arg, i) => cellOf(arg, r, c, sumsRows(i))));
            } catch (error) {
              return error as Error;
            }
          };
          const cells = Array.from({ length: rows }, (_, r) =>
            Array.from({ length: columns }, (_, c) => one(r, c)),
          );
          if (cells.flat().some((cell) => cell instanceof Error)) expect(() => call(name, ...args)).toThrow();
          else expect(call(name, ...args)).toEqual(rows * columns === 1 ? cells[0]![0] : cells);
        },
      ),
      { numRuns: 300 },
    );
  });
});
