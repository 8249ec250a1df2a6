import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PlaygroundSession } from '../../playground/session';
import { BUILTIN_NOTE, stateView } from '../../playground/view';
import { GOAL_STATUSES } from '../../src/core/report';
import { ensureBuilt, repoRoot } from '../helpers/build';

let session: PlaygroundSession;

beforeAll(async () => {
  await ensureBuilt();
  session = new PlaygroundSession({ root: repoRoot });
});

beforeEach(() => {
  session.reset();
});

describe('stateView', () => {
  it('shows the Goals tab as typed: bold frozen header, numbers, percent and dates in their formats', () => {
    const view = stateView(session);
    expect(view.sheet.name).toBe('Goals');
    expect(view.sheet.frozenRows).toBe(1);
    const [header, first, , third] = view.sheet.cells;
    expect(header?.[0]).toMatchObject({ v: 'Goal', b: 1 });
    // "50000" typed is a number; "6%" keeps its percent format; "2026-07-01" is a date shown as typed.
    expect(first?.[5]).toMatchObject({ v: '50000', t: 'number', i: '50000' });
    expect(third?.[5]).toMatchObject({ v: '6%', t: 'number', i: '0.06' });
    expect(first?.[6]).toMatchObject({ v: '2026-07-01', t: 'number' });
    // Text that would read as a number when typed back gets an apostrophe in the formula bar.
    session.typeInto('Goals', 12, 1, "'2,000");
    session.typeInto('Goals', 12, 2, "'2,000 sessions");
    const row12 = stateView(session).sheet.cells[11];
    expect(row12?.[0]).toMatchObject({ v: '2,000', i: "'2,000" });
    expect(row12?.[1]).toMatchObject({ v: '2,000 sessions', i: '2,000 sessions' });
  });

  it('types the year-less TikTok dates as Sheets did when the shop pasted them in 2026', () => {
    session.activate('TikTok');
    const cells = stateView(session).sheet.cells;
    expect(cells[1]?.[0]).toMatchObject({ v: 'July 1', t: 'number' });
    const value = session.sheet('TikTok').getRange('A2').getValue() as Date;
    expect(value.toISOString()).toBe('2026-07-01T00:00:00.000Z');
  });

  it('hands each toast and alert to the page once', () => {
    session.clickMenu('buildProgressTab');
    const first = stateView(session);
    expect(first.events).toEqual([
      expect.objectContaining({
        kind: 'toast',
        title: 'Progress tab built',
        message: expect.stringContaining('8 goals'),
      }),
    ]);
    expect(stateView(session).events).toEqual([]);
  });

  it('shows every status on the first click, whatever day the playground runs', () => {
    // The add-on has no way to pin "today", so the sample goals must not depend on it (TikTok's
    // exports carry no year, for one, so their dates move with today: no sample goal uses them).
    for (const today of ['2026-11-29T12:00:00Z', '2027-08-15T12:00:00Z', '2031-02-01T12:00:00Z']) {
      session.reset();
      const fixed = Date.parse(today);
      class FixedDate extends Date {
        constructor(...args: []) {
          if (args.length === 0) super(fixed);
          else super(...(args as unknown as [number]));
        }
        static override now(): number {
          return fixed;
        }
        static override [Symbol.hasInstance](value: unknown): boolean {
          return Object.prototype.toString.call(value) === '[object Date]';
        }
      }
      (session as unknown as { context: Record<string, unknown> }).context.Date = FixedDate;
      session.clickMenu('buildProgressTab');
      const progress = session.sheet('Progress').getDataRange().getDisplayValues();
      const header = progress.findIndex((row) => row.includes('Status'));
      const column = progress[header]!.indexOf('Status');
      const statuses = progress.slice(header + 1, header + 9).map((row) => row[column]);
      expect(statuses, today).toEqual([...GOAL_STATUSES]);
    }
  });

  it("resolves the Progress tab's charts to categories and series", () => {
    session.clickMenu('buildProgressTab');
    const view = stateView(session);
    expect(view.sheet.name).toBe('Progress');
    expect(view.sheet.charts).toHaveLength(5);
    const chart = view.sheet.charts[0]!;
    expect(chart.title).toBe('50,000 website sessions by year end');
    expect(chart.series.map((s) => s.name)).toEqual(['Actual', 'Expected pace']);
    // 1 July to 31 October: 123 days of GA4 sessions, 378 on the first, 51,051 in all; a chart keeps
    // 120 of them spread by date, the first and last among them.
    expect(chart.categories).toHaveLength(120);
    expect([chart.categories[0], chart.categories[119]]).toEqual(['2026-07-01', '2026-10-31']);
    expect(chart.series[0]!.values[0]).toBe(378);
    expect(chart.series[0]!.values[119]).toBe(51051);
    expect(chart.row).toBeGreaterThan(view.sheet.cells.findIndex((row) => row?.[0]?.v === 'Data quality'));
  });

  it('marks spilled cells, formula errors and built-ins', () => {
    session.pasteTab('Posts', 'Eng\tReach\n30\t600\n36\t900\n', true);
    session.typeInto('Posts', 2, 3, '=ENGAGEMENT_RATE(A2:A3, B2:B3)');
    session.typeInto('Posts', 2, 4, '=ENGAGEMENT_RATE(B1, B2)');
    session.typeInto('Posts', 2, 5, '=SUM(A2:A3)');
    const view = stateView(session);
    const row2 = view.sheet.cells[1]!;
    const row3 = view.sheet.cells[2]!;
    expect(row2[2]).toMatchObject({ v: '0.05', f: '=ENGAGEMENT_RATE(A2:A3, B2:B3)' });
    expect(row3[2]).toMatchObject({ v: '0.04', s: 1 });
    expect(row2[3]?.v).toBe('#ERROR!');
    expect(row2[3]?.e).toBeTruthy();
    expect(row2[4]).toMatchObject({ v: '=SUM(A2:A3)', note: expect.any(String) });
    expect(view.note).toBe(BUILTIN_NOTE);
  });

  it('sends at most 2,000 rows of a long tab, and says so', () => {
    const lines = ['Date\tImpressions', ...Array.from({ length: 2999 }, (_, i) => `${i}\t${i * 10}`)];
    session.pasteTab('Long', lines.join('\n'), true);
    const view = stateView(session);
    expect(view.sheet.rows).toBe(2000);
    expect(view.sheet.cells).toHaveLength(2000);
    expect(view.note).toBe('Showing the first 2,000 of 3,000 rows.');
    expect(session.sheet('Long').getLastRow()).toBe(3000);
  });

  it('applies conditional format rules, first match wins', () => {
    const app = session.emulator.SpreadsheetApp;
    const sheet = app.getActiveSpreadsheet().getSheetByName('Goals')!;
    const pace = sheet.getRange('I2:I9');
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenTextEqualTo('Compound')
        .setBackground('#B7E1CD')
        .setBold(true)
        .setRanges([pace])
        .build(),
      app.newConditionalFormatRule().whenCellNotEmpty().setFontColor('#999999').setRanges([pace]).build(),
    ]);
    const cells = stateView(session).sheet.cells;
    expect(cells[2]?.[8]).toMatchObject({ v: 'Compound', bg: '#b7e1cd', b: 1 });
    expect(cells[2]?.[8]?.c).toBeUndefined();
    expect(cells[1]?.[8]).toMatchObject({ v: 'Linear', c: '#999999' });
    expect(cells[1]?.[7]?.c).toBeUndefined();
  });
});
