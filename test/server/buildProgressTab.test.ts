import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createEmulator,
  type Emulator,
  loadBundle,
  parseCsv,
  pasteCsv,
  runGlobal,
  type SheetSnapshot,
  snapshotSheet,
  snapshotSpreadsheet,
  unwrap,
} from '../../emulator';
import { build } from '../../scripts/build.mjs';
import { dayFromDate, dayFromYmd } from '../../src/core/days';
import { repoRoot } from '../helpers/build';
import { GOALS_HEADER } from '../helpers/goals';
import { sampleText as sample } from '../helpers/samples';

/**
 * The built menu handler (build/Code.js in a vm) against the in-memory spreadsheet, with the sample
 * exports pasted into tabs as a marketer would. Expected figures are computed here from the CSV files
 * with a reader of their own (the emulator's CSV parser and plain arithmetic), not taken from core.
 */

const d = dayFromYmd;
const KEY = 'smartGoals.progress';
/** The build runs "today" at this instant, so the stale warning and built-at cell are fixed. */
const NOW = new Date('2026-11-09T12:00:00Z');

const SAMPLE_TABS: Record<string, string> = {
  'LinkedIn followers': 'linkedin_followers.csv',
  'LinkedIn content': 'linkedin_content_metrics.csv',
  X: 'x_account_overview.csv',
  'TikTok overview': 'tiktok_overview.csv',
  'TikTok followers': 'tiktok_follower_history.csv',
  Instagram: 'instagram_posts.csv',
  GA4: 'ga4_traffic_daily.csv',
  YouTube: 'youtube_table_data.csv',
  Hootsuite: 'hootsuite_facebook_overview.csv',
};

let bundle = '';
beforeAll(async () => {
  await build();
  bundle = readFileSync(path.join(repoRoot, 'build', 'Code.js'), 'utf8');
});
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
});
afterEach(() => {
  vi.useRealTimers();
});

interface Setup {
  readonly locale?: string;
  readonly timeZone?: string;
  readonly userLocale?: string;
  /** Tab name → CSV text. */
  readonly tabs?: Record<string, string>;
  /** The Goals tab's CSV, or null for no Goals tab. */
  readonly goals?: string | null;
}

function setup(options: Setup = {}) {
  const tabs =
    options.tabs ?? Object.fromEntries(Object.entries(SAMPLE_TABS).map(([n, f]) => [n, sample(f)]));
  const goals = options.goals === undefined ? sample('goals.csv') : options.goals;
  const emulator = createEmulator({
    locale: options.locale ?? 'en_US',
    timeZone: options.timeZone ?? 'UTC',
    userLocale: options.userLocale ?? 'en',
    sheets: [goals === null ? 'Sheet1' : 'Goals'],
  });
  if (goals !== null) pasteCsv(emulator.sheet('Goals'), goals, { split: true });
  for (const [name, csv] of Object.entries(tabs))
    pasteCsv(emulator.spreadsheet.insertSheet(name), csv, { split: true });
  const context = loadBundle(bundle, emulator);
  emulator.resetCalls();
  emulator.ui.clear();
  return {
    emulator,
    build: () => {
      runGlobal(emulator, context, 'buildProgressTab');
    },
  };
}

function progressSnapshot(emulator: Emulator): SheetSnapshot {
  const tagged = snapshotSpreadsheet(emulator.spreadsheet).sheets.filter((s) =>
    s.developerMetadata.some((m) => m.key === KEY),
  );
  expect(tagged).toHaveLength(1);
  return tagged[0]!;
}

function othersSnapshot(emulator: Emulator) {
  return snapshotSpreadsheet(emulator.spreadsheet).sheets.filter(
    (s) => !s.developerMetadata.some((m) => m.key === KEY),
  );
}

const sheetNames = (emulator: Emulator) =>
  snapshotSpreadsheet(emulator.spreadsheet).sheets.map((s) => s.name);

/** The goals table as records keyed by header, plus each cell's number format and formula. */
function goalsTable(tab: SheetSnapshot, firstHeader = 'Goal') {
  const headerRow = tab.values.findIndex((row) => row[0] === firstHeader);
  expect(headerRow).toBeGreaterThan(0);
  const header = tab.values[headerRow]!.map(String);
  const rows: {
    value: Record<string, unknown>;
    format: Record<string, unknown>;
    formula: Record<string, string>;
  }[] = [];
  for (let r = headerRow + 1; r < tab.values.length && tab.values[r]![0] !== ''; r++) {
    const pick = <T>(grid: T[][] | undefined) =>
      Object.fromEntries(header.map((h, c) => [h, grid?.[r]?.[c] ?? null])) as Record<string, T>;
    rows.push({
      value: pick(tab.values),
      format: pick(tab.formats.numberFormat),
      formula: pick(tab.formulas),
    });
  }
  return rows;
}

/**
 * A sample's rows as records under its header row (the first row whose first cell is `firstHeader`),
 * read independently of core: the emulator's CSV parser, no locale magic.
 */
function csvRecords(file: string, firstHeader = 'Date'): Record<string, string>[] {
  const rows = parseCsv(sample(file).replace(/^\uFEFF/, ''));
  const at = rows.findIndex((row) => row[0] === firstHeader);
  const header = rows[at]!;
  return rows.slice(at + 1).map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])));
}
const int = (text: string) => Number(text.replace(/[,.]/g, ''));
const days = (from: number, to: number) => to - from + 1;

describe('buildProgressTab on the sample exports', () => {
  it('computes each goal as checked by hand from the CSV files', () => {
    const { emulator, build } = setup({ timeZone: 'America/Los_Angeles' });
    build();
    expect(emulator.ui.alerts).toEqual([]);
    const tab = progressSnapshot(emulator);
    expect(tab.name).toBe('Progress');
    const rows = goalsTable(tab);
    expect(rows.map((r) => r.value.Goal)).toEqual(csvRecords('goals.csv', 'Goal').map((g) => g.Goal));
    const byPlatform = Object.fromEntries(rows.map((r) => [r.value.Platform as string, r]));
    const window = { start: d(2026, 7, 1), deadline: d(2026, 12, 31) };

    // LinkedIn: the followers export gives NEW followers per day; level = baseline 2150 + their sum.
    const linkedIn = csvRecords('linkedin_followers.csv');
    const newFollowers = linkedIn.reduce((sum, r) => sum + int(r['Total followers']!), 0);
    const li = byPlatform.LinkedIn!.value;
    expect(li).toMatchObject({ Baseline: 2150, Current: 2150 + newFollowers, Target: 4300 });
    const liExpected = 2 ** (days(window.start, d(2026, 10, 31)) / days(window.start, window.deadline)) - 1;
    expect(li.Expected).toBeCloseTo(liExpected, 10); // compound: (B·(T/B)^(e/T) − B) ÷ (T − B)
    expect(li.Progress).toBeCloseTo(newFollowers / 2150, 10);
    expect(li.Status).toBe('On track'); // 0.62 ≥ 0.95 × 0.59

    // X: impressions are a count, blank baseline → 0; "3,642" is 3642.
    const xImpressions = csvRecords('x_account_overview.csv').reduce(
      (sum, r) => sum + int(r.Impressions!),
      0,
    );
    const x = byPlatform.X!.value;
    expect(x).toMatchObject({ Baseline: 0, Current: xImpressions, Target: 1_500_000 });
    expect(x.Expected).toBeCloseTo(123 / 184, 10);
    expect(x.Status).toBe('Behind'); // 0.21 < 0.75 × 0.67

    // GA4: "Key events" are conversions; the "Grand total" row is not data.
    const ga4 = csvRecords('ga4_traffic_daily.csv').filter((r) => /^\d{8}$/.test(r.Date!));
    const conversions = ga4.reduce((sum, r) => sum + Number(r['Key events']), 0);
    expect(byPlatform.GA4!.value).toMatchObject({ Baseline: 0, Current: conversions, Status: 'Behind' });

    // TikTok: followers level, blank baseline → the level on Start; compound pace to 2027-03-31.
    const tiktok = csvRecords('tiktok_follower_history.csv');
    const [first, last] = [int(tiktok[0]!.Followers!), int(tiktok[tiktok.length - 1]!.Followers!)];
    const tt = byPlatform.TikTok!.value;
    expect(tt).toMatchObject({ Baseline: first, Current: last, Target: 20_000, Status: 'On track' });
    const e = days(window.start, d(2026, 10, 31)) / days(window.start, d(2027, 3, 31));
    expect(tt.Expected).toBeCloseTo((first * (20_000 / first) ** e - first) / (20_000 - first), 10);

    // Instagram: engagement rate = (likes + comments + shares) ÷ reach; baseline over the first 7 days.
    const posts = csvRecords('instagram_posts.csv', 'Post ID').map((r) => {
      const [m, dd, y] = r['Publish time']!.split(' ')[0]!.split('/').map(Number);
      return {
        day: d(y!, m!, dd!),
        engagements: int(r.Likes!) + int(r.Comments!) + int(r.Shares!),
        reach: int(r.Reach!),
      };
    });
    const rate = (list: typeof posts) =>
      list.reduce((s, p) => s + p.engagements, 0) / list.reduce((s, p) => s + p.reach, 0);
    const ig = byPlatform.Instagram!.value;
    expect(ig.Baseline).toBeCloseTo(rate(posts.filter((p) => p.day <= d(2026, 7, 7))), 12);
    expect(ig.Current).toBeCloseTo(rate(posts), 12);
    expect(ig.Status).toBe('At risk');
    expect(dayFromDate(ig['Data as of'] as Date, 'America/Los_Angeles')).toBe(d(2026, 10, 29));
  });

  it('writes numbers and real dates with number formats, a bar per goal, and a chart per goal', () => {
    const zone = 'America/Los_Angeles';
    const { emulator, build } = setup({ timeZone: zone });
    build();
    const tab = progressSnapshot(emulator);
    const rows = goalsTable(tab);
    for (const row of rows) {
      for (const name of ['Baseline', 'Current', 'Target', 'Progress', 'Expected', 'Projected'])
        expect(typeof row.value[name], name).toBe('number');
      for (const name of ['Deadline', 'Data as of']) {
        expect(row.value[name]).toBeInstanceOf(Date);
        expect(row.format[name]).toBe('yyyy-mm-dd');
      }
      expect(row.format.Progress).toBe('0%');
      expect(row.format.Expected).toBe('0%');
      expect(row.formula['Progress bar']).toMatch(/^=SPARKLINE\(MAX\(0,MIN\(1,G\d+\)\),\{"charttype","bar"/);
    }
    const rate = rows.find((r) => r.value.Metric === 'engagement rate')!;
    expect(rate.format.Current).toBe('0.00%');
    expect(rows.find((r) => r.value.Metric === 'impressions')!.format.Current).toBe('#,##0');
    // Each date cell shows its calendar day in the spreadsheet's zone, not the UTC day before.
    const deadlines = rows.map((r) => dayFromDate(r.value.Deadline as Date, zone));
    expect(deadlines).toEqual([
      d(2026, 12, 31),
      d(2026, 12, 31),
      d(2026, 12, 31),
      d(2026, 12, 31),
      d(2027, 3, 31),
    ]);
    const sheet = emulator.sheet(tab.name);
    const headerRow = tab.values.findIndex((row) => row[0] === 'Goal') + 1;
    const deadlineColumn = tab.values[headerRow - 1]!.indexOf('Deadline') + 1;
    expect(sheet.getRange(headerRow + 1, deadlineColumn).getDisplayValue()).toBe('2026-12-31');

    expect(tab.charts).toHaveLength(rows.length);
    for (const [i, chart] of tab.charts.entries()) {
      expect(chart.type).toBe('LINE');
      expect(chart.options.title).toBe(rows[i]!.value.Goal);
      const [a1] = chart.ranges;
      const block = sheet.getRange(a1!.replace(/^.*!/, '')).getValues();
      expect(block[0]).toEqual(['Date', 'Actual', 'Expected pace']);
      expect(block.slice(1).every((point) => point[0] instanceof Date)).toBe(true);
    }
  });

  it('says what it used and what it skipped, and warns that the data is stale', () => {
    const { emulator, build } = setup();
    build();
    const tab = progressSnapshot(emulator);
    const fact = (label: string) => tab.values.find((row) => row[0] === label)?.[1];
    for (const name of Object.keys(SAMPLE_TABS)) expect(fact('Tabs used')).toContain(name);
    expect(fact('Tabs ignored')).toBe('None');
    expect(dayFromDate(fact('Data as of') as Date, 'UTC')).toBe(d(2026, 10, 31));
    // 2026-11-09 is 9 days after the latest data.
    expect(tab.values.flat()).toContain(
      'Stale data: the latest data is 9 days old. Paste fresh exports and build again.',
    );
    const quality = tab.values.findIndex((row) => row[0] === 'Data quality');
    const lines = tab.values.slice(quality + 2).filter((row) => row[0] !== '');
    // Total rows are skipped and named by the row they sit on (one pasted line per row).
    const lineOf = (file: string, start: string) =>
      sample(file)
        .split('\n')
        .findIndex((line) => line.startsWith(start)) + 1;
    expect(lines.map((row) => row.slice(0, 2))).toEqual(
      expect.arrayContaining([
        ['GA4', lineOf('ga4_traffic_daily.csv', 'Grand total')],
        ['YouTube', lineOf('youtube_table_data.csv', 'Total')],
      ]),
    );
    expect(fact('Skipped rows')).toBe(lines.length);
    expect(emulator.ui.toasts).toEqual([
      {
        title: 'Progress tab built',
        message: '5 goals: 2 on track, 1 at risk, 2 behind',
        timeoutSeconds: 10,
      },
    ]);
  });
});

describe('what the build writes', () => {
  it('leaves every other tab exactly as it was', () => {
    const { emulator, build } = setup();
    const before = othersSnapshot(emulator);
    build();
    expect(othersSnapshot(emulator)).toEqual(before);
    build();
    expect(othersSnapshot(emulator)).toEqual(before);
  });

  it('writes the same Progress tab twice in a row', () => {
    const { emulator, build } = setup();
    build();
    const first = progressSnapshot(emulator);
    build();
    const second = progressSnapshot(emulator);
    const comparable = (s: SheetSnapshot) => ({
      ...s,
      sheetId: undefined,
      developerMetadata: s.developerMetadata.map((m) => ({ ...m, id: undefined })),
      charts: s.charts.map((c) => ({ ...c, chartId: undefined })),
    });
    expect(comparable(second)).toEqual(comparable(first));
    expect(sheetNames(emulator)).toEqual(['Goals', ...Object.keys(SAMPLE_TABS), 'Progress']);
  });

  it('keeps its place and a name the user gave it', () => {
    const { emulator, build } = setup();
    build();
    const sheet = emulator.sheet('Progress');
    sheet.setName('Where we are');
    emulator.spreadsheet.setActiveSheet(sheet);
    emulator.spreadsheet.moveActiveSheet(2);
    build();
    expect(progressSnapshot(emulator).name).toBe('Where we are');
    expect(sheetNames(emulator)[1]).toBe('Where we are');
  });

  it('never overwrites a tab of the user called "Progress"', () => {
    const { emulator, build } = setup();
    const own = emulator.spreadsheet.insertSheet('Progress');
    own.getRange('A1:B2').setValues([
      ['My own notes', 42],
      ['=1+1', ''],
    ]);
    const before = snapshotSheet(own);
    build();
    build();
    expect(snapshotSheet(emulator.sheet('Progress'))).toEqual(before);
    expect(progressSnapshot(emulator).name).toBe('Progress (2)');
  });

  it('writes goal names and tab names that look like formulas as text', () => {
    const goals = [
      'Goal,Platform,Metric,Baseline,Target,Start,Deadline',
      '=HYPERLINK("http://evil.example"),X,impressions,0,1000000,2026-07-01,2026-12-31',
      '+X reach,X,impressions,0,1000000,2026-07-01,2026-12-31',
      '@all,X,impressions,0,1000000,2026-07-01,2026-12-31',
      '-5 unfollows,X,nonsense metric,0,1000000,2026-07-01,2026-12-31',
    ].join('\n');
    const { emulator, build } = setup({
      goals,
      tabs: { X: sample('x_account_overview.csv'), '=SUM(A1)': 'Date,Note\nyesterday,=1+1\n' },
    });
    build();
    const tab = progressSnapshot(emulator);
    const formulas = tab.formulas.flat().filter(Boolean);
    expect(formulas.every((f) => f.startsWith('=SPARKLINE('))).toBe(true);
    const names = goalsTable(tab).map((r) => r.value.Goal);
    expect(names).toEqual(['=HYPERLINK("http://evil.example")', '+X reach', '@all', '-5 unfollows']);
    expect(tab.values.flat()).toContain('=SUM(A1)');
    expect(goalsTable(tab)[3]!.value.Status).toBe('Invalid goal');
  });
});

describe('when things go wrong', () => {
  it('leaves the previous Progress tab intact when a write fails half-way', () => {
    const { emulator, build } = setup();
    build();
    const before = snapshotSpreadsheet(emulator.spreadsheet);
    // The third chart of the next build fails, after the values and formats were written.
    const sheetClass = Object.getPrototypeOf(unwrap(emulator.sheet('Goals'))) as {
      insertChart: (...args: unknown[]) => void;
    };
    const insertChart = sheetClass.insertChart;
    let charts = 0;
    sheetClass.insertChart = function (this: unknown, ...args: unknown[]) {
      if (++charts === 3)
        throw new Error('Exception: Service Spreadsheets timed out while accessing document.');
      return insertChart.apply(this, args);
    };
    try {
      build();
    } finally {
      sheetClass.insertChart = insertChart;
    }
    expect(charts).toBe(3);
    const after = snapshotSpreadsheet(emulator.spreadsheet);
    expect(after.sheets).toEqual(before.sheets);
    expect(emulator.ui.alerts.map((a) => a.prompt)).toEqual([
      'The Progress tab could not be built: Service Spreadsheets timed out while accessing document. Your other tabs were not changed.',
    ]);
  });

  it('hides a programming error behind a plain sentence', () => {
    const { emulator, build } = setup();
    const rangeClass = Object.getPrototypeOf(unwrap(emulator.sheet('Goals').getRange(1, 1))) as {
      getValues: () => unknown;
    };
    const getValues = rangeClass.getValues;
    rangeClass.getValues = () => 42; // not a grid: core then meets a TypeError
    try {
      build();
    } finally {
      rangeClass.getValues = getValues;
    }
    expect(emulator.ui.alerts.map((a) => a.prompt)).toEqual([
      'The Progress tab could not be built: something unexpected went wrong. Your other tabs were not changed.',
    ]);
    expect(snapshotSpreadsheet(emulator.spreadsheet).sheets.map((s) => s.name)).not.toContain('Progress');
  });

  it('tells a second concurrent build to wait, and changes nothing', () => {
    const { emulator, build } = setup();
    const before = snapshotSpreadsheet(emulator.spreadsheet);
    const release = emulator.holdLockElsewhere('document');
    build();
    expect(emulator.ui.alerts.map((a) => a.prompt)).toEqual([
      'The Progress tab is being built by someone else right now. Try again in a minute.',
    ]);
    expect(snapshotSpreadsheet(emulator.spreadsheet).sheets).toEqual(before.sheets);
    release();
    build();
    expect(progressSnapshot(emulator).name).toBe('Progress');
  });

  it('adds a Goals tab with only its header row when there is none, and says what to do', () => {
    const { emulator, build } = setup({ goals: null, tabs: { X: sample('x_account_overview.csv') } });
    build();
    const goals = snapshotSheet(emulator.sheet('Goals'));
    expect(goals.values).toEqual([GOALS_HEADER]);
    expect(emulator.ui.alerts.map((a) => a.prompt)).toEqual([
      expect.stringMatching(/^There was no Goals tab/),
    ]);
    const tab = progressSnapshot(emulator);
    expect(tab.values.flat()).toContain(
      'No goals yet: add one goal per row to the Goals tab, then build again.',
    );
    expect(tab.values.find((row) => row[0] === 'Tabs used')?.[1]).toBe('X (X)');
  });
});

describe('SpreadsheetApp calls', () => {
  /** A tab of `n` daily rows ending 2026-10-31, and goals whose window holds every one of them. */
  function bigSetup(n: number, goalCount: number) {
    const lines = ['Date,Impressions,Likes'];
    for (let i = n - 1; i >= 0; i--) {
      const day = new Date(Date.UTC(2026, 9, 31) - i * 86_400_000).toISOString().slice(0, 10);
      lines.push(`${day},${1000 + (i % 97)},${10 + (i % 7)}`);
    }
    const goals = ['Goal,Platform,Metric,Baseline,Target,Start,Deadline'];
    for (let g = 0; g < goalCount; g++)
      goals.push(`Goal ${g},X,${g % 2 ? 'likes' : 'impressions'},0,${1_000_000 + g},1990-01-01,2026-12-31`);
    return setup({ tabs: { X: lines.join('\n') }, goals: goals.join('\n') });
  }

  /**
   * SpreadsheetApp calls (all but LockService and Session) of a first build and of a rebuild: `all`,
   * and `document`, all but the chart-builder calls (asLineChart, addRange, setOption… build), which
   * configure a chart in memory until insertChart sends it.
   */
  function countCalls(n: number, goalCount: number) {
    const { emulator, build } = bigSetup(n, goalCount);
    const all = () =>
      emulator.calls.total - emulator.calls.countOf('Lock') - emulator.calls.countOf('Session.');
    const counts = () => ({ all: all(), document: all() - emulator.calls.builderCalls() });
    build();
    expect(emulator.ui.alerts).toEqual([]);
    const byMethod = { ...emulator.calls.byMethod };
    const first = counts();
    const tab = progressSnapshot(emulator);
    emulator.resetCalls();
    build(); // a rebuild also finds, deletes and renames the previous tab
    return { first, rebuild: counts(), byMethod, tab, emulator };
  }

  it('does not grow with the number of data rows (100 vs 10,000 in the goals window)', () => {
    const small = countCalls(100, 3);
    const large = countCalls(10_000, 3);
    expect(large.first).toEqual(small.first);
    expect(large.rebuild).toEqual(small.rebuild);
    expect(large.byMethod['Range.getValues']).toBe(2); // one read of Goals, one of X
    expect(large.byMethod['Range.setValues']).toBe(1); // the whole Progress content at once
    expect(large.byMethod['Sheet.insertRowsAfter']).toBeUndefined(); // chart data fits a new sheet
    // 10,000 days of data draw 120 points each, from the first day of data to the last.
    const chart = large.tab.charts[0]!;
    expect(chart.ranges).toHaveLength(1);
    const sheet = large.emulator.sheet(large.tab.name);
    const points = sheet.getRange(chart.ranges[0]!.replace(/^.*!/, '')).getValues().slice(1);
    expect(points).toHaveLength(120);
    expect(dayFromDate(points[0]![0] as Date, 'UTC')).toBe(d(2026, 10, 31) - 9_999);
    expect(dayFromDate(points.at(-1)![0] as Date, 'UTC')).toBe(d(2026, 10, 31));
  });

  /**
   * Document calls of a first build = 19 + 3 per tab read + 2 per goal with a chart; a rebuild adds 6.
   * Fixed: getActiveSpreadsheet, locale, time zone, the Progress-tag finder (3), getSheets, insertSheet,
   * getRangeList + getRanges, setValues + 3 format grids, 3 column-width runs, addDeveloperMetadata,
   * toast. Per tab: getName, getDataRange, getValues. Per goal: newChart, insertChart (its range comes
   * from the one getRangeList). A rebuild: the tagged sheet's location, sheet and name, its getName
   * among the tabs, deleteSheet, setName. So with 2 tabs the first build meets 15 + 3 per goal from
   * 4 goals on (10 goals: 45 ≤ 45).
   */
  it('costs 19 document calls, 3 per tab and 2 per goal; 6 more to replace a previous tab', () => {
    const tabs = 2; // Goals, X
    for (const goals of [2, 4, 10]) {
      const { first, rebuild } = countCalls(100, goals);
      expect(first.document, `${goals} goals`).toBe(19 + 3 * tabs + 2 * goals);
      expect(rebuild.document, `${goals} goals`).toBe(first.document + 6);
      if (goals >= 4) expect(first.document).toBeLessThanOrEqual(15 + 3 * goals + 3 * tabs);
      // The chart builder's calls only configure each chart: 6 a goal plus one per option.
      expect(first.all - first.document).toBe(7 * goals);
    }
  });
});

describe('an Icelandic spreadsheet', () => {
  const goals = [
    'Goal;Category;Platform;Metric;Baseline;Target;Start;Deadline;Pace',
    'Facebook fylgjendur í 10.000;Brand awareness;Facebook;followers;;10.000;1.7.2026;31.12.2026;Linear',
    'Útbreiðsla á LinkedIn;Brand awareness;LinkedIn;reach;0;500.000;1.7.2026;31.12.2026;Linear',
  ].join('\n');

  it('reads d.m.yyyy and 8.480, and writes Icelandic labels and d.m.yyyy dates', () => {
    const { emulator, build } = setup({
      locale: 'is_IS',
      timeZone: 'Atlantic/Reykjavik',
      userLocale: 'is',
      goals,
      tabs: { Handskráning: sample('manual_tracking_is.csv') },
    });
    build();
    expect(emulator.ui.alerts).toEqual([]);
    const tab = progressSnapshot(emulator);
    expect(tab.name).toBe('Framvinda');
    const rows = goalsTable(tab, 'Markmið');
    expect(Object.keys(rows[0]!.value)).toEqual(
      expect.arrayContaining(['Upphafsgildi', 'Núna', 'Markgildi', 'Framvinda', 'Staða', 'Lokadagur']),
    );

    const manual = parseCsv(sample('manual_tracking_is.csv'))
      .slice(1)
      .map(([date, platform, followers, reach]) => {
        const [dd, m, y] = date!.split('.').map(Number);
        return { day: d(y!, m!, dd!), platform, followers: int(followers!), reach: int(reach!) };
      });
    const facebook = manual.filter((r) => r.platform === 'Facebook');
    const [first, last] = [facebook[0]!, facebook[facebook.length - 1]!];
    const expected = days(d(2026, 7, 1), last.day) / days(d(2026, 7, 1), d(2026, 12, 31));
    const progress = (last.followers - first.followers) / (10_000 - first.followers);
    expect(first.followers).toBe(8480);
    expect(rows[0]!.value).toMatchObject({ Upphafsgildi: 8480, Núna: last.followers, Markgildi: 10_000 });
    expect(rows[0]!.value.Framvinda).toBeCloseTo(progress, 12);
    expect(progress / expected).toBeGreaterThan(0.75);
    expect(progress / expected).toBeLessThan(0.95);
    expect(rows[0]!.value.Staða).toBe('Í hættu'); // At risk

    const reach = manual.filter((r) => r.platform === 'LinkedIn').reduce((s, r) => s + r.reach, 0);
    expect(rows[1]!.value).toMatchObject({ Upphafsgildi: 0, Núna: reach, Markgildi: 500_000 });

    expect(rows[0]!.format.Lokadagur).toBe('d.m.yyyy');
    const headerRow = tab.values.findIndex((row) => row[0] === 'Markmið') + 1;
    const column = tab.values[headerRow - 1]!.indexOf('Lokadagur') + 1;
    expect(
      emulator
        .sheet(tab.name)
        .getRange(headerRow + 1, column)
        .getDisplayValue(),
    ).toBe('31.12.2026');
    expect(emulator.ui.toasts[0]).toMatchObject({ title: 'Framvinduflipi tilbúinn' });
    expect(emulator.ui.toasts[0]!.message).toMatch(/^2 markmið: /);
  });

  it('writes every note in Icelandic: Goals-tab problems, and derived baselines with d.m.yyyy dates', () => {
    const { emulator, build } = setup({
      locale: 'is_IS',
      timeZone: 'Atlantic/Reykjavik',
      userLocale: 'is',
      goals: [
        goals,
        'Læk á X;Engagement;X;likes;;fimm þúsund;1.7.2026;31.12.2026;Linear',
        'Jól;Brand awareness;Facebook;followers;;10.000;1.12.2026;1.11.2026;Linear',
      ].join('\n'),
      tabs: { Handskráning: sample('manual_tracking_is.csv') },
    });
    build();
    const notes = goalsTable(progressSnapshot(emulator), 'Markmið').map((row) => row.value.Athugasemd);
    // The hand-kept sheet's first Facebook row: 1.7.2026, 8.480 followers.
    expect(notes[0]).toBe('Upphafsgildi 8.480: staðan 1.7.2026, síðasta gildi á eða fyrir upphafsdag.');
    expect(notes.slice(2)).toEqual([
      'Goals, lína 4, dálkur F (Target): „fimm þúsund“ er ekki tala',
      'Goals, lína 5, dálkur H (Deadline): Lokadagur (Deadline) verður að vera á eftir upphafsdegi (Start)',
    ]);
  });
});
