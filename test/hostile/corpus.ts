/**
 * Bad exports a marketer may paste, built in code. Each case names the tabs (CSV text, pasted split into
 * columns unless `oneColumn`), goals that touch them, every line the Progress tab's data-quality block
 * must show, and figures checked by hand from the rows written here.
 */

/** One data-quality line: tab, row ("" for a whole tab), column ("" when not one cell), reason. */
export interface Rejection {
  readonly tab: string;
  readonly row: number | '';
  readonly column: string;
  readonly reason: string;
}

/** A goal's figures as the Progress tab's goals table shows them. */
export interface GoalExpectation {
  readonly goal: string;
  readonly status?: string;
  readonly current?: number;
  /** Goals rows whose goal is invalid: the note names the row and this column letter. */
  readonly invalidColumn?: string;
}

export interface Tab {
  readonly name: string;
  readonly csv: string;
  /** A CSV pasted as plain text: every line in column A. */
  readonly oneColumn?: boolean;
}

export interface HostileCase {
  readonly name: string;
  readonly tabs: readonly Tab[];
  /** The Goals tab as CSV, header included; the common hostile goals are appended. */
  readonly goals: string;
  /** Exactly the lines the data-quality block lists (in any order). */
  readonly rejections: readonly Rejection[];
  readonly expectGoals: readonly GoalExpectation[];
  /** Days the chart data block of a goal must hold, in order (ISO), checked for the first goal. */
  readonly chartDays?: readonly string[];
}

export const GOALS_HEADER = 'Goal,Platform,Metric,Baseline,Target,Start,Deadline';
const WINDOW = '2026-07-01,2026-12-31';

/**
 * Stored goals that fail validation, added to every case's Goals tab: the build must list them as
 * Invalid goal, naming their row and column, and never change them.
 */
export const HOSTILE_GOALS = [
  '"=HYPERLINK(""http://evil.example"",""click"")",X,impressions,0,abc,2026-07-01,2026-12-31',
  '<img src=x onerror=alert(1)>,X,impressions,0,1000,2026-12-31,2026-07-01',
];
export const HOSTILE_GOAL_EXPECTATIONS: readonly GoalExpectation[] = [
  { goal: '=HYPERLINK("http://evil.example","click")', status: 'Invalid goal', invalidColumn: 'E' },
  { goal: '<img src=x onerror=alert(1)>', status: 'Invalid goal', invalidColumn: 'G' },
];

const goals = (...lines: string[]) => [GOALS_HEADER, ...lines].join('\n');
const csv = (...lines: string[]) => lines.join('\n');

/** The 200,000-row tab: about 1,626 rows a day from 1 July to 31 October 2026, three of them bad. */
export const BIG_ROWS = 200_000;
const BIG_FIRST_DAY = Date.UTC(2026, 6, 1);
const BIG_DAYS = 123;
export const bigDay = (i: number) => Math.floor((i * BIG_DAYS) / BIG_ROWS);
export const bigValue = (i: number) => i % 10;
/** 0-based data-row index → what replaces it. */
export const BIG_BAD = { date: 999, number: 99_999, negative: 199_998 } as const;

function bigCsv(): string {
  const lines = ['Date,Impressions'];
  for (let i = 0; i < BIG_ROWS; i++) {
    const date =
      i === BIG_BAD.date
        ? 'oops'
        : new Date(BIG_FIRST_DAY + bigDay(i) * 86_400_000).toISOString().slice(0, 10);
    const value = i === BIG_BAD.number ? '#N/A' : i === BIG_BAD.negative ? '-4' : String(bigValue(i));
    lines.push(`${date},${value}`);
  }
  return lines.join('\n');
}

/** Hand sum of the big tab's good rows from 1 July to 31 October (all of them). */
export function bigImpressions(): number {
  let total = 0;
  for (let i = 0; i < BIG_ROWS; i++)
    if (i !== BIG_BAD.date && i !== BIG_BAD.number && i !== BIG_BAD.negative) total += bigValue(i);
  return total;
}

/** 3,000 columns: Date, Sessions, then "Custom 1"… with column k holding k on every row. */
const WIDE_COLUMNS = 3_000;
function wideCsv(): string {
  const header = [
    'Date',
    'Sessions',
    ...Array.from({ length: WIDE_COLUMNS - 2 }, (_, k) => `Custom ${k + 1}`),
  ];
  const lines = [header.join(',')];
  for (let d = 1; d <= 20; d++)
    lines.push(
      [
        `2026-07-${String(d).padStart(2, '0')}`,
        String(d),
        ...header.slice(2).map((_, k) => String(k + 1)),
      ].join(','),
    );
  return lines.join('\n');
}

export function corpus(): HostileCase[] {
  return [
    {
      name: 'empty tabs and header-only tabs',
      tabs: [
        { name: 'Empty', csv: '' },
        { name: 'Header only', csv: 'Date,Impressions' },
        { name: 'Spaces', csv: ' , \n ,  ' },
        { name: 'X', csv: csv('Date,Impressions', '2026-07-01,100', '2026-07-02,200') },
      ],
      goals: goals(`X impressions,X,impressions,0,1000,${WINDOW}`),
      rejections: [
        { tab: 'Empty', row: '', column: '', reason: 'Tab not used: empty' },
        { tab: 'Header only', row: '', column: '', reason: 'Tab not used: no dates in column A (Date)' },
        { tab: 'Spaces', row: '', column: '', reason: 'Tab not used: empty' },
      ],
      expectGoals: [{ goal: 'X impressions', current: 300 }],
    },
    {
      name: 'a header split over two rows, and blank header cells',
      tabs: [
        {
          // The export merged "Impressions" over two columns; the second header row names them.
          name: 'LinkedIn',
          csv: csv(
            'Date,Impressions,,Clicks',
            ',(organic),(sponsored),',
            '2026-07-01,100,5,7',
            '2026-07-02,200,6,8',
          ),
        },
        { name: 'TikTok', csv: csv(',Date,,Video views', ',2026-07-01,x,10', ',2026-07-02,y,20') },
      ],
      goals: goals(
        `LinkedIn impressions,LinkedIn,impressions,0,1000,${WINDOW}`,
        `LinkedIn clicks,LinkedIn,clicks,0,1000,${WINDOW}`,
        `TikTok views,TikTok,video views,0,1000,${WINDOW}`,
      ),
      rejections: [
        { tab: 'LinkedIn', row: 2, column: 'A (Date)', reason: 'no date' },
        // The sponsored impressions have no header of their own: named once, not counted as organic.
        { tab: 'LinkedIn', row: 1, column: 'C', reason: 'numbers under a blank header: ignored' },
      ],
      expectGoals: [
        { goal: 'LinkedIn impressions', current: 300 },
        { goal: 'LinkedIn clicks', current: 15 },
        { goal: 'TikTok views', current: 30 },
      ],
    },
    {
      name: 'text in number columns',
      tabs: [
        {
          name: 'X',
          csv: csv(
            'Date,Impressions,Likes',
            '2026-07-01,1000,10',
            '2026-07-02,n/a,12',
            '2026-07-03,"1,200",abc',
            '2026-07-04,—,13',
            '2026-07-05,1.5k,14',
          ),
        },
      ],
      goals: goals(`X impressions,X,impressions,0,10000,${WINDOW}`, `X likes,X,likes,0,100,${WINDOW}`),
      rejections: [
        { tab: 'X', row: 3, column: 'B (Impressions)', reason: 'not a number: "n/a"' },
        { tab: 'X', row: 4, column: 'C (Likes)', reason: 'not a number: "abc"' },
        { tab: 'X', row: 5, column: 'B (Impressions)', reason: 'not a number: "—"' },
        { tab: 'X', row: 6, column: 'B (Impressions)', reason: 'not a number: "1.5k"' },
      ],
      expectGoals: [
        { goal: 'X impressions', current: 2200 },
        { goal: 'X likes', current: 49 },
      ],
    },
    {
      name: '#DIV/0! and #N/A cells',
      tabs: [
        {
          name: 'Facebook',
          csv: csv(
            'Date,Impressions,Engagement rate',
            '2026-07-01,500,#DIV/0!',
            '#N/A,600,2%',
            '2026-07-03,#N/A,3%',
            '2026-07-04,#REF!,#VALUE!',
          ),
        },
      ],
      goals: goals(`Facebook impressions,Facebook,impressions,0,10000,${WINDOW}`),
      rejections: [
        { tab: 'Facebook', row: 2, column: 'C (Engagement rate)', reason: 'not a number: "#DIV/0!"' },
        { tab: 'Facebook', row: 3, column: 'A (Date)', reason: 'not a date: "#N/A"' },
        { tab: 'Facebook', row: 4, column: 'B (Impressions)', reason: 'not a number: "#N/A"' },
        { tab: 'Facebook', row: 5, column: 'B (Impressions)', reason: 'not a number: "#REF!"' },
        { tab: 'Facebook', row: 5, column: 'C (Engagement rate)', reason: 'not a number: "#VALUE!"' },
      ],
      expectGoals: [{ goal: 'Facebook impressions', current: 500 }],
    },
    {
      name: 'negative counts',
      tabs: [
        {
          name: 'Instagram',
          csv: csv(
            'Date,Reach,Likes,Followers',
            '2026-07-01,100,5,1000',
            '2026-07-02,-100,6,990',
            '2026-07-03,120,-3,-5',
          ),
        },
      ],
      goals: goals(
        `Instagram reach,Instagram,reach,0,1000,${WINDOW}`,
        `Instagram likes,Instagram,likes,0,1000,${WINDOW}`,
        `Instagram followers,Instagram,followers,900,2000,${WINDOW}`,
      ),
      rejections: [
        { tab: 'Instagram', row: 3, column: 'B (Reach)', reason: 'negative reach: "-100"' },
        { tab: 'Instagram', row: 4, column: 'C (Likes)', reason: 'negative likes: "-3"' },
        { tab: 'Instagram', row: 4, column: 'D (Followers)', reason: 'negative followers: "-5"' },
      ],
      expectGoals: [
        { goal: 'Instagram reach', current: 220 },
        { goal: 'Instagram likes', current: 11 },
        // The last readable level: 990 on 2 July (3 July's -5 was rejected).
        { goal: 'Instagram followers', current: 990 },
      ],
    },
    {
      name: 'mixed date formats in one column',
      tabs: [
        {
          name: 'TikTok',
          csv: csv(
            'Date,Video views',
            '2026-07-01,1',
            '7/2/2026,2',
            '3.7.2026,4',
            '"Jul 4, 2026",8',
            '20260705,16',
            '2026/07/06,32',
            'yesterday,64',
          ),
        },
      ],
      goals: goals(`TikTok views,TikTok,video views,0,1000,${WINDOW}`),
      rejections: [{ tab: 'TikTok', row: 8, column: 'A (Date)', reason: 'not a date: "yesterday"' }],
      expectGoals: [{ goal: 'TikTok views', current: 63 }],
      chartDays: ['2026-07-01', '2026-07-02', '2026-07-03', '2026-07-04', '2026-07-05', '2026-07-06'],
    },
    {
      name: 'duplicate dates and dates out of order',
      tabs: [
        {
          name: 'X',
          csv: csv(
            'Date,Impressions,Followers',
            '2026-07-05,50,1100',
            '2026-07-01,10,1000',
            '2026-07-03,30,1050',
            '2026-07-01,15,1010',
            '2026-07-02,20,1020',
          ),
        },
      ],
      goals: goals(
        `X followers,X,followers,900,2000,${WINDOW}`,
        `X impressions,X,impressions,0,1000,${WINDOW}`,
      ),
      rejections: [],
      expectGoals: [
        { goal: 'X followers', current: 1100 },
        { goal: 'X impressions', current: 125 },
      ],
      chartDays: ['2026-07-01', '2026-07-02', '2026-07-03', '2026-07-05'],
    },
    {
      name: '1e308 and other huge numbers',
      tabs: [
        {
          name: 'LinkedIn',
          csv: csv(
            'Date,Impressions,Clicks',
            '2026-07-01,1e308,5',
            '2026-07-02,100,1e308',
            '2026-07-03,-1e308,5',
            '2026-07-04,1e309,0',
          ),
        },
      ],
      goals: goals(
        `LinkedIn clicks,LinkedIn,clicks,0,1000,${WINDOW}`,
        `Huge target,LinkedIn,impressions,-1e308,1e308,${WINDOW}`,
        `Huge baseline,LinkedIn,clicks,1e308,1e308,${WINDOW}`,
      ),
      rejections: [
        { tab: 'LinkedIn', row: 2, column: 'B (Impressions)', reason: 'number too large: "1e+308"' },
        { tab: 'LinkedIn', row: 3, column: 'C (Clicks)', reason: 'number too large: "1e+308"' },
        { tab: 'LinkedIn', row: 4, column: 'B (Impressions)', reason: 'number too large: "-1e+308"' },
        { tab: 'LinkedIn', row: 5, column: 'B (Impressions)', reason: 'not a number: "1e309"' },
      ],
      // Goal values beyond ±1e15, like data values, are refused: their progress would mean nothing.
      expectGoals: [
        { goal: 'LinkedIn clicks', current: 10 },
        { goal: 'Huge target', status: 'Invalid goal', invalidColumn: 'D' },
        { goal: 'Huge baseline', status: 'Invalid goal', invalidColumn: 'D' },
      ],
    },
    {
      name: 'thousands of columns',
      tabs: [{ name: 'GA4', csv: wideCsv() }],
      goals: goals(`GA4 sessions,GA4,sessions,0,1000,${WINDOW}`, `Custom,GA4,Custom 2500,0,100000,${WINDOW}`),
      rejections: [],
      // Sessions 1 + 2 + … + 20; "Custom 2500" holds 2500 on each of the 20 days.
      expectGoals: [
        { goal: 'GA4 sessions', current: 210 },
        { goal: 'Custom', current: 50_000 },
      ],
    },
    {
      name: 'a 200,000-row tab',
      tabs: [{ name: 'X', csv: bigCsv() }],
      goals: goals(`X impressions,X,impressions,0,2000000,${WINDOW}`),
      rejections: [
        { tab: 'X', row: BIG_BAD.date + 2, column: 'A (Date)', reason: 'not a date: "oops"' },
        { tab: 'X', row: BIG_BAD.number + 2, column: 'B (Impressions)', reason: 'not a number: "#N/A"' },
        {
          tab: 'X',
          row: BIG_BAD.negative + 2,
          column: 'B (Impressions)',
          reason: 'negative impressions: "-4"',
        },
      ],
      expectGoals: [{ goal: 'X impressions', current: bigImpressions() }],
    },
    {
      name: 'Unicode headers and tab names',
      tabs: [
        { name: 'Ísland 🇮🇸', csv: csv('Dagsetning,Birtingar,Læk', '2026-07-01,100,3', '2026-07-02,200,4') },
        { name: '📈 Stats', csv: csv('Date,📈 Impressions,❤️ Likes', '2026-07-01,7,1', '2026-07-02,8,2') },
        // Right-to-left headers: with a known date header the unknown column is a metric named as written;
        // with none the tab has no header row the importer can recognise, and says so.
        { name: 'עברית', csv: csv('Date,חשיפות', '2026-07-01,11', '2026-07-02,12', '2026-07-03,13') },
        { name: 'تحليلات', csv: csv('التاريخ,مرات الظهور', '2026-07-01,11', '2026-07-02,12') },
      ],
      goals: goals(
        `Birtingar á Íslandi,Ísland 🇮🇸,impressions,0,1000,${WINDOW}`,
        `Læk 👍,Ísland 🇮🇸,likes,0,1000,${WINDOW}`,
        `Emoji 📈,📈 Stats,📈 Impressions,0,1000,${WINDOW}`,
        `חשיפות,עברית,חשיפות,0,1000,${WINDOW}`,
        `مرات الظهور,تحليلات,مرات الظهور,0,1000,${WINDOW}`,
      ),
      rejections: [
        {
          tab: 'تحليلات',
          row: '',
          column: '',
          reason: 'Tab not used: no header row with a date column or known metrics in the first 50 rows',
        },
      ],
      expectGoals: [
        { goal: 'Birtingar á Íslandi', current: 300 },
        { goal: 'Læk 👍', current: 7 },
        { goal: 'Emoji 📈', current: 15 },
        { goal: 'חשיפות', current: 36 },
        // Its metric is in no tab the importer could read: an unknown metric, pointed at.
        { goal: 'مرات الظهور', status: 'Invalid goal', invalidColumn: 'C' },
      ],
    },
    {
      name: 'formula-looking text in cells, headers, tab names and goals',
      tabs: [
        {
          name: 'Leads',
          csv: csv(
            'Date,Platform,Leads,"=HYPERLINK(""http://evil.example"",""x"")"',
            '2026-07-01,X,"=HYPERLINK(""http://evil.example"",""click"")",1',
            '2026-07-02,X,+1,2',
            '2026-07-03,X,-x,3',
            '2026-07-04,X,@mention,4',
            '=1+1,X,5,5',
          ),
        },
        { name: '=SUM(A1:A9)', csv: '' },
        { name: '+Leads', csv: 'Date,Leads' },
      ],
      goals: goals(
        `=1+1,X,leads,0,100,${WINDOW}`,
        `-Leads push,X,"=HYPERLINK(""http://evil.example"",""x"")",0,100,${WINDOW}`,
        `@team goal,+Leads,leads,0,100,${WINDOW}`,
      ),
      rejections: [
        {
          tab: 'Leads',
          row: 2,
          column: 'C (Leads)',
          reason: 'not a number: "=HYPERLINK("http://evil.example","click…"',
        },
        { tab: 'Leads', row: 4, column: 'C (Leads)', reason: 'not a number: "-x"' },
        { tab: 'Leads', row: 5, column: 'C (Leads)', reason: 'not a number: "@mention"' },
        { tab: 'Leads', row: 6, column: 'A (Date)', reason: 'not a date: "=1+1"' },
        { tab: '=SUM(A1:A9)', row: '', column: '', reason: 'Tab not used: empty' },
        { tab: '+Leads', row: '', column: '', reason: 'Tab not used: no dates in column A (Date)' },
      ],
      expectGoals: [
        { goal: '=1+1', current: 1 },
        { goal: '-Leads push', current: 10 },
        { goal: '@team goal', status: 'No data' },
      ],
    },
    {
      name: 'a CSV pasted into one column, with bad cells',
      tabs: [
        {
          name: 'YouTube',
          oneColumn: true,
          csv: csv('"Date","Views"', '"2026-07-01","1,000"', '"2026-07-02","#N/A"', '"Total","5,000"'),
        },
      ],
      goals: goals(`YouTube views,YouTube,video views,0,10000,${WINDOW}`),
      rejections: [
        { tab: 'YouTube', row: 3, column: 'B (Views)', reason: 'not a number: "#N/A"' },
        { tab: 'YouTube', row: 4, column: 'A (Date)', reason: 'a total row, not data' },
      ],
      expectGoals: [{ goal: 'YouTube views', current: 1000 }],
    },
    {
      name: 'a hostile Goals tab: notes above the header, own columns, blank rows, bad rows',
      tabs: [{ name: 'X', csv: csv('Date,Impressions', '2026-07-01,100', '2026-07-02,200') }],
      goals: csv(
        'Goals for H2 — ask Anna before changing,,,,,,,,',
        '"=HYPERLINK(""http://evil.example"",""notes"")",,,,,,,,',
        'Owner,Deadline,Target,Metric,Goal,Start,Platform,Baseline,Notes',
        'Anna,2026-12-31,1000,impressions,Good goal,2026-07-01,X,0,+keep this',
        ',,,,,,,,',
        'Bo,2026-12-31,#N/A,impressions,Target is an error,2026-07-01,X,0,=not a formula',
        'Bo,31/02/2026,1000,impressions,Impossible date,2026-07-01,X,0,',
        'Bo,2026-12-31,1000,=1+1,Formula metric,2026-07-01,X,0,@Anna',
        'Bo,2026-12-31,1e308,impressions,Huge,2026-07-01,X,1e308,',
      ),
      rejections: [],
      expectGoals: [
        { goal: 'Good goal', current: 300 },
        { goal: 'Target is an error', status: 'Invalid goal', invalidColumn: 'C' },
        { goal: 'Impossible date', status: 'Invalid goal', invalidColumn: 'B' },
        { goal: 'Formula metric', status: 'Invalid goal', invalidColumn: 'D' },
        { goal: 'Huge', status: 'Invalid goal', invalidColumn: 'C' },
      ],
    },
  ];
}
