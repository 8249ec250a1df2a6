import type { MetricKind } from '../model';

/**
 * The canonical metrics, the headers each is exported under, and the platforms. One table each so that a
 * new export format is a new synonym here, not a new branch in the importer. Headers are matched after
 * normalizeHeader() (lower case, single spaces, no surrounding quotes); "(organic)", "(sponsored)" and
 * "(total)" variants are stripped by the importer before matching, so "Impressions (total)" needs no entry.
 */

export interface RatioParts {
  readonly numerator: string;
  readonly denominator: string;
}

export interface MetricDefinition {
  /** Canonical name, as goals write it in the Metric column. */
  readonly name: string;
  /** level: a value at a date (sum makes no sense); count: summed over days; ratio: sum ÷ sum. */
  readonly kind: MetricKind;
  /**
   * For a ratio: numerator ÷ denominator pairs in order of preference; the first pair with data for the
   * goal's platform is used (engagement rate by reach, else by impressions; GA4's by sessions).
   */
  readonly ratioOf?: readonly RatioParts[];
  /** Normalized headers holding the metric itself. */
  readonly synonyms: readonly string[];
  /** Normalized headers holding the daily change of a level metric. */
  readonly changeSynonyms?: readonly string[];
}

export const METRICS: readonly MetricDefinition[] = [
  {
    name: 'followers',
    kind: 'level',
    synonyms: [
      'followers',
      'follower count',
      'followers count',
      'audience',
      'fans',
      'page followers',
      'fylgjendur',
    ],
    changeSynonyms: [
      'difference in followers from previous day',
      'net followers',
      'net new followers',
      'net follower growth',
      'follower growth',
      'breyting á fylgjendum',
    ],
  },
  {
    name: 'new followers',
    kind: 'count',
    synonyms: [
      'new followers',
      'new follows',
      'follows',
      'followers gained',
      'gained followers',
      'nýir fylgjendur',
    ],
  },
  { name: 'unfollows', kind: 'count', synonyms: ['unfollows', 'lost followers', 'followers lost'] },
  {
    name: 'impressions',
    kind: 'count',
    synonyms: ['impressions', 'post impressions', 'page impressions', 'birtingar'],
  },
  {
    name: 'reach',
    kind: 'count',
    synonyms: [
      'reach',
      'unique impressions',
      'accounts reached',
      'post reach',
      'page reach',
      'náð',
      'dreifing',
    ],
  },
  {
    name: 'engagements',
    kind: 'count',
    synonyms: [
      'engagements',
      'engagement',
      'total engagements',
      'interactions',
      'content interactions',
      'post engagements',
      'reactions, comments and shares',
      'samskipti',
      'þátttaka',
    ],
  },
  {
    name: 'engagement rate',
    kind: 'ratio',
    ratioOf: [
      { numerator: 'engagements', denominator: 'reach' },
      { numerator: 'engagements', denominator: 'impressions' },
      // GA4's "Engagement rate" is engaged sessions ÷ sessions.
      { numerator: 'engaged sessions', denominator: 'sessions' },
    ],
    synonyms: ['engagement rate', 'engagement rate (%)', 'er', 'þátttökuhlutfall', 'virknihlutfall'],
  },
  { name: 'likes', kind: 'count', synonyms: ['likes', 'reactions', 'post likes', 'læk', 'lækanir'] },
  { name: 'comments', kind: 'count', synonyms: ['comments', 'replies', 'athugasemdir'] },
  // X exports both Reposts and Shares (link and DM shares): reposts are what marketers mean, so they come first.
  { name: 'shares', kind: 'count', synonyms: ['reposts', 'retweets', 'shares', 'deilingar'] },
  { name: 'saves', kind: 'count', synonyms: ['saves', 'saved', 'bookmarks', 'vistanir'] },
  {
    name: 'clicks',
    kind: 'count',
    synonyms: ['clicks', 'link clicks', 'url clicks', 'total clicks', 'clicks on links', 'smellir'],
  },
  {
    name: 'click-through rate',
    kind: 'ratio',
    ratioOf: [{ numerator: 'clicks', denominator: 'impressions' }],
    synonyms: [
      'click-through rate',
      'click through rate',
      'ctr',
      'click through rate (ctr)',
      'click-through rate (ctr)',
      'impressions click-through rate (%)',
      'link click-through rate',
      'smellihlutfall',
    ],
  },
  {
    name: 'video views',
    kind: 'count',
    synonyms: ['video views', 'views', 'video plays', 'plays', 'áhorf'],
  },
  {
    name: 'profile visits',
    kind: 'count',
    synonyms: ['profile visits', 'profile views', 'heimsóknir á prófíl'],
  },
  { name: 'sessions', kind: 'count', synonyms: ['sessions', 'visits', 'lotur', 'heimsóknir'] },
  { name: 'engaged sessions', kind: 'count', synonyms: ['engaged sessions', 'virkar lotur'] },
  {
    name: 'conversions',
    kind: 'count',
    synonyms: ['conversions', 'key events', 'umbreytingar', 'lykilatburðir'],
  },
  {
    name: 'conversion rate',
    kind: 'ratio',
    ratioOf: [
      { numerator: 'conversions', denominator: 'clicks' },
      { numerator: 'conversions', denominator: 'sessions' },
    ],
    synonyms: [
      'conversion rate',
      'session key event rate',
      'key event rate',
      'session conversion rate',
      'umbreytingarhlutfall',
    ],
  },
  { name: 'leads', kind: 'count', synonyms: ['leads', 'lead form submissions', 'leads submitted'] },
  {
    name: 'sign-ups',
    kind: 'count',
    synonyms: ['sign-ups', 'signups', 'sign ups', 'registrations', 'email sign-ups', 'skráningar'],
  },
  { name: 'mentions', kind: 'count', synonyms: ['mentions', 'brand mentions', 'tilvísanir'] },
  { name: 'bounces', kind: 'count', synonyms: ['bounces'] },
  {
    name: 'bounce rate',
    kind: 'ratio',
    ratioOf: [{ numerator: 'bounces', denominator: 'sessions' }],
    synonyms: ['bounce rate', 'hopphlutfall'],
  },
  {
    name: 'subscribers',
    kind: 'level',
    synonyms: ['subscribers', 'total subscribers', 'subscriber count', 'áskrifendur'],
    changeSynonyms: ['net subscribers', 'subscriber change', 'subscribers net change'],
  },
  {
    name: 'watch time',
    kind: 'count',
    synonyms: ['watch time', 'watch time (hours)', 'watch time (minutes)', 'total play time', 'áhorfstími'],
  },
  { name: 'revenue', kind: 'count', synonyms: ['revenue', 'total revenue', 'purchase revenue', 'tekjur'] },
  {
    name: 'applicants',
    kind: 'count',
    synonyms: ['applicants', 'applications', 'job applicants', 'umsækjendur'],
  },
];

/**
 * Headers that mean something else in one platform's export than in general: LinkedIn's follower export
 * counts NEW followers per day under "Total followers", and YouTube Studio's "Subscribers" column is the
 * net number gained that day. The importer derives the level's change series from these.
 */
export const PLATFORM_HEADERS: readonly {
  readonly platform: string;
  readonly header: string;
  readonly metric: string;
  readonly form: 'value' | 'change';
}[] = [
  { platform: 'LinkedIn', header: 'total followers', metric: 'new followers', form: 'value' },
  { platform: 'LinkedIn', header: 'organic followers', metric: 'new followers', form: 'value' },
  { platform: 'LinkedIn', header: 'sponsored followers', metric: 'new followers', form: 'value' },
  { platform: 'YouTube', header: 'subscribers', metric: 'subscribers', form: 'change' },
];

export interface PlatformDefinition {
  readonly name: string;
  /** Lower-cased names a tab, a Platform cell or a Hootsuite header may use. */
  readonly aliases: readonly string[];
}

export const PLATFORMS: readonly PlatformDefinition[] = [
  { name: 'LinkedIn', aliases: ['linkedin', 'linked in'] },
  { name: 'X', aliases: ['x', 'twitter', 'x (twitter)', 'x/twitter', 'x.com'] },
  { name: 'TikTok', aliases: ['tiktok', 'tik tok'] },
  { name: 'Instagram', aliases: ['instagram', 'ig', 'insta'] },
  { name: 'Facebook', aliases: ['facebook', 'fb', 'meta'] },
  { name: 'YouTube', aliases: ['youtube', 'yt', 'you tube'] },
  {
    name: 'GA4',
    aliases: [
      'ga4',
      'ga',
      'google analytics',
      'google analytics 4',
      'website',
      'web',
      'site',
      'vefur',
      'vefsíða',
    ],
  },
  { name: 'Threads', aliases: ['threads'] },
  { name: 'Pinterest', aliases: ['pinterest'] },
  { name: 'Bluesky', aliases: ['bluesky', 'bsky'] },
  { name: 'Snapchat', aliases: ['snapchat', 'snap'] },
  { name: 'Reddit', aliases: ['reddit'] },
  { name: 'Mastodon', aliases: ['mastodon'] },
  { name: 'Email', aliases: ['email', 'e-mail', 'newsletter', 'mailchimp', 'fréttabréf'] },
];

/** Lower case, one space between words, no quotes or byte-order mark around: the form synonyms are written in. */
export function normalizeHeader(text: string): string {
  return text
    .replace(/^\ufeff/, '')
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** "Impressions (total)" → { base: "impressions", variant: "total" }; also "Organic followers", "Paid reach". */
const VARIANT = /^(?:(organic|sponsored|paid|total)\s+(.+)|(.+?)\s*\((organic|sponsored|paid|total)\))$/;

export type Variant = 'organic' | 'sponsored' | 'paid' | 'total' | null;

export function splitVariant(normalized: string): { base: string; variant: Variant } {
  const m = VARIANT.exec(normalized);
  if (!m) return { base: normalized, variant: null };
  return m[1] ? { base: m[2]!, variant: m[1] as Variant } : { base: m[3]!, variant: m[4] as Variant };
}

interface SynonymTarget {
  readonly metric: MetricDefinition;
  readonly form: 'value' | 'change';
  /** Position in the metric's synonym list: when two columns name one metric, the earlier synonym wins. */
  readonly rank: number;
}

const BY_SYNONYM = new Map<string, SynonymTarget>();
for (const metric of METRICS) {
  metric.synonyms.forEach((s, rank) => {
    if (!BY_SYNONYM.has(s)) BY_SYNONYM.set(s, { metric, form: 'value', rank });
  });
  if (!BY_SYNONYM.has(metric.name)) BY_SYNONYM.set(metric.name, { metric, form: 'value', rank: 0 });
  metric.changeSynonyms?.forEach((s, rank) => {
    if (!BY_SYNONYM.has(s)) BY_SYNONYM.set(s, { metric, form: 'change', rank });
  });
}
const BY_NAME = new Map(METRICS.map((m) => [m.name, m]));

/** A header or synonym (any case, variants allowed) → the canonical metric and whether it is a change series. */
export function lookupSynonym(header: string): SynonymTarget | undefined {
  const normalized = normalizeHeader(header);
  return BY_SYNONYM.get(normalized) ?? BY_SYNONYM.get(splitVariant(normalized).base);
}

/** The canonical metric for a name or any header synonym ("Impressions (total)", "Key events"), else undefined. */
export function findMetric(nameOrSynonym: string): MetricDefinition | undefined {
  return lookupSynonym(nameOrSynonym)?.metric;
}

export function metricByName(name: string): MetricDefinition | undefined {
  return BY_NAME.get(name);
}

const PLATFORM_BY_ALIAS = new Map<string, string>();
for (const p of PLATFORMS) {
  PLATFORM_BY_ALIAS.set(p.name.toLowerCase(), p.name);
  for (const alias of p.aliases) PLATFORM_BY_ALIAS.set(alias, p.name);
}

/** The canonical platform whose name or alias is exactly this text ("twitter" → "X"). */
export function platformNamed(text: string): string | undefined {
  return PLATFORM_BY_ALIAS.get(normalizeHeader(text));
}

/**
 * The canonical platform a text names: the whole text ("Twitter", "Website"), else a word in it ("LinkedIn
 * followers", "TikTok - overview", "Social network - Facebook"); the first platform word wins.
 */
export function findPlatform(text: string): string | undefined {
  const normalized = normalizeHeader(text);
  const whole = PLATFORM_BY_ALIAS.get(normalized);
  if (whole) return whole;
  const words = normalized.split(/[^\p{L}\p{N}.]+/u).filter((w) => w !== '');
  for (let i = 0; i < words.length; i++) {
    const pair = i + 1 < words.length ? PLATFORM_BY_ALIAS.get(`${words[i]} ${words[i + 1]}`) : undefined;
    const found = pair ?? PLATFORM_BY_ALIAS.get(words[i]!);
    if (found) return found;
  }
  return undefined;
}
