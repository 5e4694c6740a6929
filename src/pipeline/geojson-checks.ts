/**
 * Boundary files are checked before any geometry code touches them, so that a broken file gives a
 * message naming the file, the feature (index and name) and the field, never a stack trace or a
 * silent "0 problems": not GeoJSON, coordinates written as text, an empty geometry, a ring that
 * is not closed, a position off the globe, and a district that lies outside its province.
 */
import type { Feature, Position } from "geojson";
import type { Problem, ProblemList } from "./problems";

const HINT = "restore the file from its source (see ../shared/data/boundaries/SOURCES.md), or fix this feature in a GIS program";

function featureName(f: unknown, i: number): string {
  const props = (f as { properties?: Record<string, unknown> | null } | null)?.properties;
  const name = props?.shapeName;
  return `feature ${i}${typeof name === "string" && name !== "" ? ` (${name})` : ""}`;
}

/** The first problem of one ring, as a field path and a message; null when the ring is sound. */
function ringProblem(ring: unknown, path: string): { field: string; message: string } | null {
  if (!Array.isArray(ring)) return { field: path, message: "a ring must be a list of positions" };
  if (ring.length < 4) return { field: path, message: `a ring needs at least 4 positions (found ${ring.length}): the geometry is empty or degenerate` };
  for (let k = 0; k < ring.length; k++) {
    const p: unknown = ring[k];
    if (!Array.isArray(p) || p.length < 2) return { field: `${path}[${k}]`, message: "a position must be [longitude, latitude]" };
    for (const [j, axis] of [[0, "longitude"], [1, "latitude"]] as const) {
      const v: unknown = p[j];
      if (typeof v !== "number") return { field: `${path}[${k}][${j}]`, message: `the ${axis} is ${typeof v === "string" ? `the text "${v}"` : String(v)}, not a number` };
      const limit = j === 0 ? 180 : 90;
      if (!Number.isFinite(v) || Math.abs(v) > limit) return { field: `${path}[${k}][${j}]`, message: `the ${axis} ${v} is off the globe` };
    }
  }
  const a = ring[0] as Position;
  const b = ring[ring.length - 1] as Position;
  if (a[0] !== b[0] || a[1] !== b[1]) return { field: path, message: "the ring is not closed (its last position differs from its first)" };
  return null;
}

/**
 * Parses and checks a boundary file. Returns its features when every one is a sound polygon or
 * multipolygon; otherwise reports each broken feature (first problem of each) and returns null.
 */
export function parseBoundaryFile(text: string, shown: string, problems: ProblemList): Feature[] | null {
  const add = (line: number | null, field: string, message: string) => problems.add({ file: shown, line, field, message, hint: HINT });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error: unknown) {
    const at = /position (\d+)/.exec(String(error))?.[1];
    const line = at === undefined ? 1 : text.slice(0, Number(at)).split("\n").length;
    add(line, "JSON syntax", `not valid JSON, so not GeoJSON (${error instanceof Error ? error.message : String(error)})`);
    return null;
  }
  const top = json as { type?: unknown; features?: unknown } | null;
  if (top === null || typeof top !== "object" || top.type !== "FeatureCollection") {
    add(1, "type", `not a GeoJSON FeatureCollection (type is ${JSON.stringify(top?.type ?? null)})`);
    return null;
  }
  if (!Array.isArray(top.features) || top.features.length === 0) {
    add(1, "features", "the collection has no features");
    return null;
  }
  const before = problems.size;
  top.features.forEach((f: unknown, i: number) => {
    const where = featureName(f, i);
    const bad = (field: string, message: string) => add(null, `${where} ${field}`, message);
    const feature = f as { type?: unknown; geometry?: { type?: unknown; coordinates?: unknown } | null } | null;
    if (feature === null || typeof feature !== "object" || feature.type !== "Feature") return bad("type", "not a GeoJSON Feature");
    const g = feature.geometry;
    if (g === null || g === undefined) return bad("geometry", "the geometry is empty (null)");
    if (g.type !== "Polygon" && g.type !== "MultiPolygon") return bad("geometry.type", `expected Polygon or MultiPolygon, found ${JSON.stringify(g.type)}`);
    const polygons: unknown = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
    if (!Array.isArray(polygons) || polygons.length === 0) return bad("geometry.coordinates", "the geometry is empty (no coordinates)");
    for (let pi = 0; pi < polygons.length; pi++) {
      const rings: unknown = polygons[pi];
      const base = g.type === "Polygon" ? "geometry.coordinates" : `geometry.coordinates[${pi}]`;
      if (!Array.isArray(rings) || rings.length === 0) return bad(base, "the geometry is empty (a polygon without rings)");
      for (let ri = 0; ri < rings.length; ri++) {
        const p = ringProblem(rings[ri], `${base}[${ri}]`);
        if (p !== null) return bad(p.field, p.message);
      }
    }
    return undefined;
  });
  return problems.size > before ? null : (top.features as Feature[]);
}

// ---------------------------------------------------------------------------
// A unit inside its parent
// ---------------------------------------------------------------------------

type Rings = Position[][];

function polygonsOf(f: Feature): Rings[] {
  const g = f.geometry;
  if (g?.type === "Polygon") return [g.coordinates];
  if (g?.type === "MultiPolygon") return g.coordinates;
  return [];
}

function insideRing(p: Position, ring: Position[]): boolean {
  const [x = 0, y = 0] = p;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function insideAny(p: Position, polygons: Rings[]): boolean {
  return polygons.some(([outer, ...holes]) => outer !== undefined && insideRing(p, outer) && !holes.some((h) => insideRing(p, h)));
}

/** The area-weighted centre of the largest outer ring (the district's main body). */
function centreOf(polygons: Rings[]): Position | null {
  let best: { area: number; c: Position } | null = null;
  for (const [outer] of polygons) {
    if (outer === undefined) continue;
    let a = 0;
    let cx = 0;
    let cy = 0;
    for (let i = 0; i + 1 < outer.length; i++) {
      const [x1 = 0, y1 = 0] = outer[i] ?? [];
      const [x2 = 0, y2 = 0] = outer[i + 1] ?? [];
      const cross = x1 * y2 - x2 * y1;
      a += cross;
      cx += (x1 + x2) * cross;
      cy += (y1 + y2) * cross;
    }
    if (a !== 0 && (best === null || Math.abs(a) > best.area)) best = { area: Math.abs(a), c: [cx / (3 * a), cy / (3 * a)] };
  }
  return best?.c ?? null;
}

/**
 * Whether a unit lies in its parent. The two come from different sources (ADM1 of 2008, ADM2 of
 * 2020) whose shared borders differ by a few hundred metres, so border vertices prove nothing:
 * the unit's centre must lie in the parent, or, for a crescent-shaped unit whose centre falls
 * outside itself, most of its vertices.
 */
export function liesWithin(unit: Feature, parent: readonly Feature[]): boolean {
  const parents = parent.flatMap(polygonsOf);
  const own = polygonsOf(unit);
  const centre = centreOf(own);
  if (centre !== null && insideAny(centre, parents)) return true;
  const vertices = own.flatMap(([outer]) => outer ?? []);
  const step = Math.max(1, Math.floor(vertices.length / 64));
  const sample = vertices.filter((_, i) => i % step === 0);
  return sample.length > 0 && sample.filter((p) => insideAny(p, parents)).length * 2 > sample.length;
}

export function outsideParent(shown: string, index: number, name: string, unit: string, parent: string): Problem {
  return {
    file: shown,
    line: null,
    field: `feature ${index} (${name}) geometry`,
    message: `district ${unit} lies outside its province ${parent}`,
    hint: "check that the feature is the right district, and its province code in data/admin/districts_focus.csv or data/districts_context.csv",
  };
}
