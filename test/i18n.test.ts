import { describe, expect, it } from 'vitest';
import * as en from '../src/core/i18n/en';
import * as is from '../src/core/i18n/is';
import { translate } from '../src/core/i18n/server';
import { fillPlaceholders, languageOf } from '../src/core/i18n/translate';
import { translator } from '../src/core/sidebar/messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the message catalogues', () => {
  it('give each key the same placeholders in every language', () => {
    const pairs: [Readonly<Record<string, string>>, Readonly<Record<string, string>>][] = [
      [en.server, is.server],
      [en.sidebar, is.sidebar],
    ];
    for (const [english, icelandic] of pairs)
      for (const [key, text] of Object.entries(english))
        expect(placeholders(icelandic[key]!), key).toEqual(placeholders(text));
  });

  it('keep each key in one section, so a bundle never needs the other one', () => {
    const serverKeys = new Set(Object.keys(en.server));
    expect(Object.keys(en.sidebar).filter((key) => serverKeys.has(key))).toEqual([]);
  });

  it('name twelve months for dates the browser cannot format', () => {
    expect(en.sidebar['sidebar.date.months'].split('|')).toHaveLength(12);
    expect(is.sidebar['sidebar.date.months'].split('|')).toHaveLength(12);
  });
});

describe('translating', () => {
  it('reads the language from any form of locale, English when there is no catalogue', () => {
    expect(['is', 'is_IS', 'IS-is'].map(languageOf)).toEqual(['is', 'is', 'is']);
    expect(['en_GB', 'de_DE', '', null, undefined, 'island'].map(languageOf)).toEqual(Array(6).fill('en'));
  });

  it('fills placeholders and leaves one without a value as written', () => {
    expect(fillPlaceholders('{count} goals: {statuses}', { count: 3 })).toBe('3 goals: {statuses}');
  });

  it("gives the server's and the sidebar's strings in the language asked for", () => {
    expect(translate('is', 'progress.dq.more', { count: 4 })).toBe('…og 4 til viðbótar');
    expect(translate('en', 'progress.dq.more', { count: 4 })).toBe('…and 4 more');
    const t = translator('is');
    expect(t('sidebar.goals.row', { row: 7 })).toBe('Lína 7');
    expect(t.has('metric.followers')).toBe(true);
    expect(t.has('metric.Total Reach')).toBe(false);
  });
});
