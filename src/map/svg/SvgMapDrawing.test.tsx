// @vitest-environment jsdom
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { BASE_COLOURS } from "../palette";
import { SvgMapDrawing, type SvgMapDrawingProps } from "./SvgMapDrawing";
import type { SvgCommunes } from "./svgMap";

afterEach(cleanup);

const noop = () => undefined;

function createProps(communes: SvgCommunes | null): SvgMapDrawingProps {
  return {
    size: { width: 200, height: 100 },
    zoom: 9,
    base: { neighbours: [], vietnam: [], provinces: [], districts: [], districtBorders: "", provinceBorders: "M0,0L200,0", coast: "" },
    overlay: { figureAreas: [{ figureKey: "f1", d: "M0,0L100,0L100,100Z", fill: "#1b9e77", fillOpacity: 1 }], programmeAreas: [], formerDistricts: ["M0,0L50,50"], symbols: [], selection: null },
    label: "map",
    describedBy: "d",
    figureLabel: () => "figure",
    unitTitle: (id) => `unit ${id}`,
    communes,
    communeTitle: (i) => `commune ${i}`,
    onClick: noop,
    onKeyDown: noop,
    onPointerMove: noop,
    onPointerLeave: noop,
  };
}

function createCommunes(): SvgCommunes {
  return {
    areas: [
      { index: 0, d: "M100,0L150,0L150,50Z", unitId: undefined },
      { index: 1, d: "M0,0L50,0L50,50Z", unitId: "post2025:19111" },
    ],
    contextBorders: "M100,0L150,0L150,50Z",
    focusBorders: "M0,0L50,0L50,50Z",
  };
}

describe("SvgMapDrawing: the communes from 1 July 2025", () => {
  it("strokes the context communes thin and the focus communes darker and wider, above the figures and under the former districts' dashes", () => {
    const { container } = render(<SvgMapDrawing {...createProps(createCommunes())} />);
    const context = container.querySelector('[data-outline="commune"]');
    const focus = container.querySelector('[data-outline="commune-focus"]');
    expect([context?.getAttribute("stroke"), context?.getAttribute("stroke-width")]).toEqual([BASE_COLOURS.communeLine, "0.75"]);
    expect([focus?.getAttribute("stroke"), focus?.getAttribute("stroke-width")]).toEqual([BASE_COLOURS.communeFocusLine, "1.25"]);
    const order = [...container.querySelectorAll("path")];
    const at = (selector: string) => order.indexOf(container.querySelector(selector) as SVGPathElement);
    expect(at('[data-figure-key="f1"]')).toBeLessThan(at('[data-outline="commune"]'));
    expect(at('[data-outline="commune"]')).toBeLessThan(at('[data-outline="commune-focus"]'));
    expect(at('[data-outline="commune-focus"]')).toBeLessThan(at('[data-outline="former-district"]'));
    // Lines only: they never catch the pointer, so a click still finds the area beneath.
    expect(context?.closest("g")?.getAttribute("pointer-events")).toBe("none");
  });

  it("gives each commune an area that names it, the focus communes tinted and selectable by their unit id, under the figures", () => {
    const { container } = render(<SvgMapDrawing {...createProps(createCommunes())} />);
    const areas = [...container.querySelectorAll("path[data-commune]")];
    expect(areas.map((a) => [a.getAttribute("data-unit-id"), a.getAttribute("fill"), a.querySelector("title")?.textContent])).toEqual([
      [null, "transparent", "commune 0"],
      ["post2025:19111", BASE_COLOURS.communeFocusTint, "commune 1"],
    ]);
    const figure = container.querySelector('[data-figure-key="f1"]') as Element;
    expect(areas.every((a) => a.compareDocumentPosition(figure) & Node.DOCUMENT_POSITION_FOLLOWING)).toBe(true);
  });

  it("draws no commune before they are loaded, or on a map without them", () => {
    const { container } = render(<SvgMapDrawing {...createProps(null)} />);
    expect(container.querySelectorAll("[data-commune], [data-outline^='commune']")).toHaveLength(0);
  });
});
