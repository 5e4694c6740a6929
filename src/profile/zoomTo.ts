/**
 * "Zoom to" for the profile: the map view (centre and zoom, as the store keeps it) that fits a
 * unit's bounds in a map of a given size. Pure web-Mercator arithmetic (512-px world at zoom 0,
 * as MapLibre uses), so it needs no map instance.
 */
import { ancestorsOf, type AtlasIndex } from "../data/atlas";
import { areaShape, boundsOf, type Bounds, type BoundaryIndex } from "../map/geometry";
import type { UnitId } from "../schema";
import type { MapViewState } from "../store";

const WORLD_SIZE = 512;
const MAX_ZOOM = 12;

function mercatorY(lat: number): number {
  const phi = (lat * Math.PI) / 180;
  return (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2;
}

function latitudeOf(mercY: number): number {
  return (Math.atan(Math.sinh(Math.PI * (1 - 2 * mercY))) * 180) / Math.PI;
}

export interface ViewportSize {
  width: number;
  height: number;
  /** Space kept free on every side, in CSS pixels. Default 40. */
  padding?: number;
}

/** The centre and zoom that fit the bounds into the viewport, zoom capped at 12. */
export function viewForBounds([west, south, east, north]: Bounds, size: ViewportSize): MapViewState {
  const padding = size.padding ?? 40;
  const x0 = (west + 180) / 360;
  const x1 = (east + 180) / 360;
  const y0 = mercatorY(north);
  const y1 = mercatorY(south);
  const width = Math.max(1, size.width - 2 * padding);
  const height = Math.max(1, size.height - 2 * padding);
  const dx = Math.max(x1 - x0, 1e-9) * WORLD_SIZE;
  const dy = Math.max(y1 - y0, 1e-9) * WORLD_SIZE;
  const zoom = Math.min(MAX_ZOOM, Math.max(0, Math.log2(Math.min(width / dx, height / dy))));
  return { longitude: (west + east) / 2, latitude: latitudeOf((y0 + y1) / 2), zoom };
}

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
