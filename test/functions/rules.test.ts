import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../src/core/days';
import { call, callIn, column, IS } from './call';

describe('shapes and pairing', () => {
  it('combines same-shaped ranges cell by cell and keeps their shape', () => {
    expect(
      call(
        'CLICK_THROUGH_RATE',
        [
          [1, 2],
          [3, 4],
        ],
        [
          [10, 10],
          [100, 40],
        ],
      ),
    ).toEqual([
      [0.1, 0.2],
      [0.03, 0.1],
    ]);
    expect(call('CLICK_THROUGH_RATE', [[1, 2, 3]], [[10, 20, 60]])).toEqual([[0.1, 0.1, 0.05]]);
  });

  it('pairs a single value with every cell, on either side', () => {
    expect(call('APPLAUSE_RATE', column(10, 20, 30), 100)).toEqual([[0.1], [0.2], [0.3]]);
    expect(call('APPLAUSE_RATE', 30, column(100, 300))).toEqual([[0.3], [0.1]]);
    // Three arguments: one range among single values.
    expect(call('GOAL_PROGRESS', 100, column(100, 150, 300), 200)).toEqual([[0], [0.5], [2]]);
  });

  it('returns a plain number for single values and for one-cell ranges', () => {
    expect(call('BOUNCE_RATE', 1, 4)).toBe(0.25);
    expect(call('BOUNCE_RATE', [[1]], [[4]])).toBe(0.25);
  });

  it('names both shapes when ranges cannot pair', () => {
    const ten = column(...Array.from({ length: 10 }, () => 1));
    const nine = column(...Array.from({ length: 9 }, () => 1));
    expect(() => call('ENGAGEMENT_RATE', ten, nine)).toThrow(
      new Error('ENGAGEMENT_RATE: engagements is 10 rows × 1 column but base is 9 rows × 1 column'),
    );
    expect(() => call('ENGAGEMENT_RATE', [[1, 2, 3]], column(1, 2, 3))).toThrow(
      new Error('ENGAGEMENT_RATE: engagements is 1 row × 3 columns but base is 3 rows × 1 column'),
    );
    expect(() => call('GOAL_PROGRESS', column(1, 2, 3), 5, column(1, 2))).toThrow(
      new Error('GOAL_PROGRESS: baseline is 3 rows × 1 column but target is 2 rows × 1 column'),
    );
  });

  it('refuses arrays that are not ranges', () => {
    expect(() => call('ENGAGEMENT_RATE', [[1, 2], [3]], 5)).toThrow(
      new Error('ENGAGEMENT_RATE: engagements is not a range of cells'),
    );
    expect(() => call('ENGAGEMENT_RATE', [], 5)).toThrow('engagements is not a range of cells');
    expect(() => call('ENGAGEMENT_RATE', 5, [1, 2])).toThrow('base is not a range of cells');
    expect(() => call('ENGAGEMENT_RATE', 5, [[[1]]])).toThrow('base is not a range of cells');
  });
});

describe('mode', () => {
  const engagements = column(10, 20, '', 5, 8);
  const base = column(100, 0, 50, 50, '');

  it('defaults to rows; blank or zero bases and blank inputs give blank cells', () => {
    const rows = [[0.1], [''], [''], [0.1], ['']];
    expect(call('ENGAGEMENT_RATE', engagements, base)).toEqual(rows);
    expect(call('ENGAGEMENT_RATE', engagements, base, 'rows')).toEqual(rows);
    expect(call('ENGAGEMENT_RATE', engagements, base, '')).toEqual(rows);
  });

  it('"average" is the mean of the row rates, skipping blank and zero-base rows', () => {
    expect(call('ENGAGEMENT_RATE', engagements, base, 'average')).toBeCloseTo(0.1, 12);
  });

  it('"total" divides the sum of numerators by the sum of bases over complete rows', () => {
    // Rows 1, 2 and 4 have both values: (10 + 20 + 5) ÷ (100 + 0 + 50).
    expect(call('ENGAGEMENT_RATE', engagements, base, 'total')).toBeCloseTo(35 / 150, 12);
    // Money spent on a day with no results still counts toward the cost per result.
    expect(call('COST_PER', column(100, 50), column(50, 0), 'total')).toBe(3);
    expect(call('COST_PER', column(100, 50), column(50, 0), 'average')).toBe(2);
  });

  it('is case-insensitive, ignores spaces and may come from a one-cell range', () => {
    expect(call('ENGAGEMENT_RATE', engagements, base, ' Total ')).toBeCloseTo(35 / 150, 12);
    expect(call('ENGAGEMENT_RATE', engagements, base, 'AVERAGE')).toBeCloseTo(0.1, 12);
    expect(call('ENGAGEMENT_RATE', engagements, base, [['total']])).toBeCloseTo(35 / 150, 12);
  });

  it('gives a blank when no row can be used', () => {
    expect(call('ENGAGEMENT_RATE', column('', 3), column(10, 0), 'average')).toBe('');
    expect(call('ENGAGEMENT_RATE', column('', 3), column(10, 0), 'total')).toBe('');
  });

  it('refuses an unknown mode, listing the valid ones', () => {
    expect(() => call('ENGAGEMENT_RATE', 1, 2, 'sum')).toThrow(
      new Error('ENGAGEMENT_RATE: mode "sum" is not one of "rows", "average", "total"'),
    );
    expect(() => call('ROI', 1, 2, 2)).toThrow(
      new Error('ROI: mode 2 is not one of "rows", "average", "total"'),
    );
    expect(() => call('ROI', 1, 2, column('total', 'rows'))).toThrow(
      new Error('ROI: mode must be a single value, not 2 rows × 1 column'),
    );
  });
});

describe('arguments', () => {
  it('says which argument is missing and shows the signature', () => {
    expect(() => call('ENGAGEMENT_RATE', 5)).toThrow(
      new Error('ENGAGEMENT_RATE: base is missing: ENGAGEMENT_RATE(engagements, base, [mode])'),
    );
    expect(() => call('EXPECTED_PROGRESS')).toThrow('EXPECTED_PROGRESS: start is missing');
  });

  it('refuses extra arguments, including a mode where there is none', () => {
    expect(() => call('SHARE_OF_VOICE', 1, 2, 'total')).toThrow(
      new Error(
        'SHARE_OF_VOICE: got 3 arguments but takes at most 2: SHARE_OF_VOICE(brand_mentions, competitor_mentions)',
      ),
    );
  });
});

describe('reading cells', () => {
  it('treats blank, whitespace-only and null cells as blank', () => {
    expect(call('VIRALITY_RATE', column('', '  ', null, 3), 10)).toEqual([[''], [''], [''], [0.3]]);
    expect(call('VIRALITY_RATE', '', 10)).toBe('');
    expect(call('VIRALITY_RATE', 3, 0)).toBe('');
  });

  it('reads numbers written as text in an en_US spreadsheet', () => {
    expect(call('CONVERSION_RATE', '1,234', '12,340')).toBeCloseTo(0.1, 12);
    expect(call('COST_PER', '$1,200.50', '100')).toBeCloseTo(12.005, 12);
    expect(call('GOAL_PROGRESS', '4.5%', '5%', '5.5%')).toBeCloseTo(0.5, 12);
  });

  it('reads decimal commas in an is_IS spreadsheet', () => {
    expect(callIn(IS, 'CONVERSION_RATE', '1.234,5', '12.345')).toBeCloseTo(0.1, 12);
    expect(callIn(IS, 'ENGAGEMENT_RATE', '8.480', '84.800')).toBeCloseTo(0.1, 12);
    expect(callIn(IS, 'GOAL_PROGRESS', '3,3%', '3,4%', '3,5%')).toBeCloseTo(0.5, 12);
    // "1,234" is 1.234 where the comma is the decimal mark.
    expect(callIn(IS, 'COST_PER', '1,234', 1)).toBeCloseTo(1.234, 12);
  });

  it('names the function, argument and row of text that is not a number', () => {
    expect(() => call('ENGAGEMENT_RATE', column(10, 20, 'n/a'), 100)).toThrow(
      new Error('ENGAGEMENT_RATE: engagements, row 3: "n/a" is not a number'),
    );
    expect(() => call('ENGAGEMENT_RATE', 10, 'abc')).toThrow(
      new Error('ENGAGEMENT_RATE: base: "abc" is not a number'),
    );
    expect(() =>
      call('SHARE_OF_VOICE', column(1, 2), [
        [1, 2, 3],
        [4, 5, '1.2.3'],
      ]),
    ).toThrow(new Error('SHARE_OF_VOICE: competitor_mentions, row 2, column 3: "1.2.3" is not a number'));
    expect(() => call('CONVERSION_RATE', [[true]], 5)).toThrow(
      new Error('CONVERSION_RATE: conversions: TRUE is not a number'),
    );
    expect(() => call('CONVERSION_RATE', new Date(2026, 0, 1), 5)).toThrow(
      new Error('CONVERSION_RATE: conversions: a date is not a number'),
    );
  });

  it('refuses negative counts and amounts, saying why', () => {
    expect(() => call('ENGAGEMENT_RATE', column(4, -5), 10)).toThrow(
      new Error('ENGAGEMENT_RATE: engagements, row 2: -5 is negative; a count cannot be negative'),
    );
    expect(() => call('CLICK_THROUGH_RATE', 5, '-100')).toThrow(
      new Error('CLICK_THROUGH_RATE: impressions: "-100" is negative; a count cannot be negative'),
    );
    expect(() => call('COST_PER', -5, 10)).toThrow(
      new Error('COST_PER: cost: -5 is negative; an amount cannot be negative'),
    );
    expect(() => call('ROI', -1, 10)).toThrow('ROI: value: -1 is negative; an amount cannot be negative');
    expect(() => call('AUDIENCE_GROWTH_RATE', 5, -10)).toThrow('audience: -10 is negative');
    expect(() => call('REQUIRED_GROWTH_RATE', -1, 10, 3)).toThrow(
      new Error('REQUIRED_GROWTH_RATE: baseline: -1 is negative; compound growth needs values of 0 or more'),
    );
  });

  it('lets values that can fall below zero do so', () => {
    expect(call('AUDIENCE_GROWTH_RATE', -50, 1000)).toBe(-0.05);
    expect(call('GOAL_PROGRESS', -0.2, 0, 0.2)).toBe(0.5); // net sentiment from −0.2 toward 0.2
    expect(call('NET_SENTIMENT', 20, 60)).toBe(-0.5);
  });

  it('never returns NaN or Infinity: a result too large is an error', () => {
    expect(() => call('GOAL_PROGRESS', 0, 1e308, 1e-308)).toThrow(
      new Error('GOAL_PROGRESS: the numbers are too large to calculate with'),
    );
    expect(Object.is(call('GOAL_PROGRESS', 10, 10, 5), 0)).toBe(true); // 0, not −0
  });
});

describe('SHARE_OF_VOICE', () => {
  it("sums each row's competitors; a blank competitor counts as none, an all-blank row is blank", () => {
    expect(
      call('SHARE_OF_VOICE', column(10, 5, 6, ''), [
        [10, 20, ''],
        ['', '', ''],
        [0, 0, 0],
        [1, 1, 1],
      ]),
    ).toEqual([[0.25], [''], [1], ['']]);
  });

  it('is blank when nobody was mentioned', () => {
    expect(call('SHARE_OF_VOICE', 0, [[0, 0]])).toBe('');
  });

  it('pairs one row of competitors with a single brand value and names shapes that cannot pair', () => {
    expect(call('SHARE_OF_VOICE', 40, [[30, 20, 10]])).toBeCloseTo(0.4, 12);
    expect(() =>
      call(
        'SHARE_OF_VOICE',
        [
          [1, 2],
          [3, 4],
        ],
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
      ),
    ).toThrow(
      new Error(
        'SHARE_OF_VOICE: brand_mentions is 2 rows × 2 columns but competitor_mentions is 2 rows × 3 columns summed to one column',
      ),
    );
  });
});

describe('NET_SENTIMENT', () => {
  it('takes neutral mentions cell by cell and is blank with no mentions at all', () => {
    expect(call('NET_SENTIMENT', column(60, 0), column(20, 0), column(20, 0))).toEqual([[0.4], ['']]);
  });
});

describe('ROI', () => {
  it('per row and as a ratio of totals', () => {
    expect(call('ROI', column(5000, 0), column(2000, 1000))).toEqual([[1.5], [-1]]);
    expect(call('ROI', column(5000, 0), column(2000, 1000), 'total')).toBeCloseTo(2000 / 3000, 12);
  });
});

describe('GOAL_PROGRESS', () => {
  it('is blank when target equals baseline; goes past 1 and below 0', () => {
    expect(call('GOAL_PROGRESS', 5, 7, 5)).toBe('');
    expect(call('GOAL_PROGRESS', 100, 250, 200)).toBe(1.5);
    expect(call('GOAL_PROGRESS', 100, 50, 200)).toBe(-0.5);
  });
});

describe('EXPECTED_PROGRESS', () => {
  const JULY_1 = dayFromYmd(2026, 7, 1);

  it('clamps to 0 before the start and to 1 after the deadline', () => {
    expect(call('EXPECTED_PROGRESS', '2026-07-01', '2026-09-30', '2026-06-01')).toBe(0);
    expect(call('EXPECTED_PROGRESS', '2026-07-01', '2026-09-30', '2026-12-01')).toBe(1);
    expect(call('EXPECTED_PROGRESS', '2026-07-01', '2026-09-30', '2026-09-30')).toBe(1);
    expect(call('EXPECTED_PROGRESS', '2026-07-01', '2026-09-30', '2026-07-01')).toBe(1 / 92);
    expect(call('EXPECTED_PROGRESS', '2026-07-01', '2026-07-01', '2026-07-01')).toBe(1);
  });

  it('reads Date values as the day they show in the spreadsheet time zone', () => {
    // Sheets passes a date as midnight in the spreadsheet's zone: 1 July in Auckland is 30 June 12:00 UTC.
    const auckland = { locale: 'en_NZ', timeZone: 'Pacific/Auckland' };
    const start = new Date('2026-06-30T12:00:00Z');
    const asOf = new Date('2026-08-14T12:00:00Z');
    expect(callIn(auckland, 'EXPECTED_PROGRESS', start, '30/9/2026', asOf)).toBe(0.5);
    const losAngeles = { locale: 'en_US', timeZone: 'America/Los_Angeles' };
    expect(
      callIn(losAngeles, 'EXPECTED_PROGRESS', new Date('2026-07-01T07:00:00Z'), '9/30/2026', '2026-08-15'),
    ).toBe(0.5);
  });

  it('reads date text in the spreadsheet order and spreadsheet serial numbers', () => {
    expect(callIn(IS, 'EXPECTED_PROGRESS', '1.7.2026', '30.9.2026', '15/8/2026')).toBe(0.5);
    expect(call('EXPECTED_PROGRESS', '7/1/2026', 'Sep 30, 2026', '8/15/2026')).toBe(0.5);
    // Serials count days from 1899-12-30, which is 25 569 days before 1970-01-01.
    expect(call('EXPECTED_PROGRESS', JULY_1 + 25_569, '2026-09-30', '2026-08-15')).toBe(0.5);
  });

  it('fills a column of as-of days', () => {
    expect(
      call('EXPECTED_PROGRESS', '2026-07-01', '2026-07-10', column('2026-07-01', '', '2026-07-05')),
    ).toEqual([[0.1], [''], [0.5]]);
  });

  it('says which dates cannot be read and refuses a deadline before the start', () => {
    expect(() => call('EXPECTED_PROGRESS', 'soon', '2026-09-30', '2026-08-15')).toThrow(
      new Error('EXPECTED_PROGRESS: start: "soon" is not a date'),
    );
    expect(() => call('EXPECTED_PROGRESS', '2026-07-01', '2026-02-30', '2026-08-15')).toThrow(
      new Error('EXPECTED_PROGRESS: deadline: "2026-02-30" is not a date'),
    );
    expect(() =>
      call('EXPECTED_PROGRESS', column('2026-07-01', '2026-10-01'), '2026-09-30', '2026-08-15'),
    ).toThrow(
      new Error('EXPECTED_PROGRESS: row 2: the deadline (2026-09-30) is before the start (2026-10-01)'),
    );
  });
});

describe('REQUIRED_GROWTH_RATE', () => {
  it('handles decrease targets, a zero target, and blanks a zero baseline or zero periods', () => {
    expect(call('REQUIRED_GROWTH_RATE', 2000, 1000, 2)).toBeCloseTo(Math.SQRT1_2 - 1, 12);
    expect(call('REQUIRED_GROWTH_RATE', 2000, 0, 4)).toBe(-1);
    expect(call('REQUIRED_GROWTH_RATE', 0, 1000, 4)).toBe('');
    expect(call('REQUIRED_GROWTH_RATE', 1000, 2000, 0)).toBe('');
    expect(call('REQUIRED_GROWTH_RATE', column(1000, 100), column(2000, 400), 2)).toEqual([
      [Math.SQRT2 - 1],
      [1],
    ]);
  });
});

describe('DAILY_ENGAGEMENT_RATE', () => {
  it('counts filled engagement cells as days unless days is given (a 0 is a filled day)', () => {
    expect(call('DAILY_ENGAGEMENT_RATE', column(100, 200, '', 0), 1000)).toBeCloseTo(300 / 3000, 12);
    expect(call('DAILY_ENGAGEMENT_RATE', column(100, 200, '', 0), 1000, 10)).toBeCloseTo(300 / 10_000, 12);
    expect(call('DAILY_ENGAGEMENT_RATE', column(100, 200, '', 0), 1000, '')).toBeCloseTo(300 / 3000, 12);
  });

  it('uses the average of a range of daily follower counts', () => {
    // 600 engagements over 3 days with 900, 1000 and 1100 followers: 600 ÷ (3 × 1000).
    expect(call('DAILY_ENGAGEMENT_RATE', column(100, 200, 300), column(900, 1000, 1100))).toBeCloseTo(
      0.2,
      12,
    );
  });

  it('is blank with no engagements, no followers or zero days', () => {
    expect(call('DAILY_ENGAGEMENT_RATE', column('', ''), 1000)).toBe('');
    expect(call('DAILY_ENGAGEMENT_RATE', column(5, 6), 0)).toBe('');
    expect(call('DAILY_ENGAGEMENT_RATE', column(5, 6), 100, 0)).toBe('');
  });

  it('refuses a range of days and negative engagements', () => {
    expect(() => call('DAILY_ENGAGEMENT_RATE', column(5, 6), 100, column(1, 2))).toThrow(
      new Error('DAILY_ENGAGEMENT_RATE: days must be a single value, not 2 rows × 1 column'),
    );
    expect(() => call('DAILY_ENGAGEMENT_RATE', column(5, -6), 100)).toThrow(
      new Error('DAILY_ENGAGEMENT_RATE: engagements, row 2: -6 is negative; a count cannot be negative'),
    );
  });
});
