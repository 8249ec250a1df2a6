import type { SheetSettings } from '../cells';
import { DAILY_PARAMS, dailyEngagementRate } from './daily';
import { METRICS } from './definitions';
import { type FunctionResult, paramsOf, runMetric } from './engine';
import type { ParamSpec } from './read';

export type { FunctionResult } from './engine';

export type MetricFunctionName = keyof typeof METRICS | 'DAILY_ENGAGEMENT_RATE';

/** A custom function's pure core: the spreadsheet's settings, then the arguments as Sheets passes them. */
export type MetricFunction = (settings: SheetSettings, ...args: unknown[]) => FunctionResult;

/** Every custom function by the name marketers type; src/server/customFunctions.ts adds the settings. */
export const metricFunctions = {
  ...Object.fromEntries(
    Object.entries(METRICS).map(([name, definition]): [string, MetricFunction] => [
      name,
      (settings, ...args) => runMetric(name, definition, settings, args),
    ]),
  ),
  DAILY_ENGAGEMENT_RATE: dailyEngagementRate,
} as Record<MetricFunctionName, MetricFunction>;

/** Each function's parameters in order, for the check against src/registry. */
export const metricParams = {
  ...Object.fromEntries(Object.entries(METRICS).map(([name, definition]) => [name, paramsOf(definition)])),
  DAILY_ENGAGEMENT_RATE: DAILY_PARAMS,
} as Record<MetricFunctionName, readonly ParamSpec[]>;
