import {
  GOALS_TAB,
  type GoalsColumns,
  type GoalsTab,
  type GoalsTabRow,
  goalsCellName,
} from '../goals/goalsTab';
import { dayFromIso, type GoalInput } from '../goals/schema';
import type { Language } from '../i18n/translate';
import { findMetric } from '../metrics/catalogue';
import type { Dataset, DayNumber, MetricKind } from '../model';
import type { ChartPoint, GoalResult, GoalStatus, Pace, ProgressReport } from '../report';
import {
  CHART_POINTS,
  compoundApplies,
  dayLineReaches,
  expectedShare,
  expectedValue,
  fitLine,
  lineAt,
  type PaceFrame,
  paceStatus,
  sampleByDay,
} from './maths';
import { formatMessage, type Message, message } from './messages';
import { buildTrack, type GoalWindow, lowerBound, resolveMetric, trendPoints, upperBound } from './track';

/**
 * The Progress tab's content: every Goals row measured against the pasted data. Pure and total: bad
 * goals become "Invalid goal" rows, missing data becomes "No data", and no number is NaN or Infinity.
 */

export interface ProgressOptions {
  /** The build day, for the stale-data warning. */
  readonly today: DayNumber;
  /** When the report was built (ms since epoch). */
  readonly builtAt: number;
  /** Language of the notes: the spreadsheet's, as the rest of the Progress tab. Default English. */
  readonly language?: Language;
}

/** Latest data older than this many days before the build day is stale. */
export const STALE_AFTER_DAYS = 7;

export function buildProgressReport(
  goals: GoalsTab,
  dataset: Dataset,
  options: ProgressOptions,
): ProgressReport {
  const issues = goals.problem
    ? [...dataset.issues, { tab: GOALS_TAB, row: 1, reason: goals.problem }]
    : dataset.issues;
  return {
    builtAt: options.builtAt,
    dataAsOf: dataset.latestDay,
    stale: dataset.latestDay !== null && options.today - dataset.latestDay > STALE_AFTER_DAYS,
    tabs: dataset.tabs,
    issues,
    goals: goals.rows.map((row) => evaluateRow(row, goals.columns, dataset, options.language ?? 'en')),
  };
}

/**
 * The baseline the Progress tab would use for a goal whose Baseline is blank, for the sidebar to
 * suggest. Without a deadline the goal window is taken as open-ended.
 */
export function suggestBaseline(
  dataset: Dataset,
  platform: string,
  metric: string,
  start: DayNumber,
  deadline: DayNumber = start + 36_525,
): { readonly value: number | null; readonly kind: MetricKind | null; readonly note: string } {
  const resolved = resolveMetric(metric, dataset);
  if (!resolved)
    return {
      value: null,
      kind: null,
      note: formatMessage(message('unknownMetric', { cell: 'Metric', metric }), null),
    };
  const track = buildTrack(dataset, resolved, platform, { start, deadline });
  if (!track)
    return {
      value: null,
      kind: resolved.kind,
      note: formatMessage(message('noSeries', { metric: resolved.name, platform }), resolved.kind),
    };
  const derived = track.deriveBaseline({ start, deadline });
  return { value: derived.value, kind: resolved.kind, note: formatMessage(derived.note, resolved.kind) };
}

function evaluateRow(
  row: GoalsTabRow,
  columns: GoalsColumns,
  dataset: Dataset,
  language: Language,
): GoalResult {
  if (row.goal) return evaluateGoal(row.goal, row.row, columns, dataset, language);
  const { text } = row;
  return {
    ...emptyResult(row.row, text),
    kind: findMetric(text.metric)?.kind ?? null,
    pace: text.pace.toLowerCase() === 'compound' ? 'Compound' : 'Linear',
    message: row.error,
  };
}

function emptyResult(
  goalsRow: number,
  goal: Pick<GoalInput, 'goal' | 'category' | 'platform' | 'metric'>,
): Omit<GoalResult, 'kind' | 'pace' | 'message'> {
  return {
    goalsRow,
    goal: goal.goal,
    category: goal.category,
    platform: goal.platform,
    metric: goal.metric,
    baseline: null,
    current: null,
    target: null,
    progress: null,
    expected: null,
    status: 'Invalid goal',
    projected: null,
    projectedDay: null,
    start: null,
    deadline: null,
    asOf: null,
    chart: [],
  };
}

/** A ratio written in percent units ("5" for 5%) when it is above 1: no rate the add-on measures exceeds 100%. */
function asFraction(value: number): number {
  return Math.abs(value) > 1 ? value / 100 : value;
}

function evaluateGoal(
  goal: GoalInput,
  goalsRow: number,
  columns: GoalsColumns,
  dataset: Dataset,
  language: Language,
): GoalResult {
  const window: GoalWindow = { start: dayFromIso(goal.start)!, deadline: dayFromIso(goal.deadline)! };
  const notes: Message[] = [];
  const cell = (field: 'metric' | 'baseline' | 'target') => goalsCellName(goalsRow, field, columns, language);
  const metric = resolveMetric(goal.metric, dataset);
  const base = { ...emptyResult(goalsRow, goal), start: window.start, deadline: window.deadline };
  const result = (kind: MetricKind | null, pace: Pace, fields: Partial<GoalResult>): GoalResult =>
    finite({
      ...base,
      kind,
      pace,
      ...fields,
      message: notes.map((n) => formatMessage(n, kind, language)).join(' '),
    });

  if (!metric) {
    notes.push(message('unknownMetric', { cell: cell('metric'), metric: goal.metric }));
    return result(null, goal.pace, {});
  }
  const { kind } = metric;
  let target = goal.target;
  let givenBaseline = goal.baseline;
  if (kind === 'ratio' && asFraction(target) !== target) {
    notes.push(message('percentTarget', { given: target, value: asFraction(target) }));
    target = asFraction(target);
  }
  if (kind === 'ratio' && givenBaseline !== null && asFraction(givenBaseline) !== givenBaseline) {
    notes.push(message('percentBaseline', { given: givenBaseline, value: asFraction(givenBaseline) }));
    givenBaseline = asFraction(givenBaseline);
  }
  const named = { metric: metric.name, platform: goal.platform };
  const track = buildTrack(dataset, metric, goal.platform, window);
  const derived = givenBaseline === null && track ? track.deriveBaseline(window) : null;
  const baseline = givenBaseline ?? derived?.value ?? null;
  const shown = { target, baseline };

  // Status notes first, then where a derived baseline came from.
  const withBaselineNote = () => (derived?.value != null ? notes.push(derived.note) : 0);
  if (dataset.latestDay === null || !track) {
    notes.push(message('noSeries', named));
    return result(kind, goal.pace, { ...shown, status: 'No data' });
  }
  if (window.start > dataset.latestDay) {
    notes.push(message('notStarted', { start: window.start, latest: dataset.latestDay }));
    withBaselineNote();
    return result(kind, goal.pace, { ...shown, status: 'Not started' });
  }
  const days = track.days;
  if (upperBound(days, window.deadline) - lowerBound(days, window.start) === 0) {
    notes.push(message('noDataInWindow', named));
    withBaselineNote();
    return result(kind, goal.pace, { ...shown, status: 'No data' });
  }
  if (baseline === null) {
    const reason = derived ? formatMessage(derived.note, kind, language) : '';
    notes.push(message('noBaseline', { cell: cell('baseline'), reason }));
    return result(kind, goal.pace, { target, status: 'Invalid goal' });
  }
  withBaselineNote();
  if (baseline === target) {
    notes.push(message('sameAsBaseline', { cell: cell('target'), value: target }));
    return result(kind, goal.pace, { ...shown, status: 'Invalid goal' });
  }

  const asOf = Math.min(days[days.length - 1]!, window.deadline);
  const toDate = track.toDate(baseline, window.start, asOf);
  const current = toDate[toDate.length - 1]!.value;
  if (current === null) {
    notes.push(message('noCurrent', { ...named, date: asOf }));
    return result(kind, goal.pace, { ...shown, asOf, status: 'No data' });
  }
  let pace = goal.pace;
  if (pace === 'Compound' && !compoundApplies(kind, baseline, target)) {
    notes.push(message('compoundFallback'));
    pace = 'Linear';
  }
  const frame: PaceFrame = { ...window, baseline, target, pace };
  const progress = (current - baseline) / (target - baseline);
  const expected = expectedShare(frame, asOf);
  const status: GoalStatus = paceStatus(progress, expected, asOf, window.deadline);
  const line = fitLine(trendPoints(track, window.start, asOf, toDate), window.start);
  const chart: ChartPoint[] = sampleByDay(toDate, CHART_POINTS).map((p) => ({
    day: p.day,
    actual: p.value,
    expected: expectedValue(frame, p.day),
  }));
  return result(kind, pace, {
    ...shown,
    current,
    progress,
    expected,
    status,
    asOf,
    projected: line ? lineAt(line, window.deadline) : null,
    projectedDay: line ? dayLineReaches(line, baseline, target, window.deadline) : null,
    chart,
  });
}

/** Whatever the data, a number the report carries is finite: an overflow or 0 ÷ 0 becomes null. */
function finite(result: GoalResult): GoalResult {
  const clean = (value: number | null) => (value !== null && Number.isFinite(value) ? value : null);
  return {
    ...result,
    baseline: clean(result.baseline),
    current: clean(result.current),
    target: clean(result.target),
    progress: clean(result.progress),
    expected: clean(result.expected),
    projected: clean(result.projected),
    chart: result.chart
      .filter((p) => Number.isFinite(p.expected))
      .map((p) => (p.actual === null || Number.isFinite(p.actual) ? p : { ...p, actual: null })),
  };
}
