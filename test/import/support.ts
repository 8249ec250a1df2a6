import { expect } from 'vitest';
import type { Grid, SheetSettings } from '../../src/core/cells';
import { dayFromYmd, isoFromDay } from '../../src/core/days';
import { importTabs } from '../../src/core/import';
import type { Dataset, Series } from '../../src/core/model';

export const EN: SheetSettings = { locale: 'en_US', timeZone: 'Atlantic/Reykjavik' };
export const IS: SheetSettings = { locale: 'is_IS', timeZone: 'Atlantic/Reykjavik' };
/** A build day after the samples end (31 October 2026), for their no-year dates. */
export const TODAY = dayFromYmd(2026, 11, 5);

export function importOne(name: string, values: Grid, settings: SheetSettings = EN): Dataset {
  return importTabs([{ name, values }], settings, { today: TODAY });
}

/** The one series of a platform and metric (value form unless asked), failing the test if it is not unique. */
export function seriesOf(
  dataset: Dataset,
  platform: string,
  metric: string,
  form: Series['form'] = 'value',
): Series {
  const found = dataset.series.filter(
    (s) => s.platform === platform && s.metric === metric && s.form === form,
  );
  expect(found, `${platform} ${metric} (${form}) in ${dataset.series.map((s) => s.metric)}`).toHaveLength(1);
  return found[0]!;
}

/** Sum of a series' values between two ISO dates, inclusive. */
export function sumBetween(series: Series, from: string, to: string): number {
  const [a, b] = [from, to].map((iso) => {
    const [y, m, d] = iso.split('-').map(Number);
    return dayFromYmd(y!, m!, d!);
  });
  let total = 0;
  series.days.forEach((day, i) => {
    if (day >= a! && day <= b!) total += series.values[i]!;
  });
  return total;
}

export function valueOn(series: Series, iso: string): number | undefined {
  const i = series.days.findIndex((d) => isoFromDay(d) === iso);
  return i < 0 ? undefined : series.values[i];
}

export function span(series: Series): [string, string, number] {
  return [isoFromDay(series.days[0]!), isoFromDay(series.days[series.days.length - 1]!), series.days.length];
}

/** Days strictly increasing, one value per day, every value finite. */
export function expectWellFormed(dataset: Dataset): void {
  for (const s of dataset.series) {
    expect(s.days.length).toBe(s.values.length);
    for (let i = 1; i < s.days.length; i++) expect(s.days[i]!).toBeGreaterThan(s.days[i - 1]!);
    for (const v of s.values) expect(Number.isFinite(v)).toBe(true);
  }
}
