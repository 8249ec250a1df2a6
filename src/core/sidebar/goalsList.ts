import type { Grid, SheetSettings } from '../cells';
import { readGoalsTab } from '../goals/goalsTab';
import type { Language } from '../i18n/translate';
import type { Dataset } from '../model';
import { buildProgressReport } from '../progress';
import type { GoalsList, ListedGoal } from './transport';

/**
 * The Goals tab's rows for the sidebar's list. A row is flagged exactly when the Progress tab would show
 * it as "Invalid goal", with the Progress tab's reason (an unknown metric is only known as such against
 * the pasted data), but in `language`, the user's, as the rest of the sidebar. No Goals tab: no goals.
 */
export function listGoals(
  grid: Grid | null,
  dataset: Dataset,
  settings: SheetSettings,
  language: Language,
): GoalsList {
  if (!grid) return { rows: [], problem: '' };
  const tab = readGoalsTab(grid, settings, language);
  // Only each goal's status and note are used: the build day and time just date a report.
  const { goals } = buildProgressReport(tab, dataset, { today: 0, builtAt: 0, language });
  const rows = tab.rows.map((row, i): ListedGoal => {
    const result = goals[i]!;
    return row.goal && result.status === 'Invalid goal'
      ? { row: row.row, goal: row.goal, error: result.message }
      : row;
  });
  return { rows, problem: tab.problem };
}
