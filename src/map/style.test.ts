import type { GeoJSONSourceSpecification } from "maplibre-gl";
import type { MultiLineString } from "geojson";
import type { Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { squareArc, twoSquareArcs, twoSquares } from "./testing/squares";
import { BASE_COLOURS, DARK_BASE_COLOURS } from "./palette";
import type { LayerSpecification, SourceSpecification } from "maplibre-gl";
import { boundarySourceId, buildOfflineStyle, externalBasemapUrl, FILL_BEFORE_LAYER, STYLE_IDS, swapBoundaryVintage, type BoundaryMap } from "./style";

/** Two provinces (and two districts) side by side sharing one border, and one neighbour country. */
function createBoundaries(): Topology {
  const squares = (ids: [string, string]) => ({ type: "GeometryCollection" as const, geometries: twoSquares(ids) });
  return {
    type: "Topology",
    arcs: twoSquareArcs(),
    objects: {
      provinces_pre2025: squares(["pre2025:42", "pre2025:44"]),
      provinces_post2025: squares(["post2025:42", "post2025:44"]),
      districts_pre2025: squares(["pre2025:443", "pre2025:455"]),
    },
  };
}

function createBasemap(): Topology {
  return {
    type: "Topology",
    arcs: [squareArc(5, 0, 6, 1)],
    objects: {
      neighbours: { type: "GeometryCollection", geometries: [{ type: "Polygon", arcs: [[0]], properties: { name: "Laos" } }] },
      vietnam: { type: "GeometryCollection", geometries: [] },
    },
  };
}

const style = (vintage: "pre2025" | "post2025") => buildOfflineStyle({ basemap: createBasemap(), boundaries: createBoundaries(), vintage });

describe("buildOfflineStyle", () => {
  it("paints the sea, the land and the borders in the colours it is given (the dark theme's), light by default", () => {
    const paint = (s: ReturnType<typeof style>, id: string) => s.layers.find((l) => l.id === id)?.paint as Record<string, unknown> | undefined;
    const dark = buildOfflineStyle({ basemap: createBasemap(), boundaries: createBoundaries(), vintage: "pre2025", colours: DARK_BASE_COLOURS });
    expect(paint(dark, STYLE_IDS.layers.background)?.["background-color"]).toBe(DARK_BASE_COLOURS.sea);
    expect(paint(dark, STYLE_IDS.layers.vietnamFill)?.["fill-color"]).toBe(DARK_BASE_COLOURS.land);
    expect(paint(dark, STYLE_IDS.layers.provinceBorders)?.["line-color"]).toBe(DARK_BASE_COLOURS.provinceLine);
    expect(paint(style("pre2025"), STYLE_IDS.layers.background)?.["background-color"]).toBe(BASE_COLOURS.sea);
    expect(DARK_BASE_COLOURS.sea).not.toBe(BASE_COLOURS.sea);
  });
  it("asks for no glyphs and no sprite", () => {
    const s = style("pre2025");
    expect(s.glyphs).toBeUndefined();
    expect(s.sprite).toBeUndefined();
  });

  it("names no address anywhere (every source is inline data)", () => {
    expect(JSON.stringify(style("pre2025"))).not.toMatch(/https?:|\/\//);
  });

  it("starts with the sea", () => {
    expect(style("pre2025").layers[0]).toMatchObject({ type: "background", paint: { "background-color": expect.any(String) } });
  });

  it("draws a border shared by two provinces once", () => {
    const source = style("pre2025").sources[boundarySourceId("provinceBorders", "pre2025")] as GeoJSONSourceSpecification;
    expect((source.data as MultiLineString).coordinates).toHaveLength(1);
  });

  it("uses the chosen vintage's provinces", () => {
    const source = style("post2025").sources[boundarySourceId("provinces", "post2025")] as GeoJSONSourceSpecification;
    expect(JSON.stringify(source.data)).toContain("post2025:44");
  });

  it("makes each source's data once per topology: a second style of the same vintage shares it, another vintage has its own", () => {
    const basemap = createBasemap();
    const boundaries = createBoundaries();
    const data = (vintage: "pre2025" | "post2025", id: string) => (buildOfflineStyle({ basemap, boundaries, vintage }).sources[id] as GeoJSONSourceSpecification).data;
    const provinces = (vintage: "pre2025" | "post2025") => data(vintage, boundarySourceId("provinces", vintage));
    expect(provinces("pre2025")).toBe(provinces("pre2025"));
    expect(data("post2025", STYLE_IDS.sources.neighbours)).toBe(data("pre2025", STYLE_IDS.sources.neighbours));
    expect(provinces("post2025")).not.toBe(provinces("pre2025"));
    expect(JSON.stringify(provinces("post2025"))).toContain("post2025:44");
  });

  it("draws district borders only before 2025", () => {
    expect(Object.keys(style("pre2025").sources)).toContain(boundarySourceId("districts", "pre2025"));
    expect(Object.keys(style("post2025").sources)).not.toContain(boundarySourceId("districts", "post2025"));
    expect(style("post2025").layers.map((l) => l.id)).not.toContain(STYLE_IDS.layers.districtsFill);
  });

  it.each(["pre2025", "post2025"] as const)("has the layer deck.gl's fills go under, in %s", (vintage) => {
    expect(style(vintage).layers.map((l) => l.id)).toContain(FILL_BEFORE_LAYER);
  });

  it("has no symbol layers (labels are deck.gl's)", () => {
    expect(style("pre2025").layers.filter((l) => l.type === "symbol")).toEqual([]);
  });
});

/** A map holding a style's sources and layers in order (what swapBoundaryVintage uses of MapLibre's Map). */
function styleMap(start: { sources: Record<string, SourceSpecification>; layers: LayerSpecification[] }, figures: { after: string; ids: string[] }) {
  const sources = new Map(Object.entries(start.sources));
  const layers: LayerSpecification[] = [...start.layers];
  // Figure layers in their place among the style's, as useFigureLayers.ts puts them.
  layers.splice(layers.findIndex((l) => l.id === figures.after) + 1, 0, ...figures.ids.map((id): LayerSpecification => ({ id, type: "fill", source: id })));
  const added: string[] = [];
  const map = {
    getSource: (id: string) => sources.get(id),
    addSource: (id: string, source: SourceSpecification) => {
      added.push(id);
      sources.set(id, source);
    },
    getLayer: (id: string) => layers.find((l) => l.id === id),
    getLayersOrder: () => layers.map((l) => l.id),
    removeLayer: (id: string) => void layers.splice(layers.findIndex((l) => l.id === id), 1),
    addLayer: (layer: LayerSpecification, before?: string) => {
      const at = before === undefined ? -1 : layers.findIndex((l) => l.id === before);
      if (at === -1) layers.push(layer);
      else layers.splice(at, 0, layer);
    },
  };
  return { map: map as unknown as BoundaryMap, layers, added };
}

describe("swapBoundaryVintage", () => {
  const order = (layers: LayerSpecification[]) => layers.map((l) => `${l.id}${"source" in l && l.source !== l.id ? ` <${l.source}>` : ""}`);

  it("points the boundary layers at the other vintage's sources in their places, around the figure layers, and back", () => {
    const boundaries = createBoundaries();
    const pre = buildOfflineStyle({ basemap: createBasemap(), boundaries, vintage: "pre2025" });
    const { map, layers, added } = styleMap(pre, { after: STYLE_IDS.layers.districtsFill, ids: ["m-areas", "m-areas-outline"] });
    const before = order(layers);

    expect(swapBoundaryVintage(map, boundaries, "post2025")).toBe(true);
    // The post-2025 style's own order, with the figures' fills still under the district borders' layer.
    const post = buildOfflineStyle({ basemap: createBasemap(), boundaries, vintage: "post2025" });
    const postOrder = order(post.layers);
    postOrder.splice(postOrder.indexOf(STYLE_IDS.layers.districtBorders + ` <${boundarySourceId("districtBorders", "post2025")}>`), 0, "m-areas", "m-areas-outline");
    expect(order(layers)).toEqual(postOrder);
    expect(added.sort()).toEqual(Object.keys(post.sources).filter((id) => id.endsWith("@post2025")).sort());

    // Back: the districts' fill returns under the figures; no source is added twice.
    expect(swapBoundaryVintage(map, boundaries, "pre2025")).toBe(true);
    expect(order(layers)).toEqual(before);
    expect(new Set(added).size).toBe(added.length);
  });

  it("changes nothing on a map that already shows the vintage", () => {
    const boundaries = createBoundaries();
    const { map, layers } = styleMap(buildOfflineStyle({ basemap: createBasemap(), boundaries, vintage: "post2025" }), { after: STYLE_IDS.layers.provincesFill, ids: ["m-areas"] });
    const before = order(layers);
    expect(swapBoundaryVintage(map, boundaries, "post2025")).toBe(false);
    expect(order(layers)).toEqual(before);
  });
});

describe("externalBasemapUrl", () => {
  it("is off by default", () => {
    expect(externalBasemapUrl(undefined, "?basemap=external")).toBeNull();
  });

  it("ignores the page parameter when the build sets no style", () => {
    expect(externalBasemapUrl("", "?basemap=external")).toBeNull();
  });

  it("stays offline when the build sets a style but the page does not ask for it", () => {
    expect(externalBasemapUrl("https://tiles.example/style.json", "?lang=en")).toBeNull();
  });

  it("uses the build's style when the page asks for it", () => {
    expect(externalBasemapUrl("https://tiles.example/style.json", "?basemap=external")).toBe("https://tiles.example/style.json");
  });
});
