import type { Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { createAtlasIndex } from "../../data/testing/fixtures";
import { areaShape, indexBoundaries } from "../geometry";
import { mapFiguresFor } from "../mapData";
import { BASE_COLOURS, toRgba } from "../palette";
import { buildScene, legendClasses, type DrawMode } from "../scene";
import { squareArc, twoSquareArcs, twoSquares } from "../testing/squares";
import type { CommuneFeature } from "../communes";
import { lineWidthAt, pathMaker, projectPoint, svgBaseMap, svgCommunes, svgOverlay, viewportFor, type Viewport } from "./svgMap";

/** Bố Trạch [0,1]×[0,1] and Đồng Hới [1,2]×[0,1] sharing a border; Quảng Bình, larger, around them (as in scene.test.ts). */
function createBoundaries(): Topology {
  return {
    type: "Topology",
    arcs: [...twoSquareArcs(), squareArc(-5, -5, 5, 5)],
    objects: {
      provinces_pre2025: { type: "GeometryCollection", geometries: [{ type: "Polygon", arcs: [[3]], properties: { id: "pre2025:44" } }] },
      provinces_post2025: { type: "GeometryCollection", geometries: [{ type: "Polygon", arcs: [[3]], properties: { id: "post2025:44" } }] },
      districts_pre2025: { type: "GeometryCollection", geometries: twoSquares(["pre2025:455", "pre2025:450"]) },
    },
  };
}

/** A neighbour to the west and Viet Nam's land. */
function createBasemap(): Topology {
  return {
    type: "Topology",
    arcs: [squareArc(-10, -5, -5, 5), squareArc(-5, -5, 5, 5)],
    objects: {
      neighbours: { type: "GeometryCollection", geometries: [{ type: "Polygon", arcs: [[0]], properties: { name: "Laos" } }] },
      vietnam: { type: "GeometryCollection", geometries: [{ type: "Polygon", arcs: [[1]] }] },
    },
  };
}

const SIZE = { width: 800, height: 600 };
const NO_PADDING = { top: 0, right: 0, bottom: 0, left: 0 };

function createViewport(): Viewport {
  return viewportFor(SIZE, { longitude: 1, latitude: 0.5, zoom: 6 }, null, NO_PADDING);
}

/** The fixture's "trained" figures (Đồng Hới 10, Bố Trạch 7, the group ≥ 541), as the WebGL map's scene. */
function createScene(mode: DrawMode) {
  const index = createAtlasIndex();
  const boundaries = indexBoundaries(createBoundaries());
  const { drawn } = mapFiguresFor(index, { indicatorId: "trained", period: null, vintage: "pre2025" });
  return { scene: buildScene({ index, boundaries, figures: drawn, mode, method: "quantile" }), boundaries };
}

function overlayOf(mode: DrawMode) {
  const { scene, boundaries } = createScene(mode);
  const viewport = createViewport();
  const overlay = svgOverlay(
    { areas: scene.areas, symbols: scene.symbols, programmeAreas: [], formerDistricts: [], selection: areaShape(boundaries, ["pre2025:450"]) },
    viewport,
    pathMaker(viewport),
  );
  return { scene, overlay, viewport };
}

/** The numbers in SVG path data, as [x, y] pairs. */
function pathPoints(d: string): [number, number][] {
  const numbers = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  const points: [number, number][] = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) points.push([numbers[i] ?? 0, numbers[i + 1] ?? 0]);
  return points;
}

describe("viewportFor", () => {
  it("puts the store's view centre in the middle of the map", () => {
    const [x, y] = projectPoint(createViewport(), [1, 0.5]);
    expect([x, y]).toEqual([400, 300].map((n) => expect.closeTo(n, 6)));
  });

  it("uses MapLibre's scale: a 512-px world at zoom 0, twice as wide per zoom level", () => {
    const viewport = createViewport();
    expect(viewport.worldSize).toBe(512 * 2 ** 6);
    // One degree of longitude is 1/360 of the world.
    expect(projectPoint(viewport, [2, 0.5])[0] - projectPoint(viewport, [1, 0.5])[0]).toBeCloseTo((512 * 64) / 360, 6);
  });

  it("puts north up", () => {
    const viewport = createViewport();
    expect(projectPoint(viewport, [1, 1])[1]).toBeLessThan(projectPoint(viewport, [1, 0])[1]);
  });

  it("fits the bounds inside the padding when the store has no view, touching it on one side", () => {
    const padding = { top: 50, right: 60, bottom: 70, left: 80 };
    const viewport = viewportFor(SIZE, null, [0, 0, 2, 1], padding);
    const [left, top] = projectPoint(viewport, [0, 1]);
    const [right, bottom] = projectPoint(viewport, [2, 0]);
    expect(left).toBeGreaterThanOrEqual(padding.left - 1e-6);
    expect(right).toBeLessThanOrEqual(SIZE.width - padding.right + 1e-6);
    expect(top).toBeGreaterThanOrEqual(padding.top - 1e-6);
    expect(bottom).toBeLessThanOrEqual(SIZE.height - padding.bottom + 1e-6);
    // Wider than tall: the width decides the zoom.
    expect(right - left).toBeCloseTo(SIZE.width - padding.left - padding.right, 6);
  });

  it("never zooms past the WebGL map's limit of 12", () => {
    const viewport = viewportFor(SIZE, null, [1, 1, 1.0001, 1.0001], NO_PADDING);
    expect(viewport.worldSize).toBe(512 * 2 ** 12);
  });
});

describe("pathMaker", () => {
  it("draws a square as one closed path through its projected corners", () => {
    const viewport = createViewport();
    const d = pathMaker(viewport)({ type: "Polygon", coordinates: [squareArc(0, 0, 1, 1)] });
    expect(d).toMatch(/^M.*Z$/);
    const corner = projectPoint(viewport, [0, 0]);
    expect(pathPoints(d)).toContainEqual(corner.map((n) => expect.closeTo(n, 1)));
  });
});

describe("svgOverlay", () => {
  it("draws one path per figure area, none empty", () => {
    const { scene, overlay } = overlayOf("choropleth");
    expect(overlay.figureAreas.map((a) => a.figureKey)).toEqual(scene.areas.map((a) => a.properties.figureKey));
    for (const area of overlay.figureAreas) expect(area.d).toMatch(/^M.+Z$/);
  });

  it("fills each area with exactly the colour the WebGL map and the legend give it (choropleth)", () => {
    const { scene, overlay } = overlayOf("choropleth");
    const legend = legendClasses(scene, String).map((c) => c.colour);
    for (const [i, area] of overlay.figureAreas.entries()) {
      expect(toRgba(area.fill, 255)).toEqual(scene.areas[i]?.properties.fill);
      expect(legend).toContain(area.fill);
      expect(area.fillOpacity).toBe(1);
    }
  });

  it("gives the group, the largest value, the darkest class colour", () => {
    const { scene, overlay } = overlayOf("choropleth");
    const group = overlay.figureAreas.find((a) => a.figureKey.startsWith("group:"));
    expect(group?.fill).toBe(scene.colours.at(-1));
  });

  it("tints the areas under symbols with the WebGL map's pale symbol tint", () => {
    const { overlay } = overlayOf("symbols");
    for (const area of overlay.figureAreas) expect([area.fill, area.fillOpacity]).toEqual(["#d95f02", Math.round((40 / 255) * 1000) / 1000]);
    expect(BASE_COLOURS.symbol).toBe("#d95f02");
  });

  it("puts each symbol where the WebGL map does, with its radius, largest first", () => {
    const { scene, overlay, viewport } = overlayOf("symbols");
    expect(overlay.symbols).toHaveLength(scene.symbols.length);
    for (const datum of scene.symbols) {
      const [cx, cy] = projectPoint(viewport, datum.position);
      expect(overlay.symbols).toContainEqual({ figureKey: datum.figureKey, cx: expect.closeTo(cx, 1), cy: expect.closeTo(cy, 1), r: datum.radius });
    }
    const radii = overlay.symbols.map((s) => s.r);
    expect(radii).toEqual([...radii].sort((a, b) => b - a));
  });

  it("outlines each programme's areas in that programme's own colour and width", () => {
    const { boundaries } = createScene("symbols");
    const viewport = createViewport();
    const shapes = (ids: string[]) => ids.flatMap((id) => areaShape(boundaries, [id]) ?? []);
    const overlay = svgOverlay(
      {
        areas: [],
        symbols: [],
        programmeAreas: [
          { programmeId: "tmsv", colour: "#1b7c83", widthPx: 2, shapes: shapes(["pre2025:450", "pre2025:455"]) },
          { programmeId: "hamyen-vet", colour: "#c51b7d", widthPx: 2.5, shapes: shapes(["pre2025:450"]) },
        ],
        formerDistricts: [],
        selection: null,
      },
      viewport,
      pathMaker(viewport),
    );
    expect(overlay.programmeAreas.map((p) => [p.programmeId, p.colour, p.widthPx, p.d.length])).toEqual([
      ["tmsv", "#1b7c83", 2, 2],
      ["hamyen-vet", "#c51b7d", 2.5, 1],
    ]);
    for (const p of overlay.programmeAreas) for (const d of p.d) expect(d).toMatch(/^M.+Z$/);
  });

  it("outlines the selection, and nothing when nothing is selected", () => {
    const { overlay } = overlayOf("choropleth");
    expect(overlay.selection).toMatch(/^M.+Z$/);
    const viewport = createViewport();
    expect(svgOverlay({ areas: [], symbols: [], programmeAreas: [], formerDistricts: [], selection: null }, viewport, pathMaker(viewport)).selection).toBeNull();
  });
});

describe("svgBaseMap", () => {
  it("draws the pre-2025 provinces and districts, each with its id, and their borders", () => {
    const viewport = createViewport();
    const base = svgBaseMap({ boundaries: createBoundaries(), basemap: createBasemap(), vintage: "pre2025" }, pathMaker(viewport));
    expect(base.provinces.map((p) => p.id)).toEqual(["pre2025:44"]);
    expect(base.districts.map((p) => p.id)).toEqual(["pre2025:455", "pre2025:450"]);
    expect(base.districtBorders).toMatch(/^M/);
    expect(base.coast).toMatch(/^M/);
    expect([base.neighbours.length, base.vietnam.length]).toEqual([1, 1]);
  });

  it("draws no districts on the post-2025 map (the level was abolished)", () => {
    const viewport = createViewport();
    const base = svgBaseMap({ boundaries: createBoundaries(), basemap: createBasemap(), vintage: "post2025" }, pathMaker(viewport));
    expect(base.provinces.map((p) => p.id)).toEqual(["post2025:44"]);
    expect([base.districts, base.districtBorders]).toEqual([[], ""]);
  });
});

describe("lineWidthAt", () => {
  it("follows the zoom between two stops and holds beyond them", () => {
    expect([lineWidthAt(3, [5, 0.4], [9, 1.2]), lineWidthAt(7, [5, 0.4], [9, 1.2]), lineWidthAt(11, [5, 0.4], [9, 1.2])]).toEqual([0.4, 0.8, 1.2]);
  });
});

describe("the communes on the SVG after map", () => {
  /** Two communes sharing a border: a focus commune (a unit of the atlas) and a context commune. */
  function createCommunes(): CommuneFeature[] {
    const square = (x: number) => ({ type: "Polygon" as const, coordinates: [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]] });
    return [
      { type: "Feature", properties: { name: "Phường Đồng Sơn", province: "post2025:44", predecessors: "giữ nguyên" }, geometry: square(1) },
      { type: "Feature", properties: { id: "post2025:19111", name: "Xã Hoàn Lão", province: "post2025:44", predecessors: "Thị trấn Hoàn Lão" }, geometry: square(0) },
    ];
  }

  it("gives every commune an area, the focus communes their unit id, and each kind of border one path", () => {
    const viewport = createViewport();
    const path = pathMaker(viewport);
    const drawn = svgCommunes(createCommunes(), path);
    expect(drawn.areas.map((a) => [a.index, a.unitId])).toEqual([
      [0, undefined],
      [1, "post2025:19111"],
    ]);
    const [context, focus] = createCommunes();
    expect(drawn.contextBorders).toBe(path(context!.geometry));
    expect(drawn.focusBorders).toBe(path(focus!.geometry));
    // In screen pixels of the map's view: the focus commune [0,1]×[0,1] lies left of the context one.
    const [left] = projectPoint(viewport, [0, 0]);
    expect(drawn.focusBorders.startsWith("M")).toBe(true);
    expect(drawn.focusBorders).toContain(String(Math.round(left * 10) / 10));
  });

  it("draws no border path of a kind the list does not hold", () => {
    const [context] = createCommunes();
    const drawn = svgCommunes([context!], pathMaker(createViewport()));
    expect(drawn.focusBorders).toBe("");
    expect(drawn.contextBorders).not.toBe("");
  });
});
