import type { Emulator } from '../../emulator';
import type { SidebarGoalInput } from '../../src/core/goals/schema';

/**
 * Goals the tests share, written out by hand rather than imported from src, so the add-on is checked
 * against them.
 */

/** The Goals tab's header row, in the order the add-on writes it. */
export const GOALS_HEADER: readonly string[] = [
  'Goal',
  'Category',
  'Platform',
  'Metric',
  'Baseline',
  'Target',
  'Start',
  'Deadline',
  'Pace',
  'Business objective',
];

/** A complete, valid level goal, as the schema hands it on (the sidebar's stricter schema too). */
export const LINKEDIN_GOAL: SidebarGoalInput = {
  goal: 'Double LinkedIn followers',
  category: 'Brand awareness',
  platform: 'LinkedIn',
  metric: 'followers',
  baseline: 1000,
  target: 2000,
  start: '2027-01-01',
  deadline: '2027-06-30',
  pace: 'Compound',
  businessObjective: 'Fill the B2B pipeline',
};

/** The goal the sidebar tests save; tiktok_follower_history.csv has 13,734 followers on 1 September. */
export const TIKTOK_GOAL: SidebarGoalInput = {
  goal: 'Grow TikTok followers',
  category: 'Brand awareness',
  platform: 'TikTok',
  metric: 'followers',
  baseline: 13734,
  target: 20000,
  start: '2026-09-01',
  deadline: '2027-02-28',
  pace: 'Linear',
  businessObjective: 'Reach younger buyers',
};

/** TIKTOK_GOAL's row under GOALS_HEADER, as shownValues gives it. */
export const TIKTOK_ROW: readonly unknown[] = [
  'Grow TikTok followers',
  'Brand awareness',
  'TikTok',
  'followers',
  13734,
  20000,
  '2026-09-01',
  '2027-02-28',
  'Linear',
  'Reach younger buyers',
];

/** A tab's values with Dates as yyyy-mm-dd in the spreadsheet's time zone; null when there is no such tab. */
export function shownValues(emulator: Emulator, tab: string): unknown[][] | null {
  const sheet = emulator.spreadsheet.getSheets().find((s) => s.getName() === tab);
  if (!sheet) return null;
  const timeZone = emulator.spreadsheet.getSpreadsheetTimeZone();
  return (sheet.getDataRange().getValues() as unknown[][]).map((row) =>
    row.map((cell) => (cell instanceof Date ? cell.toLocaleDateString('sv-SE', { timeZone }) : cell)),
  );
}

/** GOALS_HEADER's columns other than `present`, in order: what the add-on appends to a tab that has those. */
export const goalColumnsBesides = (...present: string[]): string[] =>
  GOALS_HEADER.filter((header) => !present.includes(header));
