/**
 * Figures that several sources give for the same thing, and THE one rule that decides when they
 * conflict. The map, the profile, the charts, the figures table, the before/after totals and the
 * unit facts all ask this module, so "541" against "more than 541" is a conflict everywhere or
 * nowhere. The decision is written in data/README.md ("When two figures conflict"). Pure.
 */
import { areaKey, areasContaining, observationsFor, type AtlasIndex } from "../data/atlas";
import type { AreaRef, Observation, Qualifier, SourcedNumber, UnitId } from "../schema";
import { overlaps } from "./period";
import { partialDateEnd, partialDateStart } from "../schema/partialDate";

/** A number as a source states it: the value and how it is qualified (absent = exact). */
export interface StatedValue {
  value: number;
  qualifier?: Qualifier | undefined;
}

/** Two statements of one figure disagree when the value or the qualifier differs; exact, no tolerance. */
export function statementsDiffer(a: StatedValue, b: StatedValue): boolean {
  return a.value !== b.value || (a.qualifier ?? "exact") !== (b.qualifier ?? "exact");
}

/**
 * Whether two observations report the same figure: the data says so (`sameAs`), and they are of
 * the same indicator, for the same area, over overlapping periods.
 */
export function sameFigure(a: Observation, b: Observation): boolean {
  return (
    a.sameAs !== undefined &&
    a.sameAs === b.sameAs &&
    a.indicatorId === b.indicatorId &&
    areaKey(a.area) === areaKey(b.area) &&
    overlaps(
      { start: partialDateStart(a.periodStart), end: partialDateEnd(a.periodEnd) },
      { start: partialDateStart(b.periodStart), end: partialDateEnd(b.periodEnd) },
    )
  );
}

/** THE conflict rule for observations: the same figure (sameFigure) stated differently (statementsDiffer). */
export function observationsConflict(a: Observation, b: Observation): boolean {
  return a.id !== b.id && sameFigure(a, b) && statementsDiffer(a, b);
}

/** THE conflict rule for a unit's area or population: the same reference date (or none given) stated differently. */
export function sourcedNumbersConflict(a: SourcedNumber, b: SourcedNumber): boolean {
  const sameDate = a.asOf === undefined || b.asOf === undefined || a.asOf === b.asOf;
  return sameDate && statementsDiffer(a, b);
}

/** Whether any two of a unit's alternative values (area or population) conflict. */
export function sourcedNumbersInConflict(values: readonly SourcedNumber[]): boolean {
  return values.some((a, i) => values.some((b, j) => i < j && sourcedNumbersConflict(a, b)));
}

/** Whether any two observations of one cluster conflict. */
export function observationsInConflict(observations: readonly Observation[]): boolean {
  return observations.some((a, i) => observations.some((b, j) => i < j && observationsConflict(a, b)));
}

/** Other observations of the same figure that state it differently, in data order. */
export function conflictsOf(all: readonly Observation[], obs: Observation): Observation[] {
  return all.filter((o) => observationsConflict(obs, o));
}

/** Ids of the observations in conflict with `obs` (conflictsOf, as ids). */
export function conflictPartners(obs: Observation, all: readonly Observation[]): string[] {
  return conflictsOf(all, obs).map((o) => o.id);
}

/** The key that joins observations of the same figure: `same:<sameAs>`, or the observation's own id. */
export function clusterKey(obs: Pick<Observation, "id" | "sameAs">): string {
  return obs.sameAs === undefined ? `id:${obs.id}` : `same:${obs.sameAs}`;
}

/** One figure: one observation, or several sources of the same thing (`sameAs`) together. */
export interface FigureCluster {
  observations: Observation[];
  /** True when two observations in the cluster conflict (observationsConflict). */
  conflict: boolean;
}

/** Observations as figures: alone, or several sources of the same thing (`sameAs`) together, in data order. */
export function clusterObservations(observations: readonly Observation[]): FigureCluster[] {
  const clusters = new Map<string, Observation[]>();
  for (const obs of observations) {
    const k = clusterKey(obs);
    clusters.set(k, [...(clusters.get(k) ?? []), obs]);
  }
  return [...clusters.values()].map((list) => ({ observations: list, conflict: observationsInConflict(list) }));
}

/** Figures reported for one area; conflicts are clustered so they can be shown side by side. */
export interface AreaFigures {
  area: AreaRef;
  /** Each entry is one figure, or several figures of the same thing (`sameAs`) from different sources. */
  clusters: FigureCluster[];
}

/**
 * Every figure for the unit and for the areas containing it, grouped by the area it is reported
 * for, in the order of areasContaining (the unit, its groups, then each ancestor and its groups).
 * A group's or a province's figure stays with that group or province.
 */
export function figuresByArea(index: AtlasIndex, unitId: UnitId): AreaFigures[] {
  const observations = observationsFor(index, unitId);
  const out: AreaFigures[] = [];
  for (const area of areasContaining(index, unitId)) {
    const key = areaKey(area);
    const mine = observations.filter((o) => areaKey(o.area) === key);
    if (mine.length === 0) continue;
    out.push({ area, clusters: clusterObservations(mine) });
  }
  return out;
}
