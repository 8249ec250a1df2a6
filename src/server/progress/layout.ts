import { columnLetter, escapeCellText, type SheetSettings } from '../../core/cells';
import { dayFromDate, sheetDateFromDay } from '../../core/days';
import { type ServerKey, translate } from '../../core/i18n/server';
import type { Language } from '../../core/i18n/translate';
import { sheetDateFormat } from '../../core/locale';
import type { DayNumber, MetricKind } from '../../core/model';
import { CHART_POINTS } from '../../core/progress/maths';
import type { GoalResult, GoalStatus, ProgressReport } from '../../core/report';
import type { CellPlan, ChartPlan, SheetPlan } from './sheetPlan';
import { NEW_SHEET_COLUMNS, PlanCanvas } from './sheetPlan';

/**
 * The Progress tab as a plan: every value, format, colour and chart, computed from the report without
 * touching a spreadsheet. Top to bottom: title block, goals table, data-quality block, one chart per
 * goal; the charts' data sits in blocks to the right of the table, one block per goal.
 */

const GENERAL = 'General';
const COUNT = '#,##0';
const RATE = '0.00%';
const SHARE = '0%';
const HEADER_FILL = '#e8eaed';
const WARNING_FILL = '#f4cccc';
const ACTUAL_LINE = '#1a73e8';
const EXPECTED_LINE = '#9aa0a6';

/** Each status's cell colour and the colour of its in-cell progress bar. */
const STATUS_COLOURS: Readonly<Record<GoalStatus, { readonly fill: string; readonly bar: string }>> = {
  Achieved: { fill: '#b7e1cd', bar: '#0b8043' },
  'On track': { fill: '#d9ead3', bar: '#34a853' },
  'At risk': { fill: '#fff2cc', bar: '#f6b26b' },
  Behind: { fill: '#fce5cd', bar: '#e67c00' },
  Missed: { fill: '#f4cccc', bar: '#cc0000' },
  'Not started': { fill: '#efefef', bar: '#999999' },
  'No data': { fill: '#efefef', bar: '#999999' },
  'Invalid goal': { fill: '#f4cccc', bar: '#cc0000' },
};

/** Issues listed one per line before the block says "…and N more". */
export const DATA_QUALITY_LINES = 50;
/** Rows each chart takes below the data-quality block: a chart's default height is about 18 rows. */
const CHART_ROWS = 20;

interface RowContext {
  readonly row: number;
  readonly language: Language;
  readonly timeZone: string;
  readonly dateFormat: string;
}

interface TableColumn {
  readonly label: ServerKey;
  /** Pixels, when the default 100 does not fit what the column holds. */
  readonly width?: number;
  readonly cell: (goal: GoalResult, context: RowContext) => CellPlan;
}

const amountFormat = (kind: MetricKind | null) => (kind === 'ratio' ? RATE : kind === null ? GENERAL : COUNT);
const text = (value: string): CellPlan => ({ value: escapeCellText(value) });
const amount = (value: number | null, kind: MetricKind | null): CellPlan =>
  value === null ? {} : { value, format: amountFormat(kind) };
const share = (value: number | null): CellPlan => (value === null ? {} : { value, format: SHARE });
const date = (day: DayNumber | null, context: RowContext): CellPlan =>
  day === null ? {} : { value: sheetDateFromDay(day, context.timeZone), format: context.dateFormat };

const progressBar = (goal: GoalResult, context: RowContext): CellPlan => {
  if (goal.progress === null) return {};
  const progressCell = `${columnLetter(PROGRESS_COLUMN)}${context.row}`;
  const colour = STATUS_COLOURS[goal.status].bar;
  // The formula is ours, never user text; it reads the Progress cell so the bar always matches it.
  return {
    formula: `=SPARKLINE(MAX(0,MIN(1,${progressCell})),{"charttype","bar";"max",1;"color1","${colour}"})`,
  };
};

/** Pixels of the Note column: with the blank 100 px column after it, 110 characters at ~6 px each. */
const NOTE_WIDTH = 600;

/** The goals table, left to right. Each width set is one call, so only the text columns get one. */
const TABLE_COLUMNS: readonly TableColumn[] = [
  { label: 'progress.col.goal', width: 260, cell: (g) => text(g.goal) },
  // Also holds the title block's values (built at: a date and time).
  { label: 'progress.col.platform', width: 130, cell: (g) => text(g.platform) },
  { label: 'progress.col.metric', cell: (g) => text(g.metric) },
  { label: 'progress.col.baseline', cell: (g) => amount(g.baseline, g.kind) },
  { label: 'progress.col.current', cell: (g) => amount(g.current, g.kind) },
  { label: 'progress.col.target', cell: (g) => amount(g.target, g.kind) },
  { label: 'progress.col.progress', cell: (g) => share(g.progress) },
  { label: 'progress.col.bar', cell: progressBar },
  { label: 'progress.col.expected', cell: (g) => share(g.expected) },
  {
    label: 'progress.col.status',
    cell: (g, c) => ({
      value: translate(c.language, `status.${g.status}`),
      background: STATUS_COLOURS[g.status].fill,
      bold: true,
    }),
  },
  { label: 'progress.col.projected', cell: (g) => amount(g.projected, g.kind) },
  { label: 'progress.col.projectedDate', cell: (g, c) => date(g.projectedDay, c) },
  { label: 'progress.col.deadline', cell: (g, c) => date(g.deadline, c) },
  { label: 'progress.col.asOf', cell: (g, c) => date(g.asOf, c) },
  // A note runs on into the blank column after it until the chart data (Icelandic notes are the longest).
  { label: 'progress.col.note', width: NOTE_WIDTH, cell: (g) => text(g.message) },
];
const PROGRESS_COLUMN = TABLE_COLUMNS.findIndex((column) => column.label === 'progress.col.progress');
export const TABLE_WIDTH = TABLE_COLUMNS.length;
/** First column of the chart-data blocks: one blank column after the table. */
const CHART_DATA_COLUMN = TABLE_WIDTH + 2;
/** Columns of a chart-data block: Date, Actual, Expected pace. */
const CHART_BLOCK_COLUMNS = 3;
/** Blocks side by side within a new sheet's columns, so that no column is ever added. */
const CHART_LANES = Math.floor((NEW_SHEET_COLUMNS - CHART_DATA_COLUMN + 1) / CHART_BLOCK_COLUMNS);
/**
 * Rows each block is given whatever its length (goal name, header, up to CHART_POINTS points, a blank
 * row): where blocks sit, and so how many rows the tab needs, depends on the number of charts only.
 */
const CHART_SLOT_ROWS = CHART_POINTS + 3;
const CHART_HEADERS: readonly ServerKey[] = [
  'progress.chart.date',
  'progress.chart.actual',
  'progress.chart.expected',
];
const DATA_QUALITY_HEADERS: readonly ServerKey[] = [
  'progress.dq.tab',
  'progress.dq.row',
  'progress.dq.column',
  'progress.dq.reason',
];

export interface ProgressTabOptions {
  readonly settings: SheetSettings;
  /** Language of the tab's labels: the spreadsheet's, since everyone who opens it reads the same tab. */
  readonly language: Language;
}

interface Section {
  readonly canvas: PlanCanvas;
  readonly report: ProgressReport;
  readonly settings: SheetSettings;
  readonly language: Language;
  readonly dateFormat: string;
  readonly t: (key: ServerKey, params?: Record<string, string | number>) => string;
}

export function planProgressTab(report: ProgressReport, options: ProgressTabOptions): SheetPlan {
  const { settings, language } = options;
  const section: Section = {
    canvas: new PlanCanvas(),
    report,
    settings,
    language,
    dateFormat: sheetDateFormat(settings.locale),
    t: (key, params) => translate(language, key, params),
  };
  // Each section starts below the previous one, after a blank row; returns the row after its last.
  const tableRow = titleBlock(section) + 1;
  const qualityRow = goalsTable(section, tableRow) + 1;
  const chartsTop = dataQuality(section, qualityRow) + 1;
  const charts = goalCharts(section, chartsTop);
  // Room for the charts below everything, and for every chart-data slot, filled or not.
  const slotLevels = Math.ceil(charts.length / CHART_LANES);
  return section.canvas.toPlan({
    columnWidths: TABLE_COLUMNS.map((column) => column.width),
    charts,
    minRows: Math.max(chartsTop + charts.length * CHART_ROWS, slotLevels * CHART_SLOT_ROWS - 1),
  });
}

/** Title, built at, data as of, tabs used and ignored, skipped rows, and the stale-data warning. */
function titleBlock({ canvas, report, settings, dateFormat, t }: Section): number {
  canvas.put(1, 1, { value: t('progress.title'), bold: true });
  const facts: [ServerKey, CellPlan][] = [
    ['progress.builtAt', { value: new Date(report.builtAt), format: `${dateFormat} hh:mm` }],
    [
      'progress.dataAsOf',
      report.dataAsOf === null
        ? { value: t('status.No data') }
        : { value: sheetDateFromDay(report.dataAsOf, settings.timeZone), format: dateFormat },
    ],
    ['progress.tabsUsed', text(listOrNone(usedTabs(report), t('progress.none')))],
    ['progress.tabsIgnored', text(listOrNone(ignoredTabs(report), t('progress.none')))],
    [
      'progress.skippedRows',
      { value: report.tabs.reduce((sum, tab) => sum + tab.skippedRows, 0), format: COUNT },
    ],
  ];
  let row = 2;
  for (const [label, cell] of facts) {
    canvas.put(row, 1, { value: t(label), bold: true });
    canvas.put(row, 2, cell);
    row++;
  }
  if (report.stale && report.dataAsOf !== null) {
    const today = dayFromDate(new Date(report.builtAt), settings.timeZone) ?? report.dataAsOf;
    canvas.put(row, 1, { value: t('progress.stale', { days: today - report.dataAsOf }), bold: true });
    canvas.fill(row, 1, TABLE_WIDTH, { background: WARNING_FILL });
    row++;
  }
  return row;
}

function goalsTable(
  { canvas, report, settings, language, dateFormat, t }: Section,
  headerRow: number,
): number {
  TABLE_COLUMNS.forEach((column, i) => {
    canvas.put(headerRow, i + 1, { value: t(column.label), bold: true, background: HEADER_FILL });
  });
  let row = headerRow + 1;
  for (const goal of report.goals) {
    const context: RowContext = { row, language, timeZone: settings.timeZone, dateFormat };
    TABLE_COLUMNS.forEach((column, i) => {
      canvas.put(row, i + 1, column.cell(goal, context));
    });
    row++;
  }
  if (report.goals.length === 0) canvas.put(row++, 1, { value: t('progress.noGoals') });
  return row;
}

/** Unused tabs, then skipped rows and unreadable cells: tab, row, column, reason. */
function dataQuality({ canvas, report, t }: Section, titleRow: number): number {
  canvas.put(titleRow, 1, { value: t('progress.dataQuality'), bold: true });
  let row = titleRow + 1;
  const lines: CellPlan[][] = [
    ...report.tabs
      .filter((tab) => !tab.used)
      .map((tab) => [text(tab.tab), {}, {}, text(t('progress.dq.tabIgnored', { note: tab.note }))]),
    ...report.issues.map((issue) => [
      text(issue.tab),
      { value: issue.row },
      text(issue.column ?? ''),
      text(issue.reason),
    ]),
  ];
  if (lines.length === 0) {
    canvas.put(row, 1, { value: t('progress.dq.clean') });
    return row + 1;
  }
  DATA_QUALITY_HEADERS.forEach((label, i) => {
    canvas.put(row, i + 1, { value: t(label), bold: true, background: HEADER_FILL });
  });
  row++;
  for (const line of lines.slice(0, DATA_QUALITY_LINES)) {
    line.forEach((cell, i) => {
      canvas.put(row, i + 1, cell);
    });
    row++;
  }
  if (lines.length > DATA_QUALITY_LINES)
    canvas.put(row++, 1, { value: t('progress.dq.more', { count: lines.length - DATA_QUALITY_LINES }) });
  return row;
}

/**
 * One line chart per goal with data, stacked below the rest; each chart's data is a block (goal name,
 * then Date | Actual | Expected pace) to the right of the table, in fixed slots CHART_LANES across and
 * CHART_SLOT_ROWS high, within a new sheet's 26 columns.
 */
function goalCharts({ canvas, report, settings, dateFormat, t }: Section, top: number): ChartPlan[] {
  return report.goals
    .filter((goal) => goal.chart.length > 0)
    .map((goal, k) => {
      const blockRow = 1 + Math.floor(k / CHART_LANES) * CHART_SLOT_ROWS;
      const blockColumn = CHART_DATA_COLUMN + (k % CHART_LANES) * CHART_BLOCK_COLUMNS;
      const format = amountFormat(goal.kind);
      const points = goal.chart; // at most CHART_POINTS: the report's contract, which sizes the slots
      canvas.put(blockRow, blockColumn, { ...text(goal.goal), bold: true });
      CHART_HEADERS.forEach((label, i) => {
        canvas.put(blockRow + 1, blockColumn + i, { value: t(label), bold: true, background: HEADER_FILL });
      });
      points.forEach((point, i) => {
        const r = blockRow + 2 + i;
        const day = sheetDateFromDay(point.day, settings.timeZone);
        canvas.put(r, blockColumn, { value: day, format: dateFormat });
        canvas.put(r, blockColumn + 1, point.actual === null ? {} : { value: point.actual, format });
        canvas.put(r, blockColumn + 2, { value: point.expected, format });
      });
      return {
        data: {
          row: blockRow + 1,
          column: blockColumn,
          numRows: points.length + 1,
          numColumns: CHART_BLOCK_COLUMNS,
        },
        anchor: { row: top + k * CHART_ROWS, column: 1 },
        options: { title: goal.goal, colors: [ACTUAL_LINE, EXPECTED_LINE] },
      };
    });
}

function usedTabs(report: ProgressReport): string[] {
  return report.tabs
    .filter((tab) => tab.used)
    .map((tab) => (tab.platforms.length ? `${tab.tab} (${tab.platforms.join(', ')})` : tab.tab));
}

function ignoredTabs(report: ProgressReport): string[] {
  return report.tabs.filter((tab) => !tab.used).map((tab) => `${tab.tab} (${tab.note})`);
}

function listOrNone(items: readonly string[], none: string): string {
  return items.length ? items.join('; ') : none;
}
