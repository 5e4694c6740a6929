/**
 * Which charts the trend panel draws and what goes around the marks (phase bands, year ticks).
 * Pure; the panel calls these in useMemo. Under the post-2025 boundaries the charts follow the
 * new grouping: a figure carried into a new unit is charted on it ("reported for former …"),
 * one kept with its former area stays there, marked (the one carry rule, src/model/carry.ts).
 */
import { nice, ticks } from "d3-array";
import { areaHasFiguresOf, areaKey, areaMembers, areasContaining, areasWithFiguresOf, observationsOfAreaIn, type AtlasIndex } from "../data/atlas";
import { phasesFor } from "../model/phases";
import type { AreaRef, Phase, UnitId, Vintage } from "../schema";
import { partialDateEnd, partialDateStart } from "../schema/partialDate";
import { carriedInto, keptOverlapping, placeUnderVintage, type VintagePlace } from "../model/place";
import { buildAreaSeries, type AreaSeries } from "./series";
import { overlaps, type YearPeriod } from "../model/period";

export interface ChartPlan {
  /**
   * One chart per area a figure is reported for, in selection order (or data order with no
   * selection; under the post-2025 boundaries, the new grouping's order).
   */
  areas: AreaRef[];
  /** Selected units with no figure for the indicator, neither their own nor an area's containing them. */
  withoutFigures: UnitId[];
  /** By `areaKey`: where each charted area's figures sit under the post-2025 boundaries. Empty under the pre-2025 ones. */
  places: ReadonlyMap<string, VintagePlace>;
  /** With no selection and more areas with figures than MAX_CHARTS_WITHOUT_SELECTION: how many (none charted). */
  tooManyToChart?: number;
}

function hasIndicator(index: AtlasIndex, area: AreaRef, indicatorId: string): boolean {
  return areaHasFiguresOf(index, area, indicatorId);
}

/**
 * With no area selected the panel charts every area with figures, while they are few enough to
 * read one under another (the programme's data: a handful). Past this, it charts none and asks
 * for an area (a national dataset has thousands).
 */
export const MAX_CHARTS_WITHOUT_SELECTION = 24;

/**
 * With a selection: for each selected unit, every area containing it that has figures for the
 * indicator (the unit, its groups, its province), each once. A figure for "Bố Trạch + Đồng Hới"
 * is charted for that pair, never as Bố Trạch's own. With no selection: every area that has
 * figures for the indicator. Under the post-2025 boundaries, a selected new unit also gets the
 * figures carried into it (or its province) and those kept with former areas overlapping it.
 */
export function planCharts(index: AtlasIndex, selection: readonly UnitId[], indicatorId: string, vintage: Vintage = "pre2025"): ChartPlan {
  const seen = new Set<string>();
  const areas: AreaRef[] = [];
  const add = (area: AreaRef) => {
    const key = areaKey(area);
    if (seen.has(key)) return;
    seen.add(key);
    areas.push(area);
  };
  const withoutFigures: UnitId[] = [];
  if (selection.length === 0) {
    const all = areasWithFiguresOf(index, indicatorId);
    if (all.length > MAX_CHARTS_WITHOUT_SELECTION) return { areas: [], withoutFigures: [], places: new Map(), tooManyToChart: all.length };
    for (const area of all) add(area);
  }
  for (const unit of selection) {
    const found = areasContaining(index, unit).filter((a) => hasIndicator(index, a, indicatorId));
    if (vintage === "post2025" && index.units.get(unit)?.vintage === "post2025") {
      const across = [...carriedInto(index, unit), ...keptOverlapping(index, unit)];
      for (const { place } of across) if (hasIndicator(index, place.reportedFor, indicatorId)) found.push(place.reportedFor);
    }
    if (found.length === 0) withoutFigures.push(unit);
    found.forEach(add);
  }
  if (vintage === "pre2025") return { areas, withoutFigures, places: new Map() };
  const places = new Map(areas.map((area) => [areaKey(area), placeUnderVintage(index, area, vintage)]));
  const ordered = selection.length === 0 ? byNewGrouping(index, areas, places) : areas;
  return { areas: ordered, withoutFigures, places };
}

/** Areas in the order of the new grouping: by the unit they are filed under (code order), those kept with a former area last. */
function byNewGrouping(index: AtlasIndex, areas: readonly AreaRef[], places: ReadonlyMap<string, VintagePlace>): AreaRef[] {
  const rank = (area: AreaRef): [number, string] => {
    const place = places.get(areaKey(area));
    if (place === undefined) return [2, areaKey(area)];
    const kept = place.placement.kind === "not-carried" ? 1 : 0;
    const filed = place.filedUnder;
    return [kept, filed.kind === "unit" ? (index.units.get(filed.unit)?.code ?? filed.unit) : `~${filed.group}`];
  };
  // Array.prototype.sort is stable: areas filed under one unit keep their data order.
  return [...areas].sort((a, b) => {
    const [ka, ca] = rank(a);
    const [kb, cb] = rank(b);
    return ka - kb || ca.localeCompare(cb);
  });
}

/** The series for each planned chart. */
export function seriesForPlan(
  index: AtlasIndex,
  plan: ChartPlan,
  indicatorId: string,
  window: YearPeriod | null,
): AreaSeries[] {
  const indicator = index.indicators.get(indicatorId) ?? { id: indicatorId, additive: false };
  return plan.areas.map((area) =>
    buildAreaSeries({ area, indicator, observations: observationsOfAreaIn(index, area, indicatorId), window }),
  );
}

/** A phase band on a chart, clipped to the chart's span, with the row its label goes in. */
export interface PhaseBand {
  phase: Phase;
  start: number;
  end: number;
  /** 0 for the top row; overlapping bands get different rows so their labels do not collide. */
  row: number;
}

/**
 * The phases active in any member of the area (see phasesFor), as bands within the span.
 * Rows are assigned greedily in start order.
 */
export function phaseBands(index: AtlasIndex, area: AreaRef, span: YearPeriod): PhaseBand[] {
  const byId = new Map<string, Phase>();
  for (const member of areaMembers(index, area)) {
    for (const { phase } of phasesFor(index, member)) byId.set(phase.id, phase);
  }
  const spanBox = { start: span.from, end: span.to + 1 };
  const bands = [...byId.values()]
    .map((phase) => ({ phase, start: partialDateStart(phase.start), end: partialDateEnd(phase.end) }))
    .filter((b) => overlaps(b, spanBox))
    .map((b) => ({ ...b, start: Math.max(b.start, spanBox.start), end: Math.min(b.end, spanBox.end) }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const rowEnds: number[] = [];
  return bands.map((band) => {
    let row = rowEnds.findIndex((end) => end <= band.start);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = band.end;
    return { ...band, row };
  });
}

/** Tick positions at the middle of each year, so a label sits under the year it names. */
export function yearTicks(span: YearPeriod): number[] {
  const ticks: number[] = [];
  for (let y = span.from; y <= span.to; y++) ticks.push(y + 0.5);
  return ticks;
}

/**
 * The value axis: from 0 to d3-array's "nice" top for about `count` ticks (a step of 1, 2 or 5 ×
 * 10^k, so the top is itself a tick), and of its ticks only the whole numbers: figures are counts
 * of people, households and models, and a tick at 2.5 people would read as a figure. A chart of
 * zeros gets an axis up to 1.
 */
export function valueAxis(max: number, count = 5): { top: number; ticks: number[] } {
  const top = max > 0 ? Math.max(1, nice(0, max, count)[1]) : 1;
  return { top, ticks: ticks(0, top, count).filter((v) => Number.isInteger(v)) };
}

/**
 * Which of the evenly spaced axis labels to draw, by index: the first and the last always, and
 * between them each one that keeps `minGap` px clear of the one kept before it and of the last.
 * `widths` are the labels' widths in px, `positions` their centres.
 */
export function spacedLabels(positions: readonly number[], widths: readonly number[], minGap: number): number[] {
  const n = positions.length;
  if (n === 0) return [];
  const clear = (i: number, j: number) => Math.abs((positions[j] ?? 0) - (positions[i] ?? 0)) >= ((widths[i] ?? 0) + (widths[j] ?? 0)) / 2 + minGap;
  const kept = [0];
  for (let i = 1; i < n - 1; i++) {
    if (clear(kept[kept.length - 1] ?? 0, i) && clear(i, n - 1)) kept.push(i);
  }
  if (n > 1) kept.push(n - 1);
  return kept;
}
