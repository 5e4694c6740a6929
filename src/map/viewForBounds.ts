/**
 * "Zoom to": the map view (centre and zoom, as the store keeps it) that fits bounds into a map
 * of a given size. Pure web-Mercator arithmetic (a 512-px world at zoom 0, as MapLibre uses),
 * so it needs no map instance; every "zoom to" in the app goes through it.
 */
import type { MapViewState } from "../store";
import type { Bounds } from "./geometry";

/** The deepest zoom any map allows (its maxZoom) and so the deepest "zoom to". */
export const MAP_MAX_ZOOM = 12;
/** Room kept free around the fitted area on every side, CSS px. */
export const ZOOM_TO_PADDING_PX = 40;
const WORLD_SIZE = 512;

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
  /** Space kept free on every side, in CSS pixels. Default ZOOM_TO_PADDING_PX. */
  padding?: number;
}

/** The centre and zoom that fit the bounds into the viewport, zoom capped at MAP_MAX_ZOOM. */
export function viewForBounds([west, south, east, north]: Bounds, size: ViewportSize): MapViewState {
  const padding = size.padding ?? ZOOM_TO_PADDING_PX;
  const x0 = (west + 180) / 360;
  const x1 = (east + 180) / 360;
  const y0 = mercatorY(north);
  const y1 = mercatorY(south);
  const width = Math.max(1, size.width - 2 * padding);
  const height = Math.max(1, size.height - 2 * padding);
  const dx = Math.max(x1 - x0, 1e-9) * WORLD_SIZE;
  const dy = Math.max(y1 - y0, 1e-9) * WORLD_SIZE;
  const zoom = Math.min(MAP_MAX_ZOOM, Math.max(0, Math.log2(Math.min(width / dx, height / dy))));
  return { longitude: (west + east) / 2, latitude: latitudeOf((y0 + y1) / 2), zoom };
}

/** The size to fit into: the map's own box when it is on the page, a laptop-sized guess otherwise. */
export function zoomToSize(container: HTMLElement | null | undefined): { width: number; height: number } {
  const box = container?.getBoundingClientRect();
  return box !== undefined && box.width > 0 && box.height > 0 ? { width: box.width, height: box.height } : { width: 800, height: 600 };
}
