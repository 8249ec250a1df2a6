import type { CustomFunctionEntry, FunctionParamDoc } from './types';

/**
 * The formulas marketers type. Names and parameter order are the public API: never reorder.
 * Parameter names match src/core/functions; examples are worked by hand from
 * ../shared/reference/metrics.md and checked in test/functions. Each entry, parameter and example also
 * says it in Icelandic (`is`), for the Icelandic Function reference; numbers there are written 0,03 and
 * 10.000, as an Icelandic spreadsheet shows them.
 */

const MODE: FunctionParamDoc = {
  name: 'mode',
  description:
    '"rows" (default): a result per row. "average": the mean of the row results, skipping blank or zero bases. "total": the sum of numerators ÷ the sum of bases.',
  optional: true,
  is: {
    description:
      '"rows" (sjálfgefið): niðurstaða fyrir hverja línu. "average": meðaltal niðurstaðna línanna, án auðra grunna og grunna sem eru 0. "total": summa teljara ÷ summa grunna.',
  },
};

const RATE_RETURNS =
  'Fractions (0.042 = 4.2%), one per cell; blank where an input is blank or the base is 0. One value with mode "average" or "total".';

export const customFunctions = [
  {
    kind: 'customFunction',
    name: 'ENGAGEMENT_RATE',
    description:
      'Engagement rate: engagements ÷ base. Divide by reach for ERR, by followers for ER by post, or by impressions or video views.',
    is: {
      description:
        'Þátttökuhlutfall: samskipti ÷ grunnur. Grunnurinn er náð (ERR), fylgjendur (þátttaka á færslu), birtingar eða áhorf.',
    },
    params: [
      {
        name: 'engagements',
        description: 'Engagements (likes, comments, shares…): a cell or a range.',
        is: { description: 'Samskipti (læk, athugasemdir, deilingar…): hólf eða svið.' },
      },
      {
        name: 'base',
        description: 'Reach, followers, impressions or views: a cell, or a range shaped like engagements.',
        is: {
          description: 'Náð, fylgjendur, birtingar eða áhorf: hólf, eða svið af sömu stærð og samskiptin.',
        },
      },
      MODE,
    ],
    returns: RATE_RETURNS,
    examples: [
      { formula: '=ENGAGEMENT_RATE(120, 4000)', result: '0.03 (3%)', is: { result: '0,03 (3%)' } },
      {
        formula: '=ENGAGEMENT_RATE(B2:B4, C2:C4, "average")',
        result: 'with engagements 120, 90, 30 and reach 4000, 3000, 3000: the mean of 3%, 3% and 1%, 0.0233',
        is: {
          result: 'samskipti 120, 90 og 30 og náð 4.000, 3.000 og 3.000: meðaltal 3%, 3% og 1%, 0,0233',
        },
      },
      {
        formula: '=ENGAGEMENT_RATE(B2:B4, C2:C4, "total")',
        result: 'same cells: 240 ÷ 10,000 = 0.024',
        is: { result: 'sömu hólf: 240 ÷ 10.000 = 0,024' },
      },
    ],
  },
  {
    kind: 'customFunction',
    name: 'DAILY_ENGAGEMENT_RATE',
    description:
      'Average daily engagement rate: total engagements ÷ (days × followers), a ratio of totals over the period.',
    is: {
      description:
        'Daglegt þátttökuhlutfall að meðaltali: samskipti alls ÷ (dagar × fylgjendur), hlutfall heildartalna tímabilsins.',
    },
    params: [
      {
        name: 'engagements',
        description: "Engagements: the period's total in one cell, or a range of daily values.",
        is: { description: 'Samskipti: heildartala tímabilsins í einu hólfi, eða svið með tölu hvers dags.' },
      },
      {
        name: 'followers',
        description: 'Followers: one number, or a range of daily counts whose average is used.',
        is: {
          description: 'Fylgjendur: ein tala, eða svið með fjölda hvers dags og þá er meðaltalið notað.',
        },
      },
      {
        name: 'days',
        description: 'Days in the period. Default: how many engagement cells are filled in.',
        optional: true,
        is: { description: 'Dagar tímabilsins. Sjálfgefið: fjöldi útfylltra hólfa með samskiptum.' },
      },
    ],
    returns: 'One fraction; blank when there are no engagements or no followers.',
    examples: [
      {
        formula: '=DAILY_ENGAGEMENT_RATE(900, 2000, 7)',
        result: '900 ÷ (7 × 2000) = 0.0643 (6.4%)',
        is: { result: '900 ÷ (7 × 2000) = 0,0643 (6,4%)' },
      },
      {
        formula: '=DAILY_ENGAGEMENT_RATE(B2:B31, 5000)',
        result: '30 filled days totalling 4,500 engagements: 4500 ÷ (30 × 5000) = 0.03',
        is: { result: '30 útfylltir dagar, samtals 4.500 samskipti: 4500 ÷ (30 × 5000) = 0,03' },
      },
    ],
  },
  {
    kind: 'customFunction',
    name: 'CONVERSION_RATE',
    description: 'Conversion rate: conversions ÷ clicks (or ÷ visitors of the landing page).',
    is: { description: 'Umbreytingarhlutfall: umbreytingar ÷ smellir (eða ÷ gestir á lendingarsíðu).' },
    params: [
      {
        name: 'conversions',
        description: 'Conversions (sign-ups, purchases, leads): a cell or a range.',
        is: { description: 'Umbreytingar (skráningar, kaup, sölutækifæri): hólf eða svið.' },
      },
      {
        name: 'clicks',
        description: 'Clicks or landing-page visitors: a cell or a range.',
        is: { description: 'Smellir eða gestir á lendingarsíðu: hólf eða svið.' },
      },
      MODE,
    ],
    returns: RATE_RETURNS,
    examples: [{ formula: '=CONVERSION_RATE(45, 1500)', result: '0.03 (3%)', is: { result: '0,03 (3%)' } }],
  },
  {
    kind: 'customFunction',
    name: 'CLICK_THROUGH_RATE',
    description: 'Click-through rate: clicks ÷ impressions.',
    is: { description: 'Smellihlutfall (CTR): smellir ÷ birtingar.' },
    params: [
      {
        name: 'clicks',
        description: 'Link clicks: a cell or a range.',
        is: { description: 'Smellir á hlekk: hólf eða svið.' },
      },
      {
        name: 'impressions',
        description: 'Impressions: a cell or a range.',
        is: { description: 'Birtingar: hólf eða svið.' },
      },
      MODE,
    ],
    returns: RATE_RETURNS,
    examples: [
      { formula: '=CLICK_THROUGH_RATE(180, 12000)', result: '0.015 (1.5%)', is: { result: '0,015 (1,5%)' } },
    ],
  },
  {
    kind: 'customFunction',
    name: 'BOUNCE_RATE',
    description: 'Bounce rate: single-page sessions (bounces) ÷ sessions.',
    is: { description: 'Hopphlutfall: lotur sem skoða aðeins eina síðu (hopp) ÷ allar lotur.' },
    params: [
      {
        name: 'bounces',
        description: 'Single-page sessions: a cell or a range.',
        is: { description: 'Lotur sem skoða aðeins eina síðu: hólf eða svið.' },
      },
      {
        name: 'sessions',
        description: 'All sessions: a cell or a range.',
        is: { description: 'Allar lotur: hólf eða svið.' },
      },
      MODE,
    ],
    returns: RATE_RETURNS,
    examples: [{ formula: '=BOUNCE_RATE(420, 1200)', result: '0.35 (35%)', is: { result: '0,35 (35%)' } }],
  },
  {
    kind: 'customFunction',
    name: 'SOCIAL_CONVERSION_RATE',
    description: 'Social media conversion rate: conversions from social ÷ all conversions.',
    is: {
      description:
        'Umbreytingarhlutfall samfélagsmiðla: umbreytingar frá samfélagsmiðlum ÷ allar umbreytingar.',
    },
    params: [
      {
        name: 'social_conversions',
        description: 'Conversions that came from social media: a cell or a range.',
        is: { description: 'Umbreytingar sem komu frá samfélagsmiðlum: hólf eða svið.' },
      },
      {
        name: 'total_conversions',
        description: 'All conversions: a cell or a range.',
        is: { description: 'Allar umbreytingar: hólf eða svið.' },
      },
      MODE,
    ],
    returns: RATE_RETURNS,
    examples: [
      { formula: '=SOCIAL_CONVERSION_RATE(30, 120)', result: '0.25 (25%)', is: { result: '0,25 (25%)' } },
    ],
  },
  {
    kind: 'customFunction',
    name: 'AUDIENCE_GROWTH_RATE',
    description: 'Audience growth rate: net new followers ÷ total audience. Negative when more people left.',
    is: {
      description:
        'Vaxtarhlutfall fylgjenda: nettófjölgun fylgjenda ÷ heildarfjöldi fylgjenda. Neikvætt þegar fleiri hættu að fylgja en bættust við.',
    },
    params: [
      {
        name: 'new_followers',
        description: 'Net new followers (may be negative): a cell or a range.',
        is: { description: 'Nettófjölgun fylgjenda (má vera neikvæð): hólf eða svið.' },
      },
      {
        name: 'audience',
        description: 'Total audience (followers): a cell or a range.',
        is: { description: 'Heildarfjöldi fylgjenda: hólf eða svið.' },
      },
      MODE,
    ],
    returns: RATE_RETURNS,
    examples: [
      {
        formula: '=AUDIENCE_GROWTH_RATE(250, 10000)',
        result: '0.025 (2.5%)',
        is: { result: '0,025 (2,5%)' },
      },
      {
        formula: '=AUDIENCE_GROWTH_RATE(-40, 8000)',
        result: '-0.005 (−0.5%)',
        is: { result: '-0,005 (−0,5%)' },
      },
    ],
  },
  {
    kind: 'customFunction',
    name: 'AMPLIFICATION_RATE',
    description: 'Amplification rate: shares ÷ followers.',
    is: { description: 'Mögnunarhlutfall (amplification rate): deilingar ÷ fylgjendur.' },
    params: [
      {
        name: 'shares',
        description: 'Shares (reposts, retweets): a cell or a range.',
        is: { description: 'Deilingar (endurbirtingar, endurtíst): hólf eða svið.' },
      },
      {
        name: 'followers',
        description: 'Followers: a cell or a range.',
        is: { description: 'Fylgjendur: hólf eða svið.' },
      },
      MODE,
    ],
    returns: RATE_RETURNS,
    examples: [
      { formula: '=AMPLIFICATION_RATE(24, 6000)', result: '0.004 (0.4%)', is: { result: '0,004 (0,4%)' } },
    ],
  },
  {
    kind: 'customFunction',
    name: 'VIRALITY_RATE',
    description: 'Virality rate: shares ÷ impressions.',
    is: { description: 'Dreifingarhlutfall (virality rate): deilingar ÷ birtingar.' },
    params: [
      {
        name: 'shares',
        description: 'Shares (reposts, retweets): a cell or a range.',
        is: { description: 'Deilingar (endurbirtingar, endurtíst): hólf eða svið.' },
      },
      {
        name: 'impressions',
        description: 'Impressions: a cell or a range.',
        is: { description: 'Birtingar: hólf eða svið.' },
      },
      MODE,
    ],
    returns: RATE_RETURNS,
    examples: [
      { formula: '=VIRALITY_RATE(24, 3000)', result: '0.008 (0.8%)', is: { result: '0,008 (0,8%)' } },
    ],
  },
  {
    kind: 'customFunction',
    name: 'APPLAUSE_RATE',
    description: 'Applause rate: likes ÷ followers.',
    is: { description: 'Lófatakshlutfall (applause rate): læk ÷ fylgjendur.' },
    params: [
      {
        name: 'likes',
        description: 'Likes (reactions, favourites): a cell or a range.',
        is: { description: 'Læk (og önnur viðbrögð, hjörtu): hólf eða svið.' },
      },
      {
        name: 'followers',
        description: 'Followers: a cell or a range.',
        is: { description: 'Fylgjendur: hólf eða svið.' },
      },
      MODE,
    ],
    returns: RATE_RETURNS,
    examples: [
      { formula: '=APPLAUSE_RATE(150, 6000)', result: '0.025 (2.5%)', is: { result: '0,025 (2,5%)' } },
    ],
  },
  {
    kind: 'customFunction',
    name: 'SHARE_OF_VOICE',
    description:
      "Share of voice: your mentions ÷ (your mentions + competitors' mentions). Competitors may fill several columns; each row's are added up.",
    is: {
      description:
        'Hlutdeild í umræðu (share of voice): tilvísanir í vörumerkið ykkar ÷ (ykkar tilvísanir + tilvísanir í samkeppnisaðila). Samkeppnisaðilar mega fylla nokkra dálka; dálkar hverrar línu eru lagðir saman.',
    },
    params: [
      {
        name: 'brand_mentions',
        description: 'Mentions of your brand: a cell or a column.',
        is: { description: 'Tilvísanir í vörumerkið ykkar: hólf eða dálkur.' },
      },
      {
        name: 'competitor_mentions',
        description: 'Mentions of competitors: one column per competitor, a row per period.',
        is: {
          description:
            'Tilvísanir í samkeppnisaðila: einn dálkur fyrir hvern þeirra, ein lína fyrir hvert tímabil.',
        },
      },
    ],
    returns: 'Fractions, one per row; blank where your mentions are blank or nobody was mentioned.',
    examples: [
      {
        formula: '=SHARE_OF_VOICE(B2, C2:E2)',
        result: 'B2 = 40, competitors 30, 20, 10: 40 ÷ 100 = 0.4 (40%)',
        is: { result: 'B2 = 40, samkeppnisaðilar 30, 20 og 10: 40 ÷ 100 = 0,4 (40%)' },
      },
    ],
  },
  {
    kind: 'customFunction',
    name: 'NET_SENTIMENT',
    description:
      'Net sentiment: (positive − negative) ÷ (positive + negative + neutral). Leave neutral out for the Talkwalker form.',
    is: {
      description:
        'Nettóviðhorf: (jákvæðar − neikvæðar) ÷ (jákvæðar + neikvæðar + hlutlausar tilvísanir). Slepptu hlutlausum til að fá útgáfu Talkwalker.',
    },
    params: [
      {
        name: 'positive',
        description: 'Positive mentions: a cell or a range.',
        is: { description: 'Jákvæðar tilvísanir: hólf eða svið.' },
      },
      {
        name: 'negative',
        description: 'Negative mentions: a cell or a range.',
        is: { description: 'Neikvæðar tilvísanir: hólf eða svið.' },
      },
      {
        name: 'neutral',
        description: 'Neutral mentions. Default: 0.',
        optional: true,
        is: { description: 'Hlutlausar tilvísanir. Sjálfgefið: 0.' },
      },
    ],
    returns: 'Fractions from −1 to 1, one per row.',
    examples: [
      { formula: '=NET_SENTIMENT(60, 20)', result: '40 ÷ 80 = 0.5', is: { result: '40 ÷ 80 = 0,5' } },
      { formula: '=NET_SENTIMENT(60, 20, 20)', result: '40 ÷ 100 = 0.4', is: { result: '40 ÷ 100 = 0,4' } },
    ],
  },
  {
    kind: 'customFunction',
    name: 'COST_PER',
    description:
      'Cost per result: cost ÷ results (clicks, leads, conversions). Multiply by 1000 for cost per 1,000 impressions.',
    is: {
      description:
        'Kostnaður á niðurstöðu: kostnaður ÷ niðurstöður (smellir, sölutækifæri, umbreytingar). Margfaldaðu með 1000 til að fá kostnað á hverjar 1.000 birtingar (CPM).',
    },
    params: [
      {
        name: 'cost',
        description: 'Amount spent (not negative): a cell or a range.',
        is: { description: 'Kostnaður (ekki neikvæður): hólf eða svið.' },
      },
      {
        name: 'results',
        description: 'Clicks, leads, conversions or impressions: a cell or a range.',
        is: { description: 'Smellir, sölutækifæri, umbreytingar eða birtingar: hólf eða svið.' },
      },
      MODE,
    ],
    returns:
      'Amounts per result, one per cell, blank where there are no results; one value with mode "average" or "total".',
    examples: [
      { formula: '=COST_PER(500, 250)', result: '2 (per click)', is: { result: '2 (á hvern smell)' } },
      {
        formula: '=COST_PER(300, 120000) * 1000',
        result: '2.5 (per 1,000 impressions)',
        is: { result: '2,5 (á hverjar 1.000 birtingar)' },
      },
    ],
  },
  {
    kind: 'customFunction',
    name: 'ROI',
    description: 'Return on investment: (value − cost) ÷ cost.',
    is: { description: 'Arðsemi fjárfestingar (ROI): (ávinningur − kostnaður) ÷ kostnaður.' },
    params: [
      {
        name: 'value',
        description: 'Revenue or value the campaign brought (not negative): a cell or a range.',
        is: { description: 'Tekjur eða annar ávinningur af herferðinni (ekki neikvæður): hólf eða svið.' },
      },
      {
        name: 'cost',
        description: 'Amount spent (not negative): a cell or a range.',
        is: { description: 'Kostnaður (ekki neikvæður): hólf eða svið.' },
      },
      MODE,
    ],
    returns: RATE_RETURNS,
    examples: [
      {
        formula: '=ROI(5000, 2000)',
        result: '(5000 − 2000) ÷ 2000 = 1.5 (150%)',
        is: { result: '(5000 − 2000) ÷ 2000 = 1,5 (150%)' },
      },
    ],
  },
  {
    kind: 'customFunction',
    name: 'RESPONSE_RATE',
    description: 'Response rate: inquiries replied to ÷ inquiries received.',
    is: { description: 'Svarhlutfall: fyrirspurnir sem var svarað ÷ fyrirspurnir sem bárust.' },
    params: [
      {
        name: 'replied',
        description: 'Inquiries replied to: a cell or a range.',
        is: { description: 'Fyrirspurnir sem var svarað: hólf eða svið.' },
      },
      {
        name: 'received',
        description: 'Inquiries received: a cell or a range.',
        is: { description: 'Fyrirspurnir sem bárust: hólf eða svið.' },
      },
      MODE,
    ],
    returns: RATE_RETURNS,
    examples: [{ formula: '=RESPONSE_RATE(45, 50)', result: '0.9 (90%)', is: { result: '0,9 (90%)' } }],
  },
  {
    kind: 'customFunction',
    name: 'GOAL_PROGRESS',
    description:
      'Progress toward a goal: (current − baseline) ÷ (target − baseline). Works for decrease goals too (target below baseline).',
    is: {
      description:
        'Framvinda markmiðs: (núverandi gildi − upphafsgildi) ÷ (markgildi − upphafsgildi). Virkar líka fyrir markmið um lækkun (markgildi undir upphafsgildi).',
    },
    params: [
      {
        name: 'baseline',
        description: 'Where the goal started: a cell or a range.',
        is: { description: 'Upphafsgildi markmiðsins: hólf eða svið.' },
      },
      {
        name: 'current',
        description: 'The value now: a cell or a range.',
        is: { description: 'Gildið núna: hólf eða svið.' },
      },
      {
        name: 'target',
        description: 'The value to reach by the deadline: a cell or a range.',
        is: { description: 'Markgildið sem á að ná fyrir lokadag: hólf eða svið.' },
      },
    ],
    returns:
      'Fractions: 0 at the baseline, 1 at the target, above 1 past it; blank where target equals baseline.',
    examples: [
      {
        formula: '=GOAL_PROGRESS(1000, 1200, 2000)',
        result: '200 ÷ 1000 = 0.2 (20%)',
        is: { result: '200 ÷ 1000 = 0,2 (20%)' },
      },
      {
        formula: '=GOAL_PROGRESS(5%, 4%, 3%)',
        result: 'bounce rate cut from 5% toward 3%, now 4%: 0.5 (50%)',
        is: { result: 'hopphlutfall á leið úr 5% niður í 3%, nú 4%: 0,5 (50%)' },
      },
    ],
  },
  {
    kind: 'customFunction',
    name: 'EXPECTED_PROGRESS',
    description:
      'How far along a goal should be at a steady pace: (as_of − start + 1) ÷ (deadline − start + 1) in whole days, both ends counted, kept between 0 and 1.',
    is: {
      description:
        'Hversu langt markmið ætti að vera komið á jöfnum hraða: (as_of − start + 1) ÷ (deadline − start + 1) í heilum dögum, báðir endadagar taldir með, alltaf á bilinu 0 til 1.',
    },
    params: [
      {
        name: 'start',
        description: 'First day of the goal: a date, date text or a range of them.',
        is: { description: 'Upphafsdagur markmiðsins: dagsetning, dagsetning sem texti eða svið af þeim.' },
      },
      {
        name: 'deadline',
        description: 'Last day of the goal: a date, date text or a range of them.',
        is: { description: 'Lokadagur markmiðsins: dagsetning, dagsetning sem texti eða svið af þeim.' },
      },
      {
        name: 'as_of',
        description: 'The day to measure on, e.g. the latest day with data.',
        is: { description: 'Dagurinn sem mælt er á, t.d. nýjasti dagurinn með gögnum.' },
      },
    ],
    returns: 'Fractions from 0 to 1, one per row.',
    examples: [
      {
        formula: '=EXPECTED_PROGRESS("2026-07-01", "2026-09-30", "2026-08-15")',
        result: 'day 46 of 92: 0.5 (50%)',
        is: { result: 'dagur 46 af 92: 0,5 (50%)' },
      },
    ],
  },
  {
    kind: 'customFunction',
    name: 'REQUIRED_GROWTH_RATE',
    description:
      'Growth per period needed to reach a target at a compound pace: (target ÷ baseline)^(1 ÷ periods) − 1.',
    is: {
      description:
        'Vöxtur á tímabili sem þarf til að ná markgildi með hlutfallslegum vexti: (target ÷ baseline)^(1 ÷ periods) − 1.',
    },
    params: [
      {
        name: 'baseline',
        description: 'The value now (not negative): a cell or a range.',
        is: { description: 'Gildið núna (ekki neikvætt): hólf eða svið.' },
      },
      {
        name: 'target',
        description: 'The value to reach (not negative): a cell or a range.',
        is: { description: 'Markgildið sem á að ná (ekki neikvætt): hólf eða svið.' },
      },
      {
        name: 'periods',
        description: 'How many periods (weeks, months) until the deadline.',
        is: { description: 'Fjöldi tímabila (vikna, mánaða) fram að lokadegi.' },
      },
    ],
    returns: 'Fractions per period, one per row; blank where baseline or periods is 0.',
    examples: [
      {
        formula: '=REQUIRED_GROWTH_RATE(1000, 2000, 6)',
        result: 'doubling in 6 months: 2^(1/6) − 1 = 0.1225 (12.2% a month)',
        is: { result: 'tvöföldun á 6 mánuðum: 2^(1/6) − 1 = 0,1225 (12,2% á mánuði)' },
      },
    ],
  },
] as const satisfies readonly CustomFunctionEntry[];
