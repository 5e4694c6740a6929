/**
 * Test geometry shared by the map's unit tests: two unit squares side by side that share one
 * border, as TopoJSON arcs, so that "a shared border is stored and drawn once" can be checked.
 *
 *   arc 0: the shared border x = 1;  arc 1: the rest of square A = [0,1]×[0,1];
 *   arc 2: the rest of square B = [1,2]×[0,1].   Further arcs start at index 3.
 */
import type { Polygon, Topology } from "topojson-specification";
import { indexBoundaries, type BoundaryIndex } from "../geometry";

export type Arc = [number, number][];

export function twoSquareArcs(): Arc[] {
  return [
    [
      [1, 0],
      [1, 1],
    ],
    [
      [1, 1],
      [0, 1],
      [0, 0],
      [1, 0],
    ],
    [
      [1, 0],
      [2, 0],
      [2, 1],
      [1, 1],
    ],
  ];
}

/** A closed square ring from (x0, y0) to (x1, y1), as one arc. */
export function squareArc(x0: number, y0: number, x1: number, y1: number): Arc {
  return [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ];
}

/** Squares A and B as polygons with the given unit ids. */
export function twoSquares(ids: readonly [string, string]): Polygon<{ id: string }>[] {
  return [
    { type: "Polygon", arcs: [[1, 0]], properties: { id: ids[0] } },
    { type: "Polygon", arcs: [[2, -1]], properties: { id: ids[1] } },
  ];
}

/**
 * Bố Trạch [0,1]×[0,1] and Đồng Hới [1,2]×[0,1] as the two squares; the former Quảng Bình
 * (pre2025:44) around them; the new Quảng Trị (post2025:44) elsewhere.
 */
export function programmeSquareBoundaries(): BoundaryIndex {
  const topology: Topology = {
    type: "Topology",
    arcs: [...twoSquareArcs(), squareArc(-5, -5, 5, 5), squareArc(10, 10, 20, 20)],
    objects: {
      provinces_pre2025: { type: "GeometryCollection", geometries: [{ type: "Polygon", arcs: [[3]], properties: { id: "pre2025:44" } }] },
      provinces_post2025: { type: "GeometryCollection", geometries: [{ type: "Polygon", arcs: [[4]], properties: { id: "post2025:44" } }] },
      districts_pre2025: { type: "GeometryCollection", geometries: twoSquares(["pre2025:455", "pre2025:450"]) },
    },
  };
  return indexBoundaries(topology);
}
