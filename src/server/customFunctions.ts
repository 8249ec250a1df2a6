import { type MetricFunctionName, metricFunctions } from '../core/functions';
import { spreadsheetSettings } from './sheetIo';

/**
 * The custom functions as Apps Script calls them. The only service calls read the spreadsheet's
 * locale and time zone, once per call: they decide how text numbers and dates are read.
 */
const withSettings =
  (name: MetricFunctionName) =>
  (...args: unknown[]) =>
    metricFunctions[name](spreadsheetSettings(SpreadsheetApp.getActiveSpreadsheet()), ...args);

export const ENGAGEMENT_RATE = withSettings('ENGAGEMENT_RATE');
export const DAILY_ENGAGEMENT_RATE = withSettings('DAILY_ENGAGEMENT_RATE');
export const CONVERSION_RATE = withSettings('CONVERSION_RATE');
export const CLICK_THROUGH_RATE = withSettings('CLICK_THROUGH_RATE');
export const BOUNCE_RATE = withSettings('BOUNCE_RATE');
export const SOCIAL_CONVERSION_RATE = withSettings('SOCIAL_CONVERSION_RATE');
export const AUDIENCE_GROWTH_RATE = withSettings('AUDIENCE_GROWTH_RATE');
export const AMPLIFICATION_RATE = withSettings('AMPLIFICATION_RATE');
export const VIRALITY_RATE = withSettings('VIRALITY_RATE');
export const APPLAUSE_RATE = withSettings('APPLAUSE_RATE');
export const SHARE_OF_VOICE = withSettings('SHARE_OF_VOICE');
export const NET_SENTIMENT = withSettings('NET_SENTIMENT');
export const COST_PER = withSettings('COST_PER');
export const ROI = withSettings('ROI');
export const RESPONSE_RATE = withSettings('RESPONSE_RATE');
export const GOAL_PROGRESS = withSettings('GOAL_PROGRESS');
export const EXPECTED_PROGRESS = withSettings('EXPECTED_PROGRESS');
export const REQUIRED_GROWTH_RATE = withSettings('REQUIRED_GROWTH_RATE');
