import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../scripts/build.mjs';
import { GOALS_HEADER, type Tab } from '../hostile/corpus';
import {
  comparable,
  expectOnlyOwnFormulasAndFiniteNumbers,
  goalsTable,
  progressTab,
  qualityBlock,
  storedGoalCount,
  userTabs,
  workbook,
} from '../hostile/harness';

/**
 * The safety properties of test/hostile/, on random workbooks of hostile tabs and goals run through the
 * built menu handler: the build never alerts, never changes a user's tab (Goals included), writes the
 * same Progress tab twice, writes no formula but its progress bars, lists every stored goal (invalid ones
 * pointing at their Goals row) and names only real tabs in its data-quality block.
 */

const repoRoot = path.join(__dirname, '..', '..');
const NOW = new Date('2026-11-09T12:00:00Z');
let bundle = '';
beforeAll(async () => {
  await build();
  bundle = readFileSync(path.join(repoRoot, 'build', 'Code.js'), 'utf8');
});

const HOSTILE = [
  '#DIV/0!',
  '#N/A',
  '=1+1',
  '=HYPERLINK("http://evil.example","x")',
  '+1',
  '-x',
  '@mention',
  '1e308',
];
const TAB_NAMES = [
  'X',
  'LinkedIn',
  'TikTok',
  '=SUM(A1)',
  '+tab',
  '@team',
  '📈 Stats',
  'Ísland',
  'עברית',
  'Sheet 2',
];
const HEADERS = [
  'Date',
  'Impressions',
  'Likes',
  'Followers',
  'Engagement rate',
  'Platform',
  'Reach',
  '',
  'Dagsetning',
  'Læk',
  '📈',
  'חשיפות',
  ...HOSTILE,
];
const PLATFORMS = ['X', 'LinkedIn', 'TikTok', 'Instagram', 'All', 'all'];
const METRICS = ['impressions', 'likes', 'followers', 'engagement rate', 'reach', 'חשיפות', '📈'];

const isoDay = fc
  .integer({ min: 0, max: 200 })
  .map((d) => new Date(Date.UTC(2026, 5, 1) + d * 86_400_000).toISOString().slice(0, 10));
const cell = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -10, max: 100_000 }).map(String) },
  { weight: 2, arbitrary: isoDay },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE, '', 'Total', '4.5%', '1,234', '7/2/2026', '3.7.2026') },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
/** A cell of CSV: always quoted, so commas, quotes and line breaks in it survive the paste. */
const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;
const line = (cells: readonly string[]) => cells.map(quoted).join(',');

const tab = (name: string): fc.Arbitrary<Tab> =>
  fc
    .tuple(
      fc.array(mostly(fc.constantFrom(...HEADERS.slice(0, 12)), fc.constantFrom(...HEADERS)), {
        minLength: 1,
        maxLength: 5,
      }),
      fc.integer({ min: 0, max: 12 }),
      mostly(fc.constant(true), fc.constant(false)),
    )
    .chain(([header, rows, dateFirst]) =>
      fc
        .array(fc.tuple(isoDay, fc.array(cell, { minLength: header.length, maxLength: header.length })), {
          minLength: rows,
          maxLength: rows,
        })
        .map((body) => {
          // Mostly a date column first, as exports have, so that most tabs get read.
          const head = dateFirst ? ['Date', ...header] : header;
          const lines = body.map(([day, cells]) => line(dateFirst ? [day, ...cells] : cells));
          return { name, csv: [line(head), ...lines].join('\n') };
        }),
    );

const tabs = fc
  .uniqueArray(fc.constantFrom(...TAB_NAMES), {
    minLength: 1,
    maxLength: 3,
    selector: (n) => n.toLowerCase(),
  })
  .chain((names) => fc.tuple(...names.map(tab)));

/** Mostly a usable value, sometimes a hostile one: most goals reach the maths, some do not. */
const mostly = <T>(usual: fc.Arbitrary<T>, hostile: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 5, arbitrary: usual }, { weight: 1, arbitrary: hostile });
const hostileText = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 6 }));

const goalLine = fc
  .tuple(
    mostly(fc.constantFrom('Grow', '<b>bold</b>', 'Læk 👍', ...HOSTILE), fc.string({ maxLength: 8 })),
    mostly(fc.constantFrom(...PLATFORMS, ...TAB_NAMES), hostileText),
    mostly(fc.constantFrom(...METRICS), hostileText),
    mostly(fc.constantFrom('', '0', '100'), fc.constantFrom('-5', ...HOSTILE)),
    mostly(
      fc.oneof(fc.constantFrom('5%', '0.05'), fc.integer({ min: 1, max: 100_000 }).map(String)),
      hostileText,
    ),
    mostly(fc.constant('2026-07-01'), fc.oneof(isoDay, fc.constantFrom('', ...HOSTILE))),
    mostly(fc.constant('2026-12-31'), fc.oneof(isoDay, fc.constantFrom('', ...HOSTILE))),
  )
  .map((cells) => line(cells));
const goals = fc.array(goalLine, { maxLength: 5 }).map((lines) => [GOALS_HEADER, ...lines].join('\n'));

describe('safety of the Progress build on random hostile workbooks', () => {
  it('never alerts, never changes a user tab, rebuilds identically, writes no user formula', () => {
    fc.assert(
      fc.property(tabs, goals, (data, goalsCsv) => {
        const book = workbook(bundle, data, goalsCsv, NOW);
        const before = userTabs(book.emulator);
        expect(book.build()).toBeUndefined();
        expect(book.emulator.ui.alerts).toEqual([]);
        const first = progressTab(book.emulator);
        expectOnlyOwnFormulasAndFiniteNumbers(first);
        expect(userTabs(book.emulator)).toEqual(before);

        const goalsTab = before.find((s) => s.name === 'Goals')!;
        const table = goalsTable(first);
        expect(table).toHaveLength(storedGoalCount(goalsTab));
        // An invalid goal's note points at a stored goal row below the header.
        const header = goalsTab.values.findIndex((cells) => cells.includes('Goal'));
        for (const row of table) {
          if (row.Status !== 'Invalid goal') continue;
          const pointed = /(?:^|\. )Goals row (\d+), /.exec(String(row.Note));
          expect(pointed, String(row.Note)).not.toBeNull();
          const at = Number(pointed![1]);
          expect(at).toBeGreaterThan(header + 1);
          expect(goalsTab.values[at - 1]!.some((v) => v !== '')).toBe(true);
        }
        const names = new Set(['Goals', ...data.map((t) => t.name)]);
        for (const issue of qualityBlock(first).lines) expect(names.has(issue.tab), issue.tab).toBe(true);

        expect(book.build()).toBeUndefined();
        expect(comparable(progressTab(book.emulator))).toEqual(comparable(first));
        expect(userTabs(book.emulator)).toEqual(before);
      }),
      { numRuns: 100 },
    );
  });
});
