import type { CustomFunctionEntry, ParamDoc } from './types';

/**
 * The formulas marketers type. Names and parameter order are the public API: never reorder.
 * Parameter names match src/core/functions; examples are worked by hand from
 * ../shared/reference/metrics.md and checked in test/functions.
 */

const MODE: ParamDoc = {
  name: 'mode',
  description:
    '"rows" (default): a result per row. "average": the mean of the row results, skipping blank or zero bases. "total": the sum of numerators ÷ the sum of bases.',
  optional: true,
};

const RATE_RETURNS =
  'Fractions (0.042 = 4.2%), one per cell; blank where an input is blank or the base is 0. One value with mode "average" or "total".';

export const customFunctions = [
  {
    kind: 'customFunction',
    name: 'ENGAGEMENT_RATE',
    description:
      'Engagement rate: engagements ÷ base. Divide by reach for ERR, by followers for ER by post, or by impressions or video views.',
    params: [
      { name: 'engagements', description: 'Engagements (likes, comments, shares…): a cell or a range.' },
      {
        name: 'base',
        description: 'Reach, followers, impressions or views: a cell, or a range shaped like engagements.',
      },
      MODE,
    ],
    returns: RATE_RETURNS,
    examples: [
      { formula: '=ENGAGEMENT_RATE(120, 4000)', result: '0.03 (3%)' },
      {
        formula: '=ENGAGEMENT_RATE(B2:B4, C2:C4, "average")',
        result: 'with engagements 120, 90, 30 and reach 4000, 3000, 3000: the mean of 3%, 3% and 1%, 0.0233',
      },
      {
        formula: '=ENGAGEMENT_RATE(B2:B4, C2:C4, "total")',
        result: 'same cells: 240 ÷ 10,000 = 0.024',
      },
    ],
  },
  {
    kind: 'customFunction',
    name: 'DAILY_ENGAGEMENT_RATE',
    description:
      'Average daily engagement rate: total engagements ÷ (days × followers), a ratio of totals over the period.',
    params: [
      {
        name: 'engagements',
        description: "Engagements: the period's total in one cell, or a range of daily values.",
      },
      {
        name: 'followers',
        description: 'Followers: one number, or a range of daily counts whose average is used.',
      },
      {
        name: 'days',
        description: 'Days in the period. Default: how many engagement cells are filled in.',
        optional: true,
      },
    ],
    returns: 'One fraction; blank when there are no engagements or no followers.',
    examples: [
      { formula: '=DAILY_ENGAGEMENT_RATE(900, 2000, 7)', result: '900 ÷ (7 × 2000) = 0.0643 (6.4%)' },
      {
        formula: '=DAILY_ENGAGEMENT_RATE(B2:B31, 5000)',
        result: '30 filled days totalling 4,500 engagements: 4500 ÷ (30 × 5000) = 0.03',
      },
    ],
  },
  {
    kind: 'customFunction',
    name: 'CONVERSION_RATE',
    description: 'Conversion rate: conversions ÷ clicks (or ÷ visitors of the landing page).',
    params: [
      { name: 'conversions', description: 'Conversions (sign-ups, purchases, leads): a cell or a range.' },
      { name: 'clicks', description: 'Clicks or landing-page visitors: a cell or a range.' },
      MODE,
    ],
    returns: RATE_RETURNS,
    examples: [{ formula: '=CONVERSION_RATE(45, 1500)', result: '0.03 (3%)' }],
  },
  {
    kind: 'customFunction',
    name: 'CLICK_THROUGH_RATE',
    description: 'Click-through rate: clicks ÷ impressions.',
    params: [
      { name: 'clicks', description: 'Link clicks: a cell or a range.' },
      { name: 'impressions', description: 'Impressions: a cell or a range.' },
      MODE,
    ],
    returns: RATE_RETURNS,
    examples: [{ formula: '=CLICK_THROUGH_RATE(180, 12000)', result: '0.015 (1.5%)' }],
  },
  {
    kind: 'customFunction',
    name: 'BOUNCE_RATE',
    description: 'Bounce rate: single-page sessions (bounces) ÷ sessions.',
    params: [
      { name: 'bounces', description: 'Single-page sessions: a cell or a range.' },
      { name: 'sessions', description: 'All sessions: a cell or a range.' },
      MODE,
    ],
    returns: RATE_RETURNS,
    examples: [{ formula: '=BOUNCE_RATE(420, 1200)', result: '0.35 (35%)' }],
  },
  {
    kind: 'customFunction',
    name: 'SOCIAL_CONVERSION_RATE',
    description: 'Social media conversion rate: conversions from social ÷ all conversions.',
    params: [
      {
        name: 'social_conversions',
        description: 'Conversions that came from social media: a cell or a range.',
      },
      { name: 'total_conversions', description: 'All conversions: a cell or a range.' },
      MODE,
    ],
    returns: RATE_RETURNS,
    examples: [{ formula: '=SOCIAL_CONVERSION_RATE(30, 120)', result: '0.25 (25%)' }],
  },
  {
    kind: 'customFunction',
    name: 'AUDIENCE_GROWTH_RATE',
    description: 'Audience growth rate: net new followers ÷ total audience. Negative when more people left.',
    params: [
      { name: 'new_followers', description: 'Net new followers (may be negative): a cell or a range.' },
      { name: 'audience', description: 'Total audience (followers): a cell or a range.' },
      MODE,
    ],
    returns: RATE_RETURNS,
    examples: [
      { formula: '=AUDIENCE_GROWTH_RATE(250, 10000)', result: '0.025 (2.5%)' },
      { formula: '=AUDIENCE_GROWTH_RATE(-40, 8000)', result: '-0.005 (−0.5%)' },
    ],
  },
  {
    kind: 'customFunction',
    name: 'AMPLIFICATION_RATE',
    description: 'Amplification rate: shares ÷ followers.',
    params: [
      { name: 'shares', description: 'Shares (reposts, retweets): a cell or a range.' },
      { name: 'followers', description: 'Followers: a cell or a range.' },
      MODE,
    ],
    returns: RATE_RETURNS,
    examples: [{ formula: '=AMPLIFICATION_RATE(24, 6000)', result: '0.004 (0.4%)' }],
  },
  {
    kind: 'customFunction',
    name: 'VIRALITY_RATE',
    description: 'Virality rate: shares ÷ impressions.',
    params: [
      { name: 'shares', description: 'Shares (reposts, retweets): a cell or a range.' },
      { name: 'impressions', description: 'Impressions: a cell or a range.' },
      MODE,
    ],
    returns: RATE_RETURNS,
    examples: [{ formula: '=VIRALITY_RATE(24, 3000)', result: '0.008 (0.8%)' }],
  },
  {
    kind: 'customFunction',
    name: 'APPLAUSE_RATE',
    description: 'Applause rate: likes ÷ followers.',
    params: [
      { name: 'likes', description: 'Likes (reactions, favourites): a cell or a range.' },
      { name: 'followers', description: 'Followers: a cell or a range.' },
      MODE,
    ],
    returns: RATE_RETURNS,
    examples: [{ formula: '=APPLAUSE_RATE(150, 6000)', result: '0.025 (2.5%)' }],
  },
  {
    kind: 'customFunction',
    name: 'SHARE_OF_VOICE',
    description:
      "Share of voice: your mentions ÷ (your mentions + competitors' mentions). Competitors may fill several columns; each row's are added up.",
    params: [
      { name: 'brand_mentions', description: 'Mentions of your brand: a cell or a column.' },
      {
        name: 'competitor_mentions',
        description: 'Mentions of competitors: one column per competitor, a row per period.',
      },
    ],
    returns: 'Fractions, one per row; blank where your mentions are blank or nobody was mentioned.',
    examples: [
      {
        formula: '=SHARE_OF_VOICE(B2, C2:E2)',
        result: 'B2 = 40, competitors 30, 20, 10: 40 ÷ 100 = 0.4 (40%)',
      },
    ],
  },
  {
    kind: 'customFunction',
    name: 'NET_SENTIMENT',
    description:
      'Net sentiment: (positive − negative) ÷ (positive + negative + neutral). Leave neutral out for the Talkwalker form.',
    params: [
      { name: 'positive', description: 'Positive mentions: a cell or a range.' },
      { name: 'negative', description: 'Negative mentions: a cell or a range.' },
      { name: 'neutral', description: 'Neutral mentions. Default: 0.', optional: true },
    ],
    returns: 'Fractions from −1 to 1, one per row.',
    examples: [
      { formula: '=NET_SENTIMENT(60, 20)', result: '40 ÷ 80 = 0.5' },
      { formula: '=NET_SENTIMENT(60, 20, 20)', result: '40 ÷ 100 = 0.4' },
    ],
  },
  {
    kind: 'customFunction',
    name: 'COST_PER',
    description:
      'Cost per result: cost ÷ results (clicks, leads, conversions). Multiply by 1000 for cost per 1,000 impressions.',
    params: [
      { name: 'cost', description: 'Amount spent (not negative): a cell or a range.' },
      { name: 'results', description: 'Clicks, leads, conversions or impressions: a cell or a range.' },
      MODE,
    ],
    returns:
      'Amounts per result, one per cell, blank where there are no results; one value with mode "average" or "total".',
    examples: [
      { formula: '=COST_PER(500, 250)', result: '2 (per click)' },
      { formula: '=COST_PER(300, 120000) * 1000', result: '2.5 (per 1,000 impressions)' },
    ],
  },
  {
    kind: 'customFunction',
    name: 'ROI',
    description: 'Return on investment: (value − cost) ÷ cost.',
    params: [
      {
        name: 'value',
        description: 'Revenue or value the campaign brought (not negative): a cell or a range.',
      },
      { name: 'cost', description: 'Amount spent (not negative): a cell or a range.' },
      MODE,
    ],
    returns: RATE_RETURNS,
    examples: [{ formula: '=ROI(5000, 2000)', result: '(5000 − 2000) ÷ 2000 = 1.5 (150%)' }],
  },
  {
    kind: 'customFunction',
    name: 'RESPONSE_RATE',
    description: 'Response rate: inquiries replied to ÷ inquiries received.',
    params: [
      { name: 'replied', description: 'Inquiries replied to: a cell or a range.' },
      { name: 'received', description: 'Inquiries received: a cell or a range.' },
      MODE,
    ],
    returns: RATE_RETURNS,
    examples: [{ formula: '=RESPONSE_RATE(45, 50)', result: '0.9 (90%)' }],
  },
  {
    kind: 'customFunction',
    name: 'GOAL_PROGRESS',
    description:
      'Progress toward a goal: (current − baseline) ÷ (target − baseline). Works for decrease goals too (target below baseline).',
    params: [
      { name: 'baseline', description: 'Where the goal started: a cell or a range.' },
      { name: 'current', description: 'The value now: a cell or a range.' },
      { name: 'target', description: 'The value to reach by the deadline: a cell or a range.' },
    ],
    returns:
      'Fractions: 0 at the baseline, 1 at the target, above 1 past it; blank where target equals baseline.',
    examples: [
      { formula: '=GOAL_PROGRESS(1000, 1200, 2000)', result: '200 ÷ 1000 = 0.2 (20%)' },
      {
        formula: '=GOAL_PROGRESS(5%, 4%, 3%)',
        result: 'bounce rate cut from 5% toward 3%, now 4%: 0.5 (50%)',
      },
    ],
  },
  {
    kind: 'customFunction',
    name: 'EXPECTED_PROGRESS',
    description:
      'How far along a goal should be at a steady pace: (as_of − start + 1) ÷ (deadline − start + 1) in whole days, both ends counted, kept between 0 and 1.',
    params: [
      { name: 'start', description: 'First day of the goal: a date, date text or a range of them.' },
      { name: 'deadline', description: 'Last day of the goal: a date, date text or a range of them.' },
      { name: 'as_of', description: 'The day to measure on, e.g. the latest day with data.' },
    ],
    returns: 'Fractions from 0 to 1, one per row.',
    examples: [
      {
        formula: '=EXPECTED_PROGRESS("2026-07-01", "2026-09-30", "2026-08-15")',
        result: 'day 46 of 92: 0.5 (50%)',
      },
    ],
  },
  {
    kind: 'customFunction',
    name: 'REQUIRED_GROWTH_RATE',
    description:
      'Growth per period needed to reach a target at a compound pace: (target ÷ baseline)^(1 ÷ periods) − 1.',
    params: [
      { name: 'baseline', description: 'The value now (not negative): a cell or a range.' },
      { name: 'target', description: 'The value to reach (not negative): a cell or a range.' },
      { name: 'periods', description: 'How many periods (weeks, months) until the deadline.' },
    ],
    returns: 'Fractions per period, one per row; blank where baseline or periods is 0.',
    examples: [
      {
        formula: '=REQUIRED_GROWTH_RATE(1000, 2000, 6)',
        result: 'doubling in 6 months: 2^(1/6) − 1 = 0.1225 (12.2% a month)',
      },
    ],
  },
] as const satisfies readonly CustomFunctionEntry[];
