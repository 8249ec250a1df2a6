import { isoFromDay } from '../days';
import type { MetricKind } from '../model';

/**
 * What the Progress tab says about a goal beyond its numbers: why it is invalid (naming the Goals cell)
 * or where a derived number came from. {cell} is "Goals row 4, column D (Metric)"; day parameters are
 * written yyyy-mm-dd, {value} in the metric's unit (a ratio as a percent), {given} as the user wrote it.
 */
export const MESSAGES = {
  baselineLevel: 'Baseline {value}: the level on {date}, the last value on or before Start.',
  baselineFirstLevel:
    'Baseline {value}: the first level in the goal window ({date}); none on or before Start.',
  baselineLevelAndChanges: 'Baseline {value}: the level in the data, moved to Start by the daily changes.',
  baselineNoLevel:
    'the data has only daily changes of {metric} for {platform}, not the level they start from.',
  baselineNoLevelInWindow: 'there is no {metric} level on or before Start or in the goal window.',
  baselineCount: 'Baseline 0: counting starts on Start.',
  baselineRatioBefore: 'Baseline {value}: the {metric} over the days before Start ({from} to {to}).',
  baselineRatioFirstWeek: 'Baseline {value}: the {metric} over the first 7 days ({from} to {to}).',
  baselineNoRatio: 'there is no {metric} before Start or in the first 7 days to take a baseline from.',
  noBaseline: '{cell}: {reason} Enter a Baseline.',
  unknownMetric: '{cell}: "{metric}" is not a known metric or a column in the pasted data.',
  sameAsBaseline: '{cell}: the target equals the baseline ({value}), so there is no progress to measure.',
  noSeries: 'No {metric} data for {platform} in the pasted tabs.',
  noDataInWindow: 'No {metric} data for {platform} between Start and Deadline.',
  noCurrent: 'No {metric} for {platform} up to {date}: the denominators are all 0.',
  notStarted: 'Starts on {start}, after the latest data ({latest}).',
  percentTarget: 'Target {given} read as {value}.',
  percentBaseline: 'Baseline {given} read as {value}.',
  compoundFallback:
    'Compound pace needs a level metric (followers, subscribers) with a baseline and target above 0: linear pace used.',
} as const;
export type MessageKey = keyof typeof MESSAGES;

export interface Message {
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, string | number>>;
}

export const message = (key: MessageKey, params: Record<string, string | number> = {}): Message => ({
  key,
  params,
});

const DAY_PARAMS = new Set(['date', 'from', 'to', 'start', 'latest']);

const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 2 });

/** The English text of a message; `kind` decides how {value} reads (0.042 of a ratio is "4.2%"). */
export function formatMessage(msg: Message, kind: MetricKind | null): string {
  return MESSAGES[msg.key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = msg.params[name];
    if (value === undefined) return whole;
    if (typeof value === 'string') return value;
    if (DAY_PARAMS.has(name)) return isoFromDay(value);
    if (name === 'value' && kind === 'ratio') return percent.format(value);
    return plain.format(value);
  });
}
