import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoFromDay } from '../../src/core/days';
import type { MetricKind, Series } from '../../src/core/model';
import { buildProgressReport } from '../../src/core/progress';
import { GOAL_STATUSES, type GoalResult } from '../../src/core/report';
import { dataset, day, goalsTab, series } from './build';

const D0 = day('2026-07-01');
const PLATFORMS = ['X', 'LinkedIn', 'TikTok'] as const;
const METRICS: readonly [string, MetricKind][] = [
  ['followers', 'level'],
  ['impressions', 'count'],
  ['reach', 'count'],
  ['engagements', 'count'],
  ['engagement rate', 'ratio'],
  ['sessions', 'count'],
  ['bounces', 'count'],
  ['bounce rate', 'ratio'],
  ['Story replies', 'count'],
];

const value = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1000, max: 100_000 }),
  fc.constantFrom(0, 1e308, -1e308, 5e-324),
);

const seriesArb: fc.Arbitrary<Series> = fc
  .record({
    platform: fc.constantFrom(...PLATFORMS),
    metric: fc.constantFrom(...METRICS),
    change: fc.boolean(),
    days: fc.uniqueArray(fc.integer({ min: -40, max: 80 }), { maxLength: 30 }),
    values: fc.array(value, { minLength: 30, maxLength: 30 }),
  })
  .map(({ platform, metric: [name, kind], change, days, values }) =>
    series(
      platform,
      name,
      kind,
      days.map((d, i) => [D0 + d, values[i]!] as const),
      kind === 'level' && change ? 'change' : 'value',
    ),
  );

const anyAbout = fc.tuple(fc.constantFrom(...PLATFORMS, 'All'), fc.constantFrom(...METRICS.map((m) => m[0])));

/** Goals mostly about a metric and platform the data has, so that most of them reach the maths. */
const goalArb = (list: readonly Series[]) =>
  fc.record({
    about: list.length
      ? fc.oneof(
          { weight: 3, arbitrary: fc.constantFrom(...list).map((s) => [s.platform, s.metric] as const) },
          { weight: 1, arbitrary: anyAbout },
        )
      : anyAbout,
    all: fc.boolean(),
    Baseline: fc.option(value, { nil: '' }),
    Target: value,
    start: fc.integer({ min: -30, max: 60 }),
    length: fc.integer({ min: 1, max: 120 }),
    Pace: fc.constantFrom('Linear', 'Compound'),
  });

const NUMBERS = ['baseline', 'current', 'target', 'progress', 'expected', 'projected'] as const;

function assertFinite(goal: GoalResult) {
  for (const field of NUMBERS) {
    const n = goal[field];
    if (n !== null) expect(Number.isFinite(n), `${field} = ${n}`).toBe(true);
  }
  for (const p of goal.chart) {
    expect(Number.isFinite(p.expected)).toBe(true);
    if (p.actual !== null) expect(Number.isFinite(p.actual)).toBe(true);
  }
  expect(GOAL_STATUSES).toContain(goal.status);
}

describe('buildProgressReport on random goals and series', () => {
  it('never throws and never reports NaN or Infinity', () => {
    fc.assert(
      fc.property(
        fc
          .array(seriesArb, { maxLength: 5 })
          .chain((list) =>
            fc.tuple(fc.constant(list), fc.array(goalArb(list), { minLength: 1, maxLength: 4 })),
          ),
        ([list, goals]) => {
          const tab = goalsTab(
            ...goals.map((g) => ({
              Platform: g.all ? 'All' : g.about[0],
              Metric: g.about[1],
              Baseline: g.Baseline,
              Target: g.Target,
              Pace: g.Pace,
              Start: isoFromDay(D0 + g.start),
              Deadline: isoFromDay(D0 + g.start + g.length),
            })),
          );
          const report = buildProgressReport(tab, dataset(...list), { today: D0 + 90, builtAt: 0 });
          expect(report.goals).toHaveLength(goals.length);
          report.goals.forEach(assertFinite);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives progress 1 (Achieved) when the current level equals the target', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 20 }),
        fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { minLength: 20, maxLength: 20 }),
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        (days, values, baseline) => {
          const points = days.map((d, i) => [D0 + d, values[i]!] as const);
          const last = points.reduce((a, b) => (b[0] > a[0] ? b : a));
          fc.pre(last[1] !== baseline);
          const data = dataset(series('X', 'followers', 'level', points));
          const tab = goalsTab({
            Platform: 'X',
            Metric: 'followers',
            Baseline: baseline,
            Target: last[1],
            Start: '2026-07-01',
            Deadline: '2026-09-30',
          });
          const [goal] = buildProgressReport(tab, data, { today: D0, builtAt: 0 }).goals;
          expect(goal!.current).toBe(last[1]);
          expect(goal!.progress).toBe(1);
          expect(goal!.status).toBe('Achieved');
        },
      ),
    );
  });

  it('gives progress 1 when a count reaches its target exactly', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 0, max: 1000 }),
        (values, baseline) => {
          const total = baseline + values.reduce((a, b) => a + b, 0);
          fc.pre(total !== baseline);
          const data = dataset(
            series(
              'X',
              'impressions',
              'count',
              values.map((v, i) => [D0 + i, v] as const),
            ),
          );
          const tab = goalsTab({
            Platform: 'X',
            Metric: 'impressions',
            Baseline: baseline,
            Target: total,
            Start: '2026-07-01',
            Deadline: '2026-09-30',
          });
          expect(buildProgressReport(tab, data, { today: D0, builtAt: 0 }).goals[0]!.progress).toBe(1);
        },
      ),
    );
  });
});
