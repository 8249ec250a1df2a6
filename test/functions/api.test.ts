import { describe, expect, it } from 'vitest';
import { metricFunctions, metricParams } from '../../src/core/functions';
import { customFunctions } from '../../src/registry/customFunctions';
import * as server from '../../src/server/customFunctions';

const PUBLIC_API = [
  'ENGAGEMENT_RATE(engagements, base, [mode])',
  'DAILY_ENGAGEMENT_RATE(engagements, followers, [days])',
  'CONVERSION_RATE(conversions, clicks, [mode])',
  'CLICK_THROUGH_RATE(clicks, impressions, [mode])',
  'BOUNCE_RATE(bounces, sessions, [mode])',
  'SOCIAL_CONVERSION_RATE(social_conversions, total_conversions, [mode])',
  'AUDIENCE_GROWTH_RATE(new_followers, audience, [mode])',
  'AMPLIFICATION_RATE(shares, followers, [mode])',
  'VIRALITY_RATE(shares, impressions, [mode])',
  'APPLAUSE_RATE(likes, followers, [mode])',
  'SHARE_OF_VOICE(brand_mentions, competitor_mentions)',
  'NET_SENTIMENT(positive, negative, [neutral])',
  'COST_PER(cost, results, [mode])',
  'ROI(value, cost, [mode])',
  'RESPONSE_RATE(replied, received, [mode])',
  'GOAL_PROGRESS(baseline, current, target)',
  'EXPECTED_PROGRESS(start, deadline, as_of)',
  'REQUIRED_GROWTH_RATE(baseline, target, periods)',
];

const signatureOf = (name: string, params: readonly { name: string; optional?: boolean }[]) =>
  `${name}(${params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ')})`;

describe('the public API', () => {
  it('the registry lists exactly the agreed names and parameter order', () => {
    expect(customFunctions.map((entry) => signatureOf(entry.name, entry.params))).toEqual(PUBLIC_API);
  });

  it('the core takes the parameters the registry documents', () => {
    expect(Object.keys(metricFunctions).sort()).toEqual(customFunctions.map((e) => e.name).sort());
    for (const entry of customFunctions)
      expect(signatureOf(entry.name, metricParams[entry.name])).toBe(signatureOf(entry.name, entry.params));
  });

  it('the server exports one function per registry entry', () => {
    expect(Object.keys(server).sort()).toEqual(customFunctions.map((e) => e.name).sort());
  });

  it('every entry documents each parameter, what it returns, and an example', () => {
    for (const entry of customFunctions) {
      expect(entry.returns.length, entry.name).toBeGreaterThan(10);
      expect(entry.examples.length, entry.name).toBeGreaterThan(0);
      for (const example of entry.examples) expect(example.formula.startsWith(`=${entry.name}(`)).toBe(true);
      // A "|" would break the FUNCTIONS.md tables.
      expect(JSON.stringify(entry)).not.toContain('|');
    }
  });
});

describe('the server wrapper', () => {
  it('reads the spreadsheet locale and time zone once per call', () => {
    let reads = 0;
    const spreadsheet = {
      getSpreadsheetLocale: () => {
        reads++;
        return 'is_IS';
      },
      getSpreadsheetTimeZone: () => {
        reads++;
        return 'Atlantic/Reykjavik';
      },
    };
    const previous = (globalThis as Record<string, unknown>).SpreadsheetApp;
    (globalThis as Record<string, unknown>).SpreadsheetApp = { getActiveSpreadsheet: () => spreadsheet };
    try {
      expect(server.CONVERSION_RATE([['1.234,5'], ['2,5']], [['12.345'], ['10']])).toEqual([[0.1], [0.25]]);
      expect(reads).toBe(2);
      expect(server.EXPECTED_PROGRESS('1.7.2026', '30.9.2026', '15.8.2026')).toBe(0.5);
      expect(reads).toBe(4);
    } finally {
      (globalThis as Record<string, unknown>).SpreadsheetApp = previous;
    }
  });
});
