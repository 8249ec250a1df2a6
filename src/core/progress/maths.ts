import type { DayNumber } from '../model';
import type { GoalStatus, Pace } from '../report';

/** The goal window and the numbers the pace runs between. Days are inclusive: Start and Deadline both count. */
export interface PaceFrame {
  readonly start: DayNumber;
  readonly deadline: DayNumber;
  readonly baseline: number;
  readonly target: number;
  readonly pace: Pace;
}

/** Compound pace is growth at a steady percentage: only meaningful for a level that starts and ends above 0. */
export function compoundApplies(kind: string, baseline: number, target: number): boolean {
  return kind === 'level' && baseline > 0 && target > 0;
}

/**
 * Share of the way (0–1) the goal should have come by the end of `day`.
 * Linear: e ÷ T. Compound: (B·(Tg/B)^(e/T) − B) ÷ (Tg − B). e = day − Start + 1, T = Deadline − Start + 1.
 */
export function expectedShare(frame: PaceFrame, day: DayNumber): number {
  const elapsed = Math.min(Math.max(day - frame.start + 1, 0), frame.deadline - frame.start + 1);
  const total = frame.deadline - frame.start + 1;
  if (frame.pace === 'Linear') return elapsed / total;
  const { baseline, target } = frame;
  return (baseline * (target / baseline) ** (elapsed / total) - baseline) / (target - baseline);
}

/** The value the pace expects at the end of `day`, in metric units (the chart's expected line). */
export function expectedValue(frame: PaceFrame, day: DayNumber): number {
  const { baseline, target } = frame;
  if (frame.pace === 'Compound') {
    const elapsed = Math.min(Math.max(day - frame.start + 1, 0), frame.deadline - frame.start + 1);
    return baseline * (target / baseline) ** (elapsed / (frame.deadline - frame.start + 1));
  }
  return baseline + (target - baseline) * expectedShare(frame, day);
}

export interface Line {
  /** Value at `origin`. */
  readonly intercept: number;
  /** Change per day. */
  readonly slope: number;
  readonly origin: DayNumber;
}

/**
 * Least-squares line through the points; null with fewer than 2 distinct days. Days are taken relative to
 * `origin` so the sums stay small and exact enough.
 */
export function fitLine(
  points: readonly { readonly day: DayNumber; readonly value: number }[],
  origin: DayNumber,
): Line | null {
  const n = points.length;
  if (n < 2) return null;
  let sx = 0;
  let sy = 0;
  for (const p of points) {
    sx += p.day - origin;
    sy += p.value;
  }
  const mx = sx / n;
  const my = sy / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    const dx = p.day - origin - mx;
    sxx += dx * dx;
    sxy += dx * (p.value - my);
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return { intercept: my - slope * mx, slope, origin };
}

export function lineAt(line: Line, day: DayNumber): number {
  return line.intercept + line.slope * (day - line.origin);
}

/** Beyond this many days after the deadline a projected date means "not in any planning horizon". */
const PROJECTION_HORIZON_DAYS = 36_525;

/**
 * The first whole day on which the line has reached the target, moving from the baseline towards it;
 * null when the line runs flat or the wrong way, or would only get there a century after the deadline.
 */
export function dayLineReaches(
  line: Line,
  baseline: number,
  target: number,
  deadline: DayNumber,
): DayNumber | null {
  const direction = Math.sign(target - baseline);
  if (direction === 0 || Math.sign(line.slope) !== direction) return null;
  const day = line.origin + Math.ceil((target - line.intercept) / line.slope);
  return Number.isFinite(day) && day <= deadline + PROJECTION_HORIZON_DAYS ? day : null;
}

/** Shares of the expected progress that still count as on track and as at risk (below: behind). */
export const ON_TRACK_SHARE = 0.95;
export const AT_RISK_SHARE = 0.75;

/**
 * Status of a goal with data, in this order: Achieved (progress ≥ 1, even on the deadline), Missed (as-of
 * reached the deadline short of the target), then progress against the expected share. "Invalid goal",
 * "Not started" and "No data" are settled before there is a progress to judge.
 */
export function paceStatus(
  progress: number,
  expected: number,
  asOf: DayNumber,
  deadline: DayNumber,
): GoalStatus {
  if (progress >= 1) return 'Achieved';
  if (asOf >= deadline) return 'Missed';
  if (progress >= ON_TRACK_SHARE * expected) return 'On track';
  if (progress >= AT_RISK_SHARE * expected) return 'At risk';
  return 'Behind';
}

/**
 * Points a goal's chart holds at most: a window of several years stays a readable line, and the
 * Progress tab's chart data (one fixed block per goal) never depends on how many rows were pasted.
 */
export const CHART_POINTS = 120;

/**
 * At most `limit` of the points (sorted by day, one per day), spread evenly by date: the first and the
 * last, and for each evenly spaced day between them the latest point on or before it. The points are
 * values to date, so every point kept is exact for its own day; fewer are kept across gaps in the data.
 */
export function sampleByDay<T extends { readonly day: DayNumber }>(points: readonly T[], limit: number): T[] {
  if (points.length <= limit) return [...points];
  const first = points[0]!.day;
  const span = points[points.length - 1]!.day - first;
  const kept: T[] = [];
  let i = 0;
  for (let k = 0; k < limit; k++) {
    const day = first + Math.floor((span * k) / (limit - 1));
    while (i + 1 < points.length && points[i + 1]!.day <= day) i++;
    if (kept[kept.length - 1] !== points[i]) kept.push(points[i]!);
  }
  return kept;
}
