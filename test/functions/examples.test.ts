import { describe, expect, it } from 'vitest';
import type { MetricFunctionName } from '../../src/core/functions';
import { customFunctions } from '../../src/registry/customFunctions';
import { call, column } from './call';

// Each function against examples worked by hand from ../shared/reference/metrics.md.
describe('hand-worked examples', () => {
  it('ENGAGEMENT_RATE: per post, average of rates, ratio of totals', () => {
    expect(call('ENGAGEMENT_RATE', 120, 4000)).toBeCloseTo(0.03, 12);
    const engagements = column(120, 90, 30);
    const reach = column(4000, 3000, 3000);
    expect(call('ENGAGEMENT_RATE', engagements, reach)).toEqual([[0.03], [0.03], [0.01]]);
    // (0.03 + 0.03 + 0.01) ÷ 3 vs 240 ÷ 10 000: the two averages metrics.md says tools disagree on.
    expect(call('ENGAGEMENT_RATE', engagements, reach, 'average')).toBeCloseTo(0.07 / 3, 12);
    expect(call('ENGAGEMENT_RATE', engagements, reach, 'total')).toBeCloseTo(0.024, 12);
  });

  it('DAILY_ENGAGEMENT_RATE: total engagements ÷ (days × followers)', () => {
    expect(call('DAILY_ENGAGEMENT_RATE', 900, 2000, 7)).toBeCloseTo(900 / 14_000, 12);
    const thirtyDays = column(...Array.from({ length: 30 }, () => 150));
    expect(call('DAILY_ENGAGEMENT_RATE', thirtyDays, 5000)).toBeCloseTo(0.03, 12);
  });

  it.each([
    ['CONVERSION_RATE', 45, 1500, 0.03],
    ['CLICK_THROUGH_RATE', 180, 12_000, 0.015],
    ['BOUNCE_RATE', 420, 1200, 0.35],
    ['SOCIAL_CONVERSION_RATE', 30, 120, 0.25],
    ['AUDIENCE_GROWTH_RATE', 250, 10_000, 0.025],
    ['AUDIENCE_GROWTH_RATE', -40, 8000, -0.005],
    ['AMPLIFICATION_RATE', 24, 6000, 0.004],
    ['VIRALITY_RATE', 24, 3000, 0.008],
    ['APPLAUSE_RATE', 150, 6000, 0.025],
    ['RESPONSE_RATE', 45, 50, 0.9],
    ['COST_PER', 500, 250, 2],
    ['ROI', 5000, 2000, 1.5],
  ] as const)('%s(%d, %d) = %d', (name, a, b, expected) => {
    expect(call(name, a, b)).toBeCloseTo(expected, 12);
  });

  it('COST_PER times 1000 is cost per 1,000 impressions', () => {
    expect((call('COST_PER', 300, 120_000) as number) * 1000).toBeCloseTo(2.5, 12);
  });

  it('SHARE_OF_VOICE adds up the competitors of a row', () => {
    expect(call('SHARE_OF_VOICE', 40, [[30, 20, 10]])).toBeCloseTo(0.4, 12);
  });

  it('NET_SENTIMENT with and without neutral mentions', () => {
    expect(call('NET_SENTIMENT', 60, 20)).toBeCloseTo(0.5, 12);
    expect(call('NET_SENTIMENT', 60, 20, 20)).toBeCloseTo(0.4, 12);
  });

  it('GOAL_PROGRESS for growth and decrease goals', () => {
    expect(call('GOAL_PROGRESS', 1000, 1200, 2000)).toBeCloseTo(0.2, 12);
    expect(call('GOAL_PROGRESS', 0.05, 0.04, 0.03)).toBeCloseTo(0.5, 12);
  });

  it('EXPECTED_PROGRESS counts whole days, both ends included', () => {
    // 1 July – 15 August is 31 + 15 = 46 days; 1 July – 30 September is 31 + 31 + 30 = 92.
    expect(call('EXPECTED_PROGRESS', '2026-07-01', '2026-09-30', '2026-08-15')).toBe(0.5);
  });

  it('REQUIRED_GROWTH_RATE: doubling in 6 periods needs 2^(1/6) − 1 per period', () => {
    const rate = call('REQUIRED_GROWTH_RATE', 1000, 2000, 6) as number;
    expect(rate).toBeCloseTo(0.122462, 6);
    expect(1000 * (1 + rate) ** 6).toBeCloseTo(2000, 9);
  });
});

/** `=NAME(120, 4000)` → ['NAME', [120, 4000], 1]; null when the formula refers to cells. */
function literalFormula(formula: string): [MetricFunctionName, unknown[], number] | null {
  const match = /^=([A-Z_]+)\((.*)\)(?: \* (\d+))?$/.exec(formula);
  if (!match || /\b[A-Z]+\d+\b/.test(match[2]!)) return null;
  const args = match[2]!.split(', ').map((arg) => {
    if (arg.startsWith('"')) return JSON.parse(arg) as string;
    return arg.endsWith('%') ? Number(arg.slice(0, -1)) / 100 : Number(arg);
  });
  return [match[1] as MetricFunctionName, args, Number(match[3] ?? 1)];
}

describe('registry examples', () => {
  const literal = customFunctions.flatMap((entry) =>
    entry.examples.map((example) => [entry.name, example.formula, example.result] as const),
  );

  it.each(literal)('%s: %s gives what its result text says', (_name, formula, result) => {
    const parsed = literalFormula(formula);
    if (!parsed) return; // refers to cells: its numbers are checked above
    const [name, args, times] = parsed;
    // The stated value is the last number of the text, before an optional note in brackets.
    const stated = /(-?\d[\d.]*)(?: \([^)]*\))?$/.exec(result);
    expect(stated, result).not.toBeNull();
    const decimals = stated![1]!.split('.')[1]?.length ?? 0;
    expect((call(name, ...args) as number) * times).toBeCloseTo(Number(stated![1]), decimals);
  });

  it('most examples are literal, so they are checked against the text', () => {
    expect(literal.filter(([, formula]) => literalFormula(formula)).length).toBeGreaterThanOrEqual(18);
  });
});
