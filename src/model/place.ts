/**
 * Where a figure sits under the chosen boundary vintage, and what the profile and the charts
 * show for a unit of that vintage. Pure; every decision comes from the one carry rule in
 * src/model/carry.ts, so the table, profile and charts say what the map draws.
 */
import { ancestorsOf, areaMembers, areasWithFigures, observationsOfArea, type AtlasIndex } from "../data/atlas";
import { ancestorChain, placementIn, unitContainment, type Placement } from "./carry";
import type { AreaRef, Observation, UnitId, Vintage } from "../schema";

export interface VintagePlace {
  /** The area the source names. */
  reportedFor: AreaRef;
  placement: Placement;
  /** The area the figure is filed under in this vintage: the unit it was carried into, or the area itself. */
  filedUnder: AreaRef;
  /**
   * For a figure kept with an area of the other vintage: the distinct top-level units (provinces)
   * of this vintage its units went into, in code order. Empty otherwise.
   */
  wentInto: UnitId[];
}

/** The top of a unit's chain: its province (or itself for a province). */
function topOf(index: AtlasIndex, id: UnitId): UnitId {
  return ancestorChain(index, id).at(-1) ?? id;
}

/** The provinces of `target` a unit of the other vintage reaches: where it lies, or where its pieces went. */
function provincesReached(index: AtlasIndex, id: UnitId, target: Vintage): UnitId[] {
  const inside = unitContainment(index, id, target);
  if (inside.kind === "contained") return [topOf(index, inside.destination)];
  const links = target === "post2025" ? (index.linksFrom.get(id) ?? []).flatMap((l) => l.to) : (index.linksTo.get(id) ?? []).map((l) => l.from);
  const own = links.map((u) => topOf(index, u));
  if (own.length > 0) return own;
  // No link of its own: its province's.
  const parent = index.units.get(id)?.parent ?? null;
  return parent === null ? [] : provincesReached(index, parent, target);
}

function byCode(index: AtlasIndex) {
  return (a: UnitId, b: UnitId) => (index.units.get(a)?.code ?? a).localeCompare(index.units.get(b)?.code ?? b);
}

/** Where figures reported for `area` sit under `vintage`. */
export function placeUnderVintage(index: AtlasIndex, area: AreaRef, vintage: Vintage): VintagePlace {
  const placement = placementIn(index, area, vintage);
  switch (placement.kind) {
    case "native":
      return { reportedFor: area, placement, filedUnder: area, wentInto: [] };
    case "carried":
      return { reportedFor: area, placement, filedUnder: { kind: "unit", unit: placement.to }, wentInto: [] };
    case "not-carried": {
      const reached = new Set(areaMembers(index, area).flatMap((m) => provincesReached(index, m, vintage)));
      return { reportedFor: area, placement, filedUnder: area, wentInto: [...reached].sort(byCode(index)) };
    }
  }
}

/** Figures reported for one area of the other vintage, carried into a unit (or a unit above it). */
export interface CarriedFigures {
  place: VintagePlace;
  /** The unit they were carried into: the profiled unit or one containing it. */
  carriedTo: UnitId;
  /** True when they were carried into the unit itself; false for a unit containing it (its province). */
  intoThisUnit: boolean;
  observations: Observation[];
}

/**
 * Every figure carried into `unitId` or into a unit containing it, grouped by the area the
 * source names, nearest destination first (the unit, then its province), then in data order.
 * Figures reported for the unit's own vintage are not here: figuresByArea lists them.
 */
export function carriedInto(index: AtlasIndex, unitId: UnitId): CarriedFigures[] {
  const unit = index.units.get(unitId);
  if (unit === undefined) return [];
  const chain = ancestorChain(index, unitId);
  const out: CarriedFigures[] = [];
  // Areas first, objects only for those carried here: at national scale thousands of areas have figures.
  for (const area of areasWithFigures(index)) {
    const place = placeUnderVintage(index, area, unit.vintage);
    if (place.placement.kind !== "carried" || !chain.includes(place.placement.to)) continue;
    out.push({ place, carriedTo: place.placement.to, intoThisUnit: place.placement.to === unitId, observations: observationsOfArea(index, area) });
  }
  return out.sort((a, b) => chain.indexOf(a.carriedTo) - chain.indexOf(b.carriedTo));
}

/** Figures kept with an area of the other vintage that overlaps the unit: not carried, never divided. */
export interface KeptFigures {
  place: VintagePlace;
  observations: Observation[];
}

/**
 * Figures of areas of the other vintage that were not carried (split, or a group spread over
 * several new provinces) but some of whose units went into the province holding `unitId`.
 * Shown so a reader of the new unit knows they exist and why they are not counted there.
 */
export function keptOverlapping(index: AtlasIndex, unitId: UnitId): KeptFigures[] {
  const unit = index.units.get(unitId);
  if (unit === undefined) return [];
  const province = topOf(index, unitId);
  const out: KeptFigures[] = [];
  for (const area of areasWithFigures(index)) {
    const place = placeUnderVintage(index, area, unit.vintage);
    if (place.placement.kind === "not-carried" && place.wentInto.includes(province)) out.push({ place, observations: observationsOfArea(index, area) });
  }
  return out;
}

/**
 * The former units of the other vintage that were split and of which `unitId` holds a piece
 * (xã Bố Trạch holds part of the former huyện Bố Trạch): their figures are never divided among
 * the pieces. Nearest first, in crosswalk order.
 */
export function splitPredecessors(index: AtlasIndex, unitId: UnitId): UnitId[] {
  const out: UnitId[] = [];
  const add = (id: UnitId) => {
    if (!out.includes(id)) out.push(id);
  };
  for (const link of index.linksTo.get(unitId) ?? []) {
    // The unit the link starts from, and any unit above it that was split too (a commune's former district).
    for (const former of [link.from, ...ancestorsOf(index, link.from)]) {
      const links = index.linksFrom.get(former) ?? [];
      if (links.some((l) => l.relation === "split")) add(former);
    }
  }
  return out;
}
