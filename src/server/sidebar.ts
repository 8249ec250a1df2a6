import * as z from 'zod/mini';
import type { SheetSettings } from '../core/cells';
import { isoFromDay } from '../core/days';
import { dayFromIso, validateGoal } from '../core/goals/schema';
import { translate } from '../core/i18n/server';
import { languageOf } from '../core/i18n/translate';
import { importTabs } from '../core/import';
import { METRICS, PLATFORMS } from '../core/metrics/catalogue';
import { suggestBaseline } from '../core/progress';
import { buildTrack, resolveMetric, type Track, trendPoints } from '../core/progress/track';
import { dataPlatforms } from '../core/sidebar/dataPlatforms';
import { listGoals } from '../core/sidebar/goalsList';
import type {
  DeleteRequest,
  DeleteResult,
  GoalsList,
  HistoryRequest,
  HistoryResponse,
  SaveRequest,
  SaveResult,
  SidebarState,
} from '../core/sidebar/transport';
import { deleteGoal, writeGoal } from './goalsSheet';
import { dayInSpreadsheet, readTabs, spreadsheetSettings } from './sheetIo';

/**
 * The SMART goal sidebar: the menu handler that opens it and the endpoints it calls through
 * google.script.run. Endpoints check their input with zod (the client is not trusted), answer in JSON
 * only, and take the document lock before they write. Field errors and known problems come back as
 * values for the sidebar to show; anything thrown reaches its failure handler as a generic message.
 */

/** A save waits this long for another save or a Progress build to finish before saying so. */
const LOCK_WAIT_MS = 10_000;

/** The sidebar speaks the user's language, whatever the spreadsheet's. */
const userLanguage = () => languageOf(Session.getActiveUserLocale());

/** Menu item "Set SMART goals". */
export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('sidebar').setTitle(
    translate(userLanguage(), 'sidebar.title'),
  );
  SpreadsheetApp.getUi().showSidebar(html);
}

export function sidebarLoad(): SidebarState {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const settings = spreadsheetSettings(spreadsheet);
  const today = dayInSpreadsheet(new Date(), settings);
  // One read of every tab, as the Progress build reads them.
  const tabs = readTabs(spreadsheet);
  const dataset = importTabs(tabs.data, settings, { today });
  return {
    locale: Session.getActiveUserLocale(),
    catalogue: {
      metrics: METRICS.map(({ name, kind }) => ({ name, kind })),
      platforms: PLATFORMS.map((platform) => platform.name),
    },
    today: isoFromDay(today),
    goals: listGoals(tabs.goals?.values ?? null, dataset, settings, userLanguage()),
    platforms: dataPlatforms(dataset),
  };
}

/**
 * The Goals tab as it is now, listed: what a save or delete answers with. Every tab is read again, as on
 * load: whether a goal can be measured depends on the pasted data as well as on its own row.
 */
function currentGoals(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: SheetSettings,
): GoalsList {
  const tabs = readTabs(spreadsheet);
  const dataset = importTabs(tabs.data, settings, { today: dayInSpreadsheet(new Date(), settings) });
  return listGoals(tabs.goals?.values ?? null, dataset, settings, userLanguage());
}

/**
 * A Goals row number. Not z.int(): that brings zod's number-format tables (1.4 KB of Code.js) for
 * what one refinement says.
 */
const rowNumber = z.number().check(z.refine(Number.isInteger), z.positive());

const historyRequest: z.ZodMiniType<HistoryRequest> = z.object({
  platform: z.string(),
  metric: z.string(),
  start: z.string(),
  deadline: z.string(),
});

/** Far enough that a goal without a deadline yet counts as open-ended. */
const OPEN_ENDED_DAYS = 36_525;

/** The baseline the Progress tab would derive for these fields, and the metric's history for "Attainable". */
export function sidebarHistory(request: HistoryRequest): HistoryResponse {
  const { platform, metric, start, deadline } = parseRequest(historyRequest, request);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const settings = spreadsheetSettings(spreadsheet);
  const dataset = importTabs(readTabs(spreadsheet).data, settings, {
    today: dayInSpreadsheet(new Date(), settings),
  });
  const resolved = resolveMetric(metric, dataset);
  const startDay = dayFromIso(start);
  const deadlineDay = dayFromIso(deadline);
  const from = startDay ?? dataset.latestDay ?? 0;
  const track = resolved
    ? buildTrack(dataset, resolved, platform, {
        start: from,
        deadline: deadlineDay ?? from + OPEN_ENDED_DAYS,
      })
    : null;
  const baseline =
    startDay === null ? null : suggestBaseline(dataset, platform, metric, startDay, deadlineDay ?? undefined);
  return {
    kind: resolved?.kind ?? null,
    baseline: baseline?.value ?? null,
    history: track ? historyOf(track) : { dates: [], values: [] },
  };
}

/** The whole series the Progress tab would fit its projection through (counts as running totals from 0). */
function historyOf(track: Track): HistoryResponse['history'] {
  if (track.days.length === 0) return { dates: [], values: [] };
  const first = track.days[0]!;
  const last = track.days[track.days.length - 1]!;
  const points = trendPoints(track, first, last, track.toDate(0, first, last));
  return { dates: points.map((p) => isoFromDay(p.day)), values: points.map((p) => p.value) };
}

// The goal itself is checked by validateGoal, which names each field that is wrong.
const saveRequest = z.object({
  row: z.nullable(rowNumber),
  expectedGoal: z.nullable(z.string()),
  goal: z.unknown(),
});

export function sidebarSaveGoal(request: SaveRequest): SaveResult {
  const { row, expectedGoal, goal } = parseRequest(saveRequest, request);
  const validation = validateGoal(goal, 'sidebar');
  if (!validation.ok) return { ok: false, errors: validation.errors, problem: null, goals: null };
  return withDocumentLock<SaveResult>(
    () => ({ ok: false, errors: [], problem: 'busy', goals: null }),
    (spreadsheet, settings) => {
      const outcome = writeGoal(spreadsheet, settings, validation.goal, row, expectedGoal);
      const goals = currentGoals(spreadsheet, settings);
      return outcome.problem === null
        ? { ok: true, row: outcome.row, goals }
        : { ok: false, errors: [], problem: outcome.problem, goals };
    },
  );
}

const deleteRequest: z.ZodMiniType<DeleteRequest> = z.object({
  row: rowNumber,
  expectedGoal: z.string(),
});

export function sidebarDeleteGoal(request: DeleteRequest): DeleteResult {
  const { row, expectedGoal } = parseRequest(deleteRequest, request);
  return withDocumentLock<DeleteResult>(
    () => ({ ok: false, problem: 'busy', goals: null }),
    (spreadsheet, settings) => {
      const problem = deleteGoal(spreadsheet, settings, row, expectedGoal);
      const goals = currentGoals(spreadsheet, settings);
      return problem === null ? { ok: true, goals } : { ok: false, problem, goals };
    },
  );
}

function withDocumentLock<T>(
  busy: () => T,
  write: (spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, settings: SheetSettings) => T,
): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) return busy();
  try {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    return write(spreadsheet, spreadsheetSettings(spreadsheet));
  } finally {
    lock.releaseLock();
  }
}

function parseRequest<T>(schema: z.ZodMiniType<T>, request: unknown): T {
  const result = schema.safeParse(request);
  if (!result.success) throw new Error('The sidebar sent a request the server does not understand.');
  return result.data;
}
