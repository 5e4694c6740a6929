import type { Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { createAtlasIndex } from "../data/testing/fixtures";
import { indexBoundaries, type AreaShape } from "./geometry";
import { squareArc, twoSquareArcs, twoSquares } from "./testing/squares";
import { mapFiguresFor } from "./mapData";
import { buildScene, legendClasses, legendNotes, programmeBounds, RANGE_RING_GAP_PX, resolveDrawMode, withCommuneShapes, type DrawMode } from "./scene";
import { toRgba } from "./palette";
import { symbolRadius } from "./symbols";

/** Bố Trạch [0,1]×[0,1] and Đồng Hới [1,2]×[0,1] sharing a border; Quảng Bình, larger, around them. */
function createTopology(): Topology {
  return {
    type: "Topology",
    arcs: [...twoSquareArcs(), squareArc(-5, -5, 5, 5)],
    objects: {
      provinces_pre2025: { type: "GeometryCollection", geometries: [{ type: "Polygon", arcs: [[3]], properties: { id: "pre2025:44" } }] },
      districts_pre2025: { type: "GeometryCollection", geometries: twoSquares(["pre2025:455", "pre2025:450"]) },
    },
  };
}

/** The fixture's "trained" figures: Đồng Hới 10, Bố Trạch 7, the group Bố Trạch + Đồng Hới ≥ 541. */
function createScene(mode: DrawMode) {
  const index = createAtlasIndex();
  const { drawn } = mapFiguresFor(index, { indicatorId: "trained", period: null, vintage: "pre2025" });
  return buildScene({ index, boundaries: indexBoundaries(createTopology()), figures: drawn, mode, method: "quantile" });
}

describe("resolveDrawMode", () => {
  it("draws counts as symbols by default", () => {
    expect(resolveDrawMode("auto", { kind: "count" })).toBe("symbols");
  });

  it("draws rates as a choropleth by default", () => {
    expect(resolveDrawMode("auto", { kind: "rate" })).toBe("choropleth");
  });

  it("follows the person's choice", () => {
    expect(resolveDrawMode("choropleth", { kind: "count" })).toBe("choropleth");
  });
});

describe("buildScene", () => {
  it("draws one area per figure, the group as one merged shape", () => {
    const scene = createScene("choropleth");
    expect(scene.areas).toHaveLength(3);
    expect(scene.shapes.get("group:bo-trach-dong-hoi")?.type).toBe("Polygon");
  });

  it("draws a one-unit area missing from the boundaries on the commune shape the map has loaded; a group still needs its boundaries", () => {
    const index = createAtlasIndex();
    const { drawn } = mapFiguresFor(index, { indicatorId: "trained", period: null, vintage: "pre2025" });
    const provincesOnly = createTopology();
    delete provincesOnly.objects["districts_pre2025"];
    const square: AreaShape = { type: "Polygon", coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] };
    const without = buildScene({ index, boundaries: indexBoundaries(provincesOnly), figures: drawn, mode: "choropleth", method: "quantile" });
    expect(without.areas).toHaveLength(0);
    const scene = buildScene({ index, boundaries: indexBoundaries(provincesOnly), figures: drawn, mode: "choropleth", method: "quantile", communeShapes: new Map([["pre2025:455", square]]) });
    expect(scene.areas.map((a) => a.geometry)).toEqual([square]);
    expect(scene.missingShapes.map((f) => f.drawOn).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual([
      { kind: "group", group: "bo-trach-dong-hoi" },
      { kind: "unit", unit: "pre2025:450" },
    ]);
  });

  it("is made again with the communes only when a figure had no shape", () => {
    const index = createAtlasIndex();
    const { drawn } = mapFiguresFor(index, { indicatorId: "trained", period: null, vintage: "pre2025" });
    const square: AreaShape = { type: "Polygon", coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] };
    const communes = new Map([["pre2025:455", square]]);
    const whole = createScene("symbols");
    expect(withCommuneShapes(whole, { index, boundaries: indexBoundaries(createTopology()), figures: drawn, method: "quantile" }, communes)).toBe(whole);
    const provincesOnly = createTopology();
    delete provincesOnly.objects["districts_pre2025"];
    const input = { index, boundaries: indexBoundaries(provincesOnly), figures: drawn, method: "quantile" as const };
    const partial = buildScene({ ...input, mode: "symbols" });
    const again = withCommuneShapes(partial, input, communes);
    expect([partial.areas.length, again.areas.length, again.mode]).toEqual([0, 1, "symbols"]);
  });

  it("draws larger areas first so small ones stay visible", () => {
    const scene = createScene("choropleth");
    expect(scene.areas[0]?.properties.figureKey).toBe("group:bo-trach-dong-hoi|group:bo-trach-dong-hoi");
  });

  it("colours each area with its class colour in a choropleth", () => {
    const scene = createScene("choropleth");
    const group = scene.areas.find((a) => a.properties.figureKey.startsWith("group:"));
    expect(group?.properties.fill).toEqual(toRgba(scene.colours.at(-1) ?? ""));
  });

  it("draws no symbols in a choropleth", () => {
    expect(createScene("choropleth").symbols).toEqual([]);
  });

  it("puts one symbol per figure, the largest for the largest value", () => {
    const scene = createScene("symbols");
    const biggest = [...scene.symbols].sort((a, b) => b.radius - a.radius)[0];
    expect([scene.symbols.length, biggest?.figureKey]).toEqual([3, "group:bo-trach-dong-hoi|group:bo-trach-dong-hoi"]);
  });

  it("draws a range (sources disagree) as an inner ring at the lowest value inside the disc of the highest", () => {
    const index = createAtlasIndex();
    const { drawn } = mapFiguresFor(index, { indicatorId: "supported", period: null, vintage: "pre2025" });
    const scene = buildScene({ index, boundaries: indexBoundaries(createTopology()), figures: drawn, mode: "symbols", method: "quantile" });
    const range = drawn.find((f) => f.low < f.high);
    if (range === undefined) throw new Error("the fixture has no disagreeing sources");
    const symbol = scene.symbols.find((s) => s.figureKey === range.key);
    expect(symbol?.innerRadius).toBeDefined();
    expect(symbol?.innerRadius ?? 0).toBeLessThan(symbol?.radius ?? 0);
    expect(symbol?.innerRadius).toBeCloseTo(Math.min(symbolRadius(scene.symbolScale, range.low), (symbol?.radius ?? 0) - RANGE_RING_GAP_PX));
    expect((symbol?.radius ?? 0) - (symbol?.innerRadius ?? 0)).toBeGreaterThanOrEqual(RANGE_RING_GAP_PX);
    expect(scene.symbols.filter((s) => s.figureKey !== range.key).every((s) => s.innerRadius === undefined)).toBe(true);
  });

  it("puts the group's symbol inside the group, at its merged centroid", () => {
    const symbol = createScene("symbols").symbols.find((s) => s.figureKey.startsWith("group:"));
    expect(symbol?.position[0]).toBeCloseTo(1);
  });
});

describe("legendClasses", () => {
  it("pairs each class with its colour", () => {
    const scene = createScene("choropleth");
    expect(legendClasses(scene, String).map((c) => c.colour)).toEqual(scene.colours);
  });
});

describe("legendNotes", () => {
  it("notes a figure reported for a group or province", () => {
    const index = createAtlasIndex();
    const { drawn } = mapFiguresFor(index, { indicatorId: "supported", period: null, vintage: "pre2025" });
    expect(legendNotes(index, drawn)).toMatchObject({ groupOrProvince: true, conflict: true });
  });
});

describe("programmeBounds", () => {
  it("fits the districts reported on, not their whole province", () => {
    const bounds = programmeBounds(createAtlasIndex(), indexBoundaries(createTopology()));
    expect(bounds).toEqual([0, 0, 2, 1]);
  });
});
