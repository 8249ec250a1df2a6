import { describe, expect, it } from 'vitest';
import { dayFromDate, dayFromYmd } from '../../src/core/days';
import type { DataIssue, TabSummary } from '../../src/core/model';
import { GOAL_STATUSES, type GoalResult, type ProgressReport } from '../../src/core/report';
import { DATA_QUALITY_LINES, planProgressTab, TABLE_WIDTH } from '../../src/server/progress/layout';
import { NEW_SHEET_COLUMNS, type SheetPlan } from '../../src/server/progress/sheetPlan';

const d = dayFromYmd;
const EN = { settings: { locale: 'en_US', timeZone: 'America/New_York' }, language: 'en' } as const;
const IS = { settings: { locale: 'is_IS', timeZone: 'Atlantic/Reykjavik' }, language: 'is' } as const;
const REQUIRED_HEADERS = [
  'Goal',
  'Platform',
  'Metric',
  'Baseline',
  'Current',
  'Target',
  'Progress',
  'Expected',
  'Status',
  'Projected',
  'Projected date',
  'Deadline',
  'Data as of',
];

function goal(overrides: Partial<GoalResult> = {}): GoalResult {
  return {
    goalsRow: 2,
    goal: 'Grow followers',
    category: 'Brand awareness',
    platform: 'LinkedIn',
    metric: 'followers',
    kind: 'level',
    pace: 'Linear',
    baseline: 2000,
    current: 2500,
    target: 4000,
    progress: 0.25,
    expected: 0.5,
    status: 'Behind',
    projected: 3500,
    projectedDay: d(2027, 2, 1),
    start: d(2026, 7, 1),
    deadline: d(2026, 12, 31),
    asOf: d(2026, 10, 1),
    message: '',
    chart: [
      { day: d(2026, 7, 1), actual: 2000, expected: 2010 },
      { day: d(2026, 7, 2), actual: null, expected: 2020 },
      { day: d(2026, 7, 3), actual: 2030, expected: 2030 },
    ],
    ...overrides,
  };
}

function report(overrides: Partial<ProgressReport> = {}): ProgressReport {
  const tabs: TabSummary[] = [
    {
      tab: 'LinkedIn',
      used: true,
      note: 'LinkedIn, header on row 2',
      platforms: ['LinkedIn'],
      dataRows: 92,
      skippedRows: 1,
    },
    { tab: 'Notes', used: false, note: 'no date column', platforms: [], dataRows: 0, skippedRows: 3 },
  ];
  return {
    builtAt: Date.UTC(2026, 9, 2, 14, 30),
    dataAsOf: d(2026, 10, 1),
    stale: false,
    tabs,
    issues: [{ tab: 'LinkedIn', row: 95, reason: 'a Total row, not data' }],
    goals: [goal()],
    ...overrides,
  };
}

/** Row and column (0-based) of the first cell holding `value`. */
function find(plan: SheetPlan, value: unknown): [number, number] {
  for (let r = 0; r < plan.values.length; r++) {
    const c = plan.values[r]!.indexOf(value as never);
    if (c >= 0) return [r, c];
  }
  throw new Error(`no cell holds ${String(value)}`);
}

function tableRow(plan: SheetPlan, goalIndex = 0) {
  const [headerRow] = find(plan, 'Goal');
  const header = plan.values[headerRow]!;
  const row = headerRow + 1 + goalIndex;
  const cell = (name: string) => {
    const c = header.indexOf(name);
    expect(c, name).toBeGreaterThanOrEqual(0);
    return {
      value: plan.values[row]![c],
      format: plan.numberFormats[row]![c],
      background: plan.backgrounds[row]![c],
      weight: plan.fontWeights[row]![c],
      row,
      column: c,
    };
  };
  return { header, cell };
}

describe('planProgressTab', () => {
  it('gives a rectangular plan whose grids all have the same shape', () => {
    const plan = planProgressTab(report(), EN);
    const width = plan.values[0]!.length;
    for (const grid of [plan.values, plan.numberFormats, plan.backgrounds, plan.fontWeights]) {
      expect(grid).toHaveLength(plan.values.length);
      for (const row of grid) expect(row).toHaveLength(width);
    }
    expect(plan.rows).toBeGreaterThanOrEqual(plan.values.length);
    // A new sheet has 26 columns and the applier adds rows only.
    expect(width).toBeLessThanOrEqual(NEW_SHEET_COLUMNS);
  });

  it('has a table header with every required column, bold', () => {
    const plan = planProgressTab(report(), EN);
    const [headerRow] = find(plan, 'Goal');
    const header = plan.values[headerRow]!.slice(0, TABLE_WIDTH);
    for (const name of REQUIRED_HEADERS) expect(header).toContain(name);
    expect(header).toContain('Progress bar');
    expect(header).toContain('Note');
    expect(plan.fontWeights[headerRow]!.slice(0, TABLE_WIDTH).every((w) => w === 'bold')).toBe(true);
  });

  it('writes numbers and real dates with number formats, not formatted text', () => {
    const plan = planProgressTab(report(), EN);
    const { cell } = tableRow(plan);
    expect(cell('Baseline')).toMatchObject({ value: 2000, format: '#,##0' });
    expect(cell('Current')).toMatchObject({ value: 2500, format: '#,##0' });
    expect(cell('Target')).toMatchObject({ value: 4000, format: '#,##0' });
    expect(cell('Projected')).toMatchObject({ value: 3500, format: '#,##0' });
    expect(cell('Progress')).toMatchObject({ value: 0.25, format: '0%' });
    expect(cell('Expected')).toMatchObject({ value: 0.5, format: '0%' });
    for (const [name, day] of [
      ['Deadline', d(2026, 12, 31)],
      ['Data as of', d(2026, 10, 1)],
      ['Projected date', d(2027, 2, 1)],
    ] as const) {
      const { value, format } = cell(name);
      expect(value).toBeInstanceOf(Date);
      expect(dayFromDate(value as Date, EN.settings.timeZone)).toBe(day);
      expect(format).toBe('yyyy-mm-dd');
    }
  });

  it('formats ratio goals as percentages and leaves missing numbers blank', () => {
    const ratio = goal({
      kind: 'ratio',
      metric: 'engagement rate',
      baseline: 0.031,
      current: 0.04,
      target: 0.06,
    });
    const empty = goal({
      status: 'No data',
      current: null,
      progress: null,
      expected: null,
      projected: null,
      projectedDay: null,
      asOf: null,
      chart: [],
    });
    const plan = planProgressTab(report({ goals: [ratio, empty] }), EN);
    expect(tableRow(plan, 0).cell('Baseline')).toMatchObject({ value: 0.031, format: '0.00%' });
    expect(tableRow(plan, 0).cell('Target')).toMatchObject({ value: 0.06, format: '0.00%' });
    const blank = tableRow(plan, 1);
    for (const name of [
      'Current',
      'Progress',
      'Progress bar',
      'Expected',
      'Projected',
      'Projected date',
      'Data as of',
    ])
      expect(blank.cell(name).value, name).toBe('');
    expect(blank.cell('Status').value).toBe('No data');
  });

  it('colours each status differently and draws a bar that reads the Progress cell of its own row', () => {
    const goals = GOAL_STATUSES.map((status, i) => goal({ status, goal: `Goal ${i}` }));
    const plan = planProgressTab(report({ goals }), EN);
    const fills = new Map<string, string>();
    goals.forEach((g, i) => {
      const { cell } = tableRow(plan, i);
      const status = cell('Status');
      expect(status.value).toBe(g.status);
      fills.set(g.status, status.background!);
      const progress = cell('Progress');
      const bar = cell('Progress bar').value as string;
      const a1 = `${String.fromCharCode(65 + progress.column)}${progress.row + 1}`;
      expect(bar).toMatch(/^=SPARKLINE\(/);
      expect(bar).toContain(`MIN(1,${a1})`);
      expect(bar).toContain('"charttype","bar"');
    });
    // Achieved/on track are green, missed red: at least the traffic-light statuses differ.
    const lights = ['Achieved', 'On track', 'At risk', 'Behind', 'Missed'].map((s) => fills.get(s));
    expect(new Set(lights).size).toBe(lights.length);
    expect(fills.get('On track')).not.toBe('#ffffff');
  });

  it('writes user text that looks like a formula as text', () => {
    const hostile = goal({ goal: '=IMPORTXML("http://x","//a")', platform: '+X', message: '@me' });
    const plan = planProgressTab(
      report({
        goals: [hostile],
        tabs: [{ tab: '-tab', used: false, note: 'empty', platforms: [], dataRows: 0, skippedRows: 0 }],
        issues: [{ tab: '=A1', row: 3, column: 'B (=SUM)', reason: 'text in a number column' }],
      }),
      EN,
    );
    const formulas = plan.values.flat().filter((v) => typeof v === 'string' && /^[=+\-@]/.test(v));
    expect(formulas.every((v) => (v as string).startsWith('=SPARKLINE('))).toBe(true);
    expect(plan.values.flat()).toContain(`'=IMPORTXML("http://x","//a")`);
    expect(plan.values.flat()).toContain("'=A1");
  });

  it('lists tabs used and ignored with reasons, and the skipped-row count', () => {
    const plan = planProgressTab(report(), EN);
    const [usedRow, usedCol] = find(plan, 'Tabs used');
    expect(plan.values[usedRow]![usedCol + 1]).toBe('LinkedIn (LinkedIn)');
    const [ignoredRow, ignoredCol] = find(plan, 'Tabs ignored');
    expect(plan.values[ignoredRow]![ignoredCol + 1]).toBe('Notes (no date column)');
    const [skippedRow, skippedCol] = find(plan, 'Skipped rows');
    expect(plan.values[skippedRow]![skippedCol + 1]).toBe(4);
  });

  it('shows a stale-data warning only when the report is stale', () => {
    const fresh = planProgressTab(report(), EN);
    expect(fresh.values.flat().some((v) => typeof v === 'string' && v.startsWith('Stale data'))).toBe(false);
    const stale = planProgressTab(report({ stale: true, dataAsOf: d(2026, 9, 1) }), EN);
    const [row, col] = find(
      stale,
      'Stale data: the latest data is 31 days old. Paste fresh exports and build again.',
    );
    expect(stale.backgrounds[row]![col]).not.toBe('#ffffff');
    expect(stale.fontWeights[row]![col]).toBe('bold');
  });

  it('lists rejected tabs and skipped rows, capped with an "…and N more" line', () => {
    const issues: DataIssue[] = Array.from({ length: 120 }, (_, i) => ({
      tab: 'X',
      row: i + 2,
      column: 'B (Impressions)',
      reason: 'not a number',
    }));
    const plan = planProgressTab(report({ issues }), EN);
    const [titleRow] = find(plan, 'Data quality');
    expect(plan.values[titleRow + 1]!.slice(0, 4)).toEqual(['Tab', 'Row', 'Column', 'Reason']);
    expect(plan.values[titleRow + 2]!.slice(0, 4)).toEqual(['Notes', '', '', 'Tab not used: no date column']);
    expect(plan.values[titleRow + 3]!.slice(0, 4)).toEqual(['X', 2, 'B (Impressions)', 'not a number']);
    // 1 ignored tab + 120 issues = 121 lines, DATA_QUALITY_LINES shown.
    expect(plan.values[titleRow + 2 + DATA_QUALITY_LINES]![0]).toBe(`…and ${121 - DATA_QUALITY_LINES} more`);
  });

  it('says so when no tab was ignored and no row skipped', () => {
    const plan = planProgressTab(
      report({
        issues: [],
        tabs: [{ tab: 'X', used: true, note: '', platforms: ['X'], dataRows: 5, skippedRows: 0 }],
      }),
      EN,
    );
    const [row] = find(plan, 'Data quality');
    expect(plan.values[row + 1]![0]).toBe('Every tab was used and no rows were skipped.');
  });

  it('plans one line chart per goal with data, over its own data block, below everything else', () => {
    const goals = [goal({ goal: 'A' }), goal({ goal: 'B', chart: [] }), goal({ goal: 'C', kind: 'ratio' })];
    const plan = planProgressTab(report({ goals }), EN);
    expect(plan.charts).toHaveLength(2);
    const [dqRow] = find(plan, 'Data quality');
    plan.charts.forEach((chart, k) => {
      const { row, column, numRows, numColumns } = chart.data;
      expect(numColumns).toBe(3);
      expect(numRows).toBe(4); // header + 3 points
      expect(column).toBeGreaterThan(TABLE_WIDTH + 1);
      expect(plan.values[row - 2]![column - 1]).toBe(['A', 'C'][k]);
      expect(plan.values[row - 1]!.slice(column - 1, column + 2)).toEqual([
        'Date',
        'Actual',
        'Expected pace',
      ]);
      const first = plan.values[row]!.slice(column - 1, column + 2);
      expect(dayFromDate(first[0] as Date, EN.settings.timeZone)).toBe(d(2026, 7, 1));
      expect(first.slice(1)).toEqual([2000, 2010]);
      expect(plan.values[row + 1]![column]).toBe(''); // no data that day: a gap, not a zero
      expect(plan.numberFormats[row]![column]).toBe(k === 0 ? '#,##0' : '0.00%');
      expect(chart.anchor).toMatchObject({ column: 1 });
      expect(chart.anchor.row).toBeGreaterThan(dqRow + 2);
      expect(chart.options.title).toBe(['A', 'C'][k]);
    });
    const [a, c] = plan.charts;
    // Blocks (with their goal-name row above) do not overlap.
    const apart = (p: typeof a, q: typeof a) =>
      p!.data.column + p!.data.numColumns <= q!.data.column ||
      p!.data.row + p!.data.numRows <= q!.data.row - 1;
    expect(apart(a, c)).toBe(true);
    expect(c!.anchor.row).toBeGreaterThan(a!.anchor.row);
    expect(plan.rows).toBeGreaterThan(c!.anchor.row);
  });

  it('sizes the tab by the number of charts, not their points: 10 goals of 120 points fit a new sheet', () => {
    const points = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ day: d(2026, 7, 1) + i, actual: 2000 + i, expected: 2000 + i }));
    const plans = [3, 120].map((n) =>
      planProgressTab(
        report({ goals: Array.from({ length: 10 }, (_, g) => goal({ goal: `G${g}`, chart: points(n) })) }),
        EN,
      ),
    );
    for (const plan of plans) {
      expect(plan.rows).toBeLessThanOrEqual(1000);
      expect(plan.values[0]!.length).toBeLessThanOrEqual(NEW_SHEET_COLUMNS);
    }
    expect(plans[0]!.rows).toBe(plans[1]!.rows);
    // Every chart's block holds its points under a header, and no two blocks share a cell.
    const long = plans[1]!;
    const taken = new Set<string>();
    for (const chart of long.charts) {
      const { row, column, numRows, numColumns } = chart.data;
      expect(numRows).toBe(121);
      expect(long.values[row]![column - 1]).toBeInstanceOf(Date);
      for (let r = row - 1; r < row + numRows; r++)
        for (let c = column; c < column + numColumns; c++) {
          expect(taken.has(`${r},${c}`)).toBe(false);
          taken.add(`${r},${c}`);
        }
    }
  });

  it('speaks Icelandic and writes d.m.yyyy dates in an is_IS spreadsheet', () => {
    const plan = planProgressTab(report(), IS);
    const [headerRow] = find(plan, 'Markmið');
    const header = plan.values[headerRow]!;
    const c = header.indexOf('Lokadagur');
    expect(c).toBeGreaterThan(0);
    expect(plan.numberFormats[headerRow + 1]![c]).toBe('d.m.yyyy');
    expect(plan.values[headerRow + 1]![header.indexOf('Staða')]).toBe('Á eftir');
  });

  it.each([
    ['en', EN, 'Goal'],
    ['is', IS, 'Markmið'],
  ] as const)(
    'gives every %s header room in its column: at most 14 bold characters in a default 100 px one',
    (_, options, first) => {
      const plan = planProgressTab(report(), options);
      const [headerRow] = find(plan, first);
      const widened = new Set(
        plan.columnWidths.flatMap((run) => Array.from({ length: run.count }, (_, i) => run.column + i)),
      );
      const header = plan.values[headerRow]!.slice(0, TABLE_WIDTH).map(String);
      const cramped = header.filter((label, c) => !widened.has(c + 1) && label.length > 14);
      expect(cramped).toEqual([]);
    },
  );

  it('lets a 110-character note run on, at 6 px a character, until the chart data starts', () => {
    const plan = planProgressTab(report({ goals: [goal({ message: 'x'.repeat(110) })] }), EN);
    const [headerRow, note] = find(plan, 'Note');
    const [, chartData] = find(plan, 'Date');
    const width = (column: number) =>
      plan.columnWidths.find((run) => column >= run.column && column < run.column + run.count)?.width ?? 100;
    // Everything between the Note column and the chart data is blank.
    for (let c = note + 1; c < chartData; c++) expect(plan.values[headerRow + 1]![c] ?? '').toBe('');
    let room = 0;
    for (let c = note + 1; c < chartData + 1; c++) room += width(c);
    expect(room).toBeGreaterThanOrEqual(110 * 6);
  });

  it('labels the chart data in Icelandic: Dagsetning, Raungildi, Vænt framvinda', () => {
    const plan = planProgressTab(report(), IS);
    const [row, column] = find(plan, 'Dagsetning');
    expect(plan.values[row]!.slice(column, column + 3)).toEqual([
      'Dagsetning',
      'Raungildi',
      'Vænt framvinda',
    ]);
  });

  it('keeps its column-width calls few', () => {
    expect(planProgressTab(report(), EN).columnWidths.length).toBeLessThanOrEqual(3);
  });

  it('says there are no goals yet when the Goals tab is empty', () => {
    const plan = planProgressTab(report({ goals: [] }), EN);
    const [headerRow] = find(plan, 'Goal');
    expect(plan.values[headerRow + 1]![0]).toMatch(/^No goals yet/);
    expect(plan.charts).toHaveLength(0);
  });
});
