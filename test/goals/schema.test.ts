import { describe, expect, it } from 'vitest';
import {
  dayFromIso,
  GOAL_CATEGORIES,
  GOALS_COLUMNS,
  type GoalInput,
  goalSchema,
  validateGoal,
} from '../../src/core/goals/schema';
import { LARGEST_NUMBER } from '../../src/core/import/numbers';
import { translator } from '../../src/core/sidebar/messages';
import { GOALS_HEADER, LINKEDIN_GOAL } from '../helpers/goals';

const good = LINKEDIN_GOAL;

describe('goal schema', () => {
  it('has the nine categories and the Goals tab columns in order', () => {
    expect(GOAL_CATEGORIES).toHaveLength(9);
    expect(GOALS_COLUMNS).toEqual(GOALS_HEADER);
  });

  it('accepts a complete goal in both modes and trims text', () => {
    const strict = validateGoal({ ...good, goal: '  Grow LinkedIn ' }, 'sidebar');
    expect(strict.ok).toBe(true);
    expect(strict.goal?.goal).toBe('Grow LinkedIn');
    expect(validateGoal(good).ok).toBe(true);
  });

  it('defaults a missing baseline to null (derived from the data later)', () => {
    const { baseline: _, ...rest } = good;
    const result = validateGoal(rest, 'sidebar');
    expect(result.goal?.baseline).toBeNull();
  });

  it('lets the Goals tab hold any category and no business objective, but not the sidebar', () => {
    const loose = { ...good, category: 'Our own kind', businessObjective: '' };
    expect(validateGoal(loose).ok).toBe(true);
    expect(validateGoal(loose, 'sidebar').errors).toEqual([
      { field: 'category', code: 'unknownCategory', message: 'Choose one of the nine goal categories' },
      { field: 'businessObjective', code: 'required', message: 'Business objective is required' },
    ]);
  });

  it('reports a missing target and a deadline before the start together', () => {
    const result = validateGoal({ ...good, target: undefined, deadline: '2026-12-01' }, 'sidebar');
    expect(result.errors).toEqual([
      { field: 'target', code: 'required', message: 'Target is required' },
      { field: 'deadline', code: 'notAfterStart', message: 'Deadline must be after the start date' },
    ]);
  });

  it('rejects a deadline equal to the start', () => {
    expect(validateGoal({ ...good, deadline: good.start }).errors.map((e) => e.code)).toEqual([
      'notAfterStart',
    ]);
  });

  it('tells a blank number from one that is not a number', () => {
    expect(validateGoal({ ...good, target: '' }).errors[0]?.code).toBe('required');
    expect(validateGoal({ ...good, target: Number.NaN }).errors[0]?.code).toBe('notNumber');
    expect(validateGoal({ ...good, target: 'abc' }).errors[0]?.code).toBe('notNumber');
    expect(validateGoal({ ...good, baseline: Number.POSITIVE_INFINITY }).errors[0]).toEqual({
      field: 'baseline',
      code: 'notNumber',
      message: 'Baseline must be a number',
    });
  });

  it('rejects amounts beyond ±1e15, the limit pasted data has too, in both modes and both languages', () => {
    expect(validateGoal({ ...good, target: 1e15 + 1 }, 'sidebar').errors).toEqual([
      {
        field: 'target',
        code: 'tooLarge',
        message: 'Target must lie between -1,000,000,000,000,000 and 1,000,000,000,000,000',
      },
    ]);
    expect(validateGoal({ ...good, baseline: -1e16 }).errors.map((e) => [e.field, e.code])).toEqual([
      ['baseline', 'tooLarge'],
    ]);
    expect(validateGoal({ ...good, baseline: -LARGEST_NUMBER, target: LARGEST_NUMBER }).ok).toBe(true);
    // The sidebar shows the code in the user's language: both say the same limit.
    expect(translator('en')('sidebar.error.tooLarge', { label: 'Target' })).toContain(
      LARGEST_NUMBER.toLocaleString('en-US'),
    );
    expect(translator('is')('sidebar.error.tooLarge', { label: 'Markgildi' })).toContain(
      LARGEST_NUMBER.toLocaleString('en-US').replaceAll(',', '.'),
    );
  });

  it('rejects impossible and non-ISO dates', () => {
    expect(validateGoal({ ...good, start: '2027-02-30' }).errors).toEqual([
      { field: 'start', code: 'invalidDate', message: 'Start must be a date (yyyy-mm-dd)' },
    ]);
    expect(validateGoal({ ...good, start: '1.1.2027' }).errors[0]?.code).toBe('invalidDate');
    expect(validateGoal({ ...good, deadline: '' }).errors[0]).toMatchObject({
      field: 'deadline',
      code: 'required',
    });
  });

  it('rejects a target equal to the baseline and an unknown pace', () => {
    expect(validateGoal({ ...good, target: 1000, pace: 'Fast' }).errors).toEqual([
      { field: 'target', code: 'sameAsBaseline', message: 'Target must differ from the baseline' },
      { field: 'pace', code: 'invalidPace', message: 'Pace must be Linear or Compound' },
    ]);
  });

  it('gives every field an error for an empty or non-object input', () => {
    for (const input of [null, 42, {}]) {
      const fields = validateGoal(input, 'sidebar').errors.map((e) => e.field);
      expect(fields).toEqual([
        'goal',
        'category',
        'platform',
        'metric',
        'target',
        'start',
        'deadline',
        'pace',
        'businessObjective',
      ]);
    }
  });

  it('reads ISO days', () => {
    expect(dayFromIso('1970-01-02')).toBe(1);
    expect(dayFromIso('2024-02-29')).toBe(19782);
    expect(dayFromIso('2023-02-29')).toBeNull();
    expect(dayFromIso('2024-2-9')).toBeNull();
  });

  it('infers the transport type', () => {
    const goal: GoalInput = goalSchema.parse(good);
    expect(goal.pace).toBe('Compound');
  });
});
