import type { SheetSettings } from '../cells';
import { type FunctionResult, finite, sum } from './engine';
import { checkArguments, isBlankNumber, type ParamSpec, readContext, readRange } from './read';
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
  checkArguments(FN, DAILY_PARAMS, args);
  const context = readContext(settings);
  const read = (param: string, arg: unknown) =>
    readRange(FN, toRange(FN, param, arg), 'count', context).filter((value) => !isBlankNumber(value));
  const engagements = read('engagements', args[0]);
  const followers = read('followers', args[1]);
  singleCell(FN, 'days', args[2]); // refuses a range before its cells are read
  const [days = engagements.length] = read('days', args[2]);
  const averageFollowers = followers.length ? sum(followers) / followers.length : 0;
  if (!engagements.length || !averageFollowers || !days) return '';
  return finite(FN, sum(engagements) / (days * averageFollowers));
}
