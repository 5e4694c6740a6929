/**
 * Shapes of areas from the boundaries TopoJSON (pure). A group is one shape: its members'
 * polygons merged with topojson-client `merge`, so the shared borders inside it disappear
 * and the group reads as one area with one value.
 */
import type { Feature, MultiPolygon, Polygon, Position } from "geojson";
import { feature, merge } from "topojson-client";
import type { GeometryCollection, GeometryObject, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from "topojson-specification";
import type { UnitId, Vintage } from "../schema";

/** Names of the objects in boundaries.topo.json (as src/pipeline/boundaries.ts writes them). */
export const BOUNDARY_OBJECTS = {
  provinces: { pre2025: "provinces_pre2025", post2025: "provinces_post2025" },
  districts: "districts_pre2025",
} as const satisfies { provinces: Record<Vintage, string>; districts: string };

export type AreaShape = Polygon | MultiPolygon;
export interface UnitProperties {
  id: UnitId;
}
export type Bounds = [west: number, south: number, east: number, north: number];

type AreaObject = TopoPolygon<UnitProperties> | TopoMultiPolygon<UnitProperties>;

export interface BoundaryIndex {
  topology: Topology;
  /** Each unit's polygon object in the topology, from any of the boundary objects. */
  objects: Map<UnitId, AreaObject>;
  /** Shapes already built, by their members joined with "+" (merging is the costly part). */
  shapes: Map<string, AreaShape | null>;
}

/** Indexes every polygon of the boundaries by its unit id. Other geometry types are ignored. */
export function indexBoundaries(topology: Topology): BoundaryIndex {
  const objects = new Map<UnitId, AreaObject>();
  for (const name of [BOUNDARY_OBJECTS.provinces.pre2025, BOUNDARY_OBJECTS.provinces.post2025, BOUNDARY_OBJECTS.districts]) {
    for (const geometry of collectionGeometries(topology, name)) {
      const id = (geometry.properties as Partial<UnitProperties> | undefined)?.id;
      if (typeof id === "string" && (geometry.type === "Polygon" || geometry.type === "MultiPolygon")) objects.set(id, geometry as AreaObject);
    }
  }
  return { topology, objects, shapes: new Map() };
}

const indexes = new WeakMap<Topology, BoundaryIndex>();

/** The index of a topology, built once per topology object and shared by every map and list on the page. */
export function boundaryIndexOf(topology: Topology): BoundaryIndex {
  let index = indexes.get(topology);
  if (index === undefined) {
    index = indexBoundaries(topology);
    indexes.set(topology, index);
  }
  return index;
}

/** The geometries of a GeometryCollection object; none when the object is missing. */
export function collectionGeometries(topology: Topology, name: string): GeometryObject[] {
  const object = topology.objects[name];
  return object?.type === "GeometryCollection" ? (object as GeometryCollection).geometries : [];
}

const decoded = new WeakMap<Topology, Map<string, readonly Feature<AreaShape, unknown>[]>>();

/**
 * Every polygon of one object as GeoJSON features, with the properties the object gives them.
 * Decoded once per topology object and name, and shared: the map labels asked for every
 * district and province again on each switch of indicator or period (a CPU profile of those
 * switches put topojson's arc decoding first after the charts), and fresh geometry objects
 * also missed labelPoint's cache below. Read-only for that reason.
 */
export function polygonFeatures<P>(topology: Topology, name: string): readonly Feature<AreaShape, P>[] {
  let byName = decoded.get(topology);
  if (byName === undefined) {
    byName = new Map();
    decoded.set(topology, byName);
  }
  let features = byName.get(name);
  if (features === undefined) {
    const out: Feature<AreaShape, unknown>[] = [];
    for (const geometry of collectionGeometries(topology, name)) {
      if (geometry.type !== "Polygon" && geometry.type !== "MultiPolygon") continue;
      out.push(feature(topology, geometry as TopoPolygon | TopoMultiPolygon) as Feature<AreaShape, unknown>);
    }
    features = out;
    byName.set(name, features);
  }
  return features as readonly Feature<AreaShape, P>[];
}

/** Every polygon of one boundary object as GeoJSON features with `{ id }` (decoded once, shared). */
export function unitFeatures(topology: Topology, name: string): readonly Feature<AreaShape, UnitProperties>[] {
  return polygonFeatures<UnitProperties>(topology, name);
}

/**
 * The shape of an area made of these units: the unit's own polygon for one unit, the merged
 * polygons for several. Null when any member has no polygon (a shape must not silently lose a part).
 */
export function areaShape(boundaries: BoundaryIndex, members: readonly UnitId[]): AreaShape | null {
  const key = members.join("+");
  const cached = boundaries.shapes.get(key);
  if (cached !== undefined) return cached;
  const shape = buildShape(boundaries, members);
  boundaries.shapes.set(key, shape);
  return shape;
}

function buildShape(boundaries: BoundaryIndex, members: readonly UnitId[]): AreaShape | null {
  const parts: AreaObject[] = [];
  for (const id of members) {
    const part = boundaries.objects.get(id);
    if (part === undefined) return null;
    parts.push(part);
  }
  const [only] = parts;
  if (only === undefined) return null;
  if (parts.length === 1) return (feature(boundaries.topology, only) as Feature<AreaShape>).geometry;
  const merged = merge(boundaries.topology, parts);
  return merged.coordinates.length === 1 && merged.coordinates[0] ? { type: "Polygon", coordinates: merged.coordinates[0] } : merged;
}

function polygonsOf(shape: AreaShape): Position[][][] {
  return shape.type === "Polygon" ? [shape.coordinates] : shape.coordinates;
}

/** [west, south, east, north] of some shapes; null for none. */
export function boundsOf(shapes: readonly AreaShape[]): Bounds | null {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const shape of shapes)
    for (const polygon of polygonsOf(shape))
      for (const [x = 0, y = 0] of polygon[0] ?? []) {
        w = Math.min(w, x);
        e = Math.max(e, x);
        s = Math.min(s, y);
        n = Math.max(n, y);
      }
  return Number.isFinite(w) ? [w, s, e, n] : null;
}

/** Signed planar area and centroid of a ring (shoelace), in lon/lat degrees: good enough at province scale. */
function ringCentroid(ring: readonly Position[]): { area: number; x: number; y: number } {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0 = 0, y0 = 0] = ring[j] ?? [];
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    const f = x0 * y1 - x1 * y0;
    a += f;
    cx += (x0 + x1) * f;
    cy += (y0 + y1) * f;
  }
  a /= 2;
  return a === 0 ? { area: 0, x: ring[0]?.[0] ?? 0, y: ring[0]?.[1] ?? 0 } : { area: a, x: cx / (6 * a), y: cy / (6 * a) };
}

/** Area-weighted centroid of polygons (holes subtract). */
function centroidOf(polygons: readonly Position[][][]): { area: number; point: [number, number] } {
  let total = 0;
  let x = 0;
  let y = 0;
  for (const polygon of polygons)
    for (const [i, ring] of polygon.entries()) {
      const c = ringCentroid(ring);
      // Outer rings count positive and holes negative, whatever their winding.
      const area = i === 0 ? Math.abs(c.area) : -Math.abs(c.area);
      total += area;
      x += c.x * area;
      y += c.y * area;
    }
  if (total === 0) {
    const first = polygons[0]?.[0]?.[0];
    return { area: 0, point: [first?.[0] ?? 0, first?.[1] ?? 0] };
  }
  return { area: total, point: [x / total, y / total] };
}

function insideRing(point: readonly [number, number], ring: readonly Position[]): boolean {
  const [px, py] = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether the point lies inside the shape (inside an outer ring and in none of its holes). */
export function containsPoint(shape: AreaShape, point: readonly [number, number]): boolean {
  return polygonsOf(shape).some(([outer, ...holes]) => outer !== undefined && insideRing(point, outer) && !holes.some((h) => insideRing(point, h)));
}

/**
 * A point to put a symbol or label on: the shape's centroid when it lies inside the shape;
 * otherwise (a crescent, or a group of separate parts) a point inside its largest part, so a
 * symbol never floats over an area the figure is not about.
 */
export function labelPoint(shape: AreaShape): [number, number] {
  // Shapes are made once per boundary file (areaShape caches them) and never changed, and every
  // switch asked again for every label: a CPU profile of indicator switches put this file third.
  const cached = labelPoints.get(shape);
  if (cached !== undefined) return [cached[0], cached[1]];
  const point = computeLabelPoint(shape);
  labelPoints.set(shape, point);
  return [point[0], point[1]];
}

const labelPoints = new WeakMap<AreaShape, [number, number]>();

function computeLabelPoint(shape: AreaShape): [number, number] {
  const polygons = polygonsOf(shape);
  const whole = centroidOf(polygons).point;
  if (containsPoint(shape, whole)) return whole;
  const largest = [...polygons].sort((a, b) => centroidOf([b]).area - centroidOf([a]).area)[0];
  if (largest === undefined) return whole;
  const own = centroidOf([largest]).point;
  if (containsPoint({ type: "Polygon", coordinates: largest }, own)) return own;
  return widestMidpoint(largest, own[1]);
}

/** The middle of the widest stretch of the polygon along the latitude y (inside by construction). */
function widestMidpoint(polygon: readonly Position[][], y: number): [number, number] {
  const xs: number[] = [];
  for (const ring of polygon)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi = 0, yi = 0] = ring[i] ?? [];
      const [xj = 0, yj = 0] = ring[j] ?? [];
      if (yi > y !== yj > y) xs.push(xi + ((y - yi) * (xj - xi)) / (yj - yi));
    }
  xs.sort((a, b) => a - b);
  let best: [number, number] = [xs[0] ?? 0, y];
  let width = -1;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    const a = xs[i] ?? 0;
    const b = xs[i + 1] ?? 0;
    if (b - a > width) {
      width = b - a;
      best = [(a + b) / 2, y];
    }
  }
  return best;
}
