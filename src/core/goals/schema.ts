import * as z from 'zod/mini';
import { dayFromYmd, isoFromDay } from '../days';
import { LARGEST_NUMBER } from '../import/numbers';
import type { DayNumber } from '../model';

/**
 * One SMART goal as it travels between the Goals tab, the server and the sidebar. Dates are ISO
 * "yyyy-mm-dd" strings here (the transport form); the progress maths turns them into day numbers.
 * zod/mini rather than classic zod: the schema ships in both Code.js and sidebar.html.
 */

/** The nine goals of the method, in the order the sidebar offers them. */
export const GOAL_CATEGORIES = [
  'Brand awareness',
  'Brand reputation',
  'Website traffic',
  'Engagement',
  'Conversions',
  'Leads',
  'Customer service',
  'Social listening',
  'Recruiting',
] as const;
export type GoalCategory = (typeof GOAL_CATEGORIES)[number];

export const PACES = ['Linear', 'Compound'] as const;

/** Platform value meaning "sum over every platform". */
export const ALL_PLATFORMS = 'All';

/** Field keys in Goals-tab column order; the sidebar uses the same keys for inputs and messages. */
export const GOAL_FIELDS = [
  'goal',
  'category',
  'platform',
  'metric',
  'baseline',
  'target',
  'start',
  'deadline',
  'pace',
  'businessObjective',
] as const;
export type GoalField = (typeof GOAL_FIELDS)[number];

/** English label of each field, which is also its Goals-tab column header. */
export const GOAL_LABELS: Readonly<Record<GoalField, string>> = {
  goal: 'Goal',
  category: 'Category',
  platform: 'Platform',
  metric: 'Metric',
  baseline: 'Baseline',
  target: 'Target',
  start: 'Start',
  deadline: 'Deadline',
  pace: 'Pace',
  businessObjective: 'Business objective',
};

/** The Goals tab header row, written when the tab is created. */
export const GOALS_COLUMNS: readonly string[] = GOAL_FIELDS.map((field) => GOAL_LABELS[field]);

/**
 * Stable error codes: the sidebar translates by code, the server shows the English text.
 * {label} is the field's label.
 */
export const GOAL_ERROR_MESSAGES = {
  required: '{label} is required',
  notNumber: '{label} must be a number',
  invalidDate: '{label} must be a date (yyyy-mm-dd)',
  notAfterStart: 'Deadline must be after the start date',
  unknownCategory: 'Choose one of the nine goal categories',
  invalidPace: 'Pace must be Linear or Compound',
  sameAsBaseline: 'Target must differ from the baseline',
  tooLarge: `{label} must lie between -${LARGEST_NUMBER.toLocaleString('en-US')} and ${LARGEST_NUMBER.toLocaleString('en-US')}`,
} as const;
export type GoalErrorCode = keyof typeof GOAL_ERROR_MESSAGES;

export interface GoalFieldError {
  readonly field: GoalField;
  readonly code: GoalErrorCode;
  readonly message: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of an ISO "yyyy-mm-dd" string that names a real calendar day, else null. */
export function dayFromIso(text: string): DayNumber | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const day = dayFromYmd(Number(match[1]), Number(match[2]), Number(match[3]));
  return isoFromDay(day) === text ? day : null; // rejects 2026-02-30
}

const missing = (input: unknown) => input === undefined || input === null || input === '';
const requiredText = z.string().check(z.trim(), z.minLength(1, 'required'));
const optionalText = z.string().check(z.trim());
const isoDate = z.string({ error: (issue) => (missing(issue.input) ? 'required' : 'invalidDate') }).check(
  z.refine((text) => dayFromIso(text) !== null, {
    error: (issue) => (issue.input === '' ? 'required' : 'invalidDate'),
  }),
);
// Beyond LARGEST_NUMBER, as for pasted data, a value is no analytics figure and its progress means nothing.
const amount = z
  .number({ error: (issue) => (missing(issue.input) ? 'required' : 'notNumber') })
  .check(z.refine((value) => Math.abs(value) <= LARGEST_NUMBER, 'tooLarge'));

const shape = {
  goal: requiredText,
  platform: requiredText,
  metric: requiredText,
  baseline: z._default(z.nullable(amount), null), // blank: derived from the data
  target: amount,
  start: isoDate,
  deadline: isoDate,
  pace: z.enum(PACES, 'invalidPace'),
};

type Dated = { start: string; deadline: string; baseline: number | null; target: number };
const partial = (value: unknown) => (value ?? {}) as Partial<Dated>;
// Cross-field rules run whenever the fields they compare are valid, so the sidebar shows every error at once.
const crossFieldChecks = [
  z.refine<Dated>((goal) => dayFromIso(goal.deadline)! > dayFromIso(goal.start)!, {
    path: ['deadline'],
    error: 'notAfterStart',
    when: (payload) => {
      const value = partial(payload.value);
      return (
        typeof value.start === 'string' &&
        typeof value.deadline === 'string' &&
        dayFromIso(value.start) !== null &&
        dayFromIso(value.deadline) !== null
      );
    },
  }),
  z.refine<Dated>((goal) => goal.target !== goal.baseline, {
    path: ['target'],
    error: 'sameAsBaseline',
    when: (payload) => {
      const value = partial(payload.value);
      return Number.isFinite(value.target) && Number.isFinite(value.baseline);
    },
  }),
];

/** A goal as the Goals tab may hold it: any category text, business objective optional. */
export const goalSchema = z
  .object({ ...shape, category: optionalText, businessObjective: optionalText })
  .check(...crossFieldChecks);

/** A goal as the sidebar saves it: one of the nine categories and a business objective. */
export const sidebarGoalSchema = z
  .object({
    ...shape,
    category: z.enum(GOAL_CATEGORIES, {
      error: (issue) => (missing(issue.input) ? 'required' : 'unknownCategory'),
    }),
    businessObjective: requiredText,
  })
  .check(...crossFieldChecks);

/** The validated goal, transport form (dates as ISO strings). */
export type GoalInput = z.infer<typeof goalSchema>;
export type SidebarGoalInput = z.infer<typeof sidebarGoalSchema>;
export type GoalPace = GoalInput['pace'];

export type GoalValidation<T> =
  | { readonly ok: true; readonly goal: T; readonly errors: readonly [] }
  | { readonly ok: false; readonly goal: null; readonly errors: readonly GoalFieldError[] };

/** Validates against the strict (sidebar) or lenient (Goals tab) schema; one error per field, in column order. */
export function validateGoal(input: unknown, mode: 'sidebar'): GoalValidation<SidebarGoalInput>;
export function validateGoal(input: unknown, mode?: 'tab'): GoalValidation<GoalInput>;
export function validateGoal(
  input: unknown,
  mode: 'sidebar' | 'tab' = 'tab',
): GoalValidation<GoalInput | SidebarGoalInput> {
  const record = typeof input === 'object' && input !== null ? input : {};
  const result = (mode === 'sidebar' ? sidebarGoalSchema : goalSchema).safeParse(record);
  if (result.success) return { ok: true, goal: result.data, errors: [] };
  const byField = new Map<GoalField, GoalFieldError>();
  for (const issue of result.error.issues) {
    const field = issue.path[0] as GoalField;
    if (!GOAL_FIELDS.includes(field) || byField.has(field)) continue;
    const code = (issue.message in GOAL_ERROR_MESSAGES ? issue.message : 'required') as GoalErrorCode;
    byField.set(field, { field, code, message: goalErrorMessage(field, code) });
  }
  const errors = GOAL_FIELDS.flatMap((field) => byField.get(field) ?? []);
  return { ok: false, goal: null, errors };
}

function goalErrorMessage(field: GoalField, code: GoalErrorCode): string {
  return GOAL_ERROR_MESSAGES[code].replace('{label}', GOAL_LABELS[field]);
}
