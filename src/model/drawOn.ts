/**
 * Where the figures reported for an area are drawn on the map of one vintage: the one carry rule
 * (src/model/carry.ts), then what the map can draw (an outline the boundary files have). Pure.
 * In the model, not in src/map, so that the column store (src/model/figureStore.ts) can place an
 * area once per file with the same rule the map's selector uses (src/map/mapData.ts re-exports it).
 */
import { areaMembers, areaVintage, type AtlasIndex } from "../data/atlas";
import { placementIn } from "./carry";
import type { AreaRef, UnitId, Vintage } from "../schema";
import type { YearPeriod } from "./period";

/**
 * - `own`: drawn on the area the source names.
 * - `carried`: the source names a unit of the other vintage that went whole into `drawOn`
 *   ("reported for former Hàm Yên", drawn on the new Tuyên Quang).
 * - `former`: the source names a former unit that did not go whole into one new unit; the
 *   figure stays with it and is drawn on its former outline.
 */
export type FigurePlacement = "own" | "carried" | "former";

/** Why a figure has no shape on this map. */
export type NotDrawnReason = "no-geometry" | "other-vintage";

/**
 * One area's figure on a map, as far as the object path (src/map/mapData.ts's MapFigure) and the
 * column store (src/model/figureStore.ts's MapValue) both describe it; each adds where its
 * figures are read from.
 */
export interface MapFigureHead {
  /** Unique on one map: drawOn and reportedFor together. */
  key: string;
  /** The area whose shape the figure is drawn on. */
  drawOn: AreaRef;
  /** The area the source reports the figure for. */
  reportedFor: AreaRef;
  placement: FigurePlacement;
  /** Lowest and highest value the sources give; equal unless they conflict. */
  low: number;
  high: number;
  /** The value that sets the class colour and symbol size: the highest reported (so the symbol covers every source's value). */
  value: number;
  /** True when the sources give different values or qualifiers for the same thing. */
  conflict: boolean;
  /** The period the figure covers (the widest of its sources). */
  periodStart: string;
  periodEnd: string;
}

/** Which figures a map shows: one indicator, a period (null: all), the boundaries, and optionally one programme. */
export interface MapFigureQuery {
  indicatorId: string;
  period: YearPeriod | null;
  vintage: Vintage;
  /** Only this programme's figures; absent or null: every programme. */
  programmeId?: string | null;
}

export type DrawPlacement = { kind: "drawn"; drawOn: AreaRef; placement: FigurePlacement } | { kind: "not-drawn"; reason: NotDrawnReason };

/** Where the figures reported for `area` go on the map of `vintage`: the shared carry rule, then what the map can draw. */
export function placeArea(index: AtlasIndex, area: AreaRef, vintage: Vintage): DrawPlacement {
  const members = areaMembers(index, area);
  if (members.length === 0 || areaVintage(index, area) === null) return { kind: "not-drawn", reason: "other-vintage" };
  const placement = placementIn(index, area, vintage);
  switch (placement.kind) {
    case "native":
      return allHaveGeometry(index, members) ? { kind: "drawn", drawOn: area, placement: "own" } : { kind: "not-drawn", reason: "no-geometry" };
    case "carried": {
      // Drawn on the unit that wholly contains it, when the map has that unit's outline (no new commune has one).
      const drawOn: AreaRef = { kind: "unit", unit: placement.to };
      return allHaveGeometry(index, [placement.to]) ? { kind: "drawn", drawOn, placement: "carried" } : { kind: "not-drawn", reason: "no-geometry" };
    }
    case "not-carried":
      // A former area that was split stays as it was, drawn on its own (former) outline. The maps
      // only keep outlines of former units, so a new unit's figure has nowhere to go on the old map.
      if (vintage === "post2025" && allHaveGeometry(index, members)) return { kind: "drawn", drawOn: area, placement: "former" };
      return { kind: "not-drawn", reason: vintage === "post2025" ? "no-geometry" : "other-vintage" };
  }
}

function allHaveGeometry(index: AtlasIndex, ids: readonly UnitId[]): boolean {
  return ids.length > 0 && ids.every((id) => index.units.get(id)?.hasGeometry === true);
}
