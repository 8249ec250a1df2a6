// Issue 6: "A stored Goals row that fails validation never deletes or rewrites the row; it is reported."
// The Progress build's side is in test/hostile (every corpus case appends such rows). This is the
// sidebar's: saving, editing and deleting other goals leaves the invalid rows exactly as written, and
// every answer lists them with the reason, naming their row and column.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, loadBundle, pasteCsv, runFromSidebar, runGlobal, type Sheet } from '../../emulator';
import type { DeleteResult, GoalsList, SaveResult, SidebarState } from '../../src/core/sidebar/transport';
import { ensureBuilt, repoRoot } from '../helpers/build';
import { TIKTOK_GOAL } from '../helpers/goals';

beforeAll(async () => {
  await ensureBuilt();
});

const GOALS = [
  'Goal,Category,Platform,Metric,Baseline,Target,Start,Deadline,Pace,Business objective,Owner',
  'First valid,Engagement,X,impressions,0,1000,2026-07-01,2026-12-31,Linear,Sales,Anna',
  '"=HYPERLINK(""http://evil.example"",""x"")",Engagement,X,impressions,0,abc,2026-07-01,2026-12-31,Linear,,Bo',
  'Second valid,Engagement,X,impressions,0,2000,2026-07-01,2026-12-31,Linear,Sales,Anna',
  'Backwards,Leads,X,leads,0,10,2026-12-31,2026-07-01,Sometimes,,Bo',
].join('\n');
const INVALID = ['=HYPERLINK("http://evil.example","x")', 'Backwards'];

/** Every cell of the rows whose first cell is one of `names`: values and formulas, as stored. */
function rowsNamed(sheet: Sheet, names: readonly string[]) {
  const range = sheet.getDataRange();
  const values = range.getValues();
  const formulas = range.getFormulas();
  return values.flatMap((row, r) =>
    names.includes(row[0] as string) ? [{ values: row, formulas: formulas[r] }] : [],
  );
}

/** The invalid rows of a listing: their reasons, by name. */
const reported = (list: GoalsList) =>
  Object.fromEntries(list.rows.flatMap((row) => (row.goal ? [] : [[row.text.goal, row.error]])));

describe('invalid stored goals in the sidebar', () => {
  it('are listed with the reason, and survive saving, editing and deleting the other goals', () => {
    const emulator = createEmulator({ locale: 'en_US', timeZone: 'UTC', sheets: ['Goals'] });
    const sheet = emulator.sheet('Goals');
    pasteCsv(sheet, GOALS, { split: true });
    sheet.getRange('L3').setFormula('=1+1'); // the user's own formula beside an invalid row
    const before = rowsNamed(sheet, INVALID);
    expect(before).toHaveLength(2);
    const context = loadBundle(path.join(repoRoot, 'build', 'Code.js'), emulator);
    const call = <T>(name: string, ...args: unknown[]) =>
      runFromSidebar(emulator, context, name, ...args) as T;

    const expectReported = (list: GoalsList | null, rows: [number, number]) => {
      const reasons = reported(list!);
      expect(Object.keys(reasons).sort()).toEqual([...INVALID].sort());
      expect(reasons[INVALID[0]!]).toMatch(new RegExp(`^Goals row ${rows[0]}, column F \\(Target\\): `));
      expect(reasons[INVALID[1]!]).toMatch(new RegExp(`^Goals row ${rows[1]}, .*column H \\(Deadline\\)`));
    };
    expectReported(call<SidebarState>('sidebarLoad').goals, [3, 5]);

    const saved = call<SaveResult>('sidebarSaveGoal', { row: null, expectedGoal: null, goal: TIKTOK_GOAL });
    expect(saved.ok).toBe(true);
    expectReported(saved.goals, [3, 5]);
    const edited = call<SaveResult>('sidebarSaveGoal', {
      row: 4,
      expectedGoal: 'Second valid',
      goal: { ...TIKTOK_GOAL, goal: 'Second valid, edited' },
    });
    expect(edited.ok).toBe(true);
    const deleted = call<DeleteResult>('sidebarDeleteGoal', { row: 2, expectedGoal: 'First valid' });
    expect(deleted.ok).toBe(true);
    expectReported(deleted.goals, [2, 4]);

    expect(rowsNamed(sheet, INVALID)).toEqual(before);
    expect(sheet.getRange('L2').getFormula()).toBe('=1+1');
  });

  it("flag an unknown metric as the Progress tab does, in the user's language, on load and after a save", () => {
    // An Icelandic user in an English spreadsheet: the sidebar speaks Icelandic, the Progress tab English.
    const emulator = createEmulator({
      locale: 'en_US',
      timeZone: 'UTC',
      sheets: ['Goals'],
      userLocale: 'is',
    });
    pasteCsv(
      emulator.sheet('Goals'),
      [
        'Goal,Platform,Metric,Baseline,Target,Start,Deadline',
        'Typo,TikTok,folowers,0,"1,500",2026-07-01,2026-12-31',
      ].join('\n'),
      { split: true },
    );
    const context = loadBundle(path.join(repoRoot, 'build', 'Code.js'), emulator);
    const call = <T>(name: string, ...args: unknown[]) =>
      runFromSidebar(emulator, context, name, ...args) as T;
    const flagged = (list: GoalsList | null) =>
      list!.rows.flatMap((row) => (row.error === null ? [] : [[row.row, row.goal?.target, row.error]]));
    const typo = [
      2,
      1500,
      'Goals, lína 2, dálkur C (Metric): „folowers“ er hvorki þekktur mælikvarði né dálkur í gögnunum sem voru límd inn.',
    ];
    expect(flagged(call<SidebarState>('sidebarLoad').goals)).toEqual([typo]);
    const saved = call<SaveResult>('sidebarSaveGoal', { row: null, expectedGoal: null, goal: TIKTOK_GOAL });
    expect(saved.ok).toBe(true);
    expect(flagged(saved.goals)).toEqual([typo]);

    runGlobal(emulator, context, 'buildProgressTab');
    const progress = emulator.sheet('Progress').getDataRange().getValues();
    expect(progress.flat()).toContain(
      'Goals row 2, column C (Metric): "folowers" is not a known metric or a column in the pasted data.',
    );
  });
});
