import type { SheetSettings } from '../../src/core/cells';
import { type MetricFunctionName, metricFunctions } from '../../src/core/functions';

export const EN: SheetSettings = { locale: 'en_US', timeZone: 'Atlantic/Reykjavik' };
export const IS: SheetSettings = { locale: 'is_IS', timeZone: 'Atlantic/Reykjavik' };

/** Calls a custom function's core as Sheets would, in an en_US spreadsheet unless told otherwise. */
export function call(name: MetricFunctionName, ...args: unknown[]) {
  return metricFunctions[name](EN, ...args);
}

export function callIn(settings: SheetSettings, name: MetricFunctionName, ...args: unknown[]) {
  return metricFunctions[name](settings, ...args);
}

/** A column range as Sheets passes it: [[a], [b], …]. */
export const column = (...values: unknown[]) => values.map((value) => [value]);
