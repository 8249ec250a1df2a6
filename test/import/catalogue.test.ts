import { describe, expect, it } from 'vitest';
import {
  findMetric,
  findPlatform,
  METRICS,
  metricByName,
  normalizeHeader,
  PLATFORM_HEADERS,
  PLATFORMS,
} from '../../src/core/metrics/catalogue';

describe('METRICS', () => {
  it('names each metric once and gives every synonym one meaning', () => {
    const names = METRICS.map((m) => m.name);
    expect(new Set(names).size).toBe(names.length);
    const seen = new Map<string, string>();
    for (const m of METRICS) {
      for (const s of [...m.synonyms, ...(m.changeSynonyms ?? [])]) {
        expect(s, `${s} is normalized`).toBe(normalizeHeader(s));
        expect(seen.get(s) ?? m.name, `${s} belongs to ${seen.get(s)} and ${m.name}`).toBe(m.name);
        seen.set(s, m.name);
      }
    }
  });

  it('defines ratios from metrics in the catalogue, and only ratios', () => {
    for (const m of METRICS) {
      expect(m.ratioOf !== undefined, m.name).toBe(m.kind === 'ratio');
      for (const part of m.ratioOf ?? []) {
        expect(metricByName(part.numerator)?.kind, part.numerator).toBe('count');
        expect(metricByName(part.denominator)?.kind, part.denominator).toBe('count');
      }
      if (m.changeSynonyms) expect(m.kind, m.name).toBe('level');
    }
    expect(metricByName('engagement rate')!.ratioOf!.slice(0, 2)).toEqual([
      { numerator: 'engagements', denominator: 'reach' },
      { numerator: 'engagements', denominator: 'impressions' },
    ]);
  });

  it('covers the metrics the Goals tab documents, with the kinds the issue gives', () => {
    const kinds: Record<string, string> = {
      followers: 'level',
      subscribers: 'level',
      'new followers': 'count',
      impressions: 'count',
      reach: 'count',
      engagements: 'count',
      likes: 'count',
      comments: 'count',
      shares: 'count',
      clicks: 'count',
      'video views': 'count',
      'profile visits': 'count',
      sessions: 'count',
      conversions: 'count',
      leads: 'count',
      'sign-ups': 'count',
      mentions: 'count',
      applicants: 'count',
      'engagement rate': 'ratio',
      'click-through rate': 'ratio',
      'conversion rate': 'ratio',
      'bounce rate': 'ratio',
    };
    for (const [name, kind] of Object.entries(kinds)) expect(metricByName(name)?.kind, name).toBe(kind);
  });

  it('maps platform-specific headers to catalogue metrics', () => {
    for (const p of PLATFORM_HEADERS) {
      expect(metricByName(p.metric), p.metric).toBeDefined();
      expect(PLATFORMS.map((x) => x.name)).toContain(p.platform);
    }
  });
});

describe('findMetric', () => {
  it.each([
    ['followers', 'followers'],
    ['Impressions (total)', 'impressions'],
    ['Impressions (organic)', 'impressions'],
    ['  Video Views ', 'video views'],
    ['Reposts (total)', 'shares'],
    ['Shares', 'shares'],
    ['Retweets', 'shares'],
    ['New follows', 'new followers'],
    ['Key events', 'conversions'],
    ['Conversions', 'conversions'],
    ['Difference in followers from previous day', 'followers'],
    ['Total followers', 'followers'],
    ['Subscribers', 'subscribers'],
    ['Birtingar', 'impressions'],
    ['Smellir', 'clicks'],
    ['Fylgjendur', 'followers'],
    ['CTR', 'click-through rate'],
    ['Impressions click-through rate (%)', 'click-through rate'],
    ['Session key event rate', 'conversion rate'],
    ['"Reactions, Comments and Shares"', 'engagements'],
    ['SIGN-UPS', 'sign-ups'],
  ])('%j → %s', (text, name) => {
    expect(findMetric(text)?.name).toBe(name);
  });

  it('returns undefined for anything else', () => {
    expect(findMetric('Post title')).toBeUndefined();
    expect(findMetric('')).toBeUndefined();
    expect(findMetric('Average view duration')).toBeUndefined();
  });
});

describe('findPlatform', () => {
  it.each([
    ['LinkedIn', 'LinkedIn'],
    ['linkedin followers', 'LinkedIn'],
    ['Twitter', 'X'],
    ['X', 'X'],
    ['X (Twitter) overview', 'X'],
    ['TikTok - Overview', 'TikTok'],
    ['IG', 'Instagram'],
    ['Meta', 'Facebook'],
    ['Social network - Facebook', 'Facebook'],
    ['YouTube Studio', 'YouTube'],
    ['Website', 'GA4'],
    ['Google Analytics', 'GA4'],
    ['ga4_traffic_daily', 'GA4'],
    ['Threads', 'Threads'],
    ['Pinterest pins', 'Pinterest'],
  ])('%j → %s', (text, name) => {
    expect(findPlatform(text)).toBe(name);
  });

  it('finds nothing in a name without a platform', () => {
    expect(findPlatform('Sheet1')).toBeUndefined();
    expect(findPlatform('Goals')).toBeUndefined();
    expect(findPlatform('Sextant')).toBeUndefined();
  });
});
