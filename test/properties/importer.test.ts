import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue, Grid, SheetSettings } from '../../src/core/cells';
import { readDay, readDayColumn } from '../../src/core/dates';
import { dayFromYmd, isoFromDay } from '../../src/core/days';
import { importTabs } from '../../src/core/import';
import { numberColumnReader } from '../../src/core/import/numbers';
import { parseNumber } from '../../src/core/numbers';

/**
 * The importer and the cell readers on hostile cells. test/import/properties.test.ts checks that any
 * grid imports without throwing; here a clean export gets bad cells planted at random, and the import
 * must report exactly those cells (tab, row, column) and count exactly the others.
 */

const EN: SheetSettings = { locale: 'en_US', timeZone: 'UTC' };
const JULY_1 = dayFromYmd(2026, 7, 1);
const TODAY = dayFromYmd(2026, 11, 9);

type Damage =
  | { readonly kind: 'date'; readonly value: string }
  | { readonly kind: 'number'; readonly column: 1 | 2; readonly value: CellValue };

const NOT_NUMBERS = [
  '#DIV/0!',
  '#N/A',
  '#REF!',
  '#VALUE!',
  '=HYPERLINK("x")',
  '-x',
  '@mention',
  'n/a',
  '1.5k',
  '—',
];
const NOT_DATES = [
  'yesterday',
  '#N/A',
  '#ERROR!',
  '=TODAY()',
  '2026-13-45',
  '31/02/2026',
  '@today',
  '+1 day',
];

const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.constantFrom(...NOT_DATES).map((value) => ({ kind: 'date' as const, value })),
  fc.record({
    kind: fc.constant('number' as const),
    column: fc.constantFrom(1 as const, 2 as const),
    value: fc.oneof(
      fc.constantFrom<CellValue>(...NOT_NUMBERS),
      fc.integer({ min: -100_000, max: -1 }),
      fc.constantFrom<CellValue>(1e308, -1e308, 1e16, '1e308'),
    ),
  }),
);

const HEADERS = ['Date', 'Impressions', 'Likes'];
const LABELS = ['A (Date)', 'B (Impressions)', 'C (Likes)'];

function expectedReason(d: Damage): RegExp {
  if (d.kind === 'date') return /^not a date: /;
  const value = d.value;
  if (typeof value === 'string') return value === '1e308' ? /^number too large: / : /^not a number: /;
  if (Math.abs(value as number) > 1e15) return /^number too large: /;
  return new RegExp(`^negative ${HEADERS[d.column]!.toLowerCase()}: `);
}

describe('a clean export with bad cells planted in it', () => {
  it('reports exactly the bad cells and counts exactly the good ones, in any row order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 120 }), { minLength: 3, maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(1_000_000), fc.nat(10_000)), { minLength: 60, maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(59), damage), { maxLength: 20 }),
        (offsets, values, planted) => {
          // At most a third of the rows are damaged, so the date column stays a date column.
          const damaged = new Map<number, Damage>();
          for (const [at, d] of planted)
            if (at < offsets.length && damaged.size < offsets.length / 3) damaged.set(at, d);
          const grid: Grid = [HEADERS];
          offsets.forEach((offset, i) => {
            const row: CellValue[] = [isoFromDay(JULY_1 + offset), values[i]![0], values[i]![1]];
            const d = damaged.get(i);
            if (d?.kind === 'date') row[0] = d.value;
            if (d?.kind === 'number') row[d.column] = d.value;
            grid.push(row);
          });

          const dataset = importTabs([{ name: 'X', values: grid }], EN, { today: TODAY });

          const issues = dataset.issues;
          expect(issues).toHaveLength(damaged.size);
          for (const [i, d] of damaged) {
            const issue = issues.find((x) => x.row === i + 2);
            expect(issue, `row ${i + 2}`).toBeDefined();
            expect(issue!.tab).toBe('X');
            expect(issue!.column).toBe(LABELS[d.kind === 'date' ? 0 : d.column]);
            expect(issue!.reason).toMatch(expectedReason(d));
          }
          for (const [column, metric] of [
            [1, 'impressions'],
            [2, 'likes'],
          ] as const) {
            let total = 0;
            offsets.forEach((_, i) => {
              const d = damaged.get(i);
              if (!d || (d.kind === 'number' && d.column !== column)) total += values[i]![column - 1]!;
            });
            const series = dataset.series.find((s) => s.metric === metric && s.platform === 'X');
            const sum = series ? series.values.reduce((a, b) => a + b, 0) : 0;
            expect(sum).toBe(total);
            if (series)
              for (let k = 1; k < series.days.length; k++)
                expect(series.days[k]!).toBeGreaterThan(series.days[k - 1]!);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** Any value a cell can hold, and some it cannot (NaN, Infinity, invalid dates). */
const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string({ maxLength: 16 }),
  fc.constantFrom<CellValue>(
    ...NOT_NUMBERS,
    ...NOT_DATES,
    '',
    ' ',
    null,
    undefined,
    '1e308',
    '1,234.5',
    '7/1/2026',
  ),
  fc.double(),
  fc.integer(),
  fc.constantFrom<CellValue>(1e308, -1e308, 20260701, 46204, 46204.5),
  fc.boolean(),
  fc.date(),
);
const anySettings: fc.Arbitrary<SheetSettings> = fc.record({
  locale: fc.constantFrom('en_US', 'is_IS', 'de_CH', 'ar_EG', 'he_IL', '', 'xx'),
  timeZone: fc.constantFrom('UTC', 'Atlantic/Reykjavik', 'Pacific/Kiritimati', 'Asia/Tehran', 'Not/AZone'),
});
const isDay = (day: number | null) => day === null || Number.isInteger(day);

describe('the cell readers on any value', () => {
  it('parseNumber: null exactly for blanks, else a finite number or NaN', () => {
    fc.assert(
      fc.property(anyCell, fc.boolean(), (value, decimalComma) => {
        const n = parseNumber(value, decimalComma);
        const blank =
          value === '' ||
          value === null ||
          value === undefined ||
          (typeof value === 'string' && value.trim() === '');
        if (blank) expect(n).toBeNull();
        else expect(n !== null && (Number.isNaN(n) || Number.isFinite(n))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("a column's number reader: the same, whatever text the rest of the column holds", () => {
    fc.assert(
      fc.property(
        fc.array(anyCell, { maxLength: 20 }),
        fc.boolean(),
        fc.boolean(),
        (cells, whole, percent) => {
          const texts = cells.filter((c): c is string => typeof c === 'string');
          const reader = numberColumnReader(texts, { localeDecimalComma: false, whole, percent });
          for (const value of cells) {
            const n = reader.read(value);
            expect(n === null || Number.isNaN(n) || Number.isFinite(n)).toBe(true);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('readDay and readDayColumn: a whole day number or null; a column reads Dates and numbers as one cell would', () => {
    fc.assert(
      fc.property(fc.array(anyCell, { maxLength: 20 }), anySettings, (cells, settings) => {
        const column = readDayColumn(cells, settings, TODAY);
        expect(column).toHaveLength(cells.length);
        cells.forEach((value, i) => {
          const one = readDay(value, settings);
          expect(isDay(one) && isDay(column[i]!)).toBe(true);
          if (value instanceof Date || typeof value === 'number') expect(column[i]).toBe(one);
        });
      }),
      { numRuns: 1000 },
    );
  });
});
