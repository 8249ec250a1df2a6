import type { DataIssue, DayNumber, MetricKind, TabSummary } from './model';

/**
 * The plain report model between progress maths (src/core/progress) and the one writer that renders
 * the Progress tab (src/server). Numbers stay numbers and days stay day numbers: the writer applies
 * number formats and turns days into sheet dates.
 */

export const GOAL_STATUSES = [
  'Achieved',
  'On track',
  'At risk',
  'Behind',
  'Missed',
  'Not started',
  'No data',
  'Invalid goal',
] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export type Pace = 'Linear' | 'Compound';

/** One point of a goal's line chart: the actual value (null where no data) and the expected pace. */
export interface ChartPoint {
  readonly day: DayNumber;
  readonly actual: number | null;
  readonly expected: number;
}

export interface GoalResult {
  /** The row of the Goals tab this goal came from (1-based, as the user sees it). */
  readonly goalsRow: number;
  readonly goal: string;
  readonly category: string;
  readonly platform: string;
  readonly metric: string;
  /** Null for an invalid goal whose metric is unknown. */
  readonly kind: MetricKind | null;
  readonly pace: Pace;
  readonly baseline: number | null;
  readonly current: number | null;
  readonly target: number | null;
  /** (current − baseline) ÷ (target − baseline); may exceed 1 or be negative. */
  readonly progress: number | null;
  /** Share of the way the goal should have come by asOf under its pace, 0–1. */
  readonly expected: number | null;
  readonly status: GoalStatus;
  /** Least-squares line through the goal's series in the window, evaluated at the deadline. */
  readonly projected: number | null;
  /** Day the projection line reaches the target, or null if it never does. */
  readonly projectedDay: DayNumber | null;
  readonly start: DayNumber | null;
  readonly deadline: DayNumber | null;
  /** Latest day with data for this goal's metric and platform, capped at the deadline. */
  readonly asOf: DayNumber | null;
  /** Why a goal is invalid (naming the Goals row and column) or how a value was derived; "" if nothing to say. */
  readonly message: string;
  /**
   * Actual vs expected pace: one point per day with data in the window, and beyond CHART_POINTS (120)
   * such days that many of them spread evenly by date, the first and last always kept, so a chart's size
   * never depends on how many rows were pasted. Each point's values are exact for its day. Empty when
   * there is nothing to draw.
   */
  readonly chart: readonly ChartPoint[];
}

export interface ProgressReport {
  /** When the report was built (ms since epoch). */
  readonly builtAt: number;
  /** Latest day with any data across the used tabs. */
  readonly dataAsOf: DayNumber | null;
  /** True when the latest data is more than 7 days before the build day. */
  readonly stale: boolean;
  readonly tabs: readonly TabSummary[];
  readonly issues: readonly DataIssue[];
  readonly goals: readonly GoalResult[];
}
