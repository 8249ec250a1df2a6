import {
  type CellValue,
  columnLetter,
  escapeCellText,
  type Grid,
  isBlank,
  type SheetSettings,
} from '../cells';
import { readDay } from '../dates';
import { dayFromDate, isoFromDay, sheetDateFromDay } from '../days';
import { goalErrors } from '../i18n/is';
import { translate } from '../i18n/server';
import { type Catalogue, fillPlaceholders, type Language, languageOf } from '../i18n/translate';
import { usesDecimalComma } from '../locale';
import { parseNumber } from '../numbers';
import {
  ALL_PLATFORMS,
  dayFromIso,
  GOAL_ERROR_MESSAGES,
  GOAL_FIELDS,
  GOAL_LABELS,
  type GoalErrorCode,
  type GoalField,
  type GoalInput,
  PACES,
  validateGoal,
} from './schema';

/**
 * The Goals tab: one goal per row under a header row whose columns may come in any order and any case.
 * Columns the add-on does not know are the user's own: read past, written back as they were.
 */

export const GOALS_TAB = 'Goals';

/** The Goals tab is the first tab named "Goals", in any case and with any spaces around it. */
export function isGoalsTabName(name: string): boolean {
  return name.trim().toLowerCase() === GOALS_TAB.toLowerCase();
}

/** Header texts accepted for each field (lower case, single spaces); the first is the one the add-on writes. */
const HEADER_SYNONYMS: Readonly<Record<GoalField, readonly string[]>> = {
  goal: ['goal', 'goal name', 'name'],
  category: ['category', 'goal category'],
  platform: ['platform', 'network', 'channel'],
  metric: ['metric', 'kpi'],
  baseline: ['baseline'],
  target: ['target'],
  start: ['start', 'start date'],
  deadline: ['deadline', 'end', 'end date', 'due'],
  pace: ['pace'],
  businessObjective: ['business objective', 'objective'],
};

/** The schema's error texts in each language, for the messages naming a Goals cell. */
const GOAL_ERRORS: Readonly<Record<Language, Catalogue<typeof GOAL_ERROR_MESSAGES>>> = {
  en: GOAL_ERROR_MESSAGES,
  is: goalErrors,
};

/** Without these a row cannot be a goal, so a header row must have them. */
const REQUIRED_COLUMNS: readonly GoalField[] = ['goal', 'metric', 'target'];
/** The header row is looked for among the first rows only: a note above the table is fine. */
const HEADER_SEARCH_ROWS = 10;

/** 0-based column index of each field found in the header row. */
export type GoalsColumns = Partial<Record<GoalField, number>>;

/** One row of the Goals tab after reading: a valid goal, or the reason it is not one. */
export type GoalsTabRow =
  | { readonly row: number; readonly goal: GoalInput; readonly error: null }
  | {
      readonly row: number;
      readonly goal: null;
      /**
       * Names the Goals row and column, e.g. `Goals row 4, column F (Target): "abc" is not a number`,
       * in the language readGoalsTab was asked for.
       */
      readonly error: string;
      /** The row's text as written, so the report can still say which goal it was. */
      readonly text: Readonly<Record<GoalField, string>>;
    };

export interface GoalsTab {
  /** 1-based row of the header, or null when no header row was found. */
  readonly headerRow: number | null;
  readonly columns: GoalsColumns;
  readonly rows: readonly GoalsTabRow[];
  /** Why the tab could not be read at all ("" when it could). */
  readonly problem: string;
}

const normalizeHeader = (value: CellValue) =>
  typeof value === 'string' ? value.trim().toLowerCase().replace(/\s+/g, ' ') : '';

const FIELD_BY_HEADER = new Map<string, GoalField>(
  GOAL_FIELDS.flatMap((field) => HEADER_SYNONYMS[field].map((header) => [header, field] as const)),
);

/** Where each goal field sits in a header row; the first of duplicate columns wins. */
export function goalsColumns(header: readonly CellValue[]): GoalsColumns {
  const columns: GoalsColumns = {};
  header.forEach((value, index) => {
    const field = FIELD_BY_HEADER.get(normalizeHeader(value));
    if (field !== undefined && columns[field] === undefined) columns[field] = index;
  });
  return columns;
}

/** A cell as text; a Date as the ISO day it shows in the spreadsheet's time zone. */
function cellText(value: CellValue, timeZone: string): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const day = dayFromDate(value, timeZone);
    return day === null ? '' : isoFromDay(day);
  }
  return String(value).trim();
}

/**
 * Reads the whole Goals tab grid as getValues returns it. Blank rows are not goals and are skipped.
 * Problems are written in the spreadsheet's language, as the Progress tab that shows them; the sidebar
 * asks for the user's.
 */
export function readGoalsTab(
  grid: Grid,
  settings: SheetSettings,
  language: Language = languageOf(settings.locale),
): GoalsTab {
  const headerIndex = grid.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => {
    const columns = goalsColumns(row);
    return REQUIRED_COLUMNS.every((field) => columns[field] !== undefined);
  });
  if (headerIndex < 0) {
    const wanted = REQUIRED_COLUMNS.map((field) => GOAL_LABELS[field]).join(', ');
    return {
      headerRow: null,
      columns: {},
      rows: [],
      problem: translate(language, 'goals.noHeader', {
        tab: GOALS_TAB,
        columns: wanted,
        rows: HEADER_SEARCH_ROWS,
      }),
    };
  }
  const columns = goalsColumns(grid[headerIndex]!);
  const rows: GoalsTabRow[] = [];
  for (let i = headerIndex + 1; i < grid.length; i++) {
    const cells = grid[i]!;
    const values = GOAL_FIELDS.map((field) => {
      const index = columns[field];
      return index === undefined ? '' : cells[index];
    });
    if (values.every(isBlank)) continue;
    rows.push(readGoalRow(i + 1, values, columns, settings, language));
  }
  return { headerRow: headerIndex + 1, columns, rows, problem: '' };
}

function readGoalRow(
  row: number,
  values: readonly CellValue[],
  columns: GoalsColumns,
  settings: SheetSettings,
  language: Language,
): GoalsTabRow {
  const cell = (field: GoalField) => values[GOAL_FIELDS.indexOf(field)];
  const text = Object.fromEntries(
    GOAL_FIELDS.map((field) => [field, cellText(cell(field), settings.timeZone)]),
  ) as Record<GoalField, string>;
  const problems: { readonly field: GoalField; readonly message: string }[] = [];
  const decimalComma = usesDecimalComma(settings.locale);

  const amount = (field: 'baseline' | 'target') => {
    const value = parseNumber(cell(field) as CellValue, decimalComma);
    if (value !== null && Number.isNaN(value))
      problems.push({ field, message: translate(language, 'goals.notNumber', { text: text[field] }) });
    return value;
  };
  const date = (field: 'start' | 'deadline') => {
    const value = cell(field);
    if (isBlank(value)) return '';
    const day = readDay(value, settings);
    if (day === null)
      problems.push({ field, message: translate(language, 'goals.notDate', { text: text[field] }) });
    return day === null ? undefined : isoFromDay(day);
  };
  const paceText = text.pace.toLowerCase();
  const pace = paceText === '' ? 'Linear' : PACES.find((p) => p.toLowerCase() === paceText);
  if (pace === undefined)
    problems.push({ field: 'pace', message: translate(language, 'goals.notPace', { text: text.pace }) });

  const input = {
    goal: text.goal,
    category: text.category,
    platform: text.platform.toLowerCase() === ALL_PLATFORMS.toLowerCase() ? ALL_PLATFORMS : text.platform,
    metric: text.metric,
    baseline: amount('baseline'),
    target: amount('target'),
    start: date('start'),
    deadline: date('deadline'),
    pace,
    businessObjective: text.businessObjective,
  };
  const validation = validateGoal(input);
  if (validation.ok && problems.length === 0) return { row, goal: validation.goal, error: null };

  // A cell that could not be read explains itself better than the schema's "must be a number".
  const byField = new Map<GoalField, string>(problems.map((p) => [p.field, p.message]));
  for (const error of validation.errors)
    if (!byField.has(error.field)) byField.set(error.field, goalErrorText(error.field, error.code, language));
  const parts = GOAL_FIELDS.filter((field) => byField.has(field)).map(
    (field) => `${columnName(field, columns, language)}: ${byField.get(field)}`,
  );
  return { row, goal: null, error: `${rowName(row, language)}, ${parts.join('; ')}`, text };
}

function goalErrorText(field: GoalField, code: GoalErrorCode, language: Language): string {
  return fillPlaceholders(GOAL_ERRORS[language][code], { label: GOAL_LABELS[field] });
}

/** "Goals row 4, column D (Metric)": how messages point at a Goals cell. */
export function goalsCellName(
  row: number,
  field: GoalField,
  columns: GoalsColumns,
  language: Language = 'en',
): string {
  return `${rowName(row, language)}, ${columnName(field, columns, language)}`;
}

function rowName(row: number, language: Language): string {
  return translate(language, 'goals.row', { tab: GOALS_TAB, row });
}

function columnName(field: GoalField, columns: GoalsColumns, language: Language): string {
  const index = columns[field];
  const label = GOAL_LABELS[field];
  return index === undefined
    ? translate(language, 'goals.noColumn', { label })
    : translate(language, 'goals.column', { letter: columnLetter(index), label });
}

/** The header row with any missing goal columns appended after the user's own, for a sidebar save. */
export function goalsHeaderWithAllColumns(header: readonly CellValue[]): CellValue[] {
  const columns = goalsColumns(header);
  const missing = GOAL_FIELDS.filter((field) => columns[field] === undefined).map(
    (field) => GOAL_LABELS[field],
  );
  // Trailing blank cells of a getValues row are not the user's columns: new headers go after the last one used.
  let used = header.length;
  while (used > 0 && isBlank(header[used - 1])) used--;
  return [...header.slice(0, used), ...missing];
}

/**
 * The values of one Goals row for setValues, in the header's column order. Cells of columns the add-on
 * does not own are copied from `existing` (the row being updated; pass its formulas where it has any,
 * else its values) and left blank for a new row. Baseline and Target are numbers and Start and Deadline
 * Dates at midnight in the spreadsheet's time zone, so the tab holds values the marketer can sort and
 * compute with; text is escaped so that it stays the text written.
 */
export function goalRowValues(
  goal: GoalInput,
  header: readonly CellValue[],
  timeZone: string,
  existing: readonly CellValue[] = [],
): CellValue[] {
  const columns = goalsColumns(header);
  const width = Math.max(header.length, existing.length);
  const row: CellValue[] = Array.from({ length: width }, (_, i) => existing[i] ?? '');
  for (const field of GOAL_FIELDS) {
    const index = columns[field];
    if (index === undefined) continue;
    const value = goal[field];
    if (field === 'start' || field === 'deadline')
      row[index] = sheetDateFromDay(dayFromIso(goal[field])!, timeZone);
    else row[index] = typeof value === 'string' ? escapeCellText(value) : (value ?? '');
  }
  return row;
}
