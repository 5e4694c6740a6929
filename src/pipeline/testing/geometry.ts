/** Planar measures for tests: enough to compare a dissolved province with the provinces it came from. */
import type { Geometry, Position } from "geojson";

function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    const [x2 = 0, y2 = 0] = ring[i + 1] ?? [];
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

/** Absolute area in square degrees, holes subtracted (rings' orientation is not trusted). */
export function planarArea(geometry: Geometry | null): number {
  if (geometry === null) return 0;
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
  return polygons.reduce((sum, rings) => {
    const [outer, ...holes] = rings;
    return sum + Math.abs(ringArea(outer ?? [])) - holes.reduce((h, r) => h + Math.abs(ringArea(r)), 0);
  }, 0);
}
