/**
 * "Zoom to" for the profile: the bounds to fit for a unit. The view that fits them is
 * viewForBounds in src/map/viewForBounds.ts, shared by every "zoom to".
 */
import { ancestorsOf, type AtlasIndex } from "../data/atlas";
import { areaShape, boundsOf, type Bounds, type BoundaryIndex } from "../map/geometry";
import type { UnitId } from "../schema";

/**
 * Bounds of the unit's polygon, or of its nearest ancestor that has one (communes are not
 * drawn, so "zoom to" a commune shows its province). Null when none has a polygon.
 */
export function unitBounds(boundaries: BoundaryIndex, index: AtlasIndex, unitId: UnitId): { bounds: Bounds; drawnUnit: UnitId } | null {
  for (const id of [unitId, ...ancestorsOf(index, unitId)]) {
    const shape = areaShape(boundaries, [id]);
    const bounds = shape === null ? null : boundsOf([shape]);
    if (bounds !== null) return { bounds, drawnUnit: id };
  }
  return null;
}
