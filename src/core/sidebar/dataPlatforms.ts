import { METRICS } from '../metrics/catalogue';
import type { Dataset } from '../model';
import type { DataPlatform } from './transport';

const catalogueOrder = new Map(METRICS.map((metric, i) => [metric.name, i]));

/**
 * The platforms in the pasted data, in the order first met, each with the metrics it has: its series'
 * own, plus every ratio whose numerator and denominator it has (the Progress tab builds those the same
 * way). Metrics come in catalogue order, then the data's own columns alphabetically.
 */
export function dataPlatforms(dataset: Dataset): DataPlatform[] {
  const byPlatform = new Map<string, Set<string>>();
  for (const series of dataset.series) {
    const metrics = byPlatform.get(series.platform) ?? new Set<string>();
    metrics.add(series.metric);
    byPlatform.set(series.platform, metrics);
  }
  return [...byPlatform].map(([platform, metrics]) => {
    for (const metric of METRICS)
      if (metric.ratioOf?.some((part) => metrics.has(part.numerator) && metrics.has(part.denominator)))
        metrics.add(metric.name);
    const rank = (name: string) => catalogueOrder.get(name) ?? METRICS.length;
    const sorted = [...metrics].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    return { platform, metrics: sorted };
  });
}
