/**
 * Simplification and quantisation of a TopoJSON topology (topojson-simplify, topojson-client),
 * with one guard: no polygon ring may collapse below a triangle, so small islands and provinces
 * bounded by two long arcs survive simplification. Shared arcs keep shared borders identical.
 */
import type { GeoJsonProperties } from "geojson";
import type { GeometryObject, Objects, Topology } from "topojson-specification";
import { quantize } from "topojson-client";
import { presimplify, simplify } from "topojson-simplify";

/** Arc points after presimplify carry their weight as a third number. */
type WeightedPoint = [number, number, number];

function ringsOf(geometry: GeometryObject<GeoJsonProperties>): number[][] {
  switch (geometry.type) {
    case "Polygon":
      return geometry.arcs;
    case "MultiPolygon":
      return geometry.arcs.flat();
    case "GeometryCollection":
      return geometry.geometries.flatMap(ringsOf);
    default:
      return [];
  }
}

const arcIndex = (i: number): number => (i < 0 ? ~i : i);

/** Distinct positions a ring keeps at `minWeight`. */
function keptPositions(ring: number[], arcs: WeightedPoint[][], minWeight: number): number {
  const keys = new Set<string>();
  for (const i of ring) {
    for (const p of arcs[arcIndex(i)] ?? []) if (p[2] >= minWeight) keys.add(`${p[0]},${p[1]}`);
  }
  return keys.size;
}

/** Raises the heaviest dropped points of any ring that would keep fewer than 3 positions. */
function protectRings<T extends Topology>(topology: T, minWeight: number): void {
  const arcs = topology.arcs as unknown as WeightedPoint[][];
  for (const object of Object.values(topology.objects)) {
    for (const ring of ringsOf(object)) {
      let kept = keptPositions(ring, arcs, minWeight);
      if (kept >= 3) continue;
      const candidates = ring
        .flatMap((i) => (arcs[arcIndex(i)] ?? []).slice(1, -1))
        .filter((p) => p[2] < minWeight)
        .sort((a, b) => b[2] - a[2] || a[0] - b[0] || a[1] - b[1]);
      for (const p of candidates) {
        if (kept >= 3) break;
        p[2] = Number.POSITIVE_INFINITY;
        kept = keptPositions(ring, arcs, minWeight);
      }
    }
  }
}

/** Distinct positions of a ring in a quantised (delta-encoded) topology. */
function quantizedRingSize(ring: number[], decoded: [number, number][][]): number {
  const keys = new Set<string>();
  for (const i of ring) for (const p of decoded[arcIndex(i)] ?? []) keys.add(`${p[0]},${p[1]}`);
  return keys.size;
}

/**
 * Quantisation can still fold a ring smaller than one grid step (a rock of an island, a sliver hole)
 * into fewer than three positions. Such a ring is not a polygon: drop it (a polygon whose outer ring
 * folds is dropped with its holes).
 */
function dropCollapsedRings(topology: Topology): void {
  const decoded = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx = 0, dy = 0]) => [(x += dx), (y += dy)] as [number, number]);
  });
  const polygon = (rings: number[][]): number[][] | null => {
    const [outer, ...holes] = rings;
    if (outer === undefined || quantizedRingSize(outer, decoded) < 3) return null;
    return [outer, ...holes.filter((h) => quantizedRingSize(h, decoded) >= 3)];
  };
  const clean = (g: GeometryObject<GeoJsonProperties>): void => {
    if (g.type === "Polygon") g.arcs = polygon(g.arcs) ?? g.arcs;
    else if (g.type === "MultiPolygon") g.arcs = g.arcs.map(polygon).filter((p): p is number[][] => p !== null);
    else if (g.type === "GeometryCollection") g.geometries.forEach(clean);
  };
  Object.values(topology.objects).forEach(clean);
}

/**
 * Arcs used by `objects` alone are simplified `factor` times more coarsely: their weights are
 * divided by it. An arc shared with any other object keeps its weight, so a border drawn by two
 * layers stays the same line in both.
 */
function coarsen(topology: Topology, objects: readonly string[], factor: number): void {
  const arcs = topology.arcs as unknown as WeightedPoint[][];
  const usedElsewhere = new Set<number>();
  const usedHere = new Set<number>();
  for (const [name, object] of Object.entries(topology.objects)) {
    const into = objects.includes(name) ? usedHere : usedElsewhere;
    for (const ring of ringsOf(object)) for (const i of ring) into.add(arcIndex(i));
  }
  for (const i of usedHere) {
    if (usedElsewhere.has(i)) continue;
    for (const p of (arcs[i] ?? []).slice(1, -1)) p[2] /= factor;
  }
}

/**
 * Visvalingam simplification to `minWeight` (planar triangle area, in square degrees), then
 * quantisation to a grid of `quantization` steps per side of the bounding box. `coarser` names
 * objects to simplify more (a national layer that never needs district-scale detail).
 */
export function simplifyAndQuantize(topology: Topology, minWeight: number, quantization: number, coarser?: { objects: readonly string[]; factor: number }): Topology {
  // topojson-simplify's types want property-less objects; ours carry { id } or { name }, which it ignores.
  const weighted = presimplify(topology as Topology<Objects>);
  if (coarser !== undefined) coarsen(weighted, coarser.objects, coarser.factor);
  protectRings(weighted, minWeight);
  const quantized = quantize(simplify(weighted, minWeight), quantization) as Topology;
  dropCollapsedRings(quantized);
  return quantized;
}
