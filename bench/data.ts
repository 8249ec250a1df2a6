import { dayFromYmd, isoFromDay } from '../src/core/days';
import type { DayNumber } from '../src/core/model';

/**
 * The benchmark's spreadsheet: one tab of per-post rows for four networks (a scheduler's export), and
 * ten goals on it. Values come from a seeded generator, so every run reads the same data.
 */

export const PLATFORMS = ['LinkedIn', 'X', 'Instagram', 'TikTok'] as const;

/** The export's columns after Date and Network, in order. */
export const METRIC_HEADERS = [
  'Impressions',
  'Reach',
  'Engagements',
  'Likes',
  'Comments',
  'Shares',
  'Link clicks',
  'Video views',
] as const;
type MetricHeader = (typeof METRIC_HEADERS)[number];

export interface BenchGoal {
  readonly goal: string;
  readonly platform: (typeof PLATFORMS)[number] | 'All';
  readonly metric: string;
  readonly target: string;
  /** The export column a count goal sums, for the naive reader; null for the rate goal. */
  readonly column: MetricHeader | null;
}

export const GOALS: readonly BenchGoal[] = [
  {
    goal: 'LinkedIn impressions',
    platform: 'LinkedIn',
    metric: 'impressions',
    target: '9000000',
    column: 'Impressions',
  },
  { goal: 'X likes', platform: 'X', metric: 'likes', target: '400000', column: 'Likes' },
  { goal: 'Instagram reach', platform: 'Instagram', metric: 'reach', target: '6000000', column: 'Reach' },
  {
    goal: 'TikTok video views',
    platform: 'TikTok',
    metric: 'video views',
    target: '9000000',
    column: 'Video views',
  },
  {
    goal: 'Engagements everywhere',
    platform: 'All',
    metric: 'engagements',
    target: '900000',
    column: 'Engagements',
  },
  {
    goal: 'LinkedIn engagement rate',
    platform: 'LinkedIn',
    metric: 'engagement rate',
    target: '6%',
    column: null,
  },
  { goal: 'X link clicks', platform: 'X', metric: 'clicks', target: '90000', column: 'Link clicks' },
  {
    goal: 'Instagram comments',
    platform: 'Instagram',
    metric: 'comments',
    target: '40000',
    column: 'Comments',
  },
  { goal: 'TikTok shares', platform: 'TikTok', metric: 'shares', target: '30000', column: 'Shares' },
  {
    goal: 'Impressions everywhere',
    platform: 'All',
    metric: 'impressions',
    target: '30000000',
    column: 'Impressions',
  },
];

/** The data's last day, the build day (two days later) and the goals' window around them. */
export const LAST_DAY = dayFromYmd(2026, 10, 31);
export const TODAY = LAST_DAY + 2;
export const GOAL_START = dayFromYmd(2026, 7, 1);
export const GOAL_DEADLINE = dayFromYmd(2026, 12, 31);
/** Rows spread over 22 months, so a large export has many posts a day. */
const FIRST_DAY = dayFromYmd(2025, 1, 1);

export function goalsCsv(): string {
  const lines = ['Goal,Platform,Metric,Baseline,Target,Start,Deadline'];
  for (const g of GOALS)
    lines.push(
      [
        g.goal,
        g.platform,
        g.metric,
        g.column ? '0' : '',
        g.target,
        isoFromDay(GOAL_START),
        isoFromDay(GOAL_DEADLINE),
      ].join(','),
    );
  return lines.join('\n');
}

/** mulberry32: a small seeded generator. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface PostRow {
  readonly day: DayNumber;
  readonly platform: (typeof PLATFORMS)[number];
  readonly values: readonly number[];
}

/** `count` posts in date order, round-robin over the networks. */
export function postRows(count: number): PostRow[] {
  const next = random(42);
  const span = LAST_DAY - FIRST_DAY + 1;
  const rows: PostRow[] = [];
  for (let i = 0; i < count; i++) {
    const impressions = 200 + Math.floor(next() * 5000);
    const reach = Math.floor(impressions * (0.5 + next() * 0.4));
    const likes = Math.floor(reach * next() * 0.05);
    const comments = Math.floor(likes * next() * 0.2);
    const shares = Math.floor(likes * next() * 0.1);
    rows.push({
      day: FIRST_DAY + Math.floor((i * span) / count),
      platform: PLATFORMS[i % PLATFORMS.length]!,
      values: [
        impressions,
        reach,
        likes + comments + shares,
        likes,
        comments,
        shares,
        Math.floor(reach * next() * 0.02),
        Math.floor(impressions * next() * 0.6),
      ],
    });
  }
  return rows;
}

export const POSTS_HEADER = ['Date', 'Network', ...METRIC_HEADERS];

/** The export as CSV text, numbers grouped with commas as the networks write them. */
export function postsCsv(rows: readonly PostRow[]): string {
  const grouped = (n: number) => (n >= 1000 ? `"${n.toLocaleString('en-US')}"` : String(n));
  const lines = [POSTS_HEADER.join(',')];
  for (const row of rows)
    lines.push([isoFromDay(row.day), row.platform, ...row.values.map(grouped)].join(','));
  return lines.join('\n');
}
