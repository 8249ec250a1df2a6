// Issue 3: engagement rate divides by reach when the data has it, else by impressions (no other test
// had a goal whose data lacks reach).
import { describe, expect, it } from 'vitest';
import { buildProgressReport } from '../../src/core/progress';
import { daily, dataset, day, goalsTab, series } from './build';

const OPTIONS = { today: day('2026-07-12'), builtAt: 0 };
const GOAL = {
  Platform: 'X',
  Metric: 'engagement rate',
  Baseline: 0.01,
  Target: 0.05,
  Start: '2026-07-01',
  Deadline: '2026-07-10',
};

// X, 1–2 July: 30 and 50 engagements; reach 1,000 a day; impressions 4,000 a day.
const engagements = series('X', 'engagements', 'count', daily('2026-07-01', [30, 50]));
const reach = series('X', 'reach', 'count', daily('2026-07-01', [1000, 1000]));
const impressions = series('X', 'impressions', 'count', daily('2026-07-01', [4000, 4000]));

const current = (...list: ReturnType<typeof series>[]) =>
  buildProgressReport(goalsTab(GOAL), dataset(...list), OPTIONS).goals[0]!.current;

describe('engagement rate', () => {
  it('is engagements ÷ reach when the data has reach: 80 ÷ 2,000 = 4%', () => {
    expect(current(engagements, reach, impressions)).toBeCloseTo(0.04, 12);
    expect(current(engagements, impressions, reach)).toBeCloseTo(0.04, 12);
  });

  it('is engagements ÷ impressions without reach: 80 ÷ 8,000 = 1%', () => {
    expect(current(engagements, impressions)).toBeCloseTo(0.01, 12);
  });
});
