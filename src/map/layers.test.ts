import { describe, expect, it } from "vitest";
import { figureAreasLayer, formerDistrictsLayer, labelsLayer, LABEL_FONT_FAMILY, programmeAreasLayer, proportionalSymbolsLayer } from "./layers";
import { BASE_COLOURS, toRgba } from "./palette";

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

describe("layer factories", () => {
  it("puts area fills under the given MapLibre layer", () => {
    const layer = figureAreasLayer({ id: "fills", features: [], beforeId: "district-borders", pickable: true });
    expect((layer.props as unknown as { beforeId?: string }).beforeId).toBe("district-borders");
  });

  it("draws labels with the self-hosted Noto Sans and a character set built from the labels", () => {
    const layer = labelsLayer({ id: "labels", labels: [] });
    expect([layer.props.fontFamily, layer.props.characterSet]).toEqual([LABEL_FONT_FAMILY, "auto"]);
  });

  it("dashes former districts", () => {
    const layer = formerDistrictsLayer({ id: "former", shapes: [square] });
    expect(layer.props.extensions.map((e) => e.constructor.name)).toEqual(["PathStyleExtension"]);
  });

  it("outlines the programme's areas without filling them, so the figures' colours stay as the legend shows", () => {
    const layer = programmeAreasLayer({ id: "programme", shapes: [square] });
    expect([layer.props.filled, layer.props.stroked, layer.props.getLineColor, layer.props.getLineWidth]).toEqual([false, true, toRgba(BASE_COLOURS.programmeArea), 2]);
  });

  it("draws the largest symbol first, so smaller ones stay on top", () => {
    const layer = proportionalSymbolsLayer({
      id: "symbols",
      data: [
        { figureKey: "small", position: [0, 0], radius: 4 },
        { figureKey: "big", position: [0, 0], radius: 30 },
      ],
    });
    expect((layer.props.data as { figureKey: string }[]).map((d) => d.figureKey)).toEqual(["big", "small"]);
  });
});
