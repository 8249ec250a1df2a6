import { describe, expect, it } from 'vitest';
import type { CellValue, Grid, SheetSettings } from '../../src/core/cells';
import { readGoalsTab } from '../../src/core/goals/goalsTab';
import { GOAL_ERROR_MESSAGES, GOALS_COLUMNS } from '../../src/core/goals/schema';
import * as is from '../../src/core/i18n/is';
import { buildProgressReport } from '../../src/core/progress';
import { dataset, day, series } from './build';

/**
 * An Icelandic spreadsheet's Progress tab speaks Icelandic in every cell, the Note column too: the
 * Goals-tab problems and the notes on derived numbers are written in the spreadsheet's language, with
 * its d.m.yyyy dates and 1.234,5 numbers. Expected texts are written out by hand here.
 */

const IS: SheetSettings = { locale: 'is_IS', timeZone: 'Atlantic/Reykjavik' };
const US: SheetSettings = { locale: 'en_US', timeZone: 'UTC' };

function goalsGrid(...rows: Partial<Record<string, CellValue>>[]): Grid {
  const defaults = {
    Goal: 'Fleiri fylgjendur',
    Category: 'Brand awareness',
    Platform: 'LinkedIn',
    Metric: 'followers',
    Target: 2000,
    Start: '1.7.2026',
    Deadline: '31.12.2026',
    Pace: 'Linear',
  };
  return [[...GOALS_COLUMNS], ...rows.map((r) => GOALS_COLUMNS.map((h) => ({ ...defaults, ...r })[h] ?? ''))];
}

describe('the Goals tab in an Icelandic spreadsheet', () => {
  it('names the row and column of each problem in Icelandic', () => {
    const grid = goalsGrid(
      { Target: '' },
      { Deadline: '1.6.2026' },
      { Target: 'fimm þúsund', Start: 'bráðum', Pace: 'hratt' },
      { Baseline: '2e15' },
    );
    expect(readGoalsTab(grid, IS).rows.map((r) => r.error)).toEqual([
      'Goals, lína 2, dálkur F (Target): Target vantar',
      'Goals, lína 3, dálkur H (Deadline): Lokadagur (Deadline) verður að vera á eftir upphafsdegi (Start)',
      'Goals, lína 4, dálkur F (Target): „fimm þúsund“ er ekki tala; dálkur G (Start): „bráðum“ er ekki dagsetning; dálkur I (Pace): „hratt“ er ekki hraði (Linear eða Compound)',
      'Goals, lína 5, dálkur E (Baseline): Baseline verður að liggja á milli -1.000.000.000.000.000 og 1.000.000.000.000.000',
    ]);
  });

  it('says in Icelandic which column the header row lacks, and when there is no header row', () => {
    const noStart: Grid = [
      ['Goal', 'Platform', 'Metric', 'Target', 'Deadline'],
      ['Læk', 'X', 'likes', 100, '1.9.2026'],
    ];
    expect(readGoalsTab(noStart, IS).rows[0]!.error).toBe(
      'Goals, lína 2, enginn Start-dálkur í fyrirsagnalínunni: Start vantar',
    );
    expect(readGoalsTab([['Markmið', 'Miðill']], IS).problem).toBe(
      'Flipinn Goals: engin fyrirsagnalína með dálkunum Goal, Metric, Target í fyrstu 10 línunum',
    );
  });

  it('gives every schema error code an Icelandic text with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(is.goalErrors).sort()).toEqual(Object.keys(GOAL_ERROR_MESSAGES).sort());
    for (const [code, text] of Object.entries(GOAL_ERROR_MESSAGES))
      expect(placeholders(is.goalErrors[code as keyof typeof GOAL_ERROR_MESSAGES]), code).toEqual(
        placeholders(text),
      );
  });

  it('stays English in an English spreadsheet', () => {
    expect(readGoalsTab(goalsGrid({ Target: 'abc', Start: '2026-07-01' }), US).rows[0]!.error).toBe(
      'Goals row 2, column F (Target): "abc" is not a number',
    );
  });
});

describe('the notes of an Icelandic Progress tab', () => {
  const OPTIONS = { today: day('2026-08-01'), builtAt: 0, language: 'is' } as const;
  const followers = series('LinkedIn', 'followers', 'level', [
    ['2026-06-20', 1234.5],
    ['2026-07-02', 1300],
    ['2026-07-30', 1500],
  ]);

  const notes = (grid: Grid) =>
    buildProgressReport(readGoalsTab(grid, IS), dataset(followers), OPTIONS).goals.map((g) => g.message);

  it('write dates d.m.yyyy and numbers 1.234,5', () => {
    expect(notes(goalsGrid({ Baseline: '' }))).toEqual([
      'Upphafsgildi 1.234,5: staðan 20.6.2026, síðasta gildi á eða fyrir upphafsdag.',
    ]);
    expect(notes(goalsGrid({ Baseline: 1000, Start: '1.12.2026', Deadline: '31.12.2026' }))).toEqual([
      'Hefst 1.12.2026, á eftir nýjustu gögnunum (30.7.2026).',
    ]);
  });

  it('name the Goals cell of an invalid goal and read a percent target in Icelandic', () => {
    expect(
      notes(
        goalsGrid(
          { Metric: 'folowers' },
          { Platform: 'Instagram', Metric: 'engagement rate', Target: '5,5' },
        ),
      ),
    ).toEqual([
      'Goals, lína 2, dálkur D (Metric): „folowers“ er hvorki þekktur mælikvarði né dálkur í gögnunum sem voru límd inn.',
      'Markgildið 5,5 lesið sem 5,5%. Engin gögn um engagement rate fyrir Instagram í flipunum.',
    ]);
  });

  it('are English when no language is given', () => {
    const report = buildProgressReport(readGoalsTab(goalsGrid({ Baseline: '' }), IS), dataset(followers), {
      today: OPTIONS.today,
      builtAt: 0,
    });
    expect(report.goals[0]!.message).toBe(
      'Baseline 1,234.5: the level on 2026-06-20, the last value on or before Start.',
    );
  });
});

describe('the Icelandic catalogue', () => {
  it('calls a sheet row "lína" everywhere, as the Progress tab\'s Row column and the sidebar do', () => {
    const texts = [
      ...Object.values(is.server),
      ...Object.values(is.sidebar),
      ...Object.values(is.goalErrors),
    ];
    expect(texts.filter((text) => /(?<!\p{L})(röð|röðum|raðir|röðunum|röðin)(?!\p{L})/u.test(text))).toEqual(
      [],
    );
  });
});
