import { describe, expect, it } from 'vitest';
import type { Grid, SheetSettings } from '../../src/core/cells';
import { dayFromYmd } from '../../src/core/days';
import { importTabs } from '../../src/core/import';
import { oneColumn, SAMPLE_FILES, splitText, splitTyped } from '../helpers/samples';
import { EN, expectWellFormed, IS, importOne, seriesOf, span, sumBetween, TODAY, valueOn } from './support';

/**
 * One block per sample export. Expected figures were computed from the CSV files with awk (or, for quoted
 * fields with commas, Python's csv module), not from the importer: e.g.
 *   awk -F, '$1 ~ /^202607/ {s+=$2} END {print s}' ga4_traffic_daily.csv   → 13151
 * Where the file carries its own total row (GA4's Grand total, YouTube's Total), it agrees with them.
 * Each block runs on the three ways a paste arrives: split as text, split and typed by Sheets, one column.
 */

type Paste = (file: string) => Grid;
const pastes = (locale: 'en_US' | 'is_IS'): [string, Paste][] => [
  ['split, kept as text', splitText],
  ['split, typed by Sheets', (file) => splitTyped(file, { locale, offsetMinutes: 0 })],
  ['pasted into one column', oneColumn],
];

function load(file: string, paste: Paste, settings: SheetSettings = EN) {
  const dataset = importOne(file.replace('.csv', ''), paste(file), settings);
  expectWellFormed(dataset);
  return dataset;
}

describe.each(pastes('en_US'))('sample exports, %s', (_, paste) => {
  it('ga4_traffic_daily: # preamble, YYYYMMDD, Grand total row, Key events = conversions', () => {
    const ds = load('ga4_traffic_daily.csv', paste);
    const sessions = seriesOf(ds, 'GA4', 'sessions');
    expect(span(sessions)).toEqual(['2026-07-01', '2026-10-31', 123]);
    expect(sumBetween(sessions, '2026-07-01', '2026-07-31')).toBe(13151);
    expect(sumBetween(sessions, '2026-01-01', '2026-12-31')).toBe(51051); // = the Grand total row
    expect(sumBetween(seriesOf(ds, 'GA4', 'conversions'), '2026-07-01', '2026-10-31')).toBe(963);
    expect(seriesOf(ds, 'GA4', 'conversions').header).toBe('Key events');
    expect(sumBetween(seriesOf(ds, 'GA4', 'revenue'), '2026-10-01', '2026-10-31')).toBeCloseTo(11494.55, 6);
    expect(valueOn(seriesOf(ds, 'GA4', 'engagement rate'), '2026-07-02')).toBeCloseTo(0.6754, 10);
    expect(seriesOf(ds, 'GA4', 'engagement rate').kind).toBe('ratio');
    expect(ds.tabs[0]).toMatchObject({ used: true, platforms: ['GA4'], dataRows: 123, skippedRows: 1 });
    expect(ds.tabs[0]!.note).toContain('header on row 9');
    expect(ds.issues).toEqual([
      { tab: 'ga4_traffic_daily', row: 10, column: 'A (Date)', reason: 'a total row, not data' },
    ]);
    expect(ds.latestDay).toBe(dayFromYmd(2026, 10, 31));
  });

  it('hootsuite_facebook_overview: platform in the header, "8,399", "4.78%", Date (GMT) with time', () => {
    const ds = load('hootsuite_facebook_overview.csv', paste);
    const followers = seriesOf(ds, 'Facebook', 'followers');
    expect(followers).toMatchObject({ kind: 'level', form: 'value' });
    expect(valueOn(followers, '2026-07-01')).toBe(8399);
    expect(valueOn(followers, '2026-10-31')).toBe(9074);
    expect(sumBetween(seriesOf(ds, 'Facebook', 'impressions'), '2026-08-01', '2026-08-31')).toBe(133154);
    expect(valueOn(seriesOf(ds, 'Facebook', 'engagement rate'), '2026-07-01')).toBeCloseTo(0.0478, 10);
    expect(seriesOf(ds, 'Facebook', 'clicks').header).toBe('Link clicks > Social network - Facebook');
    expect(ds.issues).toEqual([]);
  });

  it('instagram_posts: BOM, "Lifetime" in Date so dates come from Publish time, per-post rows', () => {
    const ds = load('instagram_posts.csv', paste);
    const likes = seriesOf(ds, 'Instagram', 'likes');
    expect(span(likes)).toEqual(['2026-07-01', '2026-10-29', 41]);
    expect(sumBetween(likes, '2026-07-01', '2026-10-31')).toBe(6743);
    expect(sumBetween(likes, '2026-09-01', '2026-09-30')).toBe(1668);
    expect(sumBetween(seriesOf(ds, 'Instagram', 'new followers'), '2026-07-01', '2026-10-31')).toBe(211);
    // No Engagements column: likes + comments + shares = 6743 + 483 + 527.
    const engagements = seriesOf(ds, 'Instagram', 'engagements');
    expect(sumBetween(engagements, '2026-07-01', '2026-10-31')).toBe(7753);
    expect(engagements.header).toMatch(/derived/);
    // Post IDs and durations are not metrics; text columns are not either.
    expect(ds.series.map((s) => s.metric)).not.toContain('Post ID');
    expect(ds.series.map((s) => s.metric)).not.toContain('Duration (sec)');
    expect(ds.series.map((s) => s.metric)).not.toContain('Permalink');
    expect(ds.tabs[0]!.note).toContain('dates from Publish time');
    expect(ds.issues).toEqual([]);
  });

  it('linkedin_content_metrics: description row, organic/sponsored/total triplets prefer total', () => {
    const ds = load('linkedin_content_metrics.csv', paste);
    const impressions = seriesOf(ds, 'LinkedIn', 'impressions');
    expect(impressions.header).toBe('Impressions (total)');
    expect(sumBetween(impressions, '2026-07-01', '2026-10-31')).toBe(260269);
    expect(sumBetween(seriesOf(ds, 'LinkedIn', 'Impressions (organic)'), '2026-07-01', '2026-10-31')).toBe(
      214069,
    );
    expect(sumBetween(seriesOf(ds, 'LinkedIn', 'clicks'), '2026-08-01', '2026-08-31')).toBe(755);
    expect(valueOn(seriesOf(ds, 'LinkedIn', 'engagement rate'), '2026-07-02')).toBeCloseTo(0.031496, 10);
    expect(seriesOf(ds, 'LinkedIn', 'shares').header).toBe('Reposts (total)');
    expect(seriesOf(ds, 'LinkedIn', 'likes').header).toBe('Reactions (total)');
    expect(ds.tabs[0]!.note).toContain('header on row 2');
  });

  it('linkedin_followers: "Total followers" is new followers per day, and the followers change', () => {
    const ds = load('linkedin_followers.csv', paste);
    const newFollowers = seriesOf(ds, 'LinkedIn', 'new followers');
    expect(newFollowers).toMatchObject({ kind: 'count', form: 'value', header: 'Total followers' });
    expect(sumBetween(newFollowers, '2026-07-01', '2026-10-31')).toBe(1341);
    expect(sumBetween(newFollowers, '2026-09-01', '2026-09-30')).toBe(352);
    const change = seriesOf(ds, 'LinkedIn', 'followers', 'change');
    expect(change.kind).toBe('level');
    expect(sumBetween(change, '2026-07-01', '2026-10-31')).toBe(1341);
    expect(ds.series.filter((s) => s.metric === 'followers' && s.form === 'value')).toEqual([]);
  });

  it('tiktok_follower_history: no-year dates, a level and its daily change', () => {
    const ds = load('tiktok_follower_history.csv', paste);
    const followers = seriesOf(ds, 'TikTok', 'followers');
    expect(span(followers)).toEqual(['2026-07-01', '2026-10-31', 123]);
    expect(valueOn(followers, '2026-10-31')).toBe(15127);
    const change = seriesOf(ds, 'TikTok', 'followers', 'change');
    expect(sumBetween(change, '2026-07-01', '2026-10-31')).toBe(3087);
  });

  it('tiktok_overview: every field quoted, no-year dates, engagements derived', () => {
    const ds = load('tiktok_overview.csv', paste);
    expect(sumBetween(seriesOf(ds, 'TikTok', 'video views'), '2026-09-01', '2026-09-30')).toBe(165625);
    expect(sumBetween(seriesOf(ds, 'TikTok', 'engagements'), '2026-09-01', '2026-09-30')).toBe(13373);
    expect(seriesOf(ds, 'TikTok', 'profile visits').header).toBe('Profile Views');
  });

  it('x_account_overview: newest first, "Sat, Oct 31, 2026", "3,642", New follows − Unfollows', () => {
    const ds = load('x_account_overview.csv', paste);
    const impressions = seriesOf(ds, 'X', 'impressions');
    expect(span(impressions)).toEqual(['2026-07-01', '2026-10-31', 123]);
    expect(sumBetween(impressions, '2026-10-01', '2026-10-31')).toBe(79222);
    expect(valueOn(impressions, '2026-10-31')).toBe(3642);
    const change = seriesOf(ds, 'X', 'followers', 'change');
    expect(sumBetween(change, '2026-07-01', '2026-10-31')).toBe(767);
    expect(change.header).toMatch(/New follows − Unfollows/);
    // Reposts, not X's link/DM Shares, are the shares.
    expect(seriesOf(ds, 'X', 'shares').header).toBe('Reposts');
    expect(sumBetween(seriesOf(ds, 'X', 'shares'), '2026-07-01', '2026-10-31')).toBe(533);
    expect(seriesOf(ds, 'X', 'comments').header).toBe('Replies');
  });

  it('youtube_table_data: Total row first, CTR in percent units, Subscribers as daily change', () => {
    const ds = load('youtube_table_data.csv', paste);
    const views = seriesOf(ds, 'YouTube', 'video views');
    expect(sumBetween(views, '2026-01-01', '2026-12-31')).toBe(19029); // = the Total row
    expect(sumBetween(views, '2026-08-01', '2026-08-31')).toBe(4859);
    const subscribers = seriesOf(ds, 'YouTube', 'subscribers', 'change');
    expect(subscribers.kind).toBe('level');
    expect(sumBetween(subscribers, '2026-08-01', '2026-08-31')).toBe(89);
    expect(valueOn(seriesOf(ds, 'YouTube', 'click-through rate'), '2026-07-01')).toBeCloseTo(0.0379, 10);
    expect(ds.issues).toEqual([
      { tab: 'youtube_table_data', row: 2, column: 'A (Date)', reason: 'a total row, not data' },
    ]);
  });
});

describe.each(pastes('is_IS'))('manual_tracking_is.csv in an Icelandic workbook, %s', (_, paste) => {
  it('reads two platforms from the Platform column, "8.480", "3,3%" and d.m.yyyy', () => {
    const ds = load('manual_tracking_is.csv', paste, IS);
    expect(ds.tabs[0]).toMatchObject({ used: true, platforms: ['Facebook', 'LinkedIn'], dataRows: 36 });
    const facebook = seriesOf(ds, 'Facebook', 'followers');
    expect(span(facebook)).toEqual(['2026-07-01', '2026-10-28', 18]);
    expect(valueOn(facebook, '2026-07-01')).toBe(8480);
    expect(valueOn(facebook, '2026-10-28')).toBe(9337);
    expect(sumBetween(seriesOf(ds, 'LinkedIn', 'reach'), '2026-07-01', '2026-10-31')).toBe(361475);
    expect(valueOn(seriesOf(ds, 'Facebook', 'engagement rate'), '2026-07-01')).toBeCloseTo(0.033, 10);
    expect(valueOn(seriesOf(ds, 'LinkedIn', 'engagement rate'), '2026-10-28')).toBeCloseTo(0.048, 10);
    // Notes follow the spreadsheet's language.
    expect(ds.tabs[0]!.note).toContain('fyrirsagnir í línu 1');
    expect(ds.issues).toEqual([]);
  });
});

describe('samples across locales and time zones', () => {
  it('reads a US export pasted as text into an Icelandic workbook ("3,642" stays 3642)', () => {
    const ds = importOne('X', splitText('x_account_overview.csv'), IS);
    expect(valueOn(seriesOf(ds, 'X', 'impressions'), '2026-10-31')).toBe(3642);
    // m/d/yyyy in a day-first locale: 10/31/2026 settles the column as month-first.
    const li = importOne('LinkedIn', splitText('linkedin_followers.csv'), IS);
    expect(valueOn(seriesOf(li, 'LinkedIn', 'new followers'), '2026-07-02')).toBe(9);
    expect(span(seriesOf(li, 'LinkedIn', 'new followers'))).toEqual(['2026-07-01', '2026-10-31', 123]);
  });

  it('reads Sheets dates in a New York spreadsheet as the day written', () => {
    const ny = { locale: 'en_US', timeZone: 'America/New_York' };
    const grid = splitTyped('linkedin_followers.csv', { locale: 'en_US', offsetMinutes: -240 });
    const ds = importTabs([{ name: 'LinkedIn followers', values: grid }], ny, { today: TODAY });
    expect(span(seriesOf(ds, 'LinkedIn', 'new followers'))).toEqual(['2026-07-01', '2026-10-31', 123]);
    expect(valueOn(seriesOf(ds, 'LinkedIn', 'new followers'), '2026-07-01')).toBe(13);
  });

  it('imports every sample together, one summary per tab, latest day across all', () => {
    const tabs = SAMPLE_FILES.map((file) => ({ name: file.replace('.csv', ''), values: splitText(file) }));
    const ds = importTabs(tabs, EN, { today: TODAY });
    expect(ds.tabs.map((t) => t.tab)).toEqual(tabs.map((t) => t.name));
    expect(ds.tabs.every((t) => t.used)).toBe(true);
    // The Icelandic sheet in an English workbook still reads: its own "3,3%" and "8.480" settle the marks.
    const manual = ds.series.filter((s) => s.tab === 'manual_tracking_is' && s.platform === 'Facebook');
    const followers = manual.find((s) => s.metric === 'followers')!;
    expect(valueOn(followers, '2026-07-01')).toBe(8480);
    expect(valueOn(manual.find((s) => s.metric === 'engagement rate')!, '2026-07-01')).toBeCloseTo(0.033, 10);
    expect(ds.latestDay).toBe(dayFromYmd(2026, 10, 31));
  });
});
