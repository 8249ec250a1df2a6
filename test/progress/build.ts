import type { CellValue, Grid } from '../../src/core/cells';
import { type GoalsTab, readGoalsTab } from '../../src/core/goals/goalsTab';
import { dayFromIso, GOALS_COLUMNS } from '../../src/core/goals/schema';
import type { Dataset, DayNumber, MetricKind, Series } from '../../src/core/model';

/** Small hand-made datasets and Goals tabs for the progress tests. */

export const day = (iso: string): DayNumber => {
  const d = dayFromIso(iso);
  if (d === null) throw new Error(`bad test date ${iso}`);
  return d;
};

/** Consecutive days from `first`, one value each. */
export function daily(first: string, values: readonly number[]): [DayNumber, number][] {
  return values.map((v, i) => [day(first) + i, v]);
}

export function series(
  platform: string,
  metric: string,
  kind: MetricKind,
  points: readonly (readonly [DayNumber | string, number])[],
  form: 'value' | 'change' = 'value',
): Series {
  const sorted = points
    .map(([d, v]) => [typeof d === 'string' ? day(d) : d, v] as const)
    .sort((a, b) => a[0] - b[0]);
  return {
    platform,
    metric,
    kind,
    form,
    tab: platform,
    header: metric,
    days: sorted.map((p) => p[0]),
    values: sorted.map((p) => p[1]),
  };
}

export function dataset(...list: Series[]): Dataset {
  const last = list.flatMap((s) => s.days.slice(-1));
  return { series: list, tabs: [], issues: [], latestDay: last.length ? Math.max(...last) : null };
}

export type GoalRowInput = Partial<Record<(typeof GOALS_COLUMNS)[number], CellValue>>;

/** A Goals tab with the standard header (Goal in A … Business objective in J) and these rows from row 2. */
export function goalsTab(...rows: GoalRowInput[]): GoalsTab {
  const defaults: GoalRowInput = { Goal: 'A goal', Category: 'Engagement', Pace: 'Linear' };
  const grid: Grid = [
    [...GOALS_COLUMNS],
    ...rows.map((r) => GOALS_COLUMNS.map((h) => ({ ...defaults, ...r })[h] ?? '')),
  ];
  return readGoalsTab(grid, { locale: 'en_US', timeZone: 'UTC' });
}
