/**
 * Which figures a map draws, and on which area (pure; no pixels). Shared by the explorer map
 * and the before/after maps, so that both always agree.
 *
 * Rules (data/README.md):
 * - A figure is drawn on the area its source names: a unit, a group (one feature for the
 *   whole group) or a province. It is never divided among parts, and never shown as a
 *   district's value.
 * - Figures of the same thing from several sources (same `sameAs`) are one figure with a
 *   range of values ("135–140") and all their sources.
 * - Figures for an area of the other vintage move to a unit of this vintage only where the
 *   area lies WHOLLY inside it, by the one rule every view shares (src/model/carry.ts): a
 *   province into its new province, a district whose new communes all lie in one new province
 *   into that province, a group into the unit holding every member. Otherwise they stay with
 *   the former area ("former"), drawn on its own outline where the map has it.
 */
import { areaKey, observationsOfIndicatorIn } from "../data/atlas";
import type { AtlasIndex } from "../data/atlas";
import { placeArea, type FigurePlacement, type MapFigureHead, type MapFigureQuery, type NotDrawnReason } from "../model/drawOn";
import type { AreaRef, Observation } from "../schema";
import { partialDateEnd } from "../schema/partialDate";
import { clusterKey, observationsInConflict } from "../model/figures";
import { figureStoresOf, headlineFigures, mapValuesFor, observationsAt, otherFigures, type FigureStore } from "../model/figureStore";

// The placement rule lives in the model (src/model/drawOn.ts) so the column store places areas with it too.
export { placeArea, type FigurePlacement, type NotDrawnReason } from "../model/drawOn";

export type { MapFigureQuery } from "../model/drawOn";

/**
 * The list of areas with figures and the map's text description name every area while they can
 * be read through (the programme's data: a handful). A national dataset has thousands: they then
 * name the first ones, in their order, and say how to reach the others (the search, the table).
 */
export const MAX_LISTED_AREAS = 100;

/** A figure drawn on the map, with the observations it rests on (the head is the model's, shared with the column store). */
export interface MapFigure extends MapFigureHead {
  indicatorId: string;
  /** The observations this figure rests on: one, or several sources of the same thing. */
  observations: Observation[];
  /** Other figures for the same area and indicator in the period (earlier reports); listed, not drawn. */
  others: Observation[];
}

export interface NotDrawnFigure {
  reportedFor: AreaRef;
  reason: NotDrawnReason;
  observations: Observation[];
}

export interface MapFigures {
  drawn: MapFigure[];
  notDrawn: NotDrawnFigure[];
}

/**
 * The figures of one indicator and period on the map of one vintage. Stable API: the compare view
 * calls it too. Read from the indicator's column store (src/model/figureStore.ts), built once per
 * loaded figures file, so the app runs the code the national-scale bench measures.
 */
export function mapFiguresFor(index: AtlasIndex, query: MapFigureQuery): MapFigures {
  return mapFiguresFromStores(index, figureStoresOf(index).get(query.indicatorId) ?? [], query);
}

/**
 * The same figures read from the observation objects, one area at a time: the rule as first
 * written, kept as the reference the column store is tested against (src/map/mapValues.test.ts)
 * and timed against (bench/data-model.ts).
 */
export function mapFiguresFromObjects(index: AtlasIndex, query: MapFigureQuery): MapFigures {
  const byArea = new Map<string, { area: AreaRef; observations: Observation[] }>();
  for (const obs of observationsOfIndicatorIn(index, query.indicatorId, query.period)) {
    if (query.programmeId !== undefined && query.programmeId !== null && obs.programmeId !== query.programmeId) continue;
    const key = areaKey(obs.area);
    const entry = byArea.get(key);
    if (entry === undefined) byArea.set(key, { area: obs.area, observations: [obs] });
    else entry.observations.push(obs);
  }

  const drawn: MapFigure[] = [];
  const notDrawn: NotDrawnFigure[] = [];
  for (const { area, observations } of byArea.values()) {
    const placed = placeArea(index, area, query.vintage);
    if (placed.kind === "not-drawn") {
      notDrawn.push({ reportedFor: area, reason: placed.reason, observations });
      continue;
    }
    const [headline, ...rest] = clustersLatestFirst(observations);
    if (headline === undefined) continue;
    drawn.push(makeFigure(area, placed.drawOn, placed.placement, query.indicatorId, headline, rest.flat()));
  }
  drawn.sort(compareFigures);
  return { drawn, notDrawn };
}

/**
 * The same figures as mapFiguresFor, from the indicator's column stores (src/model/figureStore.ts):
 * the switch's work reads typed arrays; the observations of each figure are then built for the
 * areas returned. For a caller that needs the full MapFigure list (the figures table, a test);
 * the map at national scale reads mapValuesFor's values and asks mapValueFigures for one area.
 */
export function mapFiguresFromStores(index: AtlasIndex, stores: readonly FigureStore[], query: MapFigureQuery): MapFigures {
  const values = mapValuesFor(index, stores, query);
  return {
    drawn: values.drawn.map((v) => {
      // Each area's figures are built as objects when a view first reads them: the map's layers
      // read values only, and at national scale (thousands of areas × 72 months) building every
      // area's earlier figures at each switch was most of the switch (bench/profile-switch.ts).
      let observations: Observation[] | null = null;
      let others: Observation[] | null = null;
      return {
        key: v.key,
        drawOn: v.drawOn,
        reportedFor: v.reportedFor,
        placement: v.placement,
        indicatorId: query.indicatorId,
        low: v.low,
        high: v.high,
        value: v.value,
        conflict: v.conflict,
        periodStart: v.periodStart,
        periodEnd: v.periodEnd,
        get observations() {
          return (observations ??= headlineFigures(v));
        },
        get others() {
          return (others ??= otherFigures(v));
        },
      };
    }),
    notDrawn: values.notDrawn.map((n) => ({ reportedFor: n.reportedFor, reason: n.reason, observations: observationsAt(n.store, n.rows.subarray(n.from, n.to)) })),
  };
}

/** Observations of the same thing (same `sameAs`, else alone), the cluster with the latest period first. */
function clustersLatestFirst(observations: readonly Observation[]): Observation[][] {
  const clusters = new Map<string, Observation[]>();
  for (const obs of observations) {
    const key = clusterKey(obs);
    const list = clusters.get(key);
    if (list === undefined) clusters.set(key, [obs]);
    else list.push(obs);
  }
  const latestEnd = (c: Observation[]) => Math.max(...c.map((o) => partialDateEnd(o.periodEnd)));
  const latestReport = (c: Observation[]) => c.map((o) => o.reportedOn ?? "").sort().at(-1) ?? "";
  // Each cluster's keys are computed once, not at every comparison (an area has 72 monthly figures at national scale).
  const keyed = [...clusters.values()].map((c) => ({ c, end: latestEnd(c), report: latestReport(c), id: c[0]?.id ?? "" }));
  keyed.sort((a, b) => b.end - a.end || b.report.localeCompare(a.report) || a.id.localeCompare(b.id));
  return keyed.map((k) => k.c);
}

function makeFigure(
  reportedFor: AreaRef,
  drawOn: AreaRef,
  placement: FigurePlacement,
  indicatorId: string,
  observations: Observation[],
  others: Observation[],
): MapFigure {
  const values = observations.map((o) => o.value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const sorted = [...observations].sort((a, b) => a.value - b.value || a.id.localeCompare(b.id));
  return {
    key: `${areaKey(drawOn)}|${areaKey(reportedFor)}`,
    drawOn,
    reportedFor,
    placement,
    indicatorId,
    low,
    high,
    value: high,
    conflict: observationsInConflict(observations),
    periodStart: observations.map((o) => o.periodStart).sort()[0] ?? "",
    periodEnd: widestEnd(observations),
    observations: sorted,
    others,
  };
}

function widestEnd(observations: readonly Observation[]): string {
  return [...observations].sort((a, b) => partialDateEnd(b.periodEnd) - partialDateEnd(a.periodEnd))[0]?.periodEnd ?? "";
}

/** Larger values first, so that small symbols are drawn on top of large ones; then by key for a stable order. */
function compareFigures(a: MapFigure, b: MapFigure): number {
  return b.value - a.value || a.key.localeCompare(b.key);
}
