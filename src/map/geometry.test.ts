import type { Polygon } from "geojson";
import type { Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { squareArc, twoSquareArcs, twoSquares } from "./testing/squares";
import { areaShape, boundsOf, containsPoint, indexBoundaries, labelPoint, unitFeatures } from "./geometry";

/**
 * Two unit squares side by side that share one border (arc 0), and a third far away:
 * A = [0,1]×[0,1] (pre2025:455), B = [1,2]×[0,1] (pre2025:450), C = [5,6]×[0,1] (pre2025:443).
 */
function createTopology(): Topology {
  return {
    type: "Topology",
    arcs: [...twoSquareArcs(), squareArc(5, 0, 6, 1)],
    objects: {
      districts_pre2025: {
        type: "GeometryCollection",
        geometries: [...twoSquares(["pre2025:455", "pre2025:450"]), { type: "Polygon", arcs: [[3]], properties: { id: "pre2025:443" } }],
      },
    },
  };
}

describe("unitFeatures", () => {
  it("gives one feature per polygon with its id", () => {
    expect(unitFeatures(createTopology(), "districts_pre2025").map((f) => f.properties.id)).toEqual(["pre2025:455", "pre2025:450", "pre2025:443"]);
  });

  it("gives nothing for a missing object", () => {
    expect(unitFeatures(createTopology(), "provinces_post2025")).toEqual([]);
  });
});

describe("areaShape", () => {
  it("gives a unit its own polygon", () => {
    const shape = areaShape(indexBoundaries(createTopology()), ["pre2025:455"]);
    expect(shape && boundsOf([shape])).toEqual([0, 0, 1, 1]);
  });

  it("merges neighbouring members into one polygon without the border between them", () => {
    const shape = areaShape(indexBoundaries(createTopology()), ["pre2025:455", "pre2025:450"]);
    expect(shape?.type).toBe("Polygon");
    expect((shape as Polygon).coordinates).toHaveLength(1);
    expect(boundsOf([shape as Polygon])).toEqual([0, 0, 2, 1]);
  });

  it("keeps separate members as the parts of one multipolygon", () => {
    const shape = areaShape(indexBoundaries(createTopology()), ["pre2025:455", "pre2025:443"]);
    expect(shape?.type).toBe("MultiPolygon");
  });

  it("gives null when a member has no polygon, rather than a shape missing a part", () => {
    expect(areaShape(indexBoundaries(createTopology()), ["pre2025:455", "pre2025:19111"])).toBeNull();
  });
});

describe("labelPoint", () => {
  it("uses the centroid of a merged group", () => {
    const shape = areaShape(indexBoundaries(createTopology()), ["pre2025:455", "pre2025:450"]);
    const [x, y] = labelPoint(shape as Polygon);
    expect(x).toBeCloseTo(1);
    expect(y).toBeCloseTo(0.5);
  });

  it("stays inside one of the parts when the parts are apart (the centroid would fall between them)", () => {
    const shape = areaShape(indexBoundaries(createTopology()), ["pre2025:455", "pre2025:443"]);
    expect(shape && containsPoint(shape, labelPoint(shape))).toBe(true);
  });

  it("stays inside a crescent whose centroid lies outside it", () => {
    // A "C" open to the right: its centroid falls in the opening.
    const crescent: Polygon = {
      type: "Polygon",
      coordinates: [
        [
          [0, 0],
          [3, 0],
          [3, 1],
          [1, 1],
          [1, 2],
          [3, 2],
          [3, 3],
          [0, 3],
          [0, 0],
        ],
      ],
    };
    expect(containsPoint(crescent, labelPoint(crescent))).toBe(true);
  });
});

describe("containsPoint", () => {
  it("excludes points in a hole", () => {
    const square: Polygon = {
      type: "Polygon",
      coordinates: [
        [
          [0, 0],
          [4, 0],
          [4, 4],
          [0, 4],
          [0, 0],
        ],
        [
          [1, 1],
          [3, 1],
          [3, 3],
          [1, 3],
          [1, 1],
        ],
      ],
    };
    expect(containsPoint(square, [2, 2])).toBe(false);
  });
});

describe("boundsOf", () => {
  it("gives null for no shapes", () => {
    expect(boundsOf([])).toBeNull();
  });
});
