import { GOALS_TAB, readGoalsTab } from '../../core/goals/goalsTab';
import { GOALS_COLUMNS } from '../../core/goals/schema';
import { translate } from '../../core/i18n/server';
import { type Language, languageOf } from '../../core/i18n/translate';
import { importTabs } from '../../core/import';
import { buildProgressReport } from '../../core/progress';
import { GOAL_STATUSES, type ProgressReport } from '../../core/report';
import { createGoalsSheet } from '../goalsSheet';
import { dayInSpreadsheet, readTabs, spreadsheetSettings } from '../sheetIo';
import { planProgressTab } from './layout';
import { replaceProgressSheet } from './progressSheet';
import { applySheetPlan } from './sheetPlan';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** How long a second build waits for the first before saying so: a build takes seconds. */
const LOCK_WAIT_MS = 15_000;
const TOAST_SECONDS = 10;

/**
 * Menu item "Build progress tab": read every tab once, compute in core, write the Progress tab once.
 * The user sees a toast with the outcome or an alert in plain words, never a raw exception.
 */
export function buildProgressTab(): void {
  const language = languageOf(Session.getActiveUserLocale());
  const alert = (text: string) => SpreadsheetApp.getUi().alert(text);
  const lock = LockService.getDocumentLock();
  if (lock && !lock.tryLock(LOCK_WAIT_MS)) {
    alert(translate(language, 'progress.busy'));
    return;
  }
  try {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const { report, goalsTabCreated } = rebuildProgressTab(spreadsheet, new Date());
    spreadsheet.toast(
      summarize(report, language),
      translate(language, 'progress.toast.title'),
      TOAST_SECONDS,
    );
    if (goalsTabCreated) alert(translate(language, 'progress.goalsCreated'));
  } catch (error) {
    console.error(error);
    alert(translate(language, 'progress.failed', { reason: plainReason(error, language) }));
  } finally {
    lock?.releaseLock();
  }
}

export interface RebuildOutcome {
  readonly report: ProgressReport;
  readonly goalsTabCreated: boolean;
}

/**
 * One read per tab, one report, one Progress tab. Writes only the Progress tab, and the Goals header
 * when there is no Goals tab at all.
 */
export function rebuildProgressTab(spreadsheet: Spreadsheet, now: Date): RebuildOutcome {
  const settings = spreadsheetSettings(spreadsheet);
  const language = languageOf(settings.locale);
  const tabs = readTabs(spreadsheet);
  const taken = [...tabs.names];

  const goalsTabCreated = tabs.goals === null;
  if (goalsTabCreated) {
    createGoalsSheet(spreadsheet);
    taken.push(GOALS_TAB);
  }

  const today = dayInSpreadsheet(now, settings);
  const dataset = importTabs(tabs.data, settings, { today });
  const goals = readGoalsTab(tabs.goals?.values ?? [[...GOALS_COLUMNS]], settings);
  const report = buildProgressReport(goals, dataset, { today, builtAt: now.getTime(), language });
  const plan = planProgressTab(report, { settings, language });

  replaceProgressSheet(
    spreadsheet,
    {
      previous: tabs.progress[0] ?? null,
      taken,
      baseName: translate(language, 'progress.tabName'),
    },
    (sheet) => applySheetPlan(sheet, plan),
  );
  return { report, goalsTabCreated };
}

/** "5 goals: 2 on track, 1 at risk, 2 behind" */
function summarize(report: ProgressReport, language: Language): string {
  const count = report.goals.length;
  if (count === 0) return translate(language, 'progress.toast.noGoals');
  const statuses = GOAL_STATUSES.flatMap((status) => {
    const n = report.goals.filter((goal) => goal.status === status).length;
    return n ? [`${n} ${translate(language, `status.${status}`).toLowerCase()}`] : [];
  }).join(', ');
  return translate(language, count === 1 ? 'progress.toast.oneGoal' : 'progress.toast.goals', {
    count,
    statuses,
  });
}

/**
 * Service errors (quota, protected range, sheet limits) carry a message meant for people; a bug
 * (TypeError and kin) does not, so it gets a plain sentence and the details go to the log.
 */
function plainReason(error: unknown, language: Language): string {
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  if ((name === 'Error' || name === 'Exception') && typeof message === 'string' && message.trim()) {
    const text = message.trim().replace(/^Exception:\s*/, '');
    return /[.!?]$/.test(text) ? text : `${text}.`;
  }
  return translate(language, 'progress.failedUnknown');
}
