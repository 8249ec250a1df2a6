import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runFromSidebar, runGlobal, type SheetSnapshot } from '../../emulator';
import { build } from '../../scripts/build.mjs';
import { corpus, GOALS_HEADER, type GoalExpectation, HOSTILE_GOAL_EXPECTATIONS } from './corpus';
import {
  chartDays,
  comparable,
  expectOnlyOwnFormulasAndFiniteNumbers,
  goalsTable,
  progressTab,
  qualityBlock,
  sortLines,
  storedGoalCount,
  userTabs,
  workbook,
} from './harness';

/**
 * Every bad export of the corpus through the built menu handler (build/Code.js in a vm on the emulator).
 * For each: the build finishes without an alert, the data-quality block lists exactly the rejected tabs,
 * rows and cells with their reasons, and the goals come out as counted by hand. Then the safety
 * properties: the user's tabs (Goals included) are untouched, a rebuild writes the identical Progress
 * tab, the only formulas are the add-on's progress bars, no cell holds NaN or Infinity, and the
 * sidebar gets every goal's text as data.
 */

const repoRoot = path.join(__dirname, '..', '..');
/** The build runs "today" at this instant: after the corpus' data, before the goals' deadline. */
const NOW = new Date('2026-11-09T12:00:00Z');

let bundle = '';
let sidebarPage = '';
beforeAll(async () => {
  await build();
  bundle = readFileSync(path.join(repoRoot, 'build', 'Code.js'), 'utf8');
  sidebarPage = readFileSync(path.join(repoRoot, 'build', 'sidebar.html'), 'utf8');
});

/** The 1-based Goals row holding a goal's name, found in the Goals tab as the user wrote it. */
function goalsRowOf(goalsTab: SheetSnapshot, goal: string): number {
  const row = goalsTab.values.findIndex((cells) => cells.includes(goal));
  expect(row, `"${goal}" in the Goals tab`).toBeGreaterThanOrEqual(0);
  return row + 1;
}

describe.each(corpus())('hostile input: $name', (hostile) => {
  it('builds, names every rejected tab, row and cell, counts the rest, and changes nothing of the user', () => {
    const book = workbook(bundle, hostile.tabs, hostile.goals, NOW);
    const before = userTabs(book.emulator);

    expect(book.build()).toBeUndefined();
    expect(book.emulator.ui.alerts).toEqual([]);
    expect(book.emulator.ui.toasts.map((t) => t.title)).toEqual(['Progress tab built']);
    const tab = progressTab(book.emulator);

    const quality = qualityBlock(tab);
    expect(quality.more).toBe(0);
    expect(sortLines(quality.lines)).toEqual(sortLines(hostile.rejections));

    const table = goalsTable(tab);
    const goalsTab = before.find((s) => s.name === 'Goals')!;
    expect(table).toHaveLength(storedGoalCount(goalsTab));
    const expected: GoalExpectation[] = [
      ...hostile.expectGoals,
      ...(hostile.goals.startsWith(GOALS_HEADER) ? HOSTILE_GOAL_EXPECTATIONS : []),
    ];
    for (const goal of expected) {
      const rows = table.filter((r) => r.Goal === goal.goal);
      expect(rows, `one Progress row for "${goal.goal}"`).toHaveLength(1);
      const row = rows[0]!;
      if (goal.current !== undefined) expect(row.Current, goal.goal).toBe(goal.current);
      if (goal.status !== undefined) expect(row.Status, goal.goal).toBe(goal.status);
      if (goal.invalidColumn !== undefined)
        expect(row.Note).toMatch(
          new RegExp(
            `(^|\\. )Goals row ${goalsRowOf(goalsTab, goal.goal)}, (.*; )?column ${goal.invalidColumn} \\(`,
          ),
        );
      else expect(row.Status, `${goal.goal}: ${String(row.Note)}`).not.toBe('Invalid goal');
    }
    if (hostile.chartDays) expect(chartDays(tab, hostile.expectGoals[0]!.goal)).toEqual(hostile.chartDays);

    expectOnlyOwnFormulasAndFiniteNumbers(tab);
    expect(userTabs(book.emulator)).toEqual(before);

    expect(book.build()).toBeUndefined();
    expect(book.emulator.ui.alerts).toEqual([]);
    expect(comparable(progressTab(book.emulator))).toEqual(comparable(tab));
    expect(userTabs(book.emulator)).toEqual(before);

    // No goal text becomes HTML in the sidebar: the page is the built file as it is, and every goal
    // reaches it as data, as stored (test/hostile/sidebar.test.ts: the page script parses no markup).
    runGlobal(book.emulator, book.context, 'showSidebar');
    expect(book.emulator.ui.sidebar?.content).toBe(sidebarPage);
    const state = runFromSidebar(book.emulator, book.context, 'sidebarLoad') as {
      goals: { rows: { goal: { goal: string } | null; text?: { goal: string } }[] };
    };
    expect(state.goals.rows.map((row) => row.goal?.goal ?? row.text?.goal)).toEqual(table.map((r) => r.Goal));
    expect(userTabs(book.emulator)).toEqual(before);
  });
});
