/**
 * The plain data that flows one way: sheet values → import → Dataset → progress → ProgressReport →
 * one writer. Days are whole calendar days counted from 1970-01-01 (UTC day numbers), so inclusive
 * day counts are plain subtraction and no time zone leaks into the maths.
 */

export type DayNumber = number;

export type MetricKind = 'level' | 'count' | 'ratio';

/** One metric of one platform from one tab, sorted by day, one value per day. */
export interface Series {
  /** Canonical platform name ("LinkedIn", "X", "TikTok", "Instagram", "Facebook", "YouTube", "GA4"...). */
  readonly platform: string;
  /** Canonical metric name ("followers", "impressions"...) or, for unknown columns, the header as written. */
  readonly metric: string;
  readonly kind: MetricKind;
  /**
   * "value": each point is the metric itself. "change": each point is a daily change of a level metric
   * (LinkedIn new followers, X New follows − Unfollows, TikTok Difference in followers).
   */
  readonly form: 'value' | 'change';
  /** Tab the series was read from, and the header(s) it came from, for messages and the report. */
  readonly tab: string;
  readonly header: string;
  readonly days: readonly DayNumber[];
  readonly values: readonly number[];
}

/** A row the importer skipped or a cell it could not read. Rows and columns are 1-based as the user sees them. */
export interface DataIssue {
  readonly tab: string;
  readonly row: number;
  /** Column letter and header, e.g. "C (Impressions)", when one cell is the problem. */
  readonly column?: string;
  readonly reason: string;
}

export interface TabSummary {
  readonly tab: string;
  readonly used: boolean;
  /** Why a tab was not used ("no date column", "empty"...), or how it was read ("LinkedIn, header on row 2"). */
  readonly note: string;
  readonly platforms: readonly string[];
  readonly dataRows: number;
  readonly skippedRows: number;
}

export interface Dataset {
  readonly series: readonly Series[];
  readonly tabs: readonly TabSummary[];
  readonly issues: readonly DataIssue[];
  /** Latest day with any data, or null when nothing was read. */
  readonly latestDay: DayNumber | null;
}
