import { describe, expect, it } from 'vitest';
import type { CellValue, Grid, SheetSettings } from '../../src/core/cells';
import { goalRowValues, goalsHeaderWithAllColumns, readGoalsTab } from '../../src/core/goals/goalsTab';
import { GOALS_COLUMNS, type GoalInput } from '../../src/core/goals/schema';
import { goalColumnsBesides } from '../helpers/goals';

const US: SheetSettings = { locale: 'en_US', timeZone: 'UTC' };
const IS: SheetSettings = { locale: 'is_IS', timeZone: 'Atlantic/Reykjavik' };
const HEADER = [...GOALS_COLUMNS];

function row(overrides: Partial<Record<string, CellValue>> = {}): CellValue[] {
  const values: Record<string, CellValue> = {
    Goal: 'Grow followers',
    Category: 'Brand awareness',
    Platform: 'LinkedIn',
    Metric: 'followers',
    Baseline: 1000,
    Target: 2000,
    Start: '2026-07-01',
    Deadline: '2026-12-31',
    Pace: 'Compound',
    'Business objective': 'Pipeline',
    ...overrides,
  };
  return HEADER.map((h) => values[h]);
}

describe('readGoalsTab', () => {
  it('reads the sample goals as text (blank baselines, "6%", "2,000" in a goal name)', () => {
    const grid: Grid = [
      HEADER,
      [
        'Instagram engagement rate to 6%',
        'Engagement',
        'Instagram',
        'engagement rate',
        '',
        '6%',
        '2026-07-01',
        '2026-12-31',
        'Linear',
        'Community',
      ],
      [
        '1.5M X impressions',
        'Brand awareness',
        'X',
        'impressions',
        '',
        '1500000',
        '2026-07-01',
        '2026-12-31',
        '',
        '',
      ],
    ];
    const tab = readGoalsTab(grid, US);
    expect(tab.problem).toBe('');
    expect(tab.headerRow).toBe(1);
    expect(tab.rows.map((r) => r.goal)).toEqual([
      {
        goal: 'Instagram engagement rate to 6%',
        category: 'Engagement',
        platform: 'Instagram',
        metric: 'engagement rate',
        baseline: null,
        target: 0.06,
        start: '2026-07-01',
        deadline: '2026-12-31',
        pace: 'Linear',
        businessObjective: 'Community',
      },
      {
        goal: '1.5M X impressions',
        category: 'Brand awareness',
        platform: 'X',
        metric: 'impressions',
        baseline: null,
        target: 1500000,
        start: '2026-07-01',
        deadline: '2026-12-31',
        pace: 'Linear', // blank pace is linear
        businessObjective: '',
      },
    ]);
    expect(tab.rows.map((r) => r.row)).toEqual([2, 3]);
  });

  it('finds columns in any order and case, under a note, and ignores extra columns and blank rows', () => {
    const grid: Grid = [
      ['My goals for H2', '', '', '', '', ''],
      ['Owner', 'TARGET', ' metric ', 'deadline', 'Goal', 'start date', 'platform', 'Notes'],
      ['Anna', 500, 'likes', '2026-08-31', 'More likes', '2026-08-01', 'all', '=SUM(1)'],
      ['', '', '', '', '', '', '', ''],
      ['Bjarni', '', '', '', '', '', '', 'a note only'],
    ];
    const tab = readGoalsTab(grid, US);
    expect(tab.headerRow).toBe(2);
    expect(tab.columns).toEqual({ target: 1, metric: 2, deadline: 3, goal: 4, start: 5, platform: 6 });
    expect(tab.rows).toHaveLength(1);
    expect(tab.rows[0]).toMatchObject({
      row: 3,
      error: null,
      goal: {
        goal: 'More likes',
        platform: 'All',
        metric: 'likes',
        target: 500,
        baseline: null,
        category: '',
      },
    });
  });

  it('reads Icelandic-locale values: 1.7.2026, "2.000", "3,5", "5,5%" and Date values', () => {
    const grid: Grid = [
      HEADER,
      row({ Baseline: '2.000', Target: '3,5', Start: '1.7.2026', Deadline: '31.12.2026' }),
      row({
        Baseline: '',
        Target: '5,5%',
        Start: new Date(Date.UTC(2026, 6, 1)),
        Deadline: '1. desember 2026',
      }),
    ];
    const tab = readGoalsTab(grid, IS);
    expect(tab.rows.map((r) => r.error)).toEqual([null, null]);
    expect(tab.rows[0]!.goal).toMatchObject({
      baseline: 2000,
      target: 3.5,
      start: '2026-07-01',
      deadline: '2026-12-31',
    });
    expect(tab.rows[1]!.goal).toMatchObject({
      baseline: null,
      target: 0.055,
      start: '2026-07-01',
      deadline: '2026-12-01',
    });
  });

  it('reads m/d/yyyy in a US sheet and d/m/yyyy in a British one', () => {
    const us = readGoalsTab([HEADER, row({ Start: '7/1/2026', Deadline: '12/31/2026' })], US);
    expect(us.rows[0]!.goal).toMatchObject({ start: '2026-07-01', deadline: '2026-12-31' });
    const gb = readGoalsTab([HEADER, row({ Start: '1/7/2026', Deadline: '31/12/2026' })], {
      locale: 'en_GB',
      timeZone: 'UTC',
    });
    expect(gb.rows[0]!.goal).toMatchObject({ start: '2026-07-01', deadline: '2026-12-31' });
  });

  it('names the Goals row and column of each invalid cell', () => {
    const grid: Grid = [
      HEADER,
      row({ Target: '' }),
      row({ Deadline: '2026-06-30' }),
      row({ Baseline: 'about 100' }),
      row({ Target: 'abc', Start: 'soon', Pace: 'fast' }),
      row({ Goal: '', Deadline: '2026-07-01' }),
    ];
    expect(readGoalsTab(grid, US).rows.map((r) => r.error)).toEqual([
      'Goals row 2, column F (Target): Target is required',
      'Goals row 3, column H (Deadline): Deadline must be after the start date',
      'Goals row 4, column E (Baseline): "about 100" is not a number',
      'Goals row 5, column F (Target): "abc" is not a number; column G (Start): "soon" is not a date; column I (Pace): "fast" is not a pace (Linear or Compound)',
      'Goals row 6, column A (Goal): Goal is required; column H (Deadline): Deadline must be after the start date',
    ]);
  });

  it('rejects a baseline or target beyond ±1e15, naming its row and column, and keeps the limit itself', () => {
    const limit = 'must lie between -1,000,000,000,000,000 and 1,000,000,000,000,000';
    const grid: Grid = [
      HEADER,
      row({ Baseline: 0, Target: 1e15 }),
      row({ Baseline: -1e15, Target: 0 }),
      row({ Target: 1.5e15 }),
      row({ Baseline: '-2e15', Target: '1e308' }),
    ];
    const rows = readGoalsTab(grid, US).rows;
    expect(rows[0]!.goal).toMatchObject({ baseline: 0, target: 1e15 });
    expect(rows[1]!.goal).toMatchObject({ baseline: -1e15, target: 0 });
    expect(rows.slice(2).map((r) => r.error)).toEqual([
      `Goals row 4, column F (Target): Target ${limit}`,
      `Goals row 5, column E (Baseline): Baseline ${limit}; column F (Target): Target ${limit}`,
    ]);
  });

  it('keeps the text of an invalid row for the report', () => {
    const [bad] = readGoalsTab([HEADER, row({ Target: 'abc' })], US).rows;
    expect(bad!.goal).toBeNull();
    expect(bad).toMatchObject({
      text: { goal: 'Grow followers', platform: 'LinkedIn', metric: 'followers', target: 'abc' },
    });
  });

  it('says which column is missing from the header', () => {
    const grid: Grid = [
      ['Goal', 'Platform', 'Metric', 'Target', 'Deadline'],
      ['Likes', 'X', 'likes', 100, '2026-09-01'],
    ];
    expect(readGoalsTab(grid, US).rows[0]!.error).toBe(
      'Goals row 2, no Start column in the header row: Start is required',
    );
  });

  it('reports a tab without a usable header row', () => {
    const tab = readGoalsTab(
      [
        ['Goal', 'Platform'],
        ['x', 'y'],
      ],
      US,
    );
    expect(tab.rows).toEqual([]);
    expect(tab.problem).toBe(
      'Goals tab: no header row with the columns Goal, Metric, Target in the first 10 rows',
    );
  });
});

describe('writing a goal row', () => {
  const goal: GoalInput = {
    goal: '=HYPERLINK("http://evil")',
    category: '+Brand',
    platform: 'LinkedIn',
    metric: '@followers',
    baseline: null,
    target: -5,
    start: '2026-07-01',
    deadline: '2026-12-31',
    pace: 'Linear',
    businessObjective: '-more pipeline',
  };

  it('follows the header order, keeps extra columns of the existing row, and escapes user text', () => {
    // In UTC the sheet date of a day is its midnight UTC.
    const header = [
      'Notes',
      'Deadline',
      'goal',
      'TARGET',
      'Baseline',
      'Metric',
      'Platform',
      'Start',
      'Pace',
      'Category',
      'Business objective',
      'Owner',
    ];
    const existing = [
      'keep me',
      '2020-01-01',
      'old',
      1,
      2,
      'x',
      'y',
      '2019-01-01',
      'Compound',
      'c',
      'b',
      '=A1',
    ];
    expect(goalRowValues(goal, header, 'UTC', existing)).toEqual([
      'keep me',
      new Date('2026-12-31T00:00:00Z'),
      `'=HYPERLINK("http://evil")`,
      -5, // numbers stay numbers
      '',
      "'@followers",
      'LinkedIn',
      new Date('2026-07-01T00:00:00Z'),
      'Linear',
      "'+Brand",
      "'-more pipeline",
      '=A1',
    ]);
  });

  it('writes a new row as wide as the header, blank in extra columns', () => {
    expect(goalRowValues({ ...goal, goal: 'Plain' }, ['Owner', ...GOALS_COLUMNS], 'UTC')).toEqual([
      '',
      'Plain',
      "'+Brand",
      'LinkedIn',
      "'@followers",
      '',
      -5,
      new Date('2026-07-01T00:00:00Z'),
      new Date('2026-12-31T00:00:00Z'),
      'Linear',
      "'-more pipeline",
    ]);
  });

  it('writes dates as midnight in the spreadsheet time zone and text that looks like a value as text', () => {
    const values = goalRowValues(
      { ...goal, goal: '2026-07-01', category: 'TRUE', metric: '1,5', businessObjective: 'Pipeline' },
      HEADER,
      'America/Los_Angeles',
    );
    // Midnight in Los Angeles (UTC−7 in July, UTC−8 in December).
    expect(values).toEqual([
      "'2026-07-01",
      "'TRUE",
      'LinkedIn',
      "'1,5",
      '',
      -5,
      new Date('2026-07-01T07:00:00Z'),
      new Date('2026-12-31T08:00:00Z'),
      'Linear',
      'Pipeline',
    ]);
  });

  it('appends missing goal columns after the last used header cell', () => {
    expect(goalsHeaderWithAllColumns(['Goal', 'Owner', 'Metric', 'Target', '', ''])).toEqual([
      'Goal',
      'Owner',
      'Metric',
      'Target',
      ...goalColumnsBesides('Goal', 'Metric', 'Target'),
    ]);
    expect(goalsHeaderWithAllColumns([])).toEqual([...GOALS_COLUMNS]);
  });

  it('round-trips a written row through the reader', () => {
    const header = goalsHeaderWithAllColumns(['Owner']);
    const plain = {
      ...goal,
      goal: 'Plain',
      category: 'Leads',
      metric: 'leads',
      target: 50,
      businessObjective: 'Sales',
    };
    const tab = readGoalsTab([header, goalRowValues(plain, header, US.timeZone)], US);
    expect(tab.rows[0]!.goal).toEqual(plain);
    // East of UTC the sheet date is the evening before in UTC: still read as the day written.
    const tokyo: SheetSettings = { locale: 'ja_JP', timeZone: 'Asia/Tokyo' };
    const east = readGoalsTab([header, goalRowValues(plain, header, tokyo.timeZone)], tokyo);
    expect(east.rows[0]!.goal).toEqual(plain);
  });

  it("names an invalid row's dates by the day they show in the spreadsheet time zone", () => {
    const tokyo: SheetSettings = { locale: 'ja_JP', timeZone: 'Asia/Tokyo' };
    // 2026-07-01 00:00 in Tokyo (UTC+9) is 2026-06-30T15:00Z.
    const tab = readGoalsTab([HEADER, row({ Start: new Date('2026-06-30T15:00:00Z'), Target: '' })], tokyo);
    const [only] = tab.rows;
    expect(only!.goal).toBeNull();
    expect(only!.goal === null && only!.text.start).toBe('2026-07-01');
  });
});
