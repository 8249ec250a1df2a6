import type { Grid, SheetSettings } from '../cells';
import { translate } from '../i18n/server';
import { languageOf } from '../i18n/translate';
import { usesDecimalComma } from '../locale';
import type { DataIssue, Dataset, DayNumber, Series, TabSummary } from '../model';
import { findTables, HEADER_SEARCH_ROWS, isBlankRow, splitCsvColumn } from './grid';
import { type ImportContext, readTable } from './table';

export interface ImportOptions {
  /** The day no-year dates ("September 25") are read against: the latest such date not after it. */
  readonly today: DayNumber;
}

/**
 * Turns whatever a marketer pasted into tabs into a Dataset: each tab is searched for its tables (header
 * row, date column, metric columns, platform per row), every skipped row or unreadable cell becomes an
 * issue naming tab, row and column, and a tab that gives nothing is listed with the reason. Never throws
 * on cell contents. Pass every tab except the add-on's own (Goals, Progress).
 */
export function importTabs(
  tabs: readonly { readonly name: string; readonly values: Grid }[],
  settings: SheetSettings,
  options: ImportOptions,
): Dataset {
  const language = languageOf(settings.locale);
  const ctx: ImportContext = {
    settings,
    language,
    localeDecimalComma: usesDecimalComma(settings.locale),
    today: options.today,
  };
  const series: Series[] = [];
  const issues: DataIssue[] = [];
  const summaries: TabSummary[] = [];
  for (const tab of tabs) {
    const summary = importTab(tab.name, tab.values, ctx, series, issues);
    summaries.push(summary);
  }
  let latestDay: DayNumber | null = null;
  for (const s of series) {
    const last = s.days[s.days.length - 1];
    if (last !== undefined && (latestDay === null || last > latestDay)) latestDay = last;
  }
  return { series, tabs: summaries, issues, latestDay };
}

function importTab(
  name: string,
  values: Grid,
  ctx: ImportContext,
  series: Series[],
  issues: DataIssue[],
): TabSummary {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(ctx.language, key, params);
  const unused = (note: string): TabSummary => ({
    tab: name,
    used: false,
    note,
    platforms: [],
    dataRows: 0,
    skippedRows: 0,
  });
  if (values.every((row) => isBlankRow(row))) return unused(t('import.empty'));
  const { grid, split } = splitCsvColumn(values);
  const tables = findTables(grid);
  if (tables.length === 0) return unused(t('import.noHeader', { rows: HEADER_SEARCH_ROWS }));

  const platforms = new Set<string>();
  const notes: string[] = [];
  const failures: string[] = [];
  let dataRows = 0;
  let skippedRows = 0;
  let firstHeader: number | null = null;
  for (const table of tables) {
    const result = readTable(name, grid, table, ctx);
    issues.push(...result.issues);
    if (result.failure !== null) {
      failures.push(
        tables.length === 1
          ? result.failure
          : t('import.table', { row: table.header + 1, reason: result.failure }),
      );
      continue;
    }
    firstHeader ??= table.header + 1;
    for (const s of result.series) {
      series.push(s);
      platforms.add(s.platform);
    }
    for (const note of result.notes) if (!notes.includes(note)) notes.push(note);
    dataRows += result.dataRows;
    skippedRows += result.skippedRows;
  }
  if (firstHeader === null) return unused(failures.join('; '));
  const list = [...platforms];
  const note = [
    t('import.used', { platforms: list.join(', '), row: firstHeader }),
    ...(split ? [t('import.noteSplit')] : []),
    ...notes,
    ...failures,
  ].join('; ');
  return { tab: name, used: true, note, platforms: list, dataRows, skippedRows };
}
