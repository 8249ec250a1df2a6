import {
  findPlatform,
  lookupSynonym,
  metricByName,
  normalizeHeader,
  PLATFORM_HEADERS,
  platformNamed,
  splitVariant,
} from '../metrics/catalogue';
import type { MetricKind } from '../model';

/**
 * What each header of a pasted table means: the date column, a Platform column, a metric column, or
 * something to leave alone (IDs, links, durations). Data tables first, the little logic after.
 */

/** Headers of the date column, best first: "Date" beats "Publish time" unless Date holds no dates ("Lifetime"). */
const DATE_HEADERS = [
  'date',
  'day',
  'dagsetning',
  'dags.',
  'dagur',
  'datum',
  'fecha',
  'date (gmt)',
  'date (utc)',
  'created date',
  'post date',
  'publish time',
  'video publish time',
  'published',
  'date time',
  'datetime',
  'time',
];
const DATE_HEADER_RANK = new Map(DATE_HEADERS.map((h, i) => [h, i]));
/** "Date (Europe/London)": a date header with any qualifier in brackets. */
const DATE_PREFIX = /^(?:date|dagsetning|day)\s*\(/;

const PLATFORM_COLUMN_HEADERS = new Set([
  'platform',
  'network',
  'social network',
  'social media',
  'channel',
  'miðill',
  'samfélagsmiðill',
  'vettvangur',
]);

/** Numeric columns that are not metrics: IDs, durations of single posts, calendar parts. */
const IGNORED_HEADER =
  /(?:^|\s)ids?$|^duration\b|^(?:year|month|week|hour|weekday|day of week|ár|mánuður|vika)$/;

/** Words in the first cell of a summary row: not data, reported as skipped. */
export const TOTAL_ROW_WORDS = new Set([
  'total',
  'totals',
  'grand total',
  'lifetime',
  'sum',
  'summary',
  'all',
  'samtals',
  'alls',
  'heild',
  'summa',
  'gesamt',
]);

/**
 * Known exports recognised by their headers, for a tab whose name names no platform. Every header of an
 * entry must be present (normalized).
 */
export const SIGNATURES: readonly { readonly platform: string; readonly headers: readonly string[] }[] = [
  { platform: 'LinkedIn', headers: ['sponsored followers', 'organic followers'] },
  { platform: 'LinkedIn', headers: ['impressions (organic)', 'impressions (sponsored)'] },
  { platform: 'LinkedIn', headers: ['post title', 'post link', 'created date'] },
  { platform: 'X', headers: ['new follows', 'unfollows'] },
  { platform: 'X', headers: ['tweet id'] },
  { platform: 'X', headers: ['post id', 'post text', 'url clicks'] },
  { platform: 'TikTok', headers: ['difference in followers from previous day'] },
  { platform: 'TikTok', headers: ['video views', 'profile views'] },
  { platform: 'Instagram', headers: ['account username'] },
  { platform: 'Facebook', headers: ['page id'] },
  { platform: 'Facebook', headers: ['reactions, comments and shares'] },
  { platform: 'YouTube', headers: ['watch time (hours)'] },
  { platform: 'YouTube', headers: ['impressions click-through rate (%)'] },
  { platform: 'YouTube', headers: ['video publish time'] },
  { platform: 'GA4', headers: ['engaged sessions'] },
  { platform: 'GA4', headers: ['key events'] },
  { platform: 'GA4', headers: ['session key event rate'] },
];

/** Canonical metrics whose values can have decimals; every other count or level is a whole number. */
const FRACTIONAL_METRICS = new Set(['watch time', 'revenue']);

/** Lower number wins when two columns give one metric: "Impressions (total)" over the bare, organic, sponsored ones. */
const VARIANT_RANK: Record<string, number> = { total: 0, none: 1, organic: 2, paid: 3, sponsored: 3 };

export interface MetricColumn {
  readonly index: number;
  /** The header as written (trimmed), for messages and Series.header. */
  readonly header: string;
  readonly metric: string;
  readonly kind: MetricKind;
  readonly form: 'value' | 'change';
  /** In the catalogue (or a platform's own header): its numbers are checked (no negative counts). */
  readonly known: boolean;
  /** Variant then synonym rank: the lowest wins among columns for one metric. */
  readonly preference: number;
  /** The header says "%": plain numbers are percent units (5.23 → 0.0523). */
  readonly percent: boolean;
  /** Whole numbers only: "3,642" and "8.480" are thousands in any locale. */
  readonly whole: boolean;
  /** Platform named in the header (Hootsuite's "Followers > Social network - Facebook"). */
  readonly platform: string | undefined;
  /** Also a daily change of this level metric (LinkedIn's new followers are its followers' change). */
  readonly alsoChangeOf: string | undefined;
}

function isDateHeader(normalized: string): boolean {
  return DATE_HEADER_RANK.has(normalized) || DATE_PREFIX.test(normalized);
}

/** Rank of a date header (lower is better), or -1 when it is not one. */
export function dateHeaderRank(normalized: string): number {
  return DATE_HEADER_RANK.get(normalized) ?? (DATE_PREFIX.test(normalized) ? DATE_HEADERS.length : -1);
}

export function isPlatformHeader(normalized: string): boolean {
  return PLATFORM_COLUMN_HEADERS.has(normalized);
}

export function isIgnoredHeader(normalized: string): boolean {
  return IGNORED_HEADER.test(normalized);
}

/**
 * "Followers > Social network - Facebook", "Followers (LinkedIn)" or "Instagram followers" → the metric
 * part and the platform. A leading platform word counts only before a known metric ("Web sessions").
 */
function splitHeaderPlatform(normalized: string): { rest: string; platform: string | undefined } {
  const arrow = normalized.indexOf(' > ');
  if (arrow > 0) {
    const platform = findPlatform(normalized.slice(arrow + 3));
    if (platform) return { rest: normalized.slice(0, arrow), platform };
  }
  const paren = /^(.+?)\s*\(([^)]+)\)$/.exec(normalized);
  if (paren) {
    const platform = platformNamed(paren[2]!);
    if (platform) return { rest: paren[1]!, platform };
  }
  const space = normalized.indexOf(' ');
  if (space > 0 && !lookupSynonym(normalized)) {
    const platform = platformNamed(normalized.slice(0, space));
    const rest = normalized.slice(space + 1);
    if (platform && lookupSynonym(rest)) return { rest, platform };
  }
  return { rest: normalized, platform: undefined };
}

const PLATFORM_HEADER_INDEX = new Map(PLATFORM_HEADERS.map((p) => [`${p.platform}|${p.header}`, p]));

/**
 * A header as a metric column. `tabPlatform` is the platform the whole tab belongs to (its name or its
 * export signature), which decides LinkedIn's and YouTube's own readings of "Total followers" and
 * "Subscribers". Unknown headers become count metrics named as written.
 */
export function metricColumn(index: number, header: string, tabPlatform: string | undefined): MetricColumn {
  const written = header.replace(/^\ufeff/, '').trim();
  const { rest, platform } = splitHeaderPlatform(normalizeHeader(written));
  const { variant } = splitVariant(rest);
  const variantRank = VARIANT_RANK[variant ?? 'none']!;
  const percent = rest.includes('%');
  const special = PLATFORM_HEADER_INDEX.get(`${platform ?? tabPlatform}|${rest}`);
  if (special) {
    const definition = metricByName(special.metric)!;
    return {
      index,
      header: written,
      metric: definition.name,
      kind: definition.kind,
      form: special.form,
      known: true,
      preference: variantRank * 1000,
      percent,
      whole: true,
      platform,
      alsoChangeOf: special.metric === 'new followers' && variant === 'total' ? 'followers' : undefined,
    };
  }
  const target = lookupSynonym(rest);
  if (target) {
    return {
      index,
      header: written,
      metric: target.metric.name,
      kind: target.metric.kind,
      form: target.form,
      known: true,
      preference: variantRank * 1000 + target.rank,
      percent,
      whole: target.metric.kind !== 'ratio' && !FRACTIONAL_METRICS.has(target.metric.name),
      platform,
      alsoChangeOf: undefined,
    };
  }
  return {
    index,
    header: written,
    metric: written,
    kind: 'count',
    form: 'value',
    known: false,
    preference: variantRank * 1000,
    percent,
    whole: false,
    platform,
    alsoChangeOf: undefined,
  };
}

/** The platform a known export's headers give away, if any. */
export function signaturePlatform(normalizedHeaders: ReadonlySet<string>): string | undefined {
  return SIGNATURES.find((s) => s.headers.every((h) => normalizedHeaders.has(h)))?.platform;
}

/** How strongly a row looks like a header: date headers and known metric headers count. */
export function headerScore(cells: readonly string[]): { date: boolean; metrics: number } {
  let date = false;
  let metrics = 0;
  for (const cell of cells) {
    if (cell === '') continue;
    const normalized = normalizeHeader(cell);
    if (isDateHeader(normalized)) date = true;
    else if (lookupSynonym(splitHeaderPlatform(normalized).rest)) metrics++;
  }
  return { date, metrics };
}
