import { type Attainability, assessAttainability } from '../core/attainability';
import { dayFromYmd, isoFromDay, ymdFromDay } from '../core/days';
import { ALL_PLATFORMS, GOAL_CATEGORIES, type GoalField, type GoalPace } from '../core/goals/schema';
import type { DayNumber, MetricKind } from '../core/model';
import type { Point } from '../core/progress/track';
import type { SidebarKey, Translate } from '../core/sidebar/messages';
import { formatDay, formatValue, readAmount, readDate, type UserLocale } from './locale';

/**
 * The goal being edited, read from the form's text in the user's locale, and everything the sidebar
 * derives from it: the preview sentence, the SMART checklist, the direction and the Attainable verdict.
 * Pure, so it is tested without a browser.
 */

/** The form as typed: one string per goal field. */
export type FormText = Readonly<Record<GoalField, string>>;

export interface Draft {
  readonly text: FormText;
  /** null when blank, NaN when not a number; a ratio typed above 1 ("6") is read as percent. */
  readonly baseline: number | null;
  readonly target: number | null;
  /** null when blank or not a date. */
  readonly start: DayNumber | null;
  readonly deadline: DayNumber | null;
  readonly pace: GoalPace;
}

/** No rate the add-on measures exceeds 100%: a ratio typed as 6 means 6%, as on the Goals tab. */
const asFraction = (value: number | null) => (value !== null && Math.abs(value) > 1 ? value / 100 : value);

export function readDraft(text: FormText, kind: MetricKind | null, locale: UserLocale): Draft {
  const amount = (field: 'baseline' | 'target') => {
    const value = readAmount(text[field], locale);
    return kind === 'ratio' ? asFraction(value) : value;
  };
  return {
    text,
    baseline: amount('baseline'),
    target: amount('target'),
    start: readDate(text.start, locale),
    deadline: readDate(text.deadline, locale),
    pace: text.pace === 'Compound' ? 'Compound' : 'Linear',
  };
}

const isNumber = (value: number | null): value is number => value !== null && Number.isFinite(value);

/**
 * What the schema checks: blank stays blank, text that could not be read goes as text (so the schema
 * says "must be a number" or "must be a date"), and what was read goes as a number or an ISO date.
 */
export function goalCandidate(draft: Draft): Record<GoalField, unknown> {
  const { text } = draft;
  const amount = (value: number | null, raw: string, blank: null | '') =>
    raw.trim() === '' ? blank : isNumber(value) ? value : raw;
  const date = (day: DayNumber | null, raw: string) =>
    raw.trim() === '' ? '' : day === null ? raw : isoFromDay(day);
  return {
    goal: text.goal,
    category: text.category,
    platform: text.platform,
    metric: text.metric,
    baseline: amount(draft.baseline, text.baseline, null),
    target: amount(draft.target, text.target, ''),
    start: date(draft.start, text.start),
    deadline: date(draft.deadline, text.deadline),
    pace: draft.pace,
    businessObjective: text.businessObjective,
  };
}

/** A metric's name in the user's language; columns found only in the data keep their own header. */
export function metricLabel(metric: string, t: Translate): string {
  const key = `metric.${metric}`;
  return t.has(key) ? t(key) : metric;
}

export function categoryLabel(category: string, t: Translate): string {
  const key = `sidebar.category.${category}`;
  return t.has(key) ? t(key) : category;
}

/** "Grow LinkedIn followers from 2,150 to 4,300 between Jul 1, 2026 and Dec 31, 2026 (compound pace)". */
export function previewSentence(
  draft: Draft,
  kind: MetricKind | null,
  locale: UserLocale,
  t: Translate,
): string {
  const missing = '…';
  const { text } = draft;
  const metric = text.metric ? metricLabel(text.metric, t) : missing;
  let subject: string;
  if (text.platform === ALL_PLATFORMS) subject = t('sidebar.preview.subjectAll', { metric });
  else subject = t('sidebar.preview.subject', { platform: text.platform || missing, metric });
  const value = (v: number | null) => (isNumber(v) ? formatValue(v, kind, locale) : missing);
  const day = (d: DayNumber | null) => (d === null ? missing : formatDay(d, locale));
  const { baseline, target } = draft;
  let template: SidebarKey = 'sidebar.preview.change';
  if (isNumber(baseline) && isNumber(target) && target !== baseline)
    template = target > baseline ? 'sidebar.preview.increase' : 'sidebar.preview.decrease';
  return t(template, {
    subject,
    baseline: value(baseline),
    target: value(target),
    start: day(draft.start),
    deadline: day(draft.deadline),
    pace: t(`sidebar.preview.pace.${draft.pace}`),
  });
}

/** "Direction: increase by 2,150 (+100%)", or "" until baseline and target are both numbers. */
export function directionText(
  draft: Draft,
  kind: MetricKind | null,
  locale: UserLocale,
  t: Translate,
): string {
  const { baseline, target } = draft;
  if (!isNumber(baseline) || !isNumber(target) || baseline === target) return '';
  const change = amountText(Math.abs(target - baseline), kind, locale, t);
  // A relative change of a rate ("+50%" of 4%) reads as points; only amounts get one.
  const relative =
    kind !== 'ratio' && baseline > 0
      ? ` (${formatValue(Math.round(((target - baseline) / baseline) * 100) / 100, 'ratio', locale, { signed: true })})`
      : '';
  return t(target > baseline ? 'sidebar.direction.increase' : 'sidebar.direction.decrease', {
    change: change + relative,
  });
}

/** An amount of the metric: rates move in percentage points, so 0.005 of a rate is "0.5 points". */
function amountText(
  value: number,
  kind: MetricKind | null,
  locale: UserLocale,
  t: Translate,
  signed = false,
): string {
  const style = { signed, rounded: true };
  if (kind !== 'ratio') return formatValue(value, kind, locale, style);
  return t('sidebar.points', { value: formatValue(value * 100, 'level', locale, style) });
}

export const SMART_LETTERS = ['S', 'M', 'A', 'R', 'T'] as const;
export type SmartLetter = (typeof SMART_LETTERS)[number];

/**
 * Each letter is true once the form says enough for it. Advisory: saving needs the schema, not the letters.
 * A metric that is neither known nor in the data (`metricKnown` false) cannot be measured.
 */
export function smartChecklist(
  draft: Draft,
  attainability: Attainability | null,
  metricKnown = true,
): Record<SmartLetter, boolean> {
  const { text, baseline, target, start, deadline } = draft;
  const filled = (value: string) => value.trim() !== '';
  return {
    S:
      filled(text.goal) &&
      (GOAL_CATEGORIES as readonly string[]).includes(text.category) &&
      filled(text.platform) &&
      filled(text.metric),
    M:
      filled(text.metric) &&
      metricKnown &&
      isNumber(target) &&
      (baseline === null || (isNumber(baseline) && baseline !== target)),
    A: attainability !== null && (attainability.verdict === 'within' || attainability.verdict === 'stretch'),
    R: filled(text.businessObjective),
    T: start !== null && deadline !== null && deadline > start,
  };
}

/** The Attainable check, once baseline, target and both dates are known and the history has been fetched. */
export function attainabilityOf(draft: Draft, history: readonly Point[] | null): Attainability | null {
  const { baseline, target, start, deadline } = draft;
  if (history === null || !isNumber(baseline) || !isNumber(target)) return null;
  if (start === null || deadline === null || deadline <= start) return null;
  return assessAttainability({ baseline, target, start, deadline }, history);
}

/** Past this, a deadline deserves a nearer milestone. */
const FAR_DEADLINE_MONTHS = 18;

export function deadlineIsFar(draft: Draft): boolean {
  if (draft.start === null || draft.deadline === null) return false;
  const { year, month, day } = ymdFromDay(draft.start);
  return draft.deadline > dayFromYmd(year, month + FAR_DEADLINE_MONTHS, day);
}

/** The Attainable section's lines: needed, achieved, the verdict and why. */
export function attainabilityLines(
  result: Attainability,
  kind: MetricKind | null,
  locale: UserLocale,
  t: Translate,
): { needed: string; achieved: string; verdict: string; why: string } {
  const perMonth = (value: number) => amountText(value, kind, locale, t, true);
  const needed = t('sidebar.attainable.needed', { amount: perMonth(result.neededPerMonth) });
  const achieved =
    result.achievedPerMonth === null || result.historyFrom === null || result.historyTo === null
      ? ''
      : t('sidebar.attainable.achieved', {
          amount: perMonth(result.achievedPerMonth),
          from: formatDay(result.historyFrom, locale),
          to: formatDay(result.historyTo, locale),
        });
  const factor =
    result.factor === null ? '' : formatValue(Math.round(result.factor * 10) / 10, 'level', locale);
  const verdict =
    result.verdict === 'stretch'
      ? t('sidebar.attainable.stretch', { factor })
      : t(`sidebar.attainable.${result.verdict}`);
  const why =
    result.verdict === 'unrealistic' && result.factor === null
      ? t('sidebar.attainable.why.wrongWay')
      : t(`sidebar.attainable.why.${result.verdict}`);
  return { needed, achieved, verdict, why };
}
