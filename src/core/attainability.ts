import type { DayNumber } from './model';
import { fitLine } from './progress/maths';
import type { Point } from './progress/track';

/**
 * The "Attainable" of SMART: the growth a goal needs per month next to the growth the same metric and
 * platform achieved per month over a comparable past period. Both are amounts per month in the metric's
 * own unit (followers gained, impressions collected, rate moved), so they can be shown side by side and
 * their ratio reads as "N× your recent pace".
 */

/** An average month (365.25 ÷ 12 days). */
export const DAYS_PER_MONTH = 365.25 / 12;
/** Data covering less than four weeks says nothing about a usual pace. */
export const MIN_HISTORY_DAYS = 28;
/** Needing more than this many times the recent pace is unrealistic. */
export const UNREALISTIC_FACTOR = 3;

export interface AttainabilityGoal {
  readonly baseline: number;
  readonly target: number;
  readonly start: DayNumber;
  readonly deadline: DayNumber;
}

export type AttainabilityVerdict = 'within' | 'stretch' | 'unrealistic' | 'notEnoughHistory';

export interface Attainability {
  readonly verdict: AttainabilityVerdict;
  /** (target − baseline) spread over the months of the goal window; negative for a decrease goal. */
  readonly neededPerMonth: number;
  /** Growth per month over the history period (signed), or null with too little history. */
  readonly achievedPerMonth: number | null;
  /** needed ÷ achieved in the goal's direction; null when history is short or went the other way. */
  readonly factor: number | null;
  /** First and last day with data in the history period; null when there is none. */
  readonly historyFrom: DayNumber | null;
  readonly historyTo: DayNumber | null;
}

/**
 * `history` is the goal's series as the Progress tab fits its projection through it (level values,
 * running count totals, or daily ratios; see Track.trend), ascending by day. The comparable past period
 * is the latest stretch of it as long as the goal window (at least MIN_HISTORY_DAYS); the pace achieved
 * there is the slope of the least-squares line through it, so one noisy day does not decide the verdict.
 */
export function assessAttainability(goal: AttainabilityGoal, history: readonly Point[]): Attainability {
  const goalDays = goal.deadline - goal.start + 1;
  const neededPerMonth = ((goal.target - goal.baseline) / goalDays) * DAYS_PER_MONTH;
  const usable = history.filter((p) => Number.isFinite(p.value));
  const first = usable[0];
  const last = usable[usable.length - 1];
  const covered = first && last ? last.day - first.day + 1 : 0;
  const from = last ? last.day - Math.max(goalDays, MIN_HISTORY_DAYS) + 1 : 0;
  const period = usable.filter((p) => p.day >= from);
  const historyFrom = period[0]?.day ?? null;
  const historyTo = period[period.length - 1]?.day ?? null;
  const line = covered >= MIN_HISTORY_DAYS ? fitLine(period, historyFrom!) : null;
  if (line === null)
    return {
      verdict: 'notEnoughHistory',
      neededPerMonth,
      achievedPerMonth: null,
      factor: null,
      historyFrom,
      historyTo,
    };

  const achievedPerMonth = line.slope * DAYS_PER_MONTH;
  const direction = Math.sign(neededPerMonth);
  const achievedInDirection = achievedPerMonth * direction;
  let factor: number | null;
  if (direction === 0) factor = 0;
  else factor = achievedInDirection > 0 ? Math.abs(neededPerMonth) / achievedInDirection : null;
  const verdict: AttainabilityVerdict =
    factor === null || factor > UNREALISTIC_FACTOR ? 'unrealistic' : factor <= 1 ? 'within' : 'stretch';
  return { verdict, neededPerMonth, achievedPerMonth, factor, historyFrom, historyTo };
}
