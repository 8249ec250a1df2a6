import { describe, expect, it } from 'vitest';
import { readGoalsTab } from '../../src/core/goals/goalsTab';
import { importTabs } from '../../src/core/import';
import { buildProgressReport } from '../../src/core/progress';
import { SAMPLE_FILES, splitText, splitTyped } from '../helpers/samples';
import { day } from '../progress/build';

/**
 * The sample exports and the sample Goals tab, end to end through the importer. The expected numbers
 * were worked out from the CSV files directly (column sums with a spreadsheet / a few lines of Python),
 * not from this code:
 * - LinkedIn followers: baseline 2,150 + 1,341 new followers (1 Jul – 31 Oct) = 3,491; the daily export
 *   (123 days) beats the weekly hand-kept level (18 rows). T = 184 days, e = 123.
 * - X impressions: 318,866 of 1,500,000.
 * - Instagram engagement rate: (likes + comments + shares) ÷ reach; first week (3 posts) 586 / 10,848,
 *   all 41 posts 7,753 / 135,258; last post 29 Oct (e = 121).
 * - GA4 key events: 963 (the Grand total row says the same).
 * - TikTok followers: 12,078 on 1 Jul → 15,127 on 31 Oct; the window ends 31 Mar 2027 (T = 274).
 */
const tabs = SAMPLE_FILES.map((file) => ({ name: file.replace('.csv', ''), values: splitText(file) }));
const settings = { locale: 'en_US', timeZone: 'UTC' };
const dataset = importTabs(tabs, settings, { today: day('2026-11-02') });
const goals = readGoalsTab(splitText('goals.csv'), settings);
const report = buildProgressReport(goals, dataset, { today: day('2026-11-02'), builtAt: 0 });
const [linkedin, x, instagram, ga4, tiktok] = report.goals;

describe('the sample goals against the sample exports', () => {
  it('reads five valid goals and data up to 31 October', () => {
    expect(goals.rows.map((r) => r.error)).toEqual([null, null, null, null, null]);
    expect(report.dataAsOf).toBe(day('2026-10-31'));
    expect(report.stale).toBe(false);
  });

  it('LinkedIn followers, compound: 2^(123/184) − 1 = 0.5894 expected, 0.6237 done → On track', () => {
    expect(linkedin).toMatchObject({
      baseline: 2150,
      current: 3491,
      target: 4300,
      pace: 'Compound',
      status: 'On track',
    });
    expect(linkedin!.progress).toBeCloseTo(1341 / 2150, 12);
    expect(linkedin!.expected).toBeCloseTo(2 ** (123 / 184) - 1, 12);
    expect(linkedin!.asOf).toBe(day('2026-10-31'));
  });

  it('X impressions: 0.2126 done of 123/184 = 0.6685 expected → Behind', () => {
    expect(x).toMatchObject({ baseline: 0, current: 318_866, status: 'Behind' });
    expect(x!.progress).toBeCloseTo(318_866 / 1_500_000, 12);
    expect(x!.expected).toBeCloseTo(123 / 184, 12);
    expect(x!.message).toBe('Baseline 0: counting starts on Start.');
  });

  it('Instagram engagement rate to "6%": baseline from the first 7 days → At risk', () => {
    const baseline = 586 / 10_848;
    const current = 7753 / 135_258;
    expect(instagram!.target).toBe(0.06);
    expect(instagram!.baseline).toBeCloseTo(baseline, 12);
    expect(instagram!.current).toBeCloseTo(current, 12);
    expect(instagram!.progress).toBeCloseTo((current - baseline) / (0.06 - baseline), 10); // 0.552
    expect(instagram!.expected).toBeCloseTo(121 / 184, 12); // 0.658: 0.75 × 0.658 = 0.493 ≤ 0.552 < 0.625
    expect(instagram!.status).toBe('At risk');
    expect(instagram!.message).toBe(
      'Baseline 5.4%: the engagement rate over the first 7 days (2026-07-01 to 2026-07-07).',
    );
  });

  it('GA4 conversions: 963 of 2,000 → Behind (0.4815 < 0.75 × 0.6685)', () => {
    expect(ga4).toMatchObject({ baseline: 0, current: 963, progress: 0.4815, status: 'Behind' });
  });

  it('TikTok followers, compound over 274 days: baseline 12,078 on Start → On track', () => {
    expect(tiktok).toMatchObject({ baseline: 12_078, current: 15_127, status: 'On track' });
    expect(tiktok!.progress).toBeCloseTo(3049 / 7922, 12); // 0.3849
    const compound = (12_078 * (20_000 / 12_078) ** (123 / 274) - 12_078) / 7922; // 0.3874; × 0.95 = 0.368
    expect(tiktok!.expected).toBeCloseTo(compound, 12);
    expect(tiktok!.deadline).toBe(day('2027-03-31'));
  });

  it('draws one chart point per day with data, at most 120, and projects every goal', () => {
    // LinkedIn has 123 days (Jul 1 – Oct 31): 120 of them are kept, the first and last among them,
    // and no two kept days are more than 2 days apart (122 days of span in 119 steps).
    const days = linkedin!.chart.map((p) => p.day);
    expect(days).toHaveLength(120);
    expect([days[0], days.at(-1)]).toEqual([day('2026-07-01'), day('2026-10-31')]);
    for (let i = 1; i < days.length; i++) expect(days[i]! - days[i - 1]!).toBeGreaterThanOrEqual(1);
    for (let i = 1; i < days.length; i++) expect(days[i]! - days[i - 1]!).toBeLessThanOrEqual(2);
    expect(instagram!.chart).toHaveLength(41);
    for (const goal of report.goals) {
      expect(goal.projected).not.toBeNull();
      expect(goal.chart.at(-1)!.actual).toBeCloseTo(goal.current!, 9);
    }
  });

  // The helper types dates with one fixed offset, so the zone is a fixed UTC−4 (New York in summer, all year).
  it('gives the same results when Sheets typed the cells (numbers, Dates at midnight UTC−4)', () => {
    const typing = { locale: 'en_US', offsetMinutes: -240 } as const;
    const ny = { locale: 'en_US', timeZone: 'Etc/GMT+4' };
    const typedTabs = SAMPLE_FILES.map((file) => ({
      name: file.replace('.csv', ''),
      values: splitTyped(file, typing),
    }));
    const typedGoals = readGoalsTab(splitTyped('goals.csv', typing), ny);
    const typed = buildProgressReport(typedGoals, importTabs(typedTabs, ny, { today: day('2026-11-02') }), {
      today: day('2026-11-02'),
      builtAt: 0,
    });
    expect(typed.goals).toEqual(report.goals);
  });
});
