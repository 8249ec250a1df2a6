// The sidebar's "Your goals" list flags what the Progress tab would call "Invalid goal", with the same
// reason, in the user's language (issue 4: "the sidebar and the menu follow the user's locale").
import { describe, expect, it } from 'vitest';
import type { Grid, SheetSettings } from '../../src/core/cells';
import { readGoalsTab } from '../../src/core/goals/goalsTab';
import { buildProgressReport } from '../../src/core/progress';
import { listGoals } from '../../src/core/sidebar/goalsList';
import { GOALS_HEADER } from '../helpers/goals';
import { daily, dataset, series } from '../progress/build';

const US: SheetSettings = { locale: 'en_US', timeZone: 'UTC' };

const row = (goal: string, metric: string, target: string | number) => [
  goal,
  'Brand awareness',
  'LinkedIn',
  metric,
  1000,
  target,
  '2026-07-01',
  '2026-12-31',
  'Linear',
  'Leads',
];

const GRID: Grid = [
  [...GOALS_HEADER],
  row('Followers', 'followers', 2000),
  row('Typo', 'folowers', '1,500'),
  row('Own column', 'Webinar registrations', 50), // a header of the pasted data, not a catalogue metric
  row('Leads, no data yet', 'leads', 40), // No data on the Progress tab: a valid goal
  row('No target', 'followers', 'lots'),
];

const DATA = dataset(
  series('LinkedIn', 'followers', 'level', daily('2026-06-28', [990, 1000, 1010, 1020, 1030])),
  series('LinkedIn', 'Webinar registrations', 'count', daily('2026-07-01', [3, 4, 5])),
);

const errors = (list: ReturnType<typeof listGoals>) => list.rows.map((r) => r.error);

describe('the goals list of the sidebar', () => {
  it('flags a goal whose metric is neither a known metric nor a column of the data, as the Progress tab does', () => {
    const list = listGoals(GRID, DATA, US, 'en');
    expect(errors(list)).toEqual([
      null,
      'Goals row 3, column D (Metric): "folowers" is not a known metric or a column in the pasted data.',
      null,
      null,
      'Goals row 6, column F (Target): "lots" is not a number',
    ]);
    // Word for word the Progress tab's note on those rows.
    const report = buildProgressReport(readGoalsTab(GRID, US), DATA, { today: 0, builtAt: 0 });
    expect(report.goals.map((g) => g.status === 'Invalid goal')).toEqual([false, true, false, false, true]);
    expect(report.goals[3]!.status).toBe('No data');
    expect(report.goals[1]!.message).toBe(list.rows[1]!.error);
    // The flagged goal keeps its values, so Edit fills the form with them.
    expect(list.rows[1]).toMatchObject({ row: 3, goal: { goal: 'Typo', metric: 'folowers', target: 1500 } });
    expect(list.problem).toBe('');
  });

  it("speaks the user's language, while the cells are still read in the spreadsheet's locale", () => {
    const list = listGoals(GRID, DATA, US, 'is');
    expect(errors(list)).toEqual([
      null,
      'Goals, lína 3, dálkur D (Metric): „folowers“ er hvorki þekktur mælikvarði né dálkur í gögnunum sem voru límd inn.',
      null,
      null,
      'Goals, lína 6, dálkur F (Target): „lots“ er ekki tala',
    ]);
    expect(list.rows[1]!.goal?.target).toBe(1500); // "1,500" in an en_US sheet, whoever reads it
    expect(listGoals([['Markmið', 'Miðill']], DATA, US, 'is').problem).toBe(
      'Flipinn Goals: engin fyrirsagnalína með dálkunum Goal, Metric, Target í fyrstu 10 línunum',
    );
  });

  it('lists nothing when there is no Goals tab', () => {
    expect(listGoals(null, DATA, US, 'en')).toEqual({ rows: [], problem: '' });
  });
});
