import type { CellValue, Grid, SheetSettings } from '../cells';
import { columnLetter, isBlank } from '../cells';
import { readDayColumn } from '../dates';
import { type ServerKey, translate } from '../i18n/server';
import type { Language } from '../i18n/translate';
import { findPlatform, metricByName, normalizeHeader } from '../metrics/catalogue';
import type { DataIssue, DayNumber, Series } from '../model';
import { deriveSeries } from './derive';
import { cellText, isBlankRow, isCommentRow, type TableBounds } from './grid';
import {
  dateHeaderRank,
  isIgnoredHeader,
  isPlatformHeader,
  type MetricColumn,
  metricColumn,
  signaturePlatform,
  TOTAL_ROW_WORDS,
} from './headers';
import { LARGEST_NUMBER, numberColumnReader } from './numbers';

export interface ImportContext {
  readonly settings: SheetSettings;
  readonly language: Language;
  readonly localeDecimalComma: boolean;
  readonly today: DayNumber;
}

export interface TableResult {
  readonly series: Series[];
  readonly issues: DataIssue[];
  readonly dataRows: number;
  readonly skippedRows: number;
  /** Why the table gave nothing, or null when it was read. */
  readonly failure: string | null;
  readonly notes: string[];
}

/** Share of a date column's non-blank cells that must be dates for it to be the date column. */
const DATE_SHARE = 0.5;
/** The same for a column found by its values alone, with no date header. */
const UNNAMED_DATE_SHARE = 0.8;

function columnLabel(index: number, header: string): string {
  return header === '' ? columnLetter(index) : `${columnLetter(index)} (${header})`;
}

function shown(value: CellValue): string {
  const text =
    value instanceof Date && Number.isFinite(value.getTime()) ? value.toISOString() : String(value);
  return `"${text.length > 40 ? `${text.slice(0, 39)}…` : text}"`;
}

/**
 * The distinct (platform, day) pairs of a table's data rows. Columns add into slots by row, so no column
 * hashes a day per cell; `byDay` lists the slots in day order for building sorted series.
 */
interface Slots {
  readonly ofRow: Int32Array;
  readonly platform: readonly string[];
  readonly day: readonly DayNumber[];
  readonly byDay: readonly number[];
}

function slotRows(days: readonly DayNumber[], platforms: readonly string[]): Slots {
  const ofRow = new Int32Array(days.length);
  const platform: string[] = [];
  const day: DayNumber[] = [];
  const index = new Map<string, Map<DayNumber, number>>();
  for (let k = 0; k < days.length; k++) {
    let byDay = index.get(platforms[k]!);
    if (!byDay) {
      byDay = new Map();
      index.set(platforms[k]!, byDay);
    }
    let slot = byDay.get(days[k]!);
    if (slot === undefined) {
      slot = day.length;
      byDay.set(days[k]!, slot);
      platform.push(platforms[k]!);
      day.push(days[k]!);
    }
    ofRow[k] = slot;
  }
  const byDay = day.map((_, i) => i).sort((a, b) => day[a]! - day[b]! || a - b);
  return { ofRow, platform, day, byDay };
}

/** One column's values per slot: sums (counts, changes, ratios), how many, and the last row (levels). */
interface ColumnValues {
  readonly sum: Float64Array;
  readonly count: Uint32Array;
  readonly lastRow: Int32Array;
}

/** Reads one table of a tab (header row through `end`) into series, issues and a short description. */
export function readTable(tabName: string, grid: Grid, bounds: TableBounds, ctx: ImportContext): TableResult {
  const t = (key: ServerKey, params?: Record<string, string | number>) =>
    translate(ctx.language, key, params);
  const headerRow = grid[bounds.header]!;
  const headers = headerRow.map(cellText);
  // Meta's page-level exports name the metric on the line above a "Date","Primary" header.
  const title = (grid[bounds.header - 1] ?? []).map(cellText).filter((text) => text !== '');
  if (title.length === 1 && !isCommentRow(grid[bounds.header - 1])) {
    headers.forEach((h, c) => {
      if (normalizeHeader(h) === 'primary') headers[c] = title[0]!;
    });
  }
  const normalized = headers.map(normalizeHeader);
  const tabPlatform = findPlatform(tabName) ?? signaturePlatform(new Set(normalized));
  const fallbackPlatform = tabPlatform ?? tabName;
  const issues: DataIssue[] = [];
  const notes: string[] = [];
  const fail = (failure: string, dataRows = 0, skippedRows = 0): TableResult => ({
    series: [],
    issues,
    dataRows,
    skippedRows,
    failure,
    notes,
  });

  const rows: number[] = [];
  for (let r = bounds.header + 1; r < bounds.end; r++) {
    const row = grid[r];
    if (!isBlankRow(row) && !isCommentRow(row)) rows.push(r);
  }
  const cellsOf = (c: number) => rows.map((r) => grid[r]![c]);

  // The date column: the best-named one that holds dates ("Date" holding "Lifetime" gives way to
  // "Publish time"), else a column with no known header whose values are nearly all dates.
  const dateCandidates = normalized
    .map((h, c) => ({ c, rank: dateHeaderRank(h) }))
    .filter((x) => x.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.c - b.c)
    .map((x) => x.c);
  let dateColumn = -1;
  let days: (DayNumber | null)[] = [];
  for (const c of dateCandidates) {
    const found = datesIn(cellsOf(c), ctx, DATE_SHARE, false);
    if (found) [dateColumn, days] = [c, found];
    if (found) break;
  }
  const platformColumn = normalized.findIndex(isPlatformHeader);
  if (dateColumn < 0 && dateCandidates.length === 0) {
    for (let c = 0; c < headers.length && dateColumn < 0; c++) {
      if (c === platformColumn || metricColumn(c, headers[c]!, tabPlatform).known) continue;
      const found = datesIn(cellsOf(c), ctx, UNNAMED_DATE_SHARE, true);
      if (found) [dateColumn, days] = [c, found];
    }
  }
  if (dateColumn < 0) {
    const first = dateCandidates[0];
    return fail(
      first === undefined
        ? t('import.noDateColumn')
        : t('import.noDates', { column: columnLabel(first, headers[first]!) }),
    );
  }
  if (dateColumn !== dateCandidates[0]) notes.push(t('import.noteDates', { column: headers[dateColumn]! }));

  // Which rows are data: a readable date, else an issue naming the row (total rows say so).
  const validRows: number[] = [];
  const validDays: DayNumber[] = [];
  const rowPlatforms: string[] = [];
  const platformCache = new Map<string, string>();
  let skippedRows = 0;
  const dateLabel = columnLabel(dateColumn, headers[dateColumn]!);
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!;
    const row = grid[r]!;
    const day = days[k];
    if (day == null) {
      skippedRows++;
      const dateCell = row[dateColumn];
      const firstText = normalizeHeader(cellText(row.find((v) => !isBlank(v)))).replace(/:$/, '');
      const reason = TOTAL_ROW_WORDS.has(firstText)
        ? t('import.totalRow')
        : isBlank(dateCell)
          ? t('import.noDate')
          : t('import.notDate', { value: shown(dateCell) });
      issues.push({ tab: tabName, row: r + 1, column: dateLabel, reason });
      continue;
    }
    let platform = fallbackPlatform;
    if (platformColumn >= 0) {
      const text = cellText(row[platformColumn]);
      if (text !== '') {
        let known = platformCache.get(text);
        if (known === undefined) {
          known = findPlatform(text) ?? text;
          platformCache.set(text, known);
        }
        platform = known;
      }
    }
    validRows.push(r);
    validDays.push(day);
    rowPlatforms.push(platform);
  }

  // Metric columns, read one column at a time. Data rows may run past the header row (a split CSV line
  // with more fields than its header): those cells are under a blank header too.
  const slots = slotRows(validDays, rowPlatforms);
  const columns: { column: MetricColumn; values: ColumnValues }[] = [];
  let width = headers.length;
  for (const r of validRows) width = Math.max(width, grid[r]!.length);
  for (let c = 0; c < width; c++) {
    if (c === dateColumn || c === platformColumn) continue;
    if (dateCandidates.includes(c) || isIgnoredHeader(normalized[c] ?? '')) continue;
    const header = headers[c] ?? '';
    // Most blank-header columns are empty (a note far to the right widens the whole grid): one pass.
    if (header === '' && validRows.every((r) => isBlank(grid[r]![c]))) continue;
    const column = metricColumn(c, header, tabPlatform);
    const read = readColumn(column, tabName, grid, validRows, slots, ctx, t);
    if (read === null) continue;
    if (header === '') {
      // A column that would be a metric under any name, but has none to be chosen by: said once.
      issues.push({
        tab: tabName,
        row: bounds.header + 1,
        column: columnLetter(c),
        reason: t('import.blankHeader'),
      });
      continue;
    }
    issues.push(...read.issues);
    columns.push({ column, values: read.values });
  }
  const series = buildSeries(tabName, columns, slots);
  if (series.length === 0) return fail(t('import.noNumbers'), validRows.length, skippedRows);
  const platforms = [...new Set(series.map((s) => s.platform))];
  for (const platform of platforms) {
    series.push(
      ...deriveSeries(
        series.filter((s) => s.platform === platform),
        (formula) => t('import.derived', { formula }),
      ),
    );
  }
  if (platformColumn < 0 && tabPlatform === undefined && !columns.some((c) => c.column.platform))
    notes.push(t('import.noteTabPlatform'));
  if (slots.day.length < validRows.length) notes.push(t('import.notePerDay'));
  issues.sort((a, b) => a.row - b.row);
  return { series, issues, dataRows: validRows.length, skippedRows, failure: null, notes };
}

/** The column's days when enough of its non-blank cells are dates, else null. */
function datesIn(
  cells: readonly CellValue[],
  ctx: ImportContext,
  share: number,
  textOnly: boolean,
): (DayNumber | null)[] | null {
  if (textOnly && cells.some((cell) => !isBlank(cell) && typeof cell !== 'string' && !(cell instanceof Date)))
    return null;
  const days = readDayColumn(cells, ctx.settings, ctx.today);
  let readable = 0;
  let other = 0;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (days[i] !== null) readable++;
    else if (!isBlank(cell) && !(typeof cell === 'string' && TOTAL_ROW_WORDS.has(normalizeHeader(cell))))
      other++;
  }
  return readable > 0 && readable >= share * (readable + other) ? days : null;
}

function readColumn(
  column: MetricColumn,
  tabName: string,
  grid: Grid,
  rows: readonly number[],
  slots: Slots,
  ctx: ImportContext,
  t: (key: ServerKey, params?: Record<string, string | number>) => string,
): { issues: DataIssue[]; values: ColumnValues } | null {
  const c = column.index;
  const texts: string[] = [];
  for (const r of rows) {
    const v = grid[r]![c];
    if (typeof v === 'string') texts.push(v);
  }
  const reader = numberColumnReader(texts, {
    localeDecimalComma: ctx.localeDecimalComma,
    whole: column.whole,
    percent: column.percent,
  });
  const label = columnLabel(c, column.header);
  const checkSign = column.known && column.form === 'value';
  const issues: DataIssue[] = [];
  const n = slots.day.length;
  const values: ColumnValues = {
    sum: new Float64Array(n),
    count: new Uint32Array(n),
    lastRow: new Int32Array(n),
  };
  const level = column.kind === 'level';
  let numbers = 0;
  let nonBlank = 0;
  for (let k = 0; k < rows.length; k++) {
    const cell = grid[rows[k]!]![c];
    const value = reader.read(cell);
    if (value === null) continue;
    nonBlank++;
    let problem: string | null = null;
    if (Number.isNaN(value)) problem = t('import.notNumber', { value: shown(cell) });
    else if (Math.abs(value) > LARGEST_NUMBER) problem = t('import.tooLarge', { value: shown(cell) });
    else if (checkSign && value < 0)
      problem = t('import.negative', { metric: column.metric, value: shown(cell) });
    if (problem !== null) {
      issues.push({ tab: tabName, row: rows[k]! + 1, column: label, reason: problem });
      continue;
    }
    numbers++;
    const slot = slots.ofRow[k]!;
    values.sum[slot] = level ? value : values.sum[slot]! + value;
    values.count[slot]!++;
    values.lastRow[slot] = k;
  }
  // A column of text with no known header (post titles, links, post types) is not a metric.
  if (nonBlank === 0 || (!column.known && numbers * 2 < nonBlank)) return null;
  return { issues, values };
}

/**
 * One series per column and platform. When several columns give one metric (the organic, sponsored and
 * total triplets; X's Reposts and Shares) the preferred one keeps the canonical name and the others keep
 * their own header as the metric name, unless that header is itself a canonical name.
 */
function buildSeries(
  tabName: string,
  columns: readonly { column: MetricColumn; values: ColumnValues }[],
  slots: Slots,
): Series[] {
  const winner = new Map<string, MetricColumn>();
  for (const { column } of columns) {
    const key = `${column.metric}|${column.form}|${column.platform ?? ''}`;
    const best = winner.get(key);
    if (!best || column.preference < best.preference) winner.set(key, column);
  }
  const series: Series[] = [];
  for (const { column, values } of columns) {
    const isWinner = winner.get(`${column.metric}|${column.form}|${column.platform ?? ''}`) === column;
    if (!isWinner && metricByName(normalizeHeader(column.header))) continue;
    const metric = isWinner ? column.metric : column.header;
    for (const [platform, points] of pointsByPlatform(column, values, slots)) {
      const base = {
        platform,
        tab: tabName,
        header: column.header,
        days: points.days,
        values: points.values,
      };
      series.push({ ...base, metric, kind: column.kind, form: column.form });
      if (isWinner && column.alsoChangeOf) {
        const level = metricByName(column.alsoChangeOf)!;
        series.push({ ...base, metric: level.name, kind: level.kind, form: 'change' });
      }
    }
  }
  return series;
}

/**
 * A column's values per platform in day order. Duplicate days (several posts a day; rows of several
 * platforms under a header that names one) merge: counts and changes add, levels keep the last row,
 * ratios average.
 */
function pointsByPlatform(
  column: MetricColumn,
  values: ColumnValues,
  slots: Slots,
): Map<string, { days: DayNumber[]; values: number[] }> {
  const out = new Map<string, { days: DayNumber[]; sums: number[]; counts: number[]; last: number[] }>();
  for (const slot of slots.byDay) {
    const count = values.count[slot]!;
    if (count === 0) continue;
    const platform = column.platform ?? slots.platform[slot]!;
    let points = out.get(platform);
    if (!points) {
      points = { days: [], sums: [], counts: [], last: [] };
      out.set(platform, points);
    }
    const day = slots.day[slot]!;
    const sum = values.sum[slot]!;
    const last = values.lastRow[slot]!;
    const i = points.days.length - 1;
    if (i >= 0 && points.days[i] === day) {
      if (column.kind !== 'level') {
        points.sums[i] = points.sums[i]! + sum;
        points.counts[i] = points.counts[i]! + count;
      } else if (last > points.last[i]!) {
        points.sums[i] = sum;
        points.last[i] = last;
      }
    } else {
      points.days.push(day);
      points.sums.push(sum);
      points.counts.push(count);
      points.last.push(last);
    }
  }
  const result = new Map<string, { days: DayNumber[]; values: number[] }>();
  for (const [platform, p] of out) {
    const ratio = column.kind === 'ratio';
    result.set(platform, { days: p.days, values: ratio ? p.sums.map((s, i) => s / p.counts[i]!) : p.sums });
  }
  return result;
}
