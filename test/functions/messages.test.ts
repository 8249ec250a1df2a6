import { describe, expect, it } from 'vitest';
import type { SheetSettings } from '../../src/core/cells';
import type { MetricFunctionName } from '../../src/core/functions';
import { callIn, column, IS } from './call';

const DE: SheetSettings = { locale: 'de_DE', timeZone: 'Europe/Berlin' };
const ones = (rows: number) => column(...Array.from({ length: rows }, () => 1));

/** The message of the Error a call throws in a spreadsheet with these settings. */
function messageIn(settings: SheetSettings, name: MetricFunctionName, ...args: unknown[]): string {
  try {
    callIn(settings, name, ...args);
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    return (error as Error).message;
  }
  throw new Error(`${name} did not throw`);
}

describe('custom-function errors in an Icelandic (is_IS) spreadsheet', () => {
  it('name the argument and the row in Icelandic; names of functions and arguments stay as typed', () => {
    expect(messageIn(IS, 'ENGAGEMENT_RATE', column(10, 20, 'n/a'), 100)).toBe(
      'ENGAGEMENT_RATE: engagements, lína 3: „n/a“ er ekki tala',
    );
    expect(messageIn(IS, 'ENGAGEMENT_RATE', 10, 'abc')).toBe('ENGAGEMENT_RATE: base: „abc“ er ekki tala');
    expect(
      messageIn(IS, 'SHARE_OF_VOICE', column(1, 2), [
        [1, 2, 3],
        [4, 5, '1.2.3'],
      ]),
    ).toBe('SHARE_OF_VOICE: competitor_mentions, lína 2, dálkur 3: „1.2.3“ er ekki tala');
  });

  it('show cells as an Icelandic spreadsheet does: SATT, a date, 1,5', () => {
    expect(messageIn(IS, 'CONVERSION_RATE', [[true]], 5)).toBe(
      'CONVERSION_RATE: conversions: SATT er ekki tala',
    );
    expect(messageIn(IS, 'CONVERSION_RATE', false, 5)).toBe(
      'CONVERSION_RATE: conversions: ÓSATT er ekki tala',
    );
    expect(messageIn(IS, 'CONVERSION_RATE', new Date(2026, 0, 1), 5)).toBe(
      'CONVERSION_RATE: conversions: dagsetning er ekki tala',
    );
    expect(messageIn(IS, 'ENGAGEMENT_RATE', column(4, -1.5), 10)).toBe(
      'ENGAGEMENT_RATE: engagements, lína 2: -1,5 er neikvæð tala; fjöldi getur ekki verið neikvæður',
    );
  });

  it('say why a negative count, amount or growth value is refused', () => {
    expect(messageIn(IS, 'CLICK_THROUGH_RATE', 5, '-100')).toBe(
      'CLICK_THROUGH_RATE: impressions: „-100“ er neikvæð tala; fjöldi getur ekki verið neikvæður',
    );
    expect(messageIn(IS, 'COST_PER', -5, 10)).toBe(
      'COST_PER: cost: -5 er neikvæð tala; upphæð getur ekki verið neikvæð',
    );
    expect(messageIn(IS, 'REQUIRED_GROWTH_RATE', -1, 10, 3)).toBe(
      'REQUIRED_GROWTH_RATE: baseline: -1 er neikvæð tala; hlutfallslegur vöxtur krefst gilda sem eru 0 eða hærri',
    );
  });

  it('name shapes with Icelandic plurals: 1 and 21 lína, 11 línur', () => {
    expect(messageIn(IS, 'ENGAGEMENT_RATE', ones(10), ones(9))).toBe(
      'ENGAGEMENT_RATE: engagements er 10 línur × 1 dálkur en base er 9 línur × 1 dálkur',
    );
    expect(messageIn(IS, 'ENGAGEMENT_RATE', ones(21), ones(11))).toBe(
      'ENGAGEMENT_RATE: engagements er 21 lína × 1 dálkur en base er 11 línur × 1 dálkur',
    );
    expect(messageIn(IS, 'ENGAGEMENT_RATE', [[1, 2, 3]], ones(3))).toBe(
      'ENGAGEMENT_RATE: engagements er 1 lína × 3 dálkar en base er 3 línur × 1 dálkur',
    );
    expect(
      messageIn(IS, 'SHARE_OF_VOICE', ones(2), [
        [1, 2, 3],
        [1, 2, 3],
        [1, 2, 3],
      ]),
    ).toBe(
      'SHARE_OF_VOICE: brand_mentions er 2 línur × 1 dálkur en competitor_mentions er 3 línur × 3 dálkar, lagt saman í einn dálk',
    );
    expect(messageIn(IS, 'DAILY_ENGAGEMENT_RATE', column(5, 6), 100, column(1, 2))).toBe(
      'DAILY_ENGAGEMENT_RATE: days verður að vera eitt gildi, ekki 2 línur × 1 dálkur',
    );
    expect(messageIn(IS, 'ENGAGEMENT_RATE', [[1, 2], [3]], 5)).toBe(
      'ENGAGEMENT_RATE: engagements er ekki svið af hólfum',
    );
  });

  it('show the signature as an Icelandic formula is written, with ";"', () => {
    expect(messageIn(IS, 'ENGAGEMENT_RATE', 5)).toBe(
      'ENGAGEMENT_RATE: viðfangið base vantar: ENGAGEMENT_RATE(engagements; base; [mode])',
    );
    expect(messageIn(IS, 'SHARE_OF_VOICE', 1, 2, 'total')).toBe(
      'SHARE_OF_VOICE: viðföngin eru 3 en fallið tekur mest 2: SHARE_OF_VOICE(brand_mentions; competitor_mentions)',
    );
  });

  it('keep the modes as a formula takes them', () => {
    expect(messageIn(IS, 'ENGAGEMENT_RATE', 1, 2, 'summa')).toBe(
      'ENGAGEMENT_RATE: mode „summa“ er ekki eitt af gildunum "rows", "average", "total"',
    );
  });

  it('refuse dates that cannot be read and a deadline before the start', () => {
    expect(messageIn(IS, 'EXPECTED_PROGRESS', 'bráðum', '30.9.2026', '15.8.2026')).toBe(
      'EXPECTED_PROGRESS: start: „bráðum“ er ekki dagsetning',
    );
    expect(
      messageIn(IS, 'EXPECTED_PROGRESS', column('1.7.2026', '1.10.2026'), '30.9.2026', '15.8.2026'),
    ).toBe('EXPECTED_PROGRESS: lína 2: lokadagurinn (2026-09-30) er á undan upphafsdeginum (2026-10-01)');
  });

  it('say when the numbers are too large', () => {
    expect(messageIn(IS, 'GOAL_PROGRESS', 0, 1e308, 1e-308)).toBe(
      'GOAL_PROGRESS: tölurnar eru of stórar til að hægt sé að reikna með þeim',
    );
  });
});

describe('custom-function errors in other locales', () => {
  it('are English elsewhere, with ";" and decimal commas where the spreadsheet writes them', () => {
    expect(messageIn(DE, 'ENGAGEMENT_RATE', column(10, 20, 'n/a'), 100)).toBe(
      'ENGAGEMENT_RATE: engagements, row 3: "n/a" is not a number',
    );
    expect(messageIn(DE, 'ENGAGEMENT_RATE', 5)).toBe(
      'ENGAGEMENT_RATE: base is missing: ENGAGEMENT_RATE(engagements; base; [mode])',
    );
    expect(messageIn(DE, 'COST_PER', -2.5, 10)).toBe(
      'COST_PER: cost: -2,5 is negative; an amount cannot be negative',
    );
    expect(messageIn({ locale: 'en_GB', timeZone: 'Europe/London' }, 'COST_PER', -2.5, 10)).toBe(
      'COST_PER: cost: -2.5 is negative; an amount cannot be negative',
    );
  });

  it('escape line breaks and quotes in text in both languages', () => {
    expect(messageIn(IS, 'ENGAGEMENT_RATE', 'a"b\nc', 10)).toBe(
      'ENGAGEMENT_RATE: engagements: „a\\"b\\nc“ er ekki tala',
    );
    expect(messageIn(DE, 'ENGAGEMENT_RATE', 'a"b\nc', 10)).toBe(
      'ENGAGEMENT_RATE: engagements: "a\\"b\\nc" is not a number',
    );
  });
});
