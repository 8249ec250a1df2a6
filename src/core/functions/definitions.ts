import { isoFromDay } from '../days';
import type { Input, MetricDefinition, RatioMetric } from './engine';

/**
 * The metrics as data: which arguments they take, how each is read, and the numerator and base of one
 * row. Definitions follow ../shared/reference/metrics.md; parameter names match src/registry.
 * Counts (engagements, clicks…) and amounts (cost, value) cannot be negative; net new followers and
 * goal values can.
 */
const count = (name: string): Input => ({ name, reads: 'count' });
const amount = (name: string): Input => ({ name, reads: 'amount' });
const number = (name: string): Input => ({ name, reads: 'number' });
const date = (name: string): Input => ({ name, reads: 'date' });
const growth = (name: string): Input => ({ name, reads: 'growth' });

/** numerator ÷ base per row, with a mode. */
const rate = (numerator: Input, base: Input): RatioMetric => ({
  inputs: [numerator, base],
  numerator: ([numerator]) => numerator!,
  base: ([, base]) => base!,
  modes: true,
});

export const METRICS = {
  ENGAGEMENT_RATE: rate(count('engagements'), count('base')),
  CONVERSION_RATE: rate(count('conversions'), count('clicks')),
  CLICK_THROUGH_RATE: rate(count('clicks'), count('impressions')),
  BOUNCE_RATE: rate(count('bounces'), count('sessions')),
  SOCIAL_CONVERSION_RATE: rate(count('social_conversions'), count('total_conversions')),
  // Net new followers fall below zero when more people leave than join.
  AUDIENCE_GROWTH_RATE: rate(number('new_followers'), count('audience')),
  AMPLIFICATION_RATE: rate(count('shares'), count('followers')),
  VIRALITY_RATE: rate(count('shares'), count('impressions')),
  APPLAUSE_RATE: rate(count('likes'), count('followers')),
  RESPONSE_RATE: rate(count('replied'), count('received')),
  COST_PER: rate(amount('cost'), count('results')),
  ROI: {
    inputs: [amount('value'), amount('cost')],
    numerator: ([value, cost]) => value! - cost!,
    base: ([, cost]) => cost!,
    modes: true,
  },
  SHARE_OF_VOICE: {
    inputs: [count('brand_mentions'), { ...count('competitor_mentions'), sumsRows: true }],
    numerator: ([brand]) => brand!,
    base: ([brand, competitors]) => brand! + competitors!,
  },
  NET_SENTIMENT: {
    inputs: [count('positive'), count('negative'), { ...count('neutral'), fallback: 0 }],
    numerator: ([positive, negative]) => positive! - negative!,
    base: ([positive, negative, neutral]) => positive! + negative! + neutral!,
  },
  // A decrease goal has target < baseline: both parts turn negative and the ratio still reads as progress.
  GOAL_PROGRESS: {
    inputs: [number('baseline'), number('current'), number('target')],
    numerator: ([baseline, current]) => current! - baseline!,
    base: ([baseline, , target]) => target! - baseline!,
  },
  // Whole days, both ends counted: the start day is day 1 of the goal window.
  EXPECTED_PROGRESS: {
    inputs: [date('start'), date('deadline'), date('as_of')],
    check: ([start, deadline]) =>
      deadline! < start!
        ? ['fn.deadlineBeforeStart', { deadline: isoFromDay(deadline!), start: isoFromDay(start!) }]
        : null,
    numerator: ([start, , asOf]) => asOf! - start! + 1,
    base: ([start, deadline]) => deadline! - start! + 1,
    clamp: true,
  },
  REQUIRED_GROWTH_RATE: {
    inputs: [growth('baseline'), growth('target'), count('periods')],
    formula: ([baseline, target, periods]) =>
      baseline === 0 || periods === 0 ? null : (target! / baseline!) ** (1 / periods!) - 1,
  },
} as const satisfies Record<string, MetricDefinition>;
