import { describe, expect, it } from "vitest";
import type { Map as MaplibreMap } from "maplibre-gl";
import { cssColour, figureAreasLayer, formerDistrictsLayer, programmeAreasLayer, proportionalSymbolsLayer, symbolRangeRingsLayer, type FigureAreaFeature, type MapLayerGroup, type SymbolDatum } from "./layers";
import { labelsLayer, LABEL_FONT_FAMILY } from "./labelLayer";
import { BASE_COLOURS, DARK_BASE_COLOURS, outlineCasing, PARTNER_COLOUR, PUBLISHED_PARTNER_COLOUR, toRgba } from "./palette";
import { figureLayerGroups, syncLayerGroups } from "./useFigureLayers";
import type { MapScene } from "./scene";
import type { ProgrammeOutlineGroup } from "./programmeAreas";

const square = {
  type: "Polygon" as const,
  coordinates: [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ],
  ],
};

const paint = (group: MapLayerGroup, i = 0) => (group.layers[i] as { paint?: Record<string, unknown> }).paint ?? {};

describe("layer factories", () => {
  it("puts area fills under the given MapLibre layer, each area in its class colour", () => {
    const group = figureAreasLayer({ id: "fills", features: [{ type: "Feature", geometry: square, properties: { figureKey: "a", fill: [10, 20, 30, 255] } }], beforeId: "district-borders" });
    expect(group.beforeId).toBe("district-borders");
    expect(group.data.features[0]?.properties).toEqual({ figureKey: "a", fill: "rgba(10,20,30,1)" });
    expect(paint(group)["fill-color"]).toEqual(["get", "fill"]);
  });

  it("draws labels with the self-hosted Noto Sans and a character set built from the labels", () => {
    const layer = labelsLayer({ id: "labels", labels: [] });
    expect([layer.props.fontFamily, layer.props.characterSet]).toEqual([LABEL_FONT_FAMILY, "auto"]);
  });

  it("writes the names light on a dark halo on the dark map", () => {
    const layer = labelsLayer({ id: "labels", labels: [], colours: DARK_BASE_COLOURS });
    const colourOf = layer.props.getColor as unknown as (d: { level: string }) => number[];
    expect(colourOf({ level: "province" })).toEqual(toRgba(DARK_BASE_COLOURS.labelText, 230));
    expect(colourOf({ level: "sea" })).toEqual(toRgba(DARK_BASE_COLOURS.seaLabel));
    expect(layer.props.outlineColor).toEqual(toRgba(DARK_BASE_COLOURS.labelHalo, 235));
  });

  it("dashes former districts", () => {
    const group = formerDistrictsLayer({ id: "former", shapes: [square] });
    expect(paint(group)["line-dasharray"]).toEqual([4, 3]);
  });

  it("outlines the programme's areas without filling them, so the figures' colours stay as the legend shows", () => {
    const group = programmeAreasLayer({ id: "programme", shapes: [square] });
    expect(group.layers.map((l) => l.type)).toEqual(["line"]);
    expect([paint(group)["line-color"], paint(group)["line-width"]]).toEqual([BASE_COLOURS.programmeArea, 2]);
  });

  it("draws the largest symbol first, so smaller ones stay on top, with its outer edge at the symbol's radius", () => {
    const group = proportionalSymbolsLayer({
      id: "symbols",
      data: [
        { figureKey: "small", position: [0, 0], radius: 4 },
        { figureKey: "big", position: [0, 0], radius: 30 },
      ],
    });
    expect(group.data.features.map((f) => [f.properties?.["figureKey"], f.properties?.["order"]])).toEqual([
      ["big", 0],
      ["small", 1],
    ]);
    expect(paint(group)["circle-radius"]).toEqual(["-", ["get", "radius"], paint(group)["circle-stroke-width"]]);
  });

  it("rings only the symbols whose sources disagree", () => {
    const group = symbolRangeRingsLayer({ id: "rings", data: [{ figureKey: "a", position: [0, 0], radius: 10, innerRadius: 6 }, { figureKey: "b", position: [1, 1], radius: 8 }] });
    expect(group.data.features.map((f) => f.properties?.["radius"])).toEqual([6]);
  });

  it("writes colours as MapLibre reads them", () => {
    expect(cssColour([255, 0, 0, 40])).toBe("rgba(255,0,0,0.157)");
  });
});

/** One programme's outline, a former district, a symbol with a range, a selection and (maybe) a partner's preview, on one map. */
function everyGroup(tone: "light" | "dark", partner: boolean) {
  const scene = { mode: "symbols", areas: [], symbols: [{ figureKey: "a", position: [0, 0], radius: 10, innerRadius: 6 }] } as unknown as MapScene;
  const programme = [{ programmeId: "p", outline: { colour: "#1b7c83", widthPx: 2, name: "teal" }, areas: [{ shape: square }] }] as unknown as ProgrammeOutlineGroup[];
  return figureLayerGroups({
    mapId: "m",
    content: { scene, programme, formerShapes: [square], selectionShape: square },
    communes: [],
    colours: tone === "dark" ? DARK_BASE_COLOURS : BASE_COLOURS,
    casing: outlineCasing(tone),
    ...(partner ? { partner: { shapes: [square], points: [[0.5, 0.5] as [number, number]], notDrawn: [] } } : {}),
  });
}

describe("published partners' records", () => {
  it("draws them in sources and a colour of their own, under a preview, apart from the programme's layers", () => {
    const shapes = { shapes: [square], points: [[0.5, 0.5] as [number, number]], notDrawn: [] };
    const groups = figureLayerGroups({
      mapId: "m",
      content: { scene: { mode: "areas", areas: [], symbols: [] } as unknown as MapScene, programme: [], formerShapes: [], selectionShape: null },
      communes: [],
      colours: BASE_COLOURS,
      casing: null,
      partner: shapes,
      publishedPartner: shapes,
    });
    expect(groups.map((g) => g.id)).toEqual(["m-areas", "m-published-partner-outline", "m-published-partner-marks", "m-partner-outline", "m-partner-marks"]);
    const published = groups.filter((g) => g.id.startsWith("m-published-partner-"));
    expect(published.map((g) => paint(g)[g.id.endsWith("outline") ? "line-color" : "circle-color"])).toEqual([PUBLISHED_PARTNER_COLOUR, PUBLISHED_PARTNER_COLOUR]);
    expect(PUBLISHED_PARTNER_COLOUR).not.toBe(PARTNER_COLOUR);
  });
});

describe("the figure layers on the page's theme", () => {
  const byId = (groups: MapLayerGroup[], id: string) => groups.find((g) => g.id === id) ?? { id, data: { type: "FeatureCollection" as const, features: [] }, layers: [] };

  it("draws the dark map's lines in its colours (palette.ts), a light casing under each programme's outline, and the partner's preview on top in sources of its own", () => {
    const dark = everyGroup("dark", true);
    expect(dark.map((g) => g.id)).toEqual(["m-areas", "m-programme-casing-p", "m-programme-p", "m-former", "m-symbols", "m-symbol-ranges", "m-selection", "m-partner-outline", "m-partner-marks"]);
    expect(paint(byId(dark, "m-selection"))["line-color"]).toBe(DARK_BASE_COLOURS.selection);
    expect(paint(byId(dark, "m-former"))["line-color"]).toBe(DARK_BASE_COLOURS.formerDistrict);
    expect(paint(byId(dark, "m-areas"), 1)["line-color"]).toBe(cssColour(toRgba(DARK_BASE_COLOURS.provinceLine, 200)));
    // 1.5 px of casing on each side of the 2-px outline, in the names' light colour.
    expect([paint(byId(dark, "m-programme-casing-p"))["line-color"], paint(byId(dark, "m-programme-casing-p"))["line-width"]]).toEqual([DARK_BASE_COLOURS.labelText, 5]);
    expect(paint(byId(dark, "m-programme-p"))["line-color"]).toBe("#1b7c83");
    expect([paint(byId(dark, "m-partner-outline"))["line-color"], paint(byId(dark, "m-partner-marks"))["circle-color"]]).toEqual([PARTNER_COLOUR, PARTNER_COLOUR]);
    expect(byId(dark, "m-partner-marks").data.features).toHaveLength(1);
  });

  it("has no casing and no partner layers on the light map without a preview", () => {
    const light = everyGroup("light", false);
    expect(light.map((g) => g.id)).toEqual(["m-areas", "m-programme-p", "m-former", "m-symbols", "m-symbol-ranges", "m-selection"]);
    expect(paint(byId(light, "m-selection"))["line-color"]).toBe(BASE_COLOURS.selection);
  });
});

/** A map that records sources and layers in order (what syncLayerGroups uses of MapLibre's Map). */
function fakeMap(initialLayers: string[] = []) {
  const layers = [...initialLayers];
  const sources = new Map<string, unknown>();
  const map = {
    layers,
    sources,
    getLayer: (id: string) => (layers.includes(id) ? { id } : undefined),
    setDataCalls: [] as string[],
    getSource: (id: string) =>
      sources.has(id)
        ? {
            setData: (d: unknown) => {
              map.setDataCalls.push(id);
              sources.set(id, d);
            },
          }
        : undefined,
    addSource: (id: string, spec: { data: unknown }) => sources.set(id, spec.data),
    removeSource: (id: string) => sources.delete(id),
    addLayer: (layer: { id: string }, before?: string) => {
      const at = before === undefined ? -1 : layers.indexOf(before);
      if (at === -1) layers.push(layer.id);
      else layers.splice(at, 0, layer.id);
    },
    removeLayer: (id: string) => layers.splice(layers.indexOf(id), 1),
    paint: new Map<string, unknown>(),
    setPaintProperty: (id: string, name: string, value: unknown) => map.paint.set(`${id} ${name}`, value),
  };
  return map;
}

describe("syncLayerGroups", () => {
  const outline = (id: string) => programmeAreasLayer({ id, shapes: [square] });

  it("adds groups in order under the labels, and a group that comes back in its place, not on top", () => {
    const map = fakeMap(["base", "labels"]);
    const [a, b, c] = [outline("a"), outline("b"), outline("c")];
    syncLayerGroups(map as unknown as MaplibreMap, [a, b, c], [], "labels");
    expect(map.layers).toEqual(["base", "a", "b", "c", "labels"]);
    syncLayerGroups(map as unknown as MaplibreMap, [a, c], [a, b, c], "labels");
    expect(map.layers).toEqual(["base", "a", "c", "labels"]);
    syncLayerGroups(map as unknown as MaplibreMap, [a, b, c], [a, c], "labels");
    expect(map.layers).toEqual(["base", "a", "b", "c", "labels"]);
    expect([...map.sources.keys()].sort()).toEqual(["a", "b", "c"]);
  });

  it("gives an existing source its new data instead of making it again", () => {
    const map = fakeMap(["district-borders"]);
    const first = figureAreasLayer({ id: "areas", features: [], beforeId: "district-borders" });
    syncLayerGroups(map as unknown as MaplibreMap, [first], [], "labels");
    const second = figureAreasLayer({ id: "areas", features: [{ type: "Feature", geometry: square, properties: { figureKey: "x", fill: [0, 0, 0, 255] } }], beforeId: "district-borders" });
    syncLayerGroups(map as unknown as MaplibreMap, [second], [first], "labels");
    expect(map.layers).toEqual(["areas", "areas-outline", "district-borders"]);
    expect(map.sources.get("areas")).toBe(second.data);
  });

  it("sends a source new data only when its features changed, not each time the groups are made again", () => {
    const map = fakeMap(["district-borders"]);
    const feature = (fill: [number, number, number, number]): FigureAreaFeature => ({ type: "Feature", geometry: square, properties: { figureKey: "x", fill } });
    const symbols = (radius: number): SymbolDatum[] => [{ figureKey: "x", position: [105.5, 18.5], radius }];
    const groups = (fill: [number, number, number, number], radius: number) => [
      figureAreasLayer({ id: "areas", features: [feature(fill)], beforeId: "district-borders" }),
      proportionalSymbolsLayer({ id: "symbols", data: symbols(radius) }),
      programmeAreasLayer({ id: "outline", shapes: [square] }),
    ];
    const first = groups([1, 2, 3, 255], 8);
    syncLayerGroups(map as unknown as MaplibreMap, first, [], "labels");
    // Made again from equal inputs (new objects, as after a selection switch): nothing is sent.
    const again = groups([1, 2, 3, 255], 8);
    syncLayerGroups(map as unknown as MaplibreMap, again, first, "labels");
    expect(map.setDataCalls).toEqual([]);
    // A new colour (an indicator switch) and a new radius: only those two sources get data.
    const changed = groups([9, 2, 3, 255], 12);
    syncLayerGroups(map as unknown as MaplibreMap, changed, again, "labels");
    expect(map.setDataCalls.sort()).toEqual(["areas", "symbols"]);
    expect(map.sources.get("areas")).toBe(changed[0]!.data);
  });

  it("turns the kept layers to a new theme's paint, and adds or removes the casing in its place", () => {
    const map = fakeMap(["base", "labels"]);
    const light = everyGroup("light", false);
    syncLayerGroups(map as unknown as MaplibreMap, light, [], "labels");
    const dark = everyGroup("dark", false);
    syncLayerGroups(map as unknown as MaplibreMap, dark, light, "labels");
    expect(map.layers.slice(0, 4)).toEqual(["base", "m-areas", "m-areas-outline", "m-programme-casing-p"]);
    expect(map.layers[4]).toBe("m-programme-p");
    expect(map.paint.get("m-selection line-color")).toBe(DARK_BASE_COLOURS.selection);
    syncLayerGroups(map as unknown as MaplibreMap, light, dark, "labels");
    expect(map.layers).not.toContain("m-programme-casing-p");
    expect(map.paint.get("m-selection line-color")).toBe(BASE_COLOURS.selection);
  });
});
