import type { GeoJSONSourceSpecification, LayerSpecification, StyleSpecification } from "maplibre-gl";
import type { Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { DARK_BASE_COLOURS } from "./palette";
import { buildOfflineStyle, STYLE_IDS } from "./style";
import { beforeIdFor, planStyleSwap } from "./styleSwap";
import { squareArc, twoSquareArcs, twoSquares } from "./testing/squares";

const boundaries: Topology = {
  type: "Topology",
  arcs: twoSquareArcs(),
  objects: {
    provinces_pre2025: { type: "GeometryCollection", geometries: twoSquares(["pre2025:42", "pre2025:44"]) },
    provinces_post2025: { type: "GeometryCollection", geometries: twoSquares(["post2025:42", "post2025:44"]) },
    districts_pre2025: { type: "GeometryCollection", geometries: twoSquares(["pre2025:443", "pre2025:455"]) },
  },
};
const basemap: Topology = {
  type: "Topology",
  arcs: [squareArc(5, 0, 6, 1)],
  objects: {
    neighbours: { type: "GeometryCollection", geometries: [{ type: "Polygon", arcs: [[0]], properties: { name: "Laos" } }] },
    vietnam: { type: "GeometryCollection", geometries: [] },
  },
};
const pre = buildOfflineStyle({ basemap, boundaries, vintage: "pre2025" });
const post = buildOfflineStyle({ basemap, boundaries, vintage: "post2025" });

const line = (id: string, source: string, paint: Record<string, unknown> = {}): LayerSpecification => ({ id, type: "line", source, paint }) as LayerSpecification;
const geojson = (data: GeoJSONSourceSpecification["data"]): GeoJSONSourceSpecification => ({ type: "geojson", data });
const empty: GeoJSONSourceSpecification["data"] = { type: "FeatureCollection", features: [] };
const styleOf = (sources: StyleSpecification["sources"], layers: LayerSpecification[], extra: Partial<StyleSpecification> = {}): StyleSpecification => ({ version: 8, sources, layers, ...extra });

describe("buildOfflineStyle's data for a swap", () => {
  it("hands out the same data object for a source the two vintages share, and another for one they do not", () => {
    const data = (s: StyleSpecification, id: string) => (s.sources[id] as GeoJSONSourceSpecification).data;
    expect(data(post, STYLE_IDS.sources.neighbours)).toBe(data(pre, STYLE_IDS.sources.neighbours));
    expect(data(buildOfflineStyle({ basemap, boundaries, vintage: "pre2025" }), STYLE_IDS.sources.provinces)).toBe(data(pre, STYLE_IDS.sources.provinces));
    expect(data(post, STYLE_IDS.sources.provinces)).not.toBe(data(pre, STYLE_IDS.sources.provinces));
  });
});

describe("planStyleSwap", () => {
  it("turns the pre-2025 style into the post-2025 one with new data, the districts' layer and source gone, the basemap untouched", () => {
    const ops = planStyleSwap(pre, post)!;
    expect(ops).not.toBeNull();
    const data = ops.filter((o) => o.op === "setData").map((o) => o.id).sort();
    expect(data).toEqual([STYLE_IDS.sources.coast, STYLE_IDS.sources.districtBorders, STYLE_IDS.sources.provinceBorders, STYLE_IDS.sources.provinces].sort());
    expect(ops).toContainEqual({ op: "removeLayer", id: STYLE_IDS.layers.districtsFill });
    expect(ops).toContainEqual({ op: "removeSource", id: STYLE_IDS.sources.districts });
    // The layer goes before its source.
    expect(ops.findIndex((o) => o.op === "removeLayer")).toBeLessThan(ops.findIndex((o) => o.op === "removeSource"));
    expect(ops.some((o) => "id" in o && (o.id === STYLE_IDS.sources.neighbours || o.id === STYLE_IDS.sources.vietnam))).toBe(false);
  });

  it("adds the districts back above the provinces' fill on the way back", () => {
    const ops = planStyleSwap(post, pre)!;
    expect(ops).toContainEqual(expect.objectContaining({ op: "addSource", id: STYLE_IDS.sources.districts }));
    expect(ops).toContainEqual(expect.objectContaining({ op: "addLayer", after: STYLE_IDS.layers.provincesFill, layer: expect.objectContaining({ id: STYLE_IDS.layers.districtsFill }) }));
    expect(ops.findIndex((o) => o.op === "addSource")).toBeLessThan(ops.findIndex((o) => o.op === "addLayer"));
  });

  it("changes only paint for a new theme", () => {
    const dark = buildOfflineStyle({ basemap, boundaries, vintage: "pre2025", colours: DARK_BASE_COLOURS });
    const ops = planStyleSwap(pre, dark)!;
    expect(ops.length).toBeGreaterThan(0);
    expect(new Set(ops.map((o) => o.op))).toEqual(new Set(["setPaint"]));
    expect(ops).toContainEqual({ op: "setPaint", id: STYLE_IDS.layers.background, name: "background-color", value: DARK_BASE_COLOURS.sea });
  });

  it("does nothing between a style and itself", () => {
    expect(planStyleSwap(pre, pre)).toEqual([]);
  });

  it("resets a property the next style leaves out, and sets a changed filter", () => {
    const a = styleOf({ s: geojson(empty) }, [{ ...line("l", "s", { "line-width": 2 }), filter: ["==", "a", 1] } as LayerSpecification]);
    const b = styleOf({ s: a.sources.s! }, [line("l", "s")]);
    expect(planStyleSwap(a, b)).toEqual([
      { op: "setPaint", id: "l", name: "line-width", value: undefined },
      { op: "setFilter", id: "l", filter: null },
    ]);
  });

  it("reloads (null) where an in-place change would not give the same map", () => {
    const a = styleOf({ s: geojson(empty), t: geojson(empty) }, [line("l", "s"), line("m", "t")]);
    expect(planStyleSwap("https://tiles.example/style.json", a)).toBeNull();
    expect(planStyleSwap(a, styleOf(a.sources, a.layers, { glyphs: "x/{fontstack}/{range}.pbf" }))).toBeNull();
    expect(planStyleSwap(a, styleOf(a.sources, [line("m", "t"), line("l", "s")]))).toBeNull();
    expect(planStyleSwap(a, styleOf(a.sources, [line("l", "t"), line("m", "t")]))).toBeNull();
    expect(planStyleSwap(a, styleOf(a.sources, [{ id: "l", type: "fill", source: "s" }, line("m", "t")]))).toBeNull();
    expect(planStyleSwap(a, styleOf({ ...a.sources, s: { type: "geojson", data: empty, cluster: true } }, a.layers))).toBeNull();
    expect(planStyleSwap(a, styleOf({ ...a.sources, s: { type: "vector", tiles: ["x/{z}/{x}/{y}"] } }, a.layers))).toBeNull();
  });
});

describe("beforeIdFor", () => {
  it("puts an added layer right above its neighbour in the style, under a figure layer above that", () => {
    expect(beforeIdFor(["background", "provinces-fill", "m-areas", "district-borders"], "provinces-fill")).toBe("m-areas");
  });
  it("puts a first layer at the bottom and one after the top layer on top", () => {
    expect(beforeIdFor(["a", "b"], null)).toBe("a");
    expect(beforeIdFor(["a", "b"], "b")).toBeUndefined();
  });
});
