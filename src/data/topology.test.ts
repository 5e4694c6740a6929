import { describe, expect, it } from "vitest";
import type { BoundariesFile } from "../schema";
import { notGeometryObjects } from "./topology";

function file(objects: BoundariesFile["objects"]): BoundariesFile {
  return { schemaVersion: 1, type: "Topology", objects, arcs: [] };
}

describe("notGeometryObjects", () => {
  it("accepts geometry collections and polygons", () => {
    expect(notGeometryObjects(file({ a: { type: "GeometryCollection", geometries: [] }, b: { type: "Polygon", arcs: [[0]] } }))).toEqual([]);
  });
  it("names an object whose type is not a TopoJSON geometry", () => {
    expect(notGeometryObjects(file({ ok: { type: "GeometryCollection", geometries: [] }, bad: { type: "Feature" } }))).toEqual(["bad"]);
  });
  it("names a collection without its geometries", () => {
    expect(notGeometryObjects(file({ provinces: { type: "GeometryCollection" } }))).toEqual(["provinces"]);
  });
});
