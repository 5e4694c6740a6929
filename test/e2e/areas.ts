/**
 * Where to read a map's pixels: points inside real areas, computed from the shipped
 * public/data/boundaries.topo.json with the app's own geometry code, and checked to lie inside
 * their area, so a boundary update cannot make a test read the wrong place silently.
 */
import { readFileSync } from "node:fs";
import type { Topology } from "topojson-specification";
import { areaShape, containsPoint, indexBoundaries, labelPoint, type AreaShape } from "../../src/map/geometry";
import { expect } from "./fixtures";

const boundaries = indexBoundaries(JSON.parse(readFileSync("public/data/boundaries.topo.json", "utf8")) as Topology);

/** The merged shape of one unit or of a group's members. */
export function shapeOf(members: string | readonly string[]): AreaShape {
  const ids = typeof members === "string" ? [members] : [...members];
  const shape = areaShape(boundaries, ids);
  if (shape === null) throw new Error(`no polygon for ${ids.join("+")}`);
  return shape;
}

/**
 * A point inside the area, `southward` degrees south of its label point: the label point itself
 * carries the area's name (text and halo), which is not the fill colour a test wants to read.
 */
export function fillPoint(members: string | readonly string[], southward = 0.05): [number, number] {
  const shape = shapeOf(members);
  const [lon, lat] = labelPoint(shape);
  const point: [number, number] = [lon, lat - southward];
  expect(containsPoint(shape, point), `the point read for ${String(members)} lies inside it`).toBe(true);
  return point;
}
