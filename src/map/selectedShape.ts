/**
 * The selected area's outline on a map of one vintage (pure): the selected units the map can
 * draw, merged, so a selected group reads as one area. One rule for the WebGL map
 * (useMapContent.ts) and the SVG fallback (svg/SvgAtlasMap.tsx).
 */
import type { AtlasIndex } from "../data/atlas";
import type { UnitId, Vintage } from "../schema";
import { areaShape, type AreaShape, type BoundaryIndex } from "./geometry";

export function selectedShape(index: AtlasIndex, boundaries: BoundaryIndex, selection: readonly UnitId[], vintage: Vintage): AreaShape | null {
  // Units of this vintage; on the post-2025 map also former districts, whose figures may stay with them.
  const drawable = selection.filter((id) => {
    const unit = index.units.get(id);
    return boundaries.objects.has(id) && unit !== undefined && (unit.vintage === vintage || unit.level === "district");
  });
  return drawable.length === 0 ? null : areaShape(boundaries, drawable);
}
