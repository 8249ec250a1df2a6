import type { Series } from '../model';

/**
 * Series a table implies without naming them: engagements as likes + comments + shares (when the export
 * gives no engagements), and X's follower change as New follows − Unfollows (when it gives no followers).
 */
interface DerivedRule {
  readonly metric: string;
  readonly kind: Series['kind'];
  readonly form: Series['form'];
  readonly terms: readonly { readonly metric: string; readonly sign: 1 | -1 }[];
}

const DERIVED: readonly DerivedRule[] = [
  {
    metric: 'engagements',
    kind: 'count',
    form: 'value',
    terms: [
      { metric: 'likes', sign: 1 },
      { metric: 'comments', sign: 1 },
      { metric: 'shares', sign: 1 },
    ],
  },
  {
    metric: 'followers',
    kind: 'level',
    form: 'change',
    terms: [
      { metric: 'new followers', sign: 1 },
      { metric: 'unfollows', sign: -1 },
    ],
  },
];

/**
 * The derived series for one platform of one table. `series` are that platform's series from the table;
 * `label` writes the header from the formula ("Likes + Comments + Shares (derived)").
 */
export function deriveSeries(series: readonly Series[], label: (formula: string) => string): Series[] {
  const byMetric = new Map<string, Series>();
  const present = new Set<string>();
  for (const s of series) {
    present.add(s.metric);
    if (s.form === 'value' && !byMetric.has(s.metric)) byMetric.set(s.metric, s);
  }
  const derived: Series[] = [];
  for (const rule of DERIVED) {
    if (present.has(rule.metric)) continue;
    const parts = rule.terms.map((t) => byMetric.get(t.metric));
    if (parts.some((p) => p === undefined)) continue;
    const totals = new Map<number, number>();
    rule.terms.forEach((term, i) => {
      const part = parts[i]!;
      for (let j = 0; j < part.days.length; j++) {
        const day = part.days[j]!;
        totals.set(day, (totals.get(day) ?? 0) + term.sign * part.values[j]!);
      }
    });
    const days = [...totals.keys()].sort((a, b) => a - b);
    const formula = rule.terms
      .map((t, i) => (i === 0 ? '' : t.sign > 0 ? ' + ' : ' − ') + parts[i]!.header)
      .join('');
    const first = parts[0]!;
    derived.push({
      platform: first.platform,
      metric: rule.metric,
      kind: rule.kind,
      form: rule.form,
      tab: first.tab,
      header: label(formula),
      days,
      values: days.map((d) => totals.get(d)!),
    });
    present.add(rule.metric);
  }
  return derived;
}
