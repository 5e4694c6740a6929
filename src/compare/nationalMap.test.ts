import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { provinceMap } from "./nationalMap";

/** Two unit squares side by side, sharing one arc, as TopoJSON without a transform. */
function createTwoSquares(): Topology {
  return {
    type: "Topology",
    arcs: [
      [
        [105, 17],
        [105, 18],
      ],
      [
        [105, 18],
        [104, 18],
        [104, 17],
        [105, 17],
      ],
      [
        [105, 17],
        [106, 17],
        [106, 18],
        [105, 18],
      ],
    ],
    objects: {
      provinces_post2025: {
        type: "GeometryCollection",
        geometries: [
          { type: "Polygon", arcs: [[0, 1]], properties: { id: "post2025:44" } },
          { type: "Polygon", arcs: [[2, -1]], properties: { id: "post2025:42" } },
        ],
      },
    },
  };
}

describe("provinceMap", () => {
  it("gives one path per province with its id", () => {
    expect(provinceMap(createTwoSquares(), "post2025").shapes.map((s) => s.id)).toEqual(["post2025:44", "post2025:42"]);
  });

  it("puts north at the top and west at the left", () => {
    const [first] = provinceMap(createTwoSquares(), "post2025").shapes;
    // The first ring starts at (105°E, 17°N): 1° east of the west edge, at the south edge.
    expect(first?.d.startsWith(`M${Math.round(Math.cos((17.5 * Math.PI) / 180) * 40 * 100) / 100},40L`)).toBe(true);
  });

  it("returns no shapes for a vintage the file lacks", () => {
    expect(provinceMap(createTwoSquares(), "pre2025").shapes).toEqual([]);
  });
});

const BOUNDARIES = fileURLToPath(new URL("../../public/data/boundaries.topo.json", import.meta.url));

describe.skipIf(!existsSync(BOUNDARIES))("provinceMap on the real boundaries", () => {
  it("draws 63 former and 34 new provinces", () => {
    const topology = JSON.parse(readFileSync(BOUNDARIES, "utf8")) as Topology;
    expect([provinceMap(topology, "pre2025").shapes.length, provinceMap(topology, "post2025").shapes.length]).toEqual([63, 34]);
  });
});
