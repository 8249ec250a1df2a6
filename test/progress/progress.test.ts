import { describe, expect, it } from 'vitest';
import { buildProgressReport, suggestBaseline } from '../../src/core/progress';
import type { GoalResult } from '../../src/core/report';
import { daily, dataset, day, type GoalRowInput, goalsTab, series } from './build';

const OPTIONS = { today: day('2026-07-12'), builtAt: 1_000 };

/** X impressions: 100 a day, 1–10 July 2026. */
const impressions = series('X', 'impressions', 'count', daily('2026-07-01', Array(10).fill(100)));

function one(data: ReturnType<typeof dataset>, row: GoalRowInput): GoalResult {
  const report = buildProgressReport(goalsTab(row), data, OPTIONS);
  expect(report.goals).toHaveLength(1);
  return report.goals[0]!;
}

// A 40-day goal window: 1 July – 9 August 2026 (31 + 9 days).
const count40 = { Platform: 'X', Metric: 'impressions', Start: '2026-07-01', Deadline: '2026-08-09' };

describe('count goals and every pace status', () => {
  // as-of 10 July: e = 10 of T = 40 days, expected 0.25; current = 0 + 10 × 100 = 1,000.
  it('On track: progress 1000/4000 = 0.25 ≥ 0.95 × 0.25', () => {
    const g = one(dataset(impressions), { ...count40, Target: 4000 });
    expect(g).toMatchObject({
      status: 'On track',
      kind: 'count',
      baseline: 0,
      current: 1000,
      target: 4000,
      progress: 0.25,
      expected: 0.25,
      asOf: day('2026-07-10'),
      start: day('2026-07-01'),
      deadline: day('2026-08-09'),
      message: 'Baseline 0: counting starts on Start.',
    });
  });

  it('At risk: progress 0.2, between 0.75 × 0.25 = 0.1875 and 0.2375', () => {
    expect(one(dataset(impressions), { ...count40, Target: 5000 })).toMatchObject({
      status: 'At risk',
      progress: 0.2,
    });
  });

  it('Behind: progress 1000/6000 = 0.1667 < 0.1875', () => {
    const g = one(dataset(impressions), { ...count40, Target: 6000 });
    expect(g.status).toBe('Behind');
    expect(g.progress).toBeCloseTo(1 / 6, 12);
  });

  it('Achieved: progress 1000/1000 = 1 before the deadline', () => {
    expect(one(dataset(impressions), { ...count40, Target: 1000 })).toMatchObject({
      status: 'Achieved',
      progress: 1,
    });
  });

  it('a given baseline adds to the count: 500 + 1000 of 4500 → progress 1000/4000', () => {
    expect(one(dataset(impressions), { ...count40, Baseline: 500, Target: 4500 })).toMatchObject({
      current: 1500,
      progress: 0.25,
      message: '',
    });
  });

  it('Missed: data past the deadline is capped there, and the sum stops on the deadline', () => {
    const long = series('X', 'impressions', 'count', daily('2026-07-01', Array(15).fill(100)));
    const g = one(dataset(long), { ...count40, Deadline: '2026-07-10', Target: 2000 });
    expect(g).toMatchObject({
      status: 'Missed',
      asOf: day('2026-07-10'),
      current: 1000,
      progress: 0.5,
      expected: 1,
    });
  });

  it('Achieved beats Missed on the deadline', () => {
    const g = one(dataset(impressions), { ...count40, Deadline: '2026-07-10', Target: 1000 });
    expect(g).toMatchObject({ status: 'Achieved', asOf: day('2026-07-10') });
  });

  it('No data: no series for the platform', () => {
    const g = one(dataset(impressions), { ...count40, Platform: 'TikTok', Target: 100 });
    expect(g).toMatchObject({
      status: 'No data',
      current: null,
      progress: null,
      message: 'No impressions data for TikTok in the pasted tabs.',
    });
  });

  it('No data: nothing between Start and Deadline', () => {
    const g = one(dataset(impressions), {
      ...count40,
      Start: '2026-06-01',
      Deadline: '2026-06-20',
      Target: 100,
    });
    expect(g).toMatchObject({
      status: 'No data',
      message: 'No impressions data for X between Start and Deadline. Baseline 0: counting starts on Start.',
    });
  });

  it('Not started: Start after the latest data day (checked before No data, which it implies)', () => {
    const g = one(dataset(impressions), {
      ...count40,
      Start: '2026-08-01',
      Deadline: '2026-09-01',
      Target: 100,
    });
    expect(g).toMatchObject({
      status: 'Not started',
      baseline: 0,
      current: null,
      message:
        'Starts on 2026-08-01, after the latest data (2026-07-10). Baseline 0: counting starts on Start.',
    });
  });

  it('projects the cumulative total: 100(x+1) reaches 4,000 on the deadline and 5,000 ten days later', () => {
    const on = one(dataset(impressions), { ...count40, Target: 4000 });
    expect(on.projected).toBeCloseTo(4000, 9);
    expect(on.projectedDay).toBe(day('2026-08-09'));
    const late = one(dataset(impressions), { ...count40, Target: 5000 });
    expect(late.projectedDay).toBe(day('2026-08-19'));
  });

  it('charts the running total against the linear pace', () => {
    const g = one(dataset(impressions), { ...count40, Target: 4000 });
    expect(g.chart).toHaveLength(10);
    expect(g.chart[0]).toEqual({ day: day('2026-07-01'), actual: 100, expected: 100 }); // 4000 × 1/40
    expect(g.chart[9]).toEqual({ day: day('2026-07-10'), actual: 1000, expected: 1000 }); // 4000 × 10/40
  });
});

describe('level goals', () => {
  // 180-day window: 1 July – 27 December 2026 (153 days to 30 Nov + 27).
  const followers = series('LinkedIn', 'followers', 'level', [
    ['2026-07-01', 1000],
    ['2026-07-15', 1060],
    ['2026-07-30', 1120],
  ]);
  const goal = {
    Platform: 'LinkedIn',
    Metric: 'followers',
    Baseline: 1000,
    Target: 2000,
    Start: '2026-07-01',
    Deadline: '2026-12-27',
  };

  it('compound pace: e/T = 30/180, expected 2^(1/6) − 1 = 0.12246; progress 0.12 is on track', () => {
    const g = one(dataset(followers), { ...goal, Pace: 'Compound' });
    expect(g.pace).toBe('Compound');
    expect(g.current).toBe(1120);
    expect(g.progress).toBeCloseTo(0.12, 12);
    expect(g.expected).toBeCloseTo(0.122462048, 8);
    expect(g.status).toBe('On track'); // 0.12 ≥ 0.95 × 0.12246 = 0.11634
    expect(g.chart.at(-1)!.expected).toBeCloseTo(1122.462048, 5); // 1000 × 2^(1/6)
    expect(g.chart[0]!.expected).toBeCloseTo(1000 * 2 ** (1 / 180), 9);
  });

  it('linear pace: expected 30/180 = 0.1667, so the same progress is behind (0.12 < 0.75 × 0.1667 = 0.125)', () => {
    const g = one(dataset(followers), { ...goal, Pace: 'Linear' });
    expect(g.expected).toBeCloseTo(1 / 6, 12);
    expect(g.status).toBe('Behind');
  });

  it('blank baseline: the last level on or before Start', () => {
    const withJune = series('LinkedIn', 'followers', 'level', [
      ['2026-06-20', 900],
      ['2026-07-02', 950],
      ['2026-07-30', 1120],
    ]);
    const g = one(dataset(withJune), { ...goal, Baseline: '' });
    expect(g.baseline).toBe(900);
    expect(g.message).toBe('Baseline 900: the level on 2026-06-20, the last value on or before Start.');
    expect(g.progress).toBeCloseTo(220 / 1100, 12);
  });

  it('blank baseline and no level before Start: the first level in the window', () => {
    const g = one(dataset(followers), { ...goal, Baseline: '', Start: '2026-06-25', Deadline: '2026-12-21' });
    expect(g.baseline).toBe(1000);
    expect(g.message).toBe(
      'Baseline 1,000: the first level in the goal window (2026-07-01); none on or before Start.',
    );
  });

  it('a change-form series with a given baseline: level = 2000 + changes from Start', () => {
    const changes = series(
      'LinkedIn',
      'followers',
      'level',
      [
        ['2026-06-30', 99], // before Start: already inside the baseline
        ['2026-07-01', 10],
        ['2026-07-02', 20],
        ['2026-07-05', 30],
      ],
      'change',
    );
    // 30-day window 1–30 July; as-of 5 July: e = 5, expected 1/6; progress 60/600 = 0.1 < 0.125 → Behind.
    const g = one(dataset(changes), { ...goal, Baseline: 2000, Target: 2600, Deadline: '2026-07-30' });
    expect(g).toMatchObject({ current: 2060, progress: 0.1, status: 'Behind', asOf: day('2026-07-05') });
    expect(g.chart.map((p) => p.actual)).toEqual([2010, 2030, 2060]);
  });

  it('changes only and no baseline: an invalid goal pointing at the Baseline cell', () => {
    const changes = series('LinkedIn', 'followers', 'level', daily('2026-07-01', [1, 2, 3]), 'change');
    const g = one(dataset(changes), { ...goal, Baseline: '' });
    expect(g.status).toBe('Invalid goal');
    expect(g.message).toBe(
      'Goals row 2, column E (Baseline): the data has only daily changes of followers for LinkedIn, not the level they start from. Enter a Baseline.',
    );
  });

  it('changes plus a level series that ends before Start: the level brought forward by the changes', () => {
    const levels = series('LinkedIn', 'followers', 'level', [['2026-06-28', 1950]]);
    const changes = series(
      'LinkedIn',
      'followers',
      'level',
      [
        ['2026-06-28', 7], // already in the 28 June level
        ['2026-06-29', 5],
        ['2026-06-30', 5],
        ['2026-07-01', 10],
      ],
      'change',
    );
    const g = one(dataset(levels, changes), { ...goal, Baseline: '' });
    expect(g.baseline).toBe(1960);
    expect(g.current).toBe(1970);
    expect(g.message).toBe('Baseline 1,960: the level in the data, moved to Start by the daily changes.');
  });

  it("daily changes beat a sparser level series; a level on Start is taken back by that day's change", () => {
    const levels = series('LinkedIn', 'followers', 'level', [['2026-07-01', 1000]]);
    const changes = series('LinkedIn', 'followers', 'level', daily('2026-07-01', [10, 20, 30]), 'change');
    const g = one(dataset(levels, changes), { ...goal, Baseline: '' });
    expect(g).toMatchObject({ baseline: 990, current: 1050, asOf: day('2026-07-03') });
  });

  it('a level only after Start is taken back to Start by the changes up to it', () => {
    const levels = series('LinkedIn', 'followers', 'level', [['2026-07-03', 1100]]);
    const changes = series('LinkedIn', 'followers', 'level', daily('2026-07-01', [10, 20, 30, 40]), 'change');
    const g = one(dataset(levels, changes), { ...goal, Baseline: '' });
    expect(g).toMatchObject({ baseline: 1040, current: 1140 }); // 1100 − (10 + 20 + 30), then + 100
  });

  it('a level series wins over the change series of the same platform', () => {
    const changes = series('LinkedIn', 'followers', 'level', daily('2026-07-01', [500, 500]), 'change');
    expect(one(dataset(followers, changes), goal).current).toBe(1120);
  });

  it('compound pace asked for a count falls back to linear, saying so', () => {
    const g = one(dataset(impressions), { ...count40, Target: 4000, Pace: 'Compound' });
    expect(g).toMatchObject({ pace: 'Linear', expected: 0.25, status: 'On track' });
    expect(g.message).toBe(
      'Baseline 0: counting starts on Start. Compound pace needs a level metric (followers, subscribers) with a baseline and target above 0: linear pace used.',
    );
  });

  it('projects a straight line 1000 + 10·x to 1,290 on the deadline and 1,500 on day 50', () => {
    const line = series(
      'LinkedIn',
      'followers',
      'level',
      daily(
        '2026-07-01',
        Array.from({ length: 10 }, (_, x) => 1000 + 10 * x),
      ),
    );
    const g = one(dataset(line), { ...goal, Target: 1500, Deadline: '2026-07-30' });
    expect(g.projected).toBeCloseTo(1290, 9);
    expect(g.projectedDay).toBe(day('2026-08-20')); // 1 July + 50 days
    // A decrease goal on a rising line never gets there.
    const down = one(dataset(line), { ...goal, Baseline: 1000, Target: 900, Deadline: '2026-07-30' });
    expect(down.projectedDay).toBeNull();
    expect(down.projected).toBeCloseTo(1290, 9);
    expect(down.status).toBe('Behind'); // progress (1090 − 1000) ÷ (900 − 1000) = −0.9
  });

  it('no projection from a single day', () => {
    const g = one(dataset(followers), { ...goal, Deadline: '2026-07-10' });
    expect(g).toMatchObject({ projected: null, projectedDay: null, current: 1000 });
  });

  it('a decrease goal on a falling level', () => {
    const falling = series('X', 'followers', 'level', daily('2026-07-01', [1000, 990, 980, 970, 960]));
    // Window 1–10 July (T = 10), as-of 5 July (e = 5): expected 0.5, progress (960 − 1000)/(900 − 1000) = 0.4.
    const g = one(dataset(falling), {
      ...goal,
      Platform: 'X',
      Baseline: 1000,
      Target: 900,
      Deadline: '2026-07-10',
    });
    expect(g).toMatchObject({ progress: 0.4, expected: 0.5, status: 'At risk' });
    expect(g.projected).toBeCloseTo(910, 9); // 1000 − 10·9
    expect(g.projectedDay).toBe(day('2026-07-11')); // 1000 − 10x ≤ 900 at x = 10
  });
});

describe('ratio goals', () => {
  // GA4: sessions 100 a day 24 June – 10 July; bounces 60 a day before Start, 50 from Start.
  const sessions = series('GA4', 'sessions', 'count', daily('2026-06-24', Array(17).fill(100)));
  const bounces = series('GA4', 'bounces', 'count', [
    ...daily('2026-06-24', Array(7).fill(60)),
    ...daily('2026-07-01', Array(10).fill(50)),
  ]);
  const goal = { Platform: 'GA4', Metric: 'bounce rate', Start: '2026-07-01', Deadline: '2026-07-20' };

  it('bounce rate down: baseline 0.6 from the days before Start, current 0.5, target 40% → progress 0.5', () => {
    const g = one(dataset(sessions, bounces), { ...goal, Target: '40%' });
    expect(g.baseline).toBeCloseTo(0.6, 12);
    expect(g.current).toBeCloseTo(0.5, 12);
    expect(g.target).toBe(0.4);
    expect(g.progress).toBeCloseTo(0.5, 12);
    expect(g.expected).toBe(0.5); // 10 of 20 days
    expect(g.status).toBe('On track');
    expect(g.message).toBe(
      'Baseline 60%: the bounce rate over the days before Start (2026-06-24 to 2026-06-30).',
    );
    expect(g.projected).toBeCloseTo(0.5, 12); // daily rates are flat at 0.5
    expect(g.projectedDay).toBeNull(); // a flat line never reaches 0.4
  });

  it('reads the target as 0.4, "40%" or 40 (a bare number above 1 is in percent units)', () => {
    const data = dataset(sessions, bounces);
    expect(one(data, { ...goal, Target: 0.4 }).target).toBe(0.4);
    expect(one(data, { ...goal, Target: '40%' }).target).toBe(0.4);
    const bare = one(data, { ...goal, Target: 40 });
    expect(bare.target).toBe(0.4);
    expect(bare.message).toMatch(/^Target 40 read as 40%\. /);
    expect(one(data, { ...goal, Target: 40, Baseline: 60 }).message).toBe(
      'Target 40 read as 40%. Baseline 60 read as 60%.',
    );
  });

  it('reads 0.05, 5% and "5%" alike for an engagement rate target', () => {
    const engagements = series('Instagram', 'engagements', 'count', daily('2026-07-01', [30, 50]));
    const reach = series('Instagram', 'reach', 'count', daily('2026-07-01', [1000, 1000]));
    const data = dataset(engagements, reach);
    const base = {
      Platform: 'Instagram',
      Metric: 'engagement rate',
      Start: '2026-07-01',
      Deadline: '2026-07-10',
    };
    const targets = [0.05, '5%', 5].map((t) => one(data, { ...base, Target: t }));
    for (const g of targets) {
      expect(g.target).toBe(0.05);
      // Baseline: no days before Start, so the first 7 days (1–7 July): 80 / 2000 = 0.04.
      expect(g.baseline).toBeCloseTo(0.04, 12);
      expect(g.current).toBeCloseTo(0.04, 12);
    }
    expect(targets[0]!.message).toBe(
      'Baseline 4%: the engagement rate over the first 7 days (2026-07-01 to 2026-07-07).',
    );
  });

  it('a ratio column alone: daily rates weighted by reach, else a plain mean', () => {
    const rate = series('Instagram', 'engagement rate', 'ratio', daily('2026-07-01', [0.04, 0.06]));
    const reach = series('Instagram', 'reach', 'count', daily('2026-07-01', [1000, 3000]));
    const base = {
      Platform: 'Instagram',
      Metric: 'engagement rate',
      Baseline: 0.03,
      Target: 0.08,
      Start: '2026-07-01',
      Deadline: '2026-07-10',
    };
    expect(one(dataset(rate, reach), base).current).toBeCloseTo((40 + 180) / 4000, 12);
    expect(one(dataset(rate), base).current).toBeCloseTo(0.05, 12);
  });

  it('All platforms: sum of numerators ÷ sum of denominators', () => {
    const clicksX = series('X', 'clicks', 'count', daily('2026-07-01', [10]));
    const imprX = series('X', 'impressions', 'count', daily('2026-07-01', [1000]));
    const clicksL = series('LinkedIn', 'clicks', 'count', daily('2026-07-01', [30]));
    const imprL = series('LinkedIn', 'impressions', 'count', daily('2026-07-01', [1000]));
    const g = one(dataset(clicksX, imprX, clicksL, imprL), {
      Platform: 'All',
      Metric: 'click-through rate',
      Baseline: 0.01,
      Target: 0.03,
      Start: '2026-07-01',
      Deadline: '2026-07-10',
    });
    expect(g.current).toBeCloseTo(40 / 2000, 12);
    expect(g.progress).toBeCloseTo(0.5, 12);
  });
});

describe('All platforms', () => {
  it('count: sums the platforms day by day', () => {
    const linkedin = series('LinkedIn', 'impressions', 'count', daily('2026-07-01', Array(10).fill(50)));
    const g = one(dataset(impressions, linkedin), { ...count40, Platform: 'all', Target: 6000 });
    expect(g).toMatchObject({ platform: 'All', current: 1500, progress: 0.25, status: 'On track' });
  });

  it('level: the sum of each platform level on the day, carried forward', () => {
    const a = series('LinkedIn', 'followers', 'level', [
      ['2026-07-01', 1000],
      ['2026-07-03', 1100],
    ]);
    const b = series('X', 'followers', 'level', [
      ['2026-07-01', 500],
      ['2026-07-02', 520],
    ]);
    const g = one(dataset(a, b), {
      Platform: 'All',
      Metric: 'followers',
      Target: 2000,
      Start: '2026-07-01',
      Deadline: '2026-07-30',
    });
    expect(g.baseline).toBe(1500);
    expect(g.chart.map((p) => p.actual)).toEqual([1500, 1520, 1620]);
    expect(g.current).toBe(1620);
  });

  it('level mixing a change series and a level series, with a given baseline', () => {
    const changes = series('LinkedIn', 'followers', 'level', daily('2026-07-01', [10, 10]), 'change');
    const levels = series('TikTok', 'followers', 'level', [
      ['2026-06-30', 400],
      ['2026-07-02', 430],
    ]);
    const g = one(dataset(changes, levels), {
      Platform: 'All',
      Metric: 'followers',
      Baseline: 3000,
      Target: 4000,
      Start: '2026-07-01',
      Deadline: '2026-07-30',
    });
    expect(g.current).toBe(3050); // 3000 + 10 + 10 + (430 − 400)
  });
});

describe('invalid goals', () => {
  it('carries the Goals-tab message and the row text', () => {
    const g = one(dataset(impressions), { ...count40, Target: '' });
    expect(g).toMatchObject({
      status: 'Invalid goal',
      goalsRow: 2,
      goal: 'A goal',
      platform: 'X',
      metric: 'impressions',
      kind: 'count',
      message: 'Goals row 2, column F (Target): Target is required',
    });
  });

  it.each([
    [{ Deadline: '2026-07-01' }, 'Goals row 2, column H (Deadline): Deadline must be after the start date'],
    [{ Baseline: 'n/a' }, 'Goals row 2, column E (Baseline): "n/a" is not a number'],
    [
      { Metric: 'karma' },
      'Goals row 2, column D (Metric): "karma" is not a known metric or a column in the pasted data.',
    ],
  ])('%o → %s', (change, msg) => {
    const g = one(dataset(impressions), { ...count40, Target: 4000, ...change });
    expect(g.status).toBe('Invalid goal');
    expect(g.message).toBe(msg);
    expect([g.current, g.progress, g.expected, g.projected]).toEqual([null, null, null, null]);
  });

  it('a target equal to the baseline the data gives cannot be measured', () => {
    const g = one(dataset(impressions), { ...count40, Target: 0 });
    expect(g.status).toBe('Invalid goal');
    expect(g.message).toBe(
      'Baseline 0: counting starts on Start. Goals row 2, column F (Target): the target equals the baseline (0), so there is no progress to measure.',
    );
  });

  it('a metric that is a column of the data, not of the catalogue', () => {
    const custom = series('Instagram', 'Story replies', 'count', daily('2026-07-01', [5, 5]));
    const g = one(dataset(custom), {
      Platform: 'Instagram',
      Metric: 'story replies',
      Target: 100,
      Start: '2026-07-01',
      Deadline: '2026-07-10',
    });
    expect(g).toMatchObject({ metric: 'story replies', kind: 'count', current: 10, progress: 0.1 });
  });
});

describe('the report', () => {
  it('is stale only when the latest data is more than 7 days before today', () => {
    const goals = goalsTab({ ...count40, Target: 4000 });
    const build = (today: string) =>
      buildProgressReport(goals, dataset(impressions), { today: day(today), builtAt: 5 });
    expect(build('2026-07-17')).toMatchObject({ stale: false, dataAsOf: day('2026-07-10'), builtAt: 5 });
    expect(build('2026-07-18').stale).toBe(true);
  });

  it('lists a Goals tab without a header row among the issues', () => {
    const report = buildProgressReport(
      { headerRow: null, columns: {}, rows: [], problem: 'no header' },
      dataset(),
      OPTIONS,
    );
    expect(report.issues).toEqual([{ tab: 'Goals', row: 1, reason: 'no header' }]);
    expect(report.goals).toEqual([]);
    expect(report.stale).toBe(false);
  });
});

describe('suggestBaseline', () => {
  it('uses the same rules as the Progress tab', () => {
    const followers = series('LinkedIn', 'followers', 'level', [
      ['2026-06-20', 900],
      ['2026-07-05', 950],
    ]);
    expect(suggestBaseline(dataset(followers), 'LinkedIn', 'followers', day('2026-07-01'))).toEqual({
      value: 900,
      kind: 'level',
      note: 'Baseline 900: the level on 2026-06-20, the last value on or before Start.',
    });
    expect(suggestBaseline(dataset(impressions), 'Twitter', 'Impressions', day('2026-07-01'))).toMatchObject({
      value: 0,
      kind: 'count',
    });
    expect(suggestBaseline(dataset(impressions), 'X', 'followers', day('2026-07-01'))).toEqual({
      value: null,
      kind: 'level',
      note: 'No followers data for X in the pasted tabs.',
    });
    expect(suggestBaseline(dataset(impressions), 'X', 'karma', day('2026-07-01')).value).toBeNull();
  });
});
