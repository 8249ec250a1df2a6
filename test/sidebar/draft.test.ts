import { describe, expect, it } from 'vitest';
import type { Attainability } from '../../src/core/attainability';
import { dayFromYmd } from '../../src/core/days';
import { type GoalField, validateGoal } from '../../src/core/goals/schema';
import { translator } from '../../src/core/sidebar/messages';
import {
  deadlineIsFar,
  directionText,
  type FormText,
  goalCandidate,
  previewSentence,
  readDraft,
  smartChecklist,
} from '../../src/sidebar/draft';
import { userLocale } from '../../src/sidebar/locale';
import { LINKEDIN_GOAL } from '../helpers/goals';

const en = translator('en');
const is = translator('is');
const american = userLocale('en', en);
const british = userLocale('en_GB', en);
const icelandic = userLocale('is', is);

const blank: FormText = {
  goal: '',
  category: '',
  platform: '',
  metric: '',
  baseline: '',
  target: '',
  start: '',
  deadline: '',
  pace: 'Linear',
  businessObjective: '',
};
const form = (fields: Partial<FormText>): FormText => ({ ...blank, ...fields });

const linkedIn = form({
  goal: 'Double LinkedIn followers',
  category: 'Brand awareness',
  platform: 'LinkedIn',
  metric: 'followers',
  baseline: '1,000',
  target: '2,000',
  start: '1/1/2027',
  deadline: '30/6/2027',
  pace: 'Compound',
  businessObjective: 'Fill the B2B pipeline',
});

describe('the preview sentence', () => {
  it('reads the goal back in the user locale', () => {
    expect(previewSentence(readDraft(linkedIn, 'level', british), 'level', british, en)).toBe(
      'Grow LinkedIn followers from 1,000 to 2,000 between 1 Jan 2027 and 30 Jun 2027 (compound pace)',
    );
    const us = form({ ...linkedIn, deadline: '6/30/2027', pace: 'Linear' });
    expect(previewSentence(readDraft(us, 'level', american), 'level', american, en)).toBe(
      'Grow LinkedIn followers from 1,000 to 2,000 between Jan 1, 2027 and Jun 30, 2027 (linear pace)',
    );
    const icelandicForm = form({
      ...linkedIn,
      baseline: '1.000',
      target: '2.000,5',
      start: '1.1.2027',
      deadline: '30.6.2027',
    });
    expect(previewSentence(readDraft(icelandicForm, 'level', icelandic), 'level', icelandic, is)).toBe(
      'Auka fylgjendur á LinkedIn úr 1.000 í 2.000,5 frá 1. jan. 2027 til 30. jún. 2027 (hlutfallslegur vöxtur)',
    );
  });

  it('says reduce for a decrease, spells out "All", shows rates as percent and gaps as …', () => {
    const bounce = form({
      platform: 'GA4',
      metric: 'bounce rate',
      baseline: '50%',
      target: '0.4',
      start: '2027-01-01',
      deadline: '2027-03-31',
    });
    expect(previewSentence(readDraft(bounce, 'ratio', american), 'ratio', american, en)).toBe(
      'Reduce GA4 bounce rate from 50% to 40% between Jan 1, 2027 and Mar 31, 2027 (linear pace)',
    );
    const all = form({ platform: 'All', metric: 'impressions', baseline: '0', target: '1500000' });
    expect(previewSentence(readDraft(all, 'count', american), 'count', american, en)).toBe(
      'Grow impressions across all platforms from 0 to 1,500,000 between … and … (linear pace)',
    );
    expect(previewSentence(readDraft(blank, null, american), null, american, en)).toBe(
      'Take … … from … to … between … and … (linear pace)',
    );
  });

  it('reads a rate typed above 1 as percent, as the Goals tab does', () => {
    for (const target of ['6', '6%', '0.06'])
      expect(readDraft(form({ target }), 'ratio', american).target).toBeCloseTo(0.06, 12);
    expect(readDraft(form({ target: '6' }), 'count', american).target).toBe(6);
  });
});

describe('what the schema is given', () => {
  const errors = (text: FormText, locale = american) => {
    const result = validateGoal(goalCandidate(readDraft(text, 'level', locale)), 'sidebar');
    return result.ok ? [] : result.errors.map((e) => [e.field, e.code] as [GoalField, string]);
  };

  it('passes a complete goal with ISO dates and numbers', () => {
    const result = validateGoal(goalCandidate(readDraft(linkedIn, 'level', british)), 'sidebar');
    expect(result.ok && result.goal).toEqual(LINKEDIN_GOAL);
  });

  it('reports a missing target, a deadline before the start and unreadable text by field', () => {
    const us = form({ ...linkedIn, deadline: '6/30/2027' });
    expect(errors(form({ ...us, target: '' }))).toEqual([['target', 'required']]);
    expect(errors(form({ ...us, deadline: '12/1/2026' }))).toEqual([['deadline', 'notAfterStart']]);
    expect(errors(form({ ...us, target: 'lots', start: '2/30/2027' }))).toEqual([
      ['target', 'notNumber'],
      ['start', 'invalidDate'],
    ]);
    expect(errors(form({ ...us, businessObjective: ' ', category: '' }))).toEqual([
      ['category', 'required'],
      ['businessObjective', 'required'],
    ]);
    // A blank baseline is fine: the Progress tab takes it from the data.
    expect(errors(form({ ...us, baseline: '' }))).toEqual([]);
  });

  it('reads Icelandic input: 1.234,5 and 29.11.2026', () => {
    const text = form({
      ...linkedIn,
      baseline: '',
      target: '1.234,5',
      start: '1.7.2026',
      deadline: '29.11.2026',
    });
    const result = validateGoal(goalCandidate(readDraft(text, 'level', icelandic)), 'sidebar');
    expect(result.ok && [result.goal.target, result.goal.start, result.goal.deadline]).toEqual([
      1234.5,
      '2026-07-01',
      '2026-11-29',
    ]);
  });
});

describe('the SMART checklist and hints', () => {
  const within = { verdict: 'within' } as Attainability;
  it('ticks each letter when its part is there', () => {
    const draft = readDraft(linkedIn, 'level', british);
    expect(smartChecklist(draft, within)).toEqual({ S: true, M: true, A: true, R: true, T: true });
    expect(smartChecklist(readDraft(blank, null, british), null)).toEqual({
      S: false,
      M: false,
      A: false,
      R: false,
      T: false,
    });
    const partial = readDraft(
      form({ ...linkedIn, goal: '', target: '1,000', deadline: '1/1/2027' }),
      'level',
      british,
    );
    // No name, target equal to the baseline, deadline on the start day, stretch still attainable.
    expect(smartChecklist(partial, { verdict: 'stretch' } as Attainability)).toEqual({
      S: false,
      M: false,
      A: true,
      R: true,
      T: false,
    });
    expect(smartChecklist(draft, { verdict: 'unrealistic' } as Attainability).A).toBe(false);
    // A metric neither known nor in the data (a stored typo) measures nothing.
    expect(smartChecklist(draft, null, false)).toEqual({ S: true, M: false, A: false, R: true, T: true });
  });

  it('states the direction in words', () => {
    expect(directionText(readDraft(linkedIn, 'level', british), 'level', british, en)).toBe(
      'Direction: increase by 1,000 (+100%)',
    );
    const rate = readDraft(form({ baseline: '5%', target: '4%' }), 'ratio', american);
    expect(directionText(rate, 'ratio', american, en)).toBe('Direction: decrease by 1 pp');
    expect(directionText(readDraft(form({ target: '5' }), 'count', american), 'count', american, en)).toBe(
      '',
    );
  });

  it('warns when the deadline is more than 18 months after the start', () => {
    const draft = (deadline: string) => readDraft(form({ start: '1.1.2027', deadline }), null, icelandic);
    expect(deadlineIsFar(draft('1.7.2028'))).toBe(false);
    expect(deadlineIsFar(draft('2.7.2028'))).toBe(true);
    expect(dayFromYmd(2027, 1 + 18, 1)).toBe(dayFromYmd(2028, 7, 1));
  });
});
