import { describe, expect, it } from "vitest";
import { BASE_COLOURS, baseColours, classColours, DARK_BASE_COLOURS, outlineCasing, PALETTES, toRgba } from "./palette";

/** Largest per-channel difference between two colours. */
function distance(a: string, b: string): number {
  const x = toRgba(a);
  const y = toRgba(b);
  return Math.max(...[0, 1, 2].map((i) => Math.abs((x[i] ?? 0) - (y[i] ?? 0))));
}

/** Relative luminance (WCAG) of a colour, 0 (black) .. 1 (white). */
function luminance(css: string): number {
  const [r, g, b] = toRgba(css).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

describe("classColours", () => {
  it.each(PALETTES)("%s gives one colour per class for 1 to 8 classes", (palette) => {
    for (let k = 1; k <= 8; k++) expect(classColours(k, palette)).toHaveLength(k);
  });

  it("gives no colours for no classes", () => {
    expect(classColours(0)).toEqual([]);
  });

  it.each(PALETTES)("%s runs from light to dark", (palette) => {
    const colours = classColours(5, palette);
    const lum = colours.map(luminance);
    for (let i = 1; i < lum.length; i++) expect(lum[i]).toBeLessThan(lum[i - 1] ?? Infinity);
  });

  it.each(PALETTES)("%s: the lowest class (where a reported 0 goes) is clearly unlike the unfilled land of 'not reported'", (palette) => {
    for (let k = 1; k <= 8; k++) expect(distance(classColours(k, palette)[0] ?? "", BASE_COLOURS.land)).toBeGreaterThan(40);
  });

  it("keeps classes distinct", () => {
    const colours = classColours(7);
    expect(new Set(colours).size).toBe(7);
  });
});

describe("toRgba", () => {
  it("reads #rrggbb", () => {
    expect(toRgba("#d95f02")).toEqual([217, 95, 2, 255]);
  });

  it("reads rgba() and lets alpha be overridden", () => {
    expect(toRgba("rgba(10, 20, 30, 0.5)")).toEqual([10, 20, 30, 128]);
    expect(toRgba("#000000", 40)).toEqual([0, 0, 0, 40]);
  });

  it("refuses what it cannot read", () => {
    expect(() => toRgba("teal")).toThrow(/teal/);
  });
});

describe("baseColours", () => {
  it("gives the dark theme its own base map but the same data colours, which the legend and the pixels share", () => {
    expect(baseColours("light")).toBe(BASE_COLOURS);
    const dark = baseColours("dark");
    expect(dark.land).not.toBe(BASE_COLOURS.land);
    expect(dark.labelText).not.toBe(BASE_COLOURS.labelText);
    for (const key of ["symbol", "programmeArea", "communeFocusTint"] as const) expect(dark[key]).toBe(BASE_COLOURS[key]);
  });

  it("cases the programmes' dark outlines in a light line on the dark map only", () => {
    expect(outlineCasing("light")).toBeNull();
    expect(outlineCasing("dark")).toBe(DARK_BASE_COLOURS.labelText);
  });
});
