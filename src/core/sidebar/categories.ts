import type { GoalCategory } from '../goals/schema';

/**
 * The metrics the method names for each of the nine goals (see metrics.md), as canonical metric names,
 * most telling first. The sidebar offers these first for the chosen category. Sentiment, response time
 * and satisfaction are not in analytics exports, so reputation and service goals track what is.
 */
export const CATEGORY_METRICS: Readonly<Record<GoalCategory, readonly string[]>> = {
  'Brand awareness': ['impressions', 'reach', 'followers', 'new followers', 'mentions'],
  'Brand reputation': ['mentions', 'comments'],
  'Website traffic': ['sessions', 'clicks', 'click-through rate', 'sign-ups'],
  Engagement: ['engagement rate', 'engagements', 'likes', 'comments', 'shares', 'saves'],
  Conversions: ['conversions', 'conversion rate', 'click-through rate', 'bounce rate', 'revenue'],
  Leads: ['leads', 'sign-ups', 'conversions'],
  'Customer service': ['comments', 'mentions'],
  'Social listening': ['mentions', 'shares'],
  Recruiting: ['applicants', 'profile visits', 'clicks'],
};
