/**
 * Rows for the pair of before/after bar charts: one bar per figure, filed under its old area
 * on the left and under its new unit on the right, on one shared scale. A figure is never
 * summed into another bar, so the two charts show the same bars regrouped: nothing lost,
 * nothing counted twice. A conflict is drawn as its lowest value plus the span to its highest.
 * Pure; labels come from the caller (language-specific).
 */
import type { AreaRef } from "../schema";
import type { FigureItem, Reaggregation, VintageGrouping } from "../model/aggregateToVintage";

export interface BeforeAfterBar {
  /** Unique per chart: area key and item key. */
  id: string;
  areaKey: string;
  /** "Area · period", for the axis and the table. */
  label: string;
  areaLabel: string;
  itemLabel: string;
  /** Lowest value reported. */
  min: number;
  /** Highest minus lowest (0 unless the sources disagree). */
  span: number;
  max: number;
  conflict: boolean;
  /** Filed under an area of the other vintage because it could not be carried. */
  notCarried: boolean;
}

export interface BeforeAfterSeries {
  before: BeforeAfterBar[];
  after: BeforeAfterBar[];
  /** The shared upper end of both value axes. */
  domainMax: number;
}

export interface BarLabels {
  area: (area: AreaRef) => string;
  item: (item: FigureItem) => string;
}

function barsOf(grouping: VintageGrouping, labels: BarLabels): BeforeAfterBar[] {
  return grouping.buckets.flatMap((bucket) =>
    bucket.items.map(({ item }) => {
      const areaLabel = labels.area(bucket.area);
      const itemLabel = labels.item(item);
      return {
        id: `${bucket.key}|${item.key}`,
        areaKey: bucket.key,
        label: `${areaLabel} · ${itemLabel}`,
        areaLabel,
        itemLabel,
        min: item.min,
        span: item.max - item.min,
        max: item.max,
        conflict: item.conflict,
        notCarried: bucket.notCarried,
      };
    }),
  );
}

export function beforeAfterSeries(result: Reaggregation, labels: BarLabels): BeforeAfterSeries {
  const before = barsOf(result.pre2025, labels);
  const after = barsOf(result.post2025, labels);
  const domainMax = Math.max(0, ...result.items.map((i) => i.max));
  return { before, after, domainMax };
}
