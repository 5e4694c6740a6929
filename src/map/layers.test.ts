import { describe, expect, it } from "vitest";
import type { Map as MaplibreMap } from "maplibre-gl";
import { cssColour, figureAreasLayer, formerDistrictsLayer, programmeAreasLayer, proportionalSymbolsLayer, symbolRangeRingsLayer, type MapLayerGroup } from "./layers";
import { labelsLayer, LABEL_FONT_FAMILY } from "./labelLayer";
import { BASE_COLOURS } from "./palette";
import { syncLayerGroups } from "./useFigureLayers";

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

/** A map that records sources and layers in order (what syncLayerGroups uses of MapLibre's Map). */
function fakeMap(initialLayers: string[] = []) {
  const layers = [...initialLayers];
  const sources = new Map<string, unknown>();
  const map = {
    layers,
    sources,
    getLayer: (id: string) => (layers.includes(id) ? { id } : undefined),
    getSource: (id: string) => (sources.has(id) ? { setData: (d: unknown) => sources.set(id, d) } : undefined),
    addSource: (id: string, spec: { data: unknown }) => sources.set(id, spec.data),
    removeSource: (id: string) => sources.delete(id),
    addLayer: (layer: { id: string }, before?: string) => {
      const at = before === undefined ? -1 : layers.indexOf(before);
      if (at === -1) layers.push(layer.id);
      else layers.splice(at, 0, layer.id);
    },
    removeLayer: (id: string) => layers.splice(layers.indexOf(id), 1),
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
});
