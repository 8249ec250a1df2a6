import { describe, expect, it } from 'vitest';
import { columnLetter, escapeCellText } from '../src/core/cells';

describe('escapeCellText', () => {
  it('keeps as text what setValues would read as a formula', () => {
    expect(['=1', '+1', '-1', '@x', ' =1'].map(escapeCellText)).toEqual(["'=1", "'+1", "'-1", "'@x", "' =1"]);
  });

  it('keeps a leading apostrophe, which setValues would swallow', () => {
    expect(escapeCellText("'Tis the season")).toBe("''Tis the season");
  });

  it('keeps as text what setValues would read as a number, date, time or boolean', () => {
    for (const text of [
      '2026',
      '1.5M',
      '1,5',
      '.5',
      '$5',
      'kr. 500',
      '(5)',
      '12:30',
      '2026-07-01',
      '7/1/2026',
      'Jul 14',
      'July 2026',
      'TRUE',
      'false',
    ])
      expect(escapeCellText(text), text).toBe(`'${text}`);
  });

  it('writes other text as it is', () => {
    for (const text of [
      '',
      'Grow LinkedIn followers',
      'Reach 1M by May',
      'Linear',
      'TRUE story',
      'X',
      'Q3 push',
    ])
      expect(escapeCellText(text), text).toBe(text);
  });
});

describe('columnLetter', () => {
  it('names columns like the sheet does', () => {
    expect([0, 5, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'F', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});
