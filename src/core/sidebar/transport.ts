import type { GoalsTabRow } from '../goals/goalsTab';
import type { GoalFieldError, GoalInput, SidebarGoalInput } from '../goals/schema';
import type { MetricKind } from '../model';

/**
 * What travels between the sidebar and its server endpoints. Only JSON goes through google.script.run
 * (a Date fails the call), so dates are ISO "yyyy-mm-dd" strings throughout.
 */

/**
 * A Goals row as the sidebar lists it. `error` is why the Progress tab would show it as "Invalid goal",
 * in the user's language: a row the schema rejects, or a goal it accepts that the data cannot measure
 * (an unknown metric, say), which keeps its values for editing.
 */
export type ListedGoal =
  | GoalsTabRow
  | { readonly row: number; readonly goal: GoalInput; readonly error: string };

/** The Goals tab as the sidebar lists it; `problem` says why it could not be read ("" when it could). */
export interface GoalsList {
  readonly rows: readonly ListedGoal[];
  readonly problem: string;
}

/** A platform found in the pasted data and the metrics it has (ratios included when their parts are there). */
export interface DataPlatform {
  readonly platform: string;
  readonly metrics: readonly string[];
}

export interface SidebarState {
  /**
   * Session.getActiveUserLocale(): the sidebar's language and how typed numbers and dates are read.
   * The page carries its strings in both languages (src/core/sidebar/messages.ts).
   */
  readonly locale: string;
  /** The metric catalogue's names and kinds and the common platforms, in catalogue order. */
  readonly catalogue: {
    readonly metrics: readonly { readonly name: string; readonly kind: MetricKind }[];
    readonly platforms: readonly string[];
  };
  /** Today in the spreadsheet's time zone. */
  readonly today: string;
  readonly goals: GoalsList;
  readonly platforms: readonly DataPlatform[];
}

export interface HistoryRequest {
  readonly platform: string;
  readonly metric: string;
  /** ISO dates, or "" while the field is empty or unreadable. */
  readonly start: string;
  readonly deadline: string;
}

export interface HistoryResponse {
  /** Null when the metric is neither in the catalogue nor in the data. */
  readonly kind: MetricKind | null;
  /** The baseline the Progress tab would derive for these fields (null without a start date or data). */
  readonly baseline: number | null;
  /** The goal's series as the Progress tab fits its projection (Track.trend), ascending. */
  readonly history: { readonly dates: readonly string[]; readonly values: readonly number[] };
}

/** Why a write did not happen, beyond field errors. */
export type Problem = 'busy' | 'changed' | 'goalsTab';

export interface SaveRequest {
  /** The Goals row being edited, or null for a new goal. */
  readonly row: number | null;
  /** The goal name that row held when the sidebar loaded it: a row that changed since is not overwritten. */
  readonly expectedGoal: string | null;
  readonly goal: SidebarGoalInput;
}

export type SaveResult =
  | { readonly ok: true; readonly row: number; readonly goals: GoalsList }
  | {
      readonly ok: false;
      readonly errors: readonly GoalFieldError[];
      readonly problem: Problem | null;
      readonly goals: GoalsList | null;
    };

export interface DeleteRequest {
  readonly row: number;
  readonly expectedGoal: string;
}

export type DeleteResult =
  | { readonly ok: true; readonly goals: GoalsList }
  | { readonly ok: false; readonly problem: Problem; readonly goals: GoalsList | null };
