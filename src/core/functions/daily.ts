import type { SheetSettings } from '../cells';
import { type FunctionResult, finite, sum } from './engine';
import { callOf } from './messages';
import { checkArguments, isBlankNumber, type ParamSpec, readRange } from './read';
import { singleCell, toRange } from './shape';

const FN = 'DAILY_ENGAGEMENT_RATE';
export const DAILY_PARAMS: readonly ParamSpec[] = [
  { name: 'engagements' },
  { name: 'followers' },
  { name: 'days', optional: true },
];

/**
 * Average daily engagement rate = total engagements ÷ (days × followers): a ratio of totals over the
 * period, not a mean of daily rates (metrics.md). Engagements may be a range of daily values; days
 * defaults to how many of them are filled in (also when the days cell is blank). Followers may be one
 * number or a range of daily counts, whose average is used, so a growing audience is not measured
 * against one day's size. The result is always one value.
 */
export function dailyEngagementRate(settings: SheetSettings, ...args: unknown[]): FunctionResult {
  const call = callOf(FN, settings);
  checkArguments(call, DAILY_PARAMS, args);
  const read = (param: string, arg: unknown) =>
    readRange(call, toRange(call, param, arg), 'count').filter((value) => !isBlankNumber(value));
  const engagements = read('engagements', args[0]);
  const followers = read('followers', args[1]);
  singleCell(call, 'days', args[2]); // refuses a range before its cells are read
  const [days = engagements.length] = read('days', args[2]);
  const averageFollowers = followers.length ? sum(followers) / followers.length : 0;
  if (!engagements.length || !averageFollowers || !days) return '';
  return finite(call, sum(engagements) / (days * averageFollowers));
}
