import { describe, expect, it } from 'vitest';
import { assessAttainability, DAYS_PER_MONTH, MIN_HISTORY_DAYS } from '../src/core/attainability';

/** Points on consecutive days from `first`: value(i) for i = 0…count−1. */
const line = (first: number, count: number, value: (i: number) => number) =>
  Array.from({ length: count }, (_, i) => ({ day: first + i, value: value(i) }));

// Every goal below runs 100 days (days 1000–1099), so "per month" is per day × 365.25/12.
const window = { start: 1000, deadline: 1099 };

describe('assessAttainability', () => {
  it('puts growth needed per month next to growth achieved per month', () => {
    // Followers grew 10 a day for 120 days; the goal needs 2,000 in 100 days = 20 a day: twice the pace.
    const history = line(800, 120, (i) => 5000 + 10 * i);
    const result = assessAttainability({ ...window, baseline: 6200, target: 8200 }, history);
    expect(result.neededPerMonth).toBeCloseTo(20 * DAYS_PER_MONTH, 9);
    expect(result.achievedPerMonth).toBeCloseTo(10 * DAYS_PER_MONTH, 9);
    expect(result.factor).toBeCloseTo(2, 9);
    expect(result.verdict).toBe('stretch');
    // The 100-day period ends on the last day with data.
    expect([result.historyFrom, result.historyTo]).toEqual([820, 919]);
  });

  it('grades by factor: within up to 1×, stretch up to 3×, unrealistic beyond', () => {
    const history = line(800, 120, (i) => 10 * i);
    const verdict = (gain: number) =>
      assessAttainability({ ...window, baseline: 0, target: gain }, history).verdict;
    expect(verdict(500)).toBe('within'); // 0.5×
    expect(verdict(1000)).toBe('within'); // exactly the recent pace
    expect(verdict(2500)).toBe('stretch'); // 2.5×
    expect(verdict(3500)).toBe('unrealistic'); // 3.5×
  });

  it('measures the most recent stretch as long as the goal, not the whole history', () => {
    // A year flat, then the last 100 days rising 10 a day: the recent pace is 10 a day.
    const history = [...line(500, 265, () => 1000), ...line(765, 100, (i) => 1000 + 10 * (i + 1))];
    const result = assessAttainability({ ...window, baseline: 2000, target: 3000 }, history);
    expect(result.achievedPerMonth! / DAYS_PER_MONTH).toBeCloseTo(10, 9);
    expect(result.verdict).toBe('within');
    expect(result.historyFrom).toBe(765);
  });

  it('fits a line rather than comparing two noisy days', () => {
    // 10 a day, and a one-day spike of +1,000 on the last day: it doubles an end-to-end estimate, but moves
    // the least-squares slope by only 1000 × 49.5 ÷ 83,325 ≈ 0.59 a day.
    const history = line(800, 100, (i) => 10 * i + (i === 99 ? 1000 : 0));
    const result = assessAttainability({ ...window, baseline: 0, target: 1000 }, history);
    const endToEnd = (history[99]!.value - history[0]!.value) / 99;
    expect(endToEnd).toBeGreaterThan(20);
    expect(result.achievedPerMonth! / DAYS_PER_MONTH).toBeLessThan(11.2);
  });

  it('reads running totals of a count as its volume per month', () => {
    // 100 impressions a day as running totals; 6,000 more in 30 days needs 200 a day.
    const history = line(800, 60, (i) => 100 * (i + 1));
    const result = assessAttainability({ start: 1000, deadline: 1029, baseline: 0, target: 6000 }, history);
    expect(result.factor).toBeCloseTo(2, 9);
    expect(result.verdict).toBe('stretch');
  });

  it('handles decrease goals in the direction of the goal', () => {
    // Bounce rate falling 0.1 points a day; the goal lowers it 5 points in 100 days = 0.05 a day.
    const falling = line(800, 90, (i) => 0.5 - 0.001 * i);
    const down = assessAttainability({ ...window, baseline: 0.45, target: 0.4 }, falling);
    expect(down.neededPerMonth).toBeLessThan(0);
    expect(down.factor).toBeCloseTo(0.5, 9);
    expect(down.verdict).toBe('within');
    // The same history for a goal that raises it: the data moved the other way.
    const up = assessAttainability({ ...window, baseline: 0.45, target: 0.5 }, falling);
    expect(up).toMatchObject({ verdict: 'unrealistic', factor: null });
    expect(up.achievedPerMonth).toBeLessThan(0);
  });

  it('calls a flat history unrealistic for any growth', () => {
    const flat = line(800, 60, () => 2000);
    expect(assessAttainability({ ...window, baseline: 2000, target: 2001 }, flat)).toMatchObject({
      verdict: 'unrealistic',
      factor: null,
      achievedPerMonth: 0,
    });
  });

  it('says "not enough history" under four weeks of data, and with none', () => {
    const short = line(800, MIN_HISTORY_DAYS - 1, (i) => 10 * i);
    const result = assessAttainability({ ...window, baseline: 0, target: 100 }, short);
    expect(result).toMatchObject({ verdict: 'notEnoughHistory', achievedPerMonth: null, factor: null });
    expect([result.historyFrom, result.historyTo]).toEqual([800, 826]);
    expect(
      assessAttainability(
        { ...window, baseline: 0, target: 100 },
        line(800, MIN_HISTORY_DAYS, (i) => i),
      ).verdict,
    ).not.toBe('notEnoughHistory');
    expect(assessAttainability({ ...window, baseline: 0, target: 100 }, [])).toMatchObject({
      verdict: 'notEnoughHistory',
      historyFrom: null,
      historyTo: null,
    });
  });

  it('looks back at least four weeks for a short goal, and takes weekly points', () => {
    // A 7-day goal; weekly snapshots over five weeks, +70 a week.
    const weekly = [0, 7, 14, 21, 28].map((offset, i) => ({ day: 800 + offset, value: 1000 + 70 * i }));
    const result = assessAttainability({ start: 1000, deadline: 1006, baseline: 2000, target: 2070 }, weekly);
    expect(result.verdict).toBe('within');
    expect(result.factor).toBeCloseTo(1, 9);
  });
});
