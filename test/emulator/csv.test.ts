import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEmulator, parseCsv, pasteCsv } from '../../emulator';

const samples = join(import.meta.dirname, '..', '..', '..', 'shared', 'samples');

describe('parseCsv', () => {
  it('handles quotes, doubled quotes, line breaks in quotes, \\r\\n and a byte-order mark', () => {
    const text = '\uFEFFName,"Note, with comma"\r\n"Say ""hi""","line 1\nline 2"\r\nlast,\r\n';
    expect(parseCsv(text)).toEqual([
      ['Name', 'Note, with comma'],
      ['Say "hi"', 'line 1\nline 2'],
      ['last', ''],
    ]);
  });

  it('takes the delimiter from an Excel "sep=" line, else detects it from the first line', () => {
    expect(parseCsv('sep=;\na;b,c\n1;2')).toEqual([
      ['a', 'b,c'],
      ['1', '2'],
    ]);
    expect(parseCsv('Date;Platform;Reach\n1.7.2026;Facebook;24.577')).toEqual([
      ['Date', 'Platform', 'Reach'],
      ['1.7.2026', 'Facebook', '24.577'],
    ]);
    expect(parseCsv('a\tb\n1\t2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});

describe('pasteCsv', () => {
  it('without splitting puts each line, quotes and all, in column A as text', () => {
    const emulator = createEmulator();
    const sheet = emulator.sheet('Sheet1');
    const range = pasteCsv(sheet, '\uFEFF"Date","Video Views"\r\n"July 1","4050"\r\n', { split: false });
    expect(range.getA1Notation()).toBe('A1:A2');
    expect(sheet.getDataRange().getValues()).toEqual([['"Date","Video Views"'], ['"July 1","4050"']]);
    expect(emulator.calls.total).toBe(3); // getA1Notation, getDataRange, getValues: pasting is the user’s act
  });

  it('when splitting reads numbers and dates in the spreadsheet locale and keeps the rest as text', () => {
    const emulator = createEmulator({ locale: 'en_US', timeZone: 'UTC' });
    const sheet = emulator.sheet('Sheet1');
    pasteCsv(
      sheet,
      'Date,Impressions,Rate,Note\n7/1/2026,"3,642",4.78%,=cmd|x\n"Sat, Oct 31, 2026",12,,Total',
      {
        split: true,
      },
    );
    expect(sheet.getDataRange().getValues()).toEqual([
      ['Date', 'Impressions', 'Rate', 'Note'],
      [new Date(Date.UTC(2026, 6, 1)), 3642, 0.0478, '=cmd|x'],
      ['Sat, Oct 31, 2026', 12, '', 'Total'],
    ]);
    expect(sheet.getRange('D2').getFormula()).toBe('');
  });

  it('grows the sheet to fit a long export', () => {
    const emulator = createEmulator();
    const sheet = emulator.sheet('Sheet1');
    const lines = ['Date,Views', ...Array.from({ length: 1500 }, (_, i) => `2026-07-01,${i}`)];
    pasteCsv(sheet, lines.join('\n'), { split: true });
    expect(sheet.getLastRow()).toBe(1501);
    expect(sheet.getMaxRows()).toBe(1501);
    expect(sheet.getRange('B1501').getValue()).toBe(1499);
  });

  it('reads the Icelandic hand-kept sample in an is_IS spreadsheet', () => {
    const emulator = createEmulator({ locale: 'is_IS', timeZone: 'Atlantic/Reykjavik' });
    const sheet = emulator.sheet('Sheet1');
    pasteCsv(sheet, readFileSync(join(samples, 'manual_tracking_is.csv'), 'utf8'), { split: true });
    const [header, first] = sheet.getRange('A1:G2').getValues();
    expect(header).toEqual([
      'Date',
      'Platform',
      'Followers',
      'Reach',
      'Engagements',
      'Link clicks',
      'Engagement rate',
    ]);
    expect(first!.slice(0, 6)).toEqual([new Date(Date.UTC(2026, 6, 1)), 'Facebook', 8480, 24577, 803, 56]);
    expect(first![6]).toBeCloseTo(0.033, 10);
  });

  it('reads the Instagram sample (byte-order mark, quoted text) into typed cells', () => {
    const emulator = createEmulator({ locale: 'en_US' });
    const sheet = emulator.sheet('Sheet1');
    pasteCsv(sheet, readFileSync(join(samples, 'instagram_posts.csv'), 'utf8'), { split: true });
    const [header, first] = sheet.getRange('A1:R2').getValues();
    expect(header![0]).toBe('Post ID');
    expect(first![0]).toBe(179000000);
    expect(first![4]).toBe('Post 1 — new collection');
    expect(first![10]).toBe('Lifetime');
  });
});
