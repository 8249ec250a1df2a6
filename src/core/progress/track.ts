import { ALL_PLATFORMS } from '../goals/schema';
import { findMetric, findPlatform, type MetricDefinition, normalizeHeader } from '../metrics/catalogue';
import type { Dataset, DayNumber, MetricKind, Series } from '../model';
import { type Message, message } from './messages';

/**
 * What the data says about one goal's metric on one platform (or all of them), reduced to one "track":
 * the days with data, the baseline the data implies, and the value to date on each day with data.
 */

export interface Point {
  readonly day: DayNumber;
  readonly value: number;
}

/** The days a goal runs, both inclusive. */
export interface GoalWindow {
  readonly start: DayNumber;
  readonly deadline: DayNumber;
}

export type Derived =
  | { readonly value: number; readonly note: Message }
  | { readonly value: null; readonly note: Message };

export interface Track {
  readonly kind: MetricKind;
  /** Every day with data for this goal's metric and platform(s), ascending. */
  readonly days: readonly DayNumber[];
  /** The baseline the data gives when the Goals row leaves it blank. */
  deriveBaseline(window: GoalWindow): Derived;
  /** Value to date on each day with data in [start, asOf], in metric units; null where it is undefined (0 ÷ 0). */
  toDate(baseline: number, start: DayNumber, asOf: DayNumber): { day: DayNumber; value: number | null }[];
  /** The points the projection line is fitted through, when they are not the values to date (daily ratios). */
  trend?(start: DayNumber, asOf: DayNumber): Point[];
}

/**
 * The points the projection is fitted through: the track's trend where it has one, else `toDate` (its
 * values to date over the same days) where they are defined.
 */
export function trendPoints(
  track: Track,
  start: DayNumber,
  asOf: DayNumber,
  toDate: readonly { readonly day: DayNumber; readonly value: number | null }[],
): Point[] {
  return track.trend ? track.trend(start, asOf) : toDate.filter((p): p is Point => p.value !== null);
}

// ---------------------------------------------------------------------------------------------------
// Finding the series

/** Platform names compare through the catalogue, so "Twitter" finds X and "website" finds GA4. */
function platformKey(text: string): string {
  return (findPlatform(text) ?? text.trim()).toLowerCase();
}

export interface GoalMetric {
  /** Canonical name, or the header as the data writes it. */
  readonly name: string;
  readonly kind: MetricKind;
  readonly definition: MetricDefinition | undefined;
}

/** The metric a goal names: a canonical metric (or a synonym of one), else a column found in the data. */
export function resolveMetric(text: string, dataset: Dataset): GoalMetric | null {
  const definition = findMetric(text);
  if (definition) return { name: definition.name, kind: definition.kind, definition };
  const wanted = normalizeHeader(text);
  const series = dataset.series.find(
    (s) => normalizeHeader(s.metric) === wanted || normalizeHeader(s.header) === wanted,
  );
  return series ? { name: series.metric, kind: series.kind, definition: undefined } : null;
}

const sameMetric = (series: Series, metric: string) =>
  series.metric === metric || normalizeHeader(series.metric) === normalizeHeader(metric);

function countIn(series: Series, from: DayNumber, to: DayNumber): number {
  return upperBound(series.days, to) - lowerBound(series.days, from);
}

/**
 * The one series of a metric on a platform; when several tabs hold it, the one with most days in the
 * goal window, then most days overall (summing them would count the same days twice).
 */
function pick(
  dataset: Dataset,
  metric: string,
  platform: string,
  form: 'value' | 'change',
  window: GoalWindow,
): Series | null {
  let best: Series | null = null;
  let bestScore: [number, number] = [-1, -1];
  for (const series of dataset.series) {
    if (
      series.days.length === 0 ||
      series.form !== form ||
      platformKey(series.platform) !== platform ||
      !sameMetric(series, metric)
    )
      continue;
    const score: [number, number] = [countIn(series, window.start, window.deadline), series.days.length];
    if (score[0] > bestScore[0] || (score[0] === bestScore[0] && score[1] > bestScore[1])) {
      best = series;
      bestScore = score;
    }
  }
  return best;
}

/** The platforms a goal covers: its own, or every platform with any series the metric could be built from. */
function goalPlatforms(dataset: Dataset, metric: GoalMetric, platform: string): string[] {
  if (platform.trim().toLowerCase() !== ALL_PLATFORMS.toLowerCase()) return [platformKey(platform)];
  const metrics = [
    metric.name,
    ...(metric.definition?.ratioOf ?? []).flatMap((p) => [p.numerator, p.denominator]),
  ];
  const keys = new Set<string>();
  for (const series of dataset.series)
    if (metrics.some((m) => sameMetric(series, m))) keys.add(platformKey(series.platform));
  return [...keys];
}

/** The goal's track, or null when no series of the metric exists for the platform(s). */
export function buildTrack(
  dataset: Dataset,
  metric: GoalMetric,
  platform: string,
  window: GoalWindow,
): Track | null {
  const platforms = goalPlatforms(dataset, metric, platform);
  if (metric.kind === 'level') return levelTrack(dataset, metric, platforms, window);
  if (metric.kind === 'count') {
    const series = platforms.flatMap((p) => pick(dataset, metric.name, p, 'value', window) ?? []);
    return series.length ? countTrack(series) : null;
  }
  const pairs = platforms.flatMap((p) => ratioPairs(dataset, metric, p, window) ?? []);
  return pairs.length ? ratioTrack(pairs, metric.name) : null;
}

// ---------------------------------------------------------------------------------------------------
// Level metrics (followers): values at dates, or daily changes of the level

interface LevelSource {
  readonly levels: Series | null;
  readonly changes: Series | null;
}

function levelTrack(
  dataset: Dataset,
  metric: GoalMetric,
  platforms: string[],
  window: GoalWindow,
): Track | null {
  const sources: LevelSource[] = [];
  for (const platform of platforms) {
    const levels = pick(dataset, metric.name, platform, 'value', window);
    const changes = pick(dataset, metric.name, platform, 'change', window);
    // The form with more days in the window tells the story (LinkedIn's daily new followers beat a weekly
    // hand-kept level); on a tie the levels, which need no baseline.
    const inWindow = (s: Series | null) => (s ? countIn(s, window.start, window.deadline) : -1);
    if (levels && inWindow(levels) >= inWindow(changes)) sources.push({ levels, changes: null });
    else if (changes) sources.push({ levels, changes });
  }
  if (sources.length === 0) return null;
  return sources.every((s) => s.changes === null)
    ? absoluteLevelTrack(
        sources.map((s) => s.levels!),
        metric.name,
      )
    : changeLevelTrack(sources, metric.name);
}

/** Levels of several platforms added up day by day, each carried forward, from the day all have begun. */
function sumCarried(series: readonly Series[]): Daily {
  if (series.length === 1) return series[0]!;
  const begin = Math.max(...series.map((s) => s.days[0]!));
  const days = sumByDay(series).days.filter((d) => d >= begin);
  const cursors = series.map(() => 0);
  const values = days.map((day) => {
    let value = 0;
    series.forEach((s, k) => {
      while (cursors[k]! + 1 < s.days.length && s.days[cursors[k]! + 1]! <= day) cursors[k]!++;
      value += s.values[cursors[k]!]!;
    });
    return value;
  });
  return { days, values };
}

function absoluteLevelTrack(series: readonly Series[], metric: string): Track {
  const { days, values } = sumCarried(series);
  return {
    kind: 'level',
    days,
    deriveBaseline(window) {
      const before = upperBound(days, window.start) - 1;
      if (before >= 0)
        return {
          value: values[before]!,
          note: message('baselineLevel', { value: values[before]!, date: days[before]! }),
        };
      if (days.length && days[0]! <= window.deadline)
        return {
          value: values[0]!,
          note: message('baselineFirstLevel', { value: values[0]!, date: days[0]! }),
        };
      return { value: null, note: message('baselineNoLevelInWindow', { metric }) };
    },
    toDate(_baseline, start, asOf) {
      const out: Point[] = [];
      for (let i = lowerBound(days, start), end = upperBound(days, asOf); i < end; i++)
        out.push({ day: days[i]!, value: values[i]! });
      return out;
    },
  };
}

/**
 * Level = baseline + the daily changes from Start on. Platforms that have levels join in through their
 * day-to-day differences, so "All" can mix LinkedIn's new-follower counts with TikTok's follower levels.
 */
function changeLevelTrack(sources: readonly LevelSource[], metric: string): Track {
  const changes = sumByDay(
    sources.map((source) => {
      if (source.changes) return source.changes;
      const { days, values } = source.levels!;
      return { days, values: values.map((v, i) => (i === 0 ? 0 : v - values[i - 1]!)) };
    }),
  );
  return {
    kind: 'level',
    days: changes.days,
    deriveBaseline(window) {
      let total = 0;
      for (const source of sources) {
        const level = source.changes
          ? levelBeforeFromChanges(source.levels, source.changes, window)
          : levelBeforeStart(source.levels!, window);
        if (level === null)
          return {
            value: null,
            note: message('baselineNoLevel', { metric, platform: source.changes!.platform }),
          };
        total += level;
      }
      return { value: total, note: message('baselineLevelAndChanges', { value: total }) };
    },
    toDate: (baseline, start, asOf) => running(changes, baseline, start, asOf),
  };
}

/** A level series' value before Start's changes count: the last value before Start, else the first in the window. */
function levelBeforeStart(levels: Series, window: GoalWindow): number | null {
  const before = lowerBound(levels.days, window.start) - 1;
  if (before >= 0) return levels.values[before]!;
  return levels.days[0]! <= window.deadline ? levels.values[0]! : null;
}

/**
 * The level just before Start's change, from a level series and the changes: the level on its last day on
 * or before Start (else its first day in the window), moved to Start by the changes in between.
 */
function levelBeforeFromChanges(levels: Series | null, changes: Series, window: GoalWindow): number | null {
  if (!levels) return null;
  let at = upperBound(levels.days, window.start) - 1;
  if (at < 0 && levels.days[0]! <= window.deadline) at = 0;
  if (at < 0) return null;
  const anchor = levels.days[at]!;
  let level = levels.values[at]!;
  // Changes after the anchor and before Start add up to the level; changes from Start to the anchor are in it already.
  for (let i = upperBound(changes.days, anchor); i < lowerBound(changes.days, window.start); i++)
    level += changes.values[i]!;
  for (let i = lowerBound(changes.days, window.start); i < upperBound(changes.days, anchor); i++)
    level -= changes.values[i]!;
  return level;
}

// ---------------------------------------------------------------------------------------------------
// Count metrics: summed over days

function countTrack(series: readonly Series[]): Track {
  const daily = sumByDay(series);
  return {
    kind: 'count',
    days: daily.days,
    deriveBaseline: () => ({ value: 0, note: message('baselineCount') }),
    toDate: (baseline, start, asOf) => running(daily, baseline, start, asOf),
  };
}

// ---------------------------------------------------------------------------------------------------
// Ratio metrics: sum of numerators ÷ sum of denominators

/** One platform's daily numerator and denominator. */
interface RatioDays {
  readonly days: readonly DayNumber[];
  readonly numerators: readonly number[];
  readonly denominators: readonly number[];
}

/**
 * A platform's ratio as daily numerator/denominator pairs: from the first catalogue pair with data, else
 * from a ratio column, weighted by the pair's denominator where the data has it (else each day weighs 1).
 */
function ratioPairs(
  dataset: Dataset,
  metric: GoalMetric,
  platform: string,
  window: GoalWindow,
): RatioDays | null {
  const parts = metric.definition?.ratioOf ?? [];
  for (const part of parts) {
    const numerator = pick(dataset, part.numerator, platform, 'value', window);
    const denominator = numerator && pick(dataset, part.denominator, platform, 'value', window);
    if (numerator && denominator) {
      const joined = join(numerator, denominator, (n, d) => [n, d]);
      if (joined.days.length) return joined;
    }
  }
  const ratios = pick(dataset, metric.name, platform, 'value', window);
  if (!ratios) return null;
  for (const part of parts) {
    const weights = pick(dataset, part.denominator, platform, 'value', window);
    if (weights) {
      const joined = join(ratios, weights, (r, w) => [r * w, w]);
      if (joined.days.length) return joined;
    }
  }
  return { days: ratios.days, numerators: ratios.values, denominators: ratios.days.map(() => 1) };
}

/** The days two series share, combined into a numerator and a denominator. */
function join(a: Series, b: Series, combine: (x: number, y: number) => [number, number]): RatioDays {
  const days: DayNumber[] = [];
  const numerators: number[] = [];
  const denominators: number[] = [];
  let j = 0;
  a.days.forEach((day, i) => {
    while (j < b.days.length && b.days[j]! < day) j++;
    if (b.days[j] !== day) return;
    const [n, d] = combine(a.values[i]!, b.values[j]!);
    days.push(day);
    numerators.push(n);
    denominators.push(d);
  });
  return { days, numerators, denominators };
}

function ratioTrack(platforms: readonly RatioDays[], metric: string): Track {
  // Each platform's numerators and denominators share their days, so the two sums do too.
  const numerators = sumByDay(platforms.map((p) => ({ days: p.days, values: p.numerators })));
  const denominators = sumByDay(platforms.map((p) => ({ days: p.days, values: p.denominators })));
  const { days } = numerators;
  const over = (from: number, to: number) => {
    let n = 0;
    let d = 0;
    for (let i = from; i < to; i++) {
      n += numerators.values[i]!;
      d += denominators.values[i]!;
    }
    return d === 0 ? null : n / d;
  };
  return {
    kind: 'ratio',
    days,
    deriveBaseline(window) {
      const beforeEnd = lowerBound(days, window.start);
      const before = over(0, beforeEnd);
      if (before !== null)
        return {
          value: before,
          note: message('baselineRatioBefore', {
            value: before,
            metric,
            from: days[0]!,
            to: days[beforeEnd - 1]!,
          }),
        };
      const weekEnd = Math.min(window.start + 6, window.deadline);
      const week = over(beforeEnd, upperBound(days, weekEnd));
      if (week !== null)
        return {
          value: week,
          note: message('baselineRatioFirstWeek', { value: week, metric, from: window.start, to: weekEnd }),
        };
      return { value: null, note: message('baselineNoRatio', { metric }) };
    },
    toDate(_baseline, start, asOf) {
      const out: { day: DayNumber; value: number | null }[] = [];
      let n = 0;
      let d = 0;
      for (let i = lowerBound(days, start), end = upperBound(days, asOf); i < end; i++) {
        n += numerators.values[i]!;
        d += denominators.values[i]!;
        out.push({ day: days[i]!, value: d === 0 ? null : n / d });
      }
      return out;
    },
    trend(start, asOf) {
      const out: Point[] = [];
      for (let i = lowerBound(days, start), end = upperBound(days, asOf); i < end; i++) {
        const d = denominators.values[i]!;
        if (d !== 0) out.push({ day: days[i]!, value: numerators.values[i]! / d });
      }
      return out;
    },
  };
}

// ---------------------------------------------------------------------------------------------------

/** Values by day: ascending days, one value each (a Series is one). */
interface Daily {
  readonly days: readonly DayNumber[];
  readonly values: readonly number[];
}

/** Day-by-day sums of several daily lists, merged in day order; a single list is its own sum. */
function sumByDay(lists: readonly Daily[]): Daily {
  return lists.reduce(addDaily);
}

function addDaily(a: Daily, b: Daily): Daily {
  const days: DayNumber[] = [];
  const values: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.days.length || j < b.days.length) {
    const dayA = i < a.days.length ? a.days[i]! : Number.POSITIVE_INFINITY;
    const dayB = j < b.days.length ? b.days[j]! : Number.POSITIVE_INFINITY;
    days.push(Math.min(dayA, dayB));
    values.push((dayA <= dayB ? a.values[i++]! : 0) + (dayB <= dayA ? b.values[j++]! : 0));
  }
  return { days, values };
}

/** Running totals from the baseline on each day in [start, asOf]. */
function running(daily: Daily, baseline: number, start: DayNumber, asOf: DayNumber): Point[] {
  const out: Point[] = [];
  let total = baseline;
  for (let i = lowerBound(daily.days, start), end = upperBound(daily.days, asOf); i < end; i++) {
    total += daily.values[i]!;
    out.push({ day: daily.days[i]!, value: total });
  }
  return out;
}

/** Index of the first day ≥ `day` in an ascending list. */
export function lowerBound(days: readonly DayNumber[], day: DayNumber): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first day > `day` in an ascending list. */
export function upperBound(days: readonly DayNumber[], day: DayNumber): number {
  return lowerBound(days, day + 1);
}
