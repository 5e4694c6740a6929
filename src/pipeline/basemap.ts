/**
 * Basemap: Viet Nam and the countries around it, from Natural Earth 1:50m as packaged by npm
 * world-atlas (countries-50m.json). Whole countries are kept when they reach into the region; the
 * map clips them at the viewport. Object `vietnam` (ISO numeric 704) and `neighbours`, properties `{ name }`.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Feature, FeatureCollection, Geometry, Position } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import { feature } from "topojson-client";
import { topology } from "topojson-server";
import { SCHEMA_VERSION } from "../schema";
import { simplifyAndQuantize } from "./topology-tools";

/** [west, south, east, north] in degrees: the region the app shows around Viet Nam. */
export const REGION: [number, number, number, number] = [97, 6, 117, 27];
const VIETNAM_ID = "704";
/** Coarser than the boundaries: the basemap is context only. */
const MIN_WEIGHT = 4e-4;
const QUANTIZATION = 1e4;

function positions(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case "Polygon":
      return geometry.coordinates.flat();
    case "MultiPolygon":
      return geometry.coordinates.flat(2);
    default:
      return [];
  }
}

/** True when any polygon part's bounding box overlaps the region. */
function reachesRegion(geometry: Geometry): boolean {
  const parts = geometry.type === "MultiPolygon" ? geometry.coordinates.map((c) => ({ type: "Polygon", coordinates: c }) as Geometry) : [geometry];
  const [w, s, e, n] = REGION;
  return parts.some((part) => {
    const pts = positions(part);
    if (pts.length === 0) return false;
    const xs = pts.map((p) => p[0] ?? 0);
    const ys = pts.map((p) => p[1] ?? 0);
    return Math.min(...xs) <= e && Math.max(...xs) >= w && Math.min(...ys) <= n && Math.max(...ys) >= s;
  });
}

export interface BasemapResult {
  topology: Topology & { schemaVersion: typeof SCHEMA_VERSION };
  neighbours: string[];
}

export function buildBasemap(): BasemapResult {
  const require = createRequire(import.meta.url);
  const world = JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8")) as Topology;
  const countries = feature(world, world.objects.countries as GeometryCollection<{ name: string }>) as FeatureCollection<Geometry, { name: string }>;
  const keep = (f: Feature<Geometry, { name: string }>) => ({ type: "Feature" as const, properties: { name: f.properties.name }, geometry: f.geometry });
  const vietnam = countries.features.filter((f) => String(f.id) === VIETNAM_ID).map(keep);
  const neighbours = countries.features
    .filter((f) => String(f.id) !== VIETNAM_ID && f.geometry !== null && reachesRegion(f.geometry))
    .map(keep)
    .sort((a, b) => a.properties.name.localeCompare(b.properties.name));
  const raw = topology({
    vietnam: { type: "FeatureCollection", features: vietnam } as FeatureCollection,
    neighbours: { type: "FeatureCollection", features: neighbours } as FeatureCollection,
  });
  const final = simplifyAndQuantize(raw, MIN_WEIGHT, QUANTIZATION);
  return { topology: { schemaVersion: SCHEMA_VERSION, ...final }, neighbours: neighbours.map((f) => f.properties.name) };
}
