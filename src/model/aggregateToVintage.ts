/**
 * The programme's figures under the old map and under the new one. Pure; no DOM.
 *
 * Method (shown to users in one paragraph, see the "compare.method" message):
 *   - a figure moves from an old area to a new unit only where the old area lies wholly inside
 *     that unit (the shared rule in src/model/carry.ts): every former province -> its new province; a former
 *     district whose new communes all lie in one new province -> that province; a former
 *     commune -> its new commune; a group -> the unit holding every member;
 *   - an area split between units that share no container keeps its figures, marked as not
 *     carried; nothing is ever divided, estimated or added to another figure;
 *   - figures of the same thing from different sources (same `sameAs`) travel together as one
 *     item with both values, and count once, as the range min–max.
 * Every item therefore appears exactly once in each grouping, and the sums agree.
 */
import { areaKey, indicatorsWithFigures, observationsOfIndicatorIn, type AtlasIndex } from "../data/atlas";
import { placementIn, type Placement } from "./carry";
import type { AreaRef, Observation, Vintage } from "../schema";
import type { YearPeriod } from "./period";
import { observationsInConflict } from "./figures";

export type { Placement } from "./carry";

export const VINTAGES: readonly Vintage[] = ["pre2025", "post2025"];

/** One figure as the sources give it: one observation, or several that report the same thing. */
export interface FigureItem {
  /** The `sameAs` key, or `obs:<id>` for a figure reported once. */
  key: string;
  indicatorId: string;
  /** The area the source names (of the first observation, by id). */
  origin: AreaRef;
  /** Sorted by id. More than one when several sources report the same thing. */
  observations: Observation[];
  /** Lowest and highest value the sources give (equal unless the sources disagree). */
  min: number;
  max: number;
  /** True when the sources give different values. */
  conflict: boolean;
  /** True when a source gives the value as a lower bound ("more than 541"). */
  atLeast: boolean;
  /** True when a source gives the value as approximate. */
  about: boolean;
}

export interface PlacedItem {
  item: FigureItem;
  placement: Placement;
}

/** A sum of distinct figures; a conflict counts as its range. Not a programme total: a check. */
export interface FigureSum {
  min: number;
  max: number;
  /** How many items were added. */
  count: number;
  atLeast: boolean;
  about: boolean;
}

export interface AreaBucket {
  /** `areaKey` of the area (see src/data/atlas.ts). */
  key: string;
  area: AreaRef;
  /** True when the area is of the other vintage: its figures could not be carried. */
  notCarried: boolean;
  items: PlacedItem[];
  /** Null for an indicator whose values may not be added. */
  total: FigureSum | null;
}

export interface VintageGrouping {
  vintage: Vintage;
  /** Areas of this vintage first (units by code, then groups), then not-carried areas. */
  buckets: AreaBucket[];
  total: FigureSum | null;
}

export interface TotalsCheck {
  before: FigureSum;
  after: FigureSum;
  /** Both groupings hold the same items, each exactly once, and the sums are equal. */
  agree: boolean;
}

export interface Reaggregation {
  indicatorId: string;
  additive: boolean;
  items: FigureItem[];
  pre2025: VintageGrouping;
  post2025: VintageGrouping;
  /** Null for an indicator whose values may not be added: list only. */
  totals: TotalsCheck | null;
}

export interface AggregateOptions {
  /** Whole years, inclusive: keep figures whose period overlaps. Default: all. */
  period?: YearPeriod | null;
  /**
   * Only this programme's figures (the store's programme filter); a conflict stays whole when one
   * of its figures is the programme's. Default (absent or null): every programme.
   */
  programmeId?: string | null;
}

/** The indicator's figures, conflicts joined into one item each, sorted by key. */
export function figureItems(index: AtlasIndex, indicatorId: string, options: AggregateOptions = {}): FigureItem[] {
  const period = options.period ?? null;
  const byKey = new Map<string, Observation[]>();
  for (const obs of observationsOfIndicatorIn(index, indicatorId, period)) {
    const key = obs.sameAs ?? `obs:${obs.id}`;
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [obs]);
    else list.push(obs);
  }
  const items: FigureItem[] = [];
  const programmeId = options.programmeId ?? null;
  for (const [key, list] of byKey) {
    if (programmeId !== null && !list.some((o) => o.programmeId === programmeId)) continue;
    const observations = [...list].sort((a, b) => a.id.localeCompare(b.id));
    const [first] = observations;
    if (first === undefined) continue;
    const values = observations.map((o) => o.value);
    items.push({
      key,
      indicatorId,
      origin: first.area,
      observations,
      min: Math.min(...values),
      max: Math.max(...values),
      conflict: observationsInConflict(observations),
      atLeast: observations.some((o) => o.qualifier === "at_least"),
      about: observations.some((o) => o.qualifier === "about"),
    });
  }
  return items.sort((a, b) => a.key.localeCompare(b.key));
}

/** Sum of distinct items, in key order so that two groupings of the same items give identical floats. */
export function sumItems(items: readonly FigureItem[]): FigureSum {
  const sorted = [...items].sort((a, b) => a.key.localeCompare(b.key));
  let min = 0;
  let max = 0;
  for (const item of sorted) {
    min += item.min;
    max += item.max;
  }
  return {
    min,
    max,
    count: sorted.length,
    atLeast: sorted.some((i) => i.atLeast),
    about: sorted.some((i) => i.about),
  };
}

/** Where one item goes in the `target` grouping: the area it is filed under, and how it got there. */
export function placeItem(index: AtlasIndex, item: FigureItem, target: Vintage): { area: AreaRef; placement: Placement } {
  const placement = placementIn(index, item.origin, target);
  return { area: placement.kind === "carried" ? { kind: "unit", unit: placement.to } : item.origin, placement };
}

function bucketOrder(index: AtlasIndex, bucket: AreaBucket): [number, number, string] {
  const kindRank = bucket.area.kind === "unit" ? 0 : 1;
  const code = bucket.area.kind === "unit" ? (index.units.get(bucket.area.unit)?.code ?? bucket.key) : bucket.key;
  return [bucket.notCarried ? 1 : 0, kindRank, code];
}

function compareBuckets(index: AtlasIndex) {
  return (a: AreaBucket, b: AreaBucket): number => {
    const [na, ka, ca] = bucketOrder(index, a);
    const [nb, kb, cb] = bucketOrder(index, b);
    return na - nb || ka - kb || ca.localeCompare(cb);
  };
}

/** All items filed under the areas of one vintage. */
export function groupByVintage(index: AtlasIndex, items: readonly FigureItem[], target: Vintage, additive: boolean): VintageGrouping {
  const buckets = new Map<string, AreaBucket>();
  for (const item of items) {
    const { area, placement } = placeItem(index, item, target);
    const key = areaKey(area);
    let bucket = buckets.get(key);
    if (bucket === undefined) {
      bucket = { key, area, notCarried: placement.kind === "not-carried", items: [], total: null };
      buckets.set(key, bucket);
    }
    bucket.items.push({ item, placement });
  }
  const list = [...buckets.values()].sort(compareBuckets(index));
  if (additive) for (const bucket of list) bucket.total = sumItems(bucket.items.map((p) => p.item));
  return { vintage: target, buckets: list, total: additive ? sumItems(items) : null };
}

function itemKeysOf(grouping: VintageGrouping): string[] {
  return grouping.buckets.flatMap((b) => b.items.map((p) => p.item.key)).sort();
}

/** Whether both groupings hold the same items, each exactly once. */
export function sameItemsOnce(a: VintageGrouping, b: VintageGrouping): boolean {
  const ka = itemKeysOf(a);
  const kb = itemKeysOf(b);
  return ka.length === kb.length && new Set(ka).size === ka.length && ka.every((k, i) => k === kb[i]);
}

/** Sums of the items as each grouping files them (not from the item list), so a lost or doubled item shows. */
function groupingSum(grouping: VintageGrouping): FigureSum {
  return sumItems(grouping.buckets.flatMap((b) => b.items.map((p) => p.item)));
}

/**
 * One indicator's figures under the pre2025 grouping and the post2025 grouping, with the check
 * that the two sums agree (additive indicators only). Throws for an unknown indicator.
 */
export function aggregateToVintage(index: AtlasIndex, indicatorId: string, options: AggregateOptions = {}): Reaggregation {
  const indicator = index.indicators.get(indicatorId);
  if (indicator === undefined) throw new Error(`aggregateToVintage: no indicator "${indicatorId}"`);
  const items = figureItems(index, indicatorId, options);
  const additive = indicator.additive;
  const pre2025 = groupByVintage(index, items, "pre2025", additive);
  const post2025 = groupByVintage(index, items, "post2025", additive);
  let totals: TotalsCheck | null = null;
  if (additive) {
    const before = groupingSum(pre2025);
    const after = groupingSum(post2025);
    const agree = sameItemsOnce(pre2025, post2025) && before.min === after.min && before.max === after.max;
    totals = { before, after, agree };
  }
  return { indicatorId, additive, items, pre2025, post2025, totals };
}

/** Every indicator that has figures (in the index's indicator order), re-aggregated. */
export function aggregateAllIndicators(index: AtlasIndex, options: AggregateOptions = {}): Reaggregation[] {
  const programmeId = options.programmeId ?? null;
  return indicatorsWithFigures(index, programmeId).map((indicator) => aggregateToVintage(index, indicator.id, options));
}

/** The bucket of one area in a grouping, if it holds figures. */
export function bucketFor(grouping: VintageGrouping, area: AreaRef): AreaBucket | undefined {
  const key = areaKey(area);
  return grouping.buckets.find((b) => b.key === key);
}
