import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compoundApplies,
  dayLineReaches,
  expectedShare,
  expectedValue,
  fitLine,
  lineAt,
  paceStatus,
  sampleByDay,
} from '../../src/core/progress/maths';

// A 10-day window, days 0–9: e = day + 1.
const frame = { start: 0, deadline: 9, baseline: 100, target: 400, pace: 'Linear' as const };

describe('pace', () => {
  it('linear: e ÷ T, clamped to the window', () => {
    expect(expectedShare(frame, 4)).toBe(0.5);
    expect(expectedShare(frame, 9)).toBe(1);
    expect(expectedShare(frame, 20)).toBe(1);
    expect(expectedShare(frame, -5)).toBe(0);
    expect(expectedValue(frame, 4)).toBe(250);
  });

  it('compound: halfway through, 100 → 400 should stand at 100·√4 = 200, a third of the way', () => {
    const compound = { ...frame, pace: 'Compound' as const };
    expect(expectedValue(compound, 4)).toBeCloseTo(200, 12);
    expect(expectedShare(compound, 4)).toBeCloseTo(1 / 3, 12);
    expect(expectedShare(compound, 9)).toBeCloseTo(1, 12);
  });

  it('compound decrease: 400 → 100 halfway is 400·√0.25 = 200, two thirds of the way', () => {
    const down = { ...frame, baseline: 400, target: 100, pace: 'Compound' as const };
    expect(expectedShare(down, 4)).toBeCloseTo(2 / 3, 12);
  });

  it('compound applies only to levels above 0', () => {
    expect(compoundApplies('level', 100, 400)).toBe(true);
    expect(compoundApplies('level', 0, 400)).toBe(false);
    expect(compoundApplies('level', 100, -1)).toBe(false);
    expect(compoundApplies('count', 100, 400)).toBe(false);
  });
});

describe('least squares', () => {
  it('recovers y = 3 + 2x and where it reaches a target', () => {
    const points = [0, 1, 2, 5].map((x) => ({ day: 100 + x, value: 3 + 2 * x }));
    const line = fitLine(points, 100)!;
    expect(line.slope).toBeCloseTo(2, 12);
    expect(line.intercept).toBeCloseTo(3, 12);
    expect(lineAt(line, 110)).toBeCloseTo(23, 12);
    expect(dayLineReaches(line, 3, 20, 110)).toBe(109); // 3 + 2x ≥ 20 first at x = 8.5 → day 100 + 9
    expect(dayLineReaches(line, 20, 3, 110)).toBeNull(); // a decrease goal on a rising line
  });

  it('fits the least-squares line through scattered points: (0,0) (1,2) (2,1) → y = 0.5 + 0.5x', () => {
    const line = fitLine(
      [
        { day: 0, value: 0 },
        { day: 1, value: 2 },
        { day: 2, value: 1 },
      ],
      0,
    )!;
    expect(line.slope).toBeCloseTo(0.5, 12);
    expect(line.intercept).toBeCloseTo(0.5, 12);
  });

  it('needs two distinct days', () => {
    expect(fitLine([{ day: 1, value: 1 }], 0)).toBeNull();
    expect(fitLine([], 0)).toBeNull();
  });

  it('gives no projected date a century past the deadline', () => {
    expect(dayLineReaches({ intercept: 0, slope: 1e-9, origin: 0 }, 0, 1, 10)).toBeNull();
  });
});

describe('status order', () => {
  it('Achieved first, then Missed on the deadline, then against the expected share', () => {
    expect(paceStatus(1, 0.5, 5, 9)).toBe('Achieved');
    expect(paceStatus(1.2, 1, 9, 9)).toBe('Achieved');
    expect(paceStatus(0.99, 1, 9, 9)).toBe('Missed');
    expect(paceStatus(0.99, 1, 12, 9)).toBe('Missed');
    expect(paceStatus(0.475, 0.5, 5, 9)).toBe('On track'); // exactly 0.95 × 0.5
    expect(paceStatus(0.375, 0.5, 5, 9)).toBe('At risk'); // exactly 0.75 × 0.5
    expect(paceStatus(0.374, 0.5, 5, 9)).toBe('Behind');
    expect(paceStatus(-0.2, 0.5, 5, 9)).toBe('Behind');
  });
});

describe('chart points spread by date', () => {
  const at = (...days: number[]) => days.map((day) => ({ day, value: day * 10 }));

  it('keeps every point up to the limit', () => {
    expect(sampleByDay(at(0, 1, 5), 3)).toEqual(at(0, 1, 5));
  });

  it('keeps the first and last and evenly spaced days between', () => {
    // Days 0–9 in 4 points: 9 days of span in 3 steps of 3.
    expect(sampleByDay(at(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), 4)).toEqual(at(0, 3, 6, 9));
  });

  it('takes the latest point on or before a day with no data, and fewer points across a gap', () => {
    // Wanted days 0, 5, 10: day 5 has no data, so day 2 (the latest before it) stands for it.
    expect(sampleByDay(at(0, 1, 2, 10), 3)).toEqual(at(0, 2, 10));
    // Wanted days 0, 33, 66, 100: 33 and 66 both fall back to day 3, kept once.
    expect(sampleByDay(at(0, 1, 2, 3, 100), 4)).toEqual(at(0, 3, 100));
  });

  it('never exceeds the limit, keeps the ends, and keeps points in order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: -50_000, max: 50_000 }), { minLength: 1, maxLength: 400 }),
        fc.integer({ min: 2, max: 150 }),
        (days, limit) => {
          const points = at(...days.sort((a, b) => a - b));
          const kept = sampleByDay(points, limit);
          expect(kept.length).toBeLessThanOrEqual(Math.min(limit, points.length));
          expect(kept[0]).toBe(points[0]);
          expect(kept.at(-1)).toBe(points.at(-1));
          const indexes = kept.map((p) => points.indexOf(p));
          for (let i = 1; i < indexes.length; i++) expect(indexes[i]!).toBeGreaterThan(indexes[i - 1]!);
        },
      ),
    );
  });
});
