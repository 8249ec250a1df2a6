import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue, Grid } from '../../src/core/cells';
import { importTabs } from '../../src/core/import';
import { parseNumber } from '../../src/core/numbers';
import { EN, expectWellFormed, IS, TODAY } from './support';

describe('parseNumber (src/core/numbers.ts) properties', () => {
  const amount = fc.oneof(
    fc.integer({ min: -1e9, max: 1e9 }),
    fc.double({ min: -1e9, max: 1e9, noNaN: true }).map((x) => Math.round(x * 1000) / 1000),
  );

  it('reads back numbers written with en-US grouping, and with de-DE / is-IS grouping in a decimal-comma locale', () => {
    fc.assert(
      fc.property(amount, (x) => {
        const options = { maximumFractionDigits: 3 };
        expect(parseNumber(x.toLocaleString('en-US', options), false)).toBeCloseTo(x, 6);
        expect(parseNumber(x.toLocaleString('de-DE', options), true)).toBeCloseTo(x, 6);
        expect(parseNumber(x.toLocaleString('is-IS', options), true)).toBeCloseTo(x, 6);
      }),
    );
  });

  it('reads plain and percent forms in either locale when no mark is ambiguous', () => {
    fc.assert(
      fc.property(fc.integer({ min: -99_999, max: 99_999 }), fc.boolean(), (n, decimalComma) => {
        expect(parseNumber(String(n), decimalComma)).toBe(n);
        expect(parseNumber(`${n}%`, decimalComma)).toBeCloseTo(n / 100, 10);
        expect(
          parseNumber(` ${n.toFixed(2).replace('.', decimalComma ? ',' : '.')} `, decimalComma),
        ).toBeCloseTo(n, 10);
      }),
    );
  });

  it('reads repeated thousands groups the same in both locales', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000_000, max: 2_000_000_000 }),
        fc.constantFrom(',', '.', ' '),
        (n, mark) => {
          const grouped = String(n).replace(/\B(?=(\d{3})+$)/g, mark);
          expect(parseNumber(grouped, false)).toBe(n);
          expect(parseNumber(grouped, true)).toBe(n);
        },
      ),
    );
  });

  it('never throws: null only for blanks, otherwise a finite number or NaN', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.constantFrom('#DIV/0!', '1e308', '1e309', '—', '−5', '- 5', '.5')),
        fc.boolean(),
        (text, dc) => {
          const result = parseNumber(text, dc);
          if (text.trim() === '') expect(result).toBeNull();
          else expect(result === null ? 'null' : Number.isNaN(result) || Number.isFinite(result)).toBe(true);
        },
      ),
    );
  });
});

const HEADERS = [
  'Date',
  'Date (GMT)',
  'Platform',
  'Impressions (total)',
  'Impressions (organic)',
  'Followers',
  'Engagement rate',
  'Impressions click-through rate (%)',
  'Likes',
  'Comments',
  'Shares',
  'New follows',
  'Unfollows',
  'Subscribers',
  'Mystery',
  '',
  'Post ID',
  'Publish time',
];
const CELLS: CellValue[] = [
  '',
  null,
  undefined,
  true,
  0,
  -3,
  1e308,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  20260701,
  46204,
  new Date(Number.NaN),
  new Date(Date.UTC(2026, 6, 1)),
  '#DIV/0!',
  '#N/A',
  'Total',
  'Lifetime',
  '1,234',
  '8.480',
  '3,3%',
  '4.78%',
  '2026-07-01',
  '7/13/2026',
  '13.7.2026',
  'September 25',
  'Sat, Oct 31, 2026',
  '"Date","Likes"',
  '# comment',
  'sep=;',
  'LinkedIn',
  'Twitter',
];
const cell = fc.oneof(fc.constantFrom(...CELLS), fc.string({ maxLength: 12 }), fc.double(), fc.integer());

describe('importTabs properties', () => {
  const tabName = fc.oneof(fc.constantFrom('X', 'LinkedIn', 'Sheet1', 'GA4'), fc.string({ maxLength: 10 }));
  const anyGrid = fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 30 });
  // Grids with a header row of known headers, so deeper paths run, not only "no header row".
  const headedGrid = fc
    .tuple(fc.array(fc.constantFrom(...HEADERS), { minLength: 1, maxLength: 8 }), anyGrid)
    .map(([header, rows]) => [header as CellValue[], ...rows]);

  it('never throws on any grid, and every issue names a tab and a row of it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ name: tabName, values: fc.oneof(anyGrid, headedGrid) }), { maxLength: 4 }),
        fc.constantFrom(EN, IS),
        (tabs, settings) => {
          const ds = importTabs(tabs, settings, { today: TODAY });
          expect(ds.tabs).toHaveLength(tabs.length);
          const names = new Set(tabs.map((t) => t.name));
          for (const issue of ds.issues) {
            expect(names.has(issue.tab)).toBe(true);
            const tab = tabs.find((t) => t.name === issue.tab)!;
            expect(Number.isInteger(issue.row) && issue.row >= 1).toBe(true);
            expect(issue.row).toBeLessThanOrEqual(
              Math.max(...tabs.filter((t) => t.name === tab.name).map((t) => t.values.length)),
            );
            expect(issue.reason.length).toBeGreaterThan(0);
          }
          expectWellFormed(ds);
          const last = ds.series.flatMap((s) => s.days).reduce((a, b) => Math.max(a, b), -Infinity);
          expect(ds.latestDay).toBe(ds.series.length ? last : null);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads every number of a clean table, whatever order the rows come in', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 20_600, max: 20_700 }), { minLength: 1, maxLength: 40 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 40, maxLength: 40 }),
        (days, values) => {
          const grid: Grid = [
            ['Date', 'Impressions'],
            ...days.map((day, i) => [
              new Date(day * 86_400_000).toISOString().slice(0, 10),
              values[i]!.toLocaleString('en-US'),
            ]),
          ];
          const ds = importTabs([{ name: 'X', values: grid }], EN, { today: TODAY });
          const s = ds.series.find((x) => x.metric === 'impressions')!;
          expect(s.days).toEqual([...days].sort((a, b) => a - b));
          const total = days.reduce((sum, _, i) => sum + values[i]!, 0);
          expect(s.values.reduce((a, b) => a + b, 0)).toBe(total);
          expect(ds.issues).toEqual([]);
        },
      ),
    );
  });
});
