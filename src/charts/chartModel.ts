/**
 * Which charts the trend panel draws and what goes around the marks (phase bands, year ticks).
 * Pure; the panel calls these in useMemo.
 */
import { areaKey, areaMembers, areasContaining, observationsOfArea, type AtlasIndex } from "../data/atlas";
import { phasesFor } from "../profile/profileData";
import type { AreaRef, Phase, UnitId } from "../schema";
import { buildAreaSeries, overlaps, partialDateEnd, partialDateStart, type AreaSeries, type YearRange } from "./series";

export interface ChartPlan {
  /** One chart per area a figure is reported for, in selection order (or data order with no selection). */
  areas: AreaRef[];
  /** Selected units with no figure for the indicator, neither their own nor an area's containing them. */
  withoutFigures: UnitId[];
}

function hasIndicator(index: AtlasIndex, area: AreaRef, indicatorId: string): boolean {
  return observationsOfArea(index, area).some((o) => o.indicatorId === indicatorId);
}

/**
 * With a selection: for each selected unit, every area containing it that has figures for the
 * indicator (the unit, its groups, its province), each once. A figure for "Bố Trạch + Đồng Hới"
 * is charted for that pair, never as Bố Trạch's own. With no selection: every area that has
 * figures for the indicator.
 */
export function planCharts(index: AtlasIndex, selection: readonly UnitId[], indicatorId: string): ChartPlan {
  const seen = new Set<string>();
  const areas: AreaRef[] = [];
  const add = (area: AreaRef) => {
    const key = areaKey(area);
    if (seen.has(key)) return;
    seen.add(key);
    areas.push(area);
  };
  if (selection.length === 0) {
    for (const obs of index.observations) if (obs.indicatorId === indicatorId) add(obs.area);
    return { areas, withoutFigures: [] };
  }
  const withoutFigures: UnitId[] = [];
  for (const unit of selection) {
    const found = areasContaining(index, unit).filter((a) => hasIndicator(index, a, indicatorId));
    if (found.length === 0) withoutFigures.push(unit);
    found.forEach(add);
  }
  return { areas, withoutFigures };
}

/** The series for each planned chart. */
export function seriesForPlan(
  index: AtlasIndex,
  plan: ChartPlan,
  indicatorId: string,
  window: YearRange | null,
): AreaSeries[] {
  const indicator = index.indicators.get(indicatorId) ?? { id: indicatorId, additive: false };
  return plan.areas.map((area) =>
    buildAreaSeries({ area, indicator, observations: observationsOfArea(index, area), window }),
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
export function phaseBands(index: AtlasIndex, area: AreaRef, span: YearRange): PhaseBand[] {
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
export function yearTicks(span: YearRange): number[] {
  const ticks: number[] = [];
  for (let y = span.from; y <= span.to; y++) ticks.push(y + 0.5);
  return ticks;
}

/** The smallest 1, 2, 2.5 or 5 × 10^k at or above a value (1 for zero), for a y-axis top with headroom. */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value - 1e-9) return step * power;
  return 10 * power;
}
