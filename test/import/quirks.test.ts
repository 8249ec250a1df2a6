import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/core/cells';
import { dayFromYmd } from '../../src/core/days';
import { importTabs } from '../../src/core/import';
import { EN, expectWellFormed, IS, importOne, seriesOf, span, TODAY, valueOn } from './support';

const d = dayFromYmd;

describe('finding the table', () => {
  it('skips a description line, GA4 # lines and a sep=, line before the header', () => {
    const grid: Grid = [
      ['sep=,'],
      ['# Traffic acquisition'],
      ['#'],
      ['Content metrics for the selected date range'],
      ['Date', 'Impressions'],
      ['7/1/2026', 100],
    ];
    const ds = importOne('LinkedIn', grid);
    expect(valueOn(seriesOf(ds, 'LinkedIn', 'impressions'), '2026-07-01')).toBe(100);
    expect(ds.tabs[0]!.note).toContain('header on row 5');
  });

  it('splits a CSV pasted into one column, with a sep=; line and semicolons', () => {
    const grid: Grid = [
      ['sep=;'],
      ['"Date";"Impressions";"Clicks"'],
      ['2026-07-01;"1.200";12'],
      [''],
      ['2026-07-02;800;8'],
    ];
    const ds = importOne('LinkedIn', grid, IS);
    const impressions = seriesOf(ds, 'LinkedIn', 'impressions');
    expect(impressions.values).toEqual([1200, 800]);
    expect(ds.tabs[0]!.note).toContain('CSV í einum dálki');
  });

  it('reads several tables in one tab (GA4 puts them one after another)', () => {
    const grid: Grid = [
      ['# Table 1'],
      ['Date', 'Sessions'],
      ['20260701', '10'],
      ['20260702', '20'],
      [''],
      ['# Table 2'],
      ['Day', 'Key events'],
      ['20260701', '3'],
    ];
    const ds = importOne('GA4', grid);
    expect(seriesOf(ds, 'GA4', 'sessions').values).toEqual([10, 20]);
    expect(seriesOf(ds, 'GA4', 'conversions').values).toEqual([3]);
    expect(ds.issues).toEqual([]);
  });

  it('lists a tab without a date column, an empty tab and a tab with no header, with reasons', () => {
    const ds = importTabs(
      [
        {
          name: 'Notes',
          values: [
            ['Channel', 'Impressions'],
            ['Organic', 5],
          ],
        },
        { name: 'Empty', values: [[''], ['', '  '], []] },
        { name: 'Scratch', values: [['hello'], [42]] },
        {
          name: 'Lifetime only',
          values: [
            ['Date', 'Reach'],
            ['Lifetime', 5],
          ],
        },
      ],
      EN,
      { today: TODAY },
    );
    expect(ds.tabs.map((t) => [t.tab, t.used, t.note])).toEqual([
      ['Notes', false, 'no date column'],
      ['Empty', false, 'empty'],
      ['Scratch', false, 'no header row with a date column or known metrics in the first 50 rows'],
      ['Lifetime only', false, 'no dates in column A (Date)'],
    ]);
    expect(ds.series).toEqual([]);
    expect(ds.latestDay).toBeNull();
  });

  it('finds an unnamed date column from its values when no header says Date', () => {
    const grid: Grid = [
      ['Week of', 'Impressions', 'Clicks'],
      ['2026-07-06', 100, 4],
      ['2026-07-13', 200, 6],
    ];
    const ds = importOne('LinkedIn', grid);
    expect(span(seriesOf(ds, 'LinkedIn', 'impressions'))).toEqual(['2026-07-06', '2026-07-13', 2]);
  });
});

describe('date columns', () => {
  it.each([
    ['Date (GMT)', '2025-01-21 00:00:00', d(2025, 1, 21)],
    ['Video publish time', 'Sep 22, 2026', d(2026, 9, 22)],
    ['Day', 'Tue, Jul 14, 2026', d(2026, 7, 14)],
    ['Dagsetning', '14.7.2026', d(2026, 7, 14)],
    ['time', '2026-09-18 12:00 +0000', d(2026, 9, 18)],
    ['Date', '20260701', d(2026, 7, 1)],
    ['Date', 20260701, d(2026, 7, 1)],
    ['Date', '11/10/2025 21:00', d(2025, 11, 10)],
    ['Date', new Date(Date.UTC(2026, 6, 1)), d(2026, 7, 1)],
  ])('reads a %s column holding %j', (header, cell, day) => {
    const ds = importOne('X', [
      [header, 'Impressions'],
      [cell, 5],
    ]);
    expect(seriesOf(ds, 'X', 'impressions').days).toEqual([day]);
  });

  it('uses Publish time when Date says Lifetime', () => {
    const grid: Grid = [
      ['Publish time', 'Date', 'Reach'],
      ['07/01/2026 8:30', 'Lifetime', 10],
      ['07/03/2026 9:00', 'Lifetime', 20],
    ];
    const ds = importOne('Instagram', grid);
    expect(span(seriesOf(ds, 'Instagram', 'reach'))).toEqual(['2026-07-01', '2026-07-03', 2]);
  });

  it('settles day/month order per column from the data, whatever the locale', () => {
    const usDates: Grid = [
      ['Date', 'Reach'],
      ['7/1/2026', 1],
      ['7/13/2026', 2],
    ];
    expect(span(seriesOf(importOne('X', usDates, IS), 'X', 'reach'))).toEqual([
      '2026-07-01',
      '2026-07-13',
      2,
    ]);
    const euDates: Grid = [
      ['Date', 'Reach'],
      ['1/7/2026', 1],
      ['13/7/2026', 2],
    ];
    expect(span(seriesOf(importOne('X', euDates, EN), 'X', 'reach'))).toEqual([
      '2026-07-01',
      '2026-07-13',
      2,
    ]);
    // Nothing in the column settles it: the locale does.
    const ambiguous: Grid = [
      ['Date', 'Reach'],
      ['1/7/2026', 1],
    ];
    expect(span(seriesOf(importOne('X', ambiguous, EN), 'X', 'reach'))[0]).toBe('2026-01-07');
    expect(span(seriesOf(importOne('X', ambiguous, IS), 'X', 'reach'))[0]).toBe('2026-07-01');
  });

  it('gives no-year dates the year of the nearest dated row', () => {
    const grid: Grid = [
      ['Date', 'Likes'],
      ['Dec 30, 2025', 1],
      ['December 31', 2],
      ['January 1', 3],
      ['Jan 2, 2026', 4],
    ];
    const ds = importOne('TikTok', grid);
    expect(seriesOf(ds, 'TikTok', 'likes').days).toEqual([
      d(2025, 12, 30),
      d(2025, 12, 31),
      d(2026, 1, 1),
      d(2026, 1, 2),
    ]);
  });

  it('else takes the latest such date not after today', () => {
    const grid: Grid = [
      ['Date', 'Likes'],
      ['December 31', 2],
      ['January 1', 3],
    ];
    const ds = importTabs([{ name: 'TikTok', values: grid }], EN, { today: d(2027, 1, 10) });
    expect(seriesOf(ds, 'TikTok', 'likes').days).toEqual([d(2026, 12, 31), d(2027, 1, 1)]);
  });
});

describe('platforms', () => {
  it('takes the platform from the tab name, with aliases', () => {
    const grid: Grid = [
      ['Date', 'Sessions'],
      ['2026-07-01', 1],
    ];
    expect(importOne('Website traffic', grid).series[0]!.platform).toBe('GA4');
    expect(
      importOne('Twitter', [
        ['Date', 'Likes'],
        ['2026-07-01', 1],
      ]).series[0]!.platform,
    ).toBe('X');
    expect(
      importOne('Meta - posts', [
        ['Date', 'Likes'],
        ['2026-07-01', 1],
      ]).series[0]!.platform,
    ).toBe('Facebook');
  });

  it('recognises a known export by its headers when the tab name says nothing', () => {
    const grid: Grid = [
      ['Date', 'Sponsored followers', 'Organic followers', 'Total followers'],
      ['7/1/2026', 0, 13, 13],
    ];
    const ds = importOne('Sheet1', grid);
    expect(seriesOf(ds, 'LinkedIn', 'new followers').values).toEqual([13]);
    expect(seriesOf(ds, 'LinkedIn', 'followers', 'change').values).toEqual([13]);
  });

  it('names the platform after the tab when nothing else says, and notes it', () => {
    const ds = importOne('Sheet1', [
      ['Date', 'Impressions'],
      ['2026-07-01', 5],
    ]);
    expect(ds.series[0]!.platform).toBe('Sheet1');
    expect(ds.tabs[0]!.note).toContain('no platform found: named after the tab');
  });

  it('reads a Platform column per row, falling back to the tab for a blank cell', () => {
    const grid: Grid = [
      ['Date', 'Network', 'Impressions'],
      ['2026-07-01', 'twitter', 5],
      ['2026-07-01', 'Facebook', 7],
      ['2026-07-01', '', 9],
      ['2026-07-01', 'Mastodon', 11],
    ];
    const ds = importOne('Instagram', grid);
    expect(seriesOf(ds, 'X', 'impressions').values).toEqual([5]);
    expect(seriesOf(ds, 'Facebook', 'impressions').values).toEqual([7]);
    expect(seriesOf(ds, 'Instagram', 'impressions').values).toEqual([9]);
    expect(seriesOf(ds, 'Mastodon', 'impressions').values).toEqual([11]);
  });

  it('reads Hootsuite headers that carry the platform, several platforms in one tab', () => {
    const grid: Grid = [
      ['Date (GMT)', 'Followers > Social network - X', 'Followers > Social network - Instagram'],
      ['2025-01-21 00:00:00', '1,204', '3,300'],
    ];
    const ds = importOne('Hootsuite', grid);
    expect(seriesOf(ds, 'X', 'followers').values).toEqual([1204]);
    expect(seriesOf(ds, 'Instagram', 'followers').values).toEqual([3300]);
  });
});

describe('numbers', () => {
  it('reads "1,234", "4.5%", and typed numbers', () => {
    const grid: Grid = [
      ['Date', 'Impressions', 'Engagement rate', 'Clicks'],
      ['2026-07-01', '1,234', '4.5%', 12],
    ];
    const ds = importOne('X', grid);
    expect(seriesOf(ds, 'X', 'impressions').values).toEqual([1234]);
    expect(seriesOf(ds, 'X', 'engagement rate').values[0]).toBeCloseTo(0.045, 12);
    expect(seriesOf(ds, 'X', 'clicks').values).toEqual([12]);
  });

  it('reads a (%) header as percent units, a % cell as a percent, and a plain rate as a fraction', () => {
    const grid: Grid = [
      ['Date', 'Impressions click-through rate (%)', 'Engagement rate', 'Conversion rate'],
      ['2026-07-01', 5.23, '4.78%', 0.05],
      ['2026-07-02', '5.23%', '0.0478', '0.05'],
    ];
    const ds = importOne('YouTube', grid);
    const ctr = seriesOf(ds, 'YouTube', 'click-through rate').values;
    expect(ctr[0]).toBeCloseTo(0.0523, 12);
    expect(ctr[1]).toBeCloseTo(0.0523, 12);
    expect(seriesOf(ds, 'YouTube', 'engagement rate').values.map((v) => +v.toFixed(6))).toEqual([
      0.0478, 0.0478,
    ]);
    expect(seriesOf(ds, 'YouTube', 'conversion rate').values).toEqual([0.05, 0.05]);
  });

  it('reads "1.234,5" and d.m.yyyy in a decimal-comma locale', () => {
    const grid: Grid = [
      ['Dagsetning', 'Tekjur', 'Birtingar'],
      ['2.7.2026', '1.234,5', '8.480'],
    ];
    const ds = importOne('Vefur', grid, IS);
    expect(seriesOf(ds, 'GA4', 'revenue').values).toEqual([1234.5]);
    expect(seriesOf(ds, 'GA4', 'impressions').values).toEqual([8480]);
    expect(seriesOf(ds, 'GA4', 'impressions').days).toEqual([d(2026, 7, 2)]);
  });

  it('maps Icelandic headers', () => {
    const grid: Grid = [
      ['Dagsetning', 'Fylgjendur', 'Birtingar', 'Smellir', 'Náð'],
      ['1.7.2026', 10, 20, 30, 40],
    ];
    const ds = importOne('LinkedIn', grid, IS);
    expect(ds.series.map((s) => [s.metric, s.values[0]])).toEqual([
      ['followers', 10],
      ['impressions', 20],
      ['clicks', 30],
      ['reach', 40],
    ]);
  });
});

describe('rows and cells the importer skips', () => {
  it('records total rows and unreadable dates as issues, skips blank rows silently', () => {
    const grid: Grid = [
      ['Date', 'Impressions'],
      ['Total', 300],
      ['2026-07-01', 100],
      ['', ''],
      [],
      ['Grand total', 300],
      ['soon', 5],
      ['', 7],
      ['2026-07-02', 200],
    ];
    const ds = importOne('X', grid);
    expect(seriesOf(ds, 'X', 'impressions').values).toEqual([100, 200]);
    expect(ds.issues).toEqual([
      { tab: 'X', row: 2, column: 'A (Date)', reason: 'a total row, not data' },
      { tab: 'X', row: 6, column: 'A (Date)', reason: 'a total row, not data' },
      { tab: 'X', row: 7, column: 'A (Date)', reason: 'not a date: "soon"' },
      { tab: 'X', row: 8, column: 'A (Date)', reason: 'no date' },
    ]);
    expect(ds.tabs[0]).toMatchObject({ dataRows: 2, skippedRows: 4 });
  });

  it('names each unreadable cell and keeps the rest of its row', () => {
    const grid: Grid = [
      ['Date', 'Reach', 'Impressions', 'Likes'],
      ['2026-07-01', 10, '#DIV/0!', 1],
      ['2026-07-02', 11, '#N/A', -4],
      ['2026-07-03', 12, 'lots', 1e308],
      ['2026-07-04', 13, 5, 2],
    ];
    const ds = importOne('X', grid);
    expect(seriesOf(ds, 'X', 'reach').values).toEqual([10, 11, 12, 13]);
    expect(seriesOf(ds, 'X', 'impressions').values).toEqual([5]);
    expect(seriesOf(ds, 'X', 'likes').values).toEqual([1, 2]);
    expect(ds.issues).toEqual([
      { tab: 'X', row: 2, column: 'C (Impressions)', reason: 'not a number: "#DIV/0!"' },
      { tab: 'X', row: 3, column: 'C (Impressions)', reason: 'not a number: "#N/A"' },
      { tab: 'X', row: 3, column: 'D (Likes)', reason: 'negative likes: "-4"' },
      { tab: 'X', row: 4, column: 'C (Impressions)', reason: 'not a number: "lots"' },
      { tab: 'X', row: 4, column: 'D (Likes)', reason: 'number too large: "1e+308"' },
    ]);
    // A row with some bad cells is still a data row.
    expect(ds.tabs[0]).toMatchObject({ dataRows: 4, skippedRows: 0 });
  });

  it('names a column of numbers under a blank header once, and reads nothing from it', () => {
    const grid: Grid = [
      ['Daily numbers'],
      ['Date', 'Impressions', '', 'Notes', ''],
      ['2026-07-01', 100, 7, 'launch', 'x'],
      ['2026-07-02', 200, '8', '', ''],
      ['2026-07-03', 300, 9, 'quiet', 'y'],
    ];
    const ds = importOne('X', grid);
    // Column C holds numbers: one issue at the header row. Column E holds text: not a metric, no issue.
    expect(ds.issues).toEqual([
      { tab: 'X', row: 2, column: 'C', reason: 'numbers under a blank header: ignored' },
    ]);
    expect(ds.series.map((s) => s.metric)).toEqual(['impressions']);
    expect(ds.tabs[0]).toMatchObject({ used: true, dataRows: 3, skippedRows: 0 });
  });

  it('names numbers past the end of the header row, from a split CSV line, the same way', () => {
    const grid: Grid = [['Date,Impressions'], ['2026-07-01,100,5'], ['2026-07-02,200,6']];
    const ds = importOne('X', grid, IS);
    expect(seriesOf(ds, 'X', 'impressions').values).toEqual([100, 200]);
    expect(ds.issues).toEqual([
      { tab: 'X', row: 1, column: 'C', reason: 'tölur undir auðri fyrirsögn: hunsaðar' },
    ]);
  });

  it('allows negative daily changes and negative unknown columns', () => {
    const grid: Grid = [
      ['Date', 'Difference in followers from previous day', 'Delta'],
      ['2026-07-01', -3, -2],
    ];
    const ds = importOne('TikTok', grid);
    expect(seriesOf(ds, 'TikTok', 'followers', 'change').values).toEqual([-3]);
    expect(seriesOf(ds, 'TikTok', 'Delta').values).toEqual([-2]);
    expect(ds.issues).toEqual([]);
  });

  it('sums counts of duplicate dates, keeps the last level, averages rates, and sorts rows', () => {
    const grid: Grid = [
      ['Date', 'Impressions', 'Followers', 'Engagement rate'],
      ['2026-07-03', 5, 130, 0.02],
      ['2026-07-01', 1, 100, 0.01],
      ['2026-07-03', 7, 131, 0.04],
      ['2026-07-02', 3, 120, 0.03],
    ];
    const ds = importOne('Instagram', grid);
    const impressions = seriesOf(ds, 'Instagram', 'impressions');
    expect(impressions.days).toEqual([d(2026, 7, 1), d(2026, 7, 2), d(2026, 7, 3)]);
    expect(impressions.values).toEqual([1, 3, 12]);
    expect(seriesOf(ds, 'Instagram', 'followers').values).toEqual([100, 120, 131]);
    expect(seriesOf(ds, 'Instagram', 'engagement rate').values[2]).toBeCloseTo(0.03, 12);
    expect(ds.tabs[0]!.note).toContain('rows of the same day summed');
  });

  it('survives thousands of columns and Unicode headers', () => {
    const header = ['Date', ...Array.from({ length: 3000 }, (_, i) => `Mælir ${i} 📈`)];
    const row = ['2026-07-01', ...Array.from({ length: 3000 }, (_, i) => i)];
    const ds = importOne('Ýmislegt', [header, row]);
    expect(ds.series).toHaveLength(3000);
    expect(seriesOf(ds, 'Ýmislegt', 'Mælir 2999 📈').values).toEqual([2999]);
    expectWellFormed(ds);
  });
});

describe('per-post and page-level exports', () => {
  it('sums a LinkedIn posts export per day, recognised by its headers', () => {
    const grid: Grid = [
      [
        'Post title',
        'Post link',
        'Post type',
        'Created date',
        'Impressions',
        'Views',
        'Clicks',
        'Click through rate (CTR)',
        'Likes',
        'Comments',
        'Reposts',
        'Follows',
      ],
      ['Launch', 'https://lnkd.in/a', 'Image', '07/01/2026', 1000, '', 20, 0.02, 30, 4, 2, 1],
      ['Behind the scenes', 'https://lnkd.in/b', 'Video', '07/01/2026', 500, 300, 5, 0.01, 10, 1, 0, 0],
      ['Hiring', 'https://lnkd.in/c', 'Text', '07/03/2026', 200, '', 1, 0.005, 3, 0, 1, 2],
    ];
    const ds = importOne('Posts', grid);
    expect(seriesOf(ds, 'LinkedIn', 'impressions').values).toEqual([1500, 200]);
    expect(seriesOf(ds, 'LinkedIn', 'engagements').values).toEqual([47, 4]);
    expect(seriesOf(ds, 'LinkedIn', 'new followers').values).toEqual([1, 2]);
    expect(seriesOf(ds, 'LinkedIn', 'video views').values).toEqual([300]);
    // Per-post rates average per day; goals recompute rates from clicks and impressions.
    expect(seriesOf(ds, 'LinkedIn', 'click-through rate').values[0]).toBeCloseTo(0.015, 12);
    expect(ds.series.map((s) => s.metric)).not.toContain('Post title');
    expect(ds.tabs[0]).toMatchObject({ dataRows: 3, platforms: ['LinkedIn'] });
    expect(ds.tabs[0]!.note).toContain('rows of the same day summed');
  });

  it('reads a Meta page-level export: sep=, line, metric name line, then "Date","Primary"', () => {
    const grid: Grid = [
      ['sep=', ''],
      ['Facebook reach'],
      ['Date', 'Primary'],
      ['2026-07-01', 120],
      ['2026-07-02', 80],
    ];
    const ds = importOne('Sheet3', grid);
    const reach = seriesOf(ds, 'Facebook', 'reach');
    expect(reach).toMatchObject({ header: 'Facebook reach', values: [120, 80] });
  });
});

describe('series the data implies', () => {
  it('derives engagements from likes/reactions + comments + shares/reposts when absent', () => {
    const grid: Grid = [
      ['Date', 'Reactions', 'Comments', 'Reposts'],
      ['2026-07-01', 10, 2, 1],
      ['2026-07-02', 5, '', 1],
    ];
    const ds = importOne('LinkedIn', grid);
    const engagements = seriesOf(ds, 'LinkedIn', 'engagements');
    expect(engagements.values).toEqual([13, 6]);
    expect(engagements.header).toBe('Reactions + Comments + Reposts (derived)');
    expect(engagements.kind).toBe('count');
  });

  it('does not derive engagements when the export has them, or lacks a part', () => {
    const withColumn = importOne('X', [
      ['Date', 'Likes', 'Replies', 'Reposts', 'Engagements'],
      ['2026-07-01', 1, 1, 1, 9],
    ]);
    expect(seriesOf(withColumn, 'X', 'engagements').values).toEqual([9]);
    const partial = importOne('X', [
      ['Date', 'Likes', 'Replies'],
      ['2026-07-01', 1, 1],
    ]);
    expect(partial.series.some((s) => s.metric === 'engagements')).toBe(false);
  });

  it('derives the follower change from New follows − Unfollows and keeps new followers', () => {
    const ds = importOne('X', [
      ['Date', 'New follows', 'Unfollows'],
      ['Wed, Jul 1, 2026', 9, 2],
    ]);
    expect(seriesOf(ds, 'X', 'followers', 'change').values).toEqual([7]);
    expect(seriesOf(ds, 'X', 'new followers').values).toEqual([9]);
    expect(seriesOf(ds, 'X', 'unfollows').values).toEqual([2]);
  });

  it('keeps unknown number columns as count series named by their header; drops text columns', () => {
    const grid: Grid = [
      ['Date', 'Story replies', 'Post title', 'Post ID'],
      ['2026-07-01', 4, 'Hello', 17890001],
      ['2026-07-02', 6, 'World', 17890002],
    ];
    const ds = importOne('Instagram', grid);
    expect(seriesOf(ds, 'Instagram', 'Story replies')).toMatchObject({
      kind: 'count',
      form: 'value',
      values: [4, 6],
    });
    expect(ds.series.map((s) => s.metric)).toEqual(['Story replies']);
  });

  it('sets latestDay to the latest day across tabs and series', () => {
    const ds = importTabs(
      [
        {
          name: 'X',
          values: [
            ['Date', 'Likes'],
            ['2026-07-01', 1],
          ],
        },
        {
          name: 'TikTok',
          values: [
            ['Date', 'Likes'],
            ['2026-08-15', 1],
          ],
        },
      ],
      EN,
      { today: TODAY },
    );
    expect(ds.latestDay).toBe(d(2026, 8, 15));
  });
});
