/**
 * A small SVG choropleth of the provinces for the national view (pure): which new provinces
 * are mergers, or which former provinces merged. Drawn as SVG rather than a second WebGL map
 * because it is static, needs no tiles and prints well; the table beside it says the same in words.
 * Projection: equirectangular scaled by cos(latitude) at the centre, which for Viet Nam's
 * span (8–23° N) keeps shapes recognisable; it is a locator map, not a measuring one.
 */
import type { Position } from "geojson";
import type { Topology } from "topojson-specification";
import { territories, type TerritoryKey } from "../map/archipelagos";
import { BOUNDARY_OBJECTS, unitFeatures, type AreaShape } from "../map/geometry";
import type { UnitId, Vintage } from "../schema";

export interface ProvinceShape {
  id: UnitId;
  /** SVG path data in the map's own coordinates. */
  d: string;
}

/** Where a territory's name goes on the SVG map, in the map's coordinates. */
export interface TerritoryMark {
  key: TerritoryKey;
  x: number;
  y: number;
  /** SVG text-anchor: Trường Sa's name sits west of its islands, which lie at the map's east edge. */
  anchor: "middle" | "end";
}

export interface ProvinceMap {
  shapes: ProvinceShape[];
  viewBox: string;
  /** The Hoàng Sa and Trường Sa archipelagos and the Biển Đông: named on every national map. */
  territories: TerritoryMark[];
}

/** Units of the map's coordinates per degree of latitude. */
const SCALE = 40;

function rings(shape: AreaShape): Position[][] {
  return shape.type === "Polygon" ? shape.coordinates : shape.coordinates.flat();
}

/** The provinces of one vintage as SVG paths, with a viewBox that fits them all. */
export function provinceMap(topology: Topology, vintage: Vintage): ProvinceMap {
  const features = unitFeatures(topology, BOUNDARY_OBJECTS.provinces[vintage]);
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of features) {
    for (const ring of rings(f.geometry)) {
      for (const [lon = 0, lat = 0] of ring) {
        west = Math.min(west, lon);
        east = Math.max(east, lon);
        south = Math.min(south, lat);
        north = Math.max(north, lat);
      }
    }
  }
  if (features.length === 0) return { shapes: [], viewBox: "0 0 1 1", territories: [] };
  const k = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const x = (lon: number) => Math.round((lon - west) * k * SCALE * 100) / 100;
  const y = (lat: number) => Math.round((north - lat) * SCALE * 100) / 100;
  const shapes = features.map((f) => ({
    id: f.properties.id,
    d: rings(f.geometry)
      .map((ring) => `M${ring.map(([lon = 0, lat = 0]) => `${x(lon)},${y(lat)}`).join("L")}Z`)
      .join(""),
  }));
  const marks = territories(features, vintage).map(({ key, position: [lon, lat] }): TerritoryMark => {
    // Hoàng Sa's name above its islands; Trường Sa's to their west (half a degree off).
    if (key === "hoangSa") return { key, x: x(lon), y: y(lat + 0.9), anchor: "middle" };
    if (key === "truongSa") return { key, x: x(lon - 0.5), y: y(lat), anchor: "end" };
    return { key, x: x(lon), y: y(lat), anchor: "middle" };
  });
  return { shapes, viewBox: `0 0 ${x(east)} ${y(south)}`, territories: marks };
}
