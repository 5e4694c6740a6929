import { describe, expect, it } from "vitest";
import { legendSymbolValues, niceFloor, symbolRadius, symbolScale, ZERO_RADIUS } from "./symbols";

describe("symbolRadius", () => {
  it("draws the largest value at the maximum radius", () => {
    const scale = symbolScale([140, 35], { maxRadius: 30 });
    expect(symbolRadius(scale, 140)).toBe(30);
  });

  it("makes area, not radius, proportional to the value", () => {
    const scale = symbolScale([400], { maxRadius: 40, minRadius: 0 });
    expect(symbolRadius(scale, 100)).toBeCloseTo(20);
  });

  it("keeps small positive values visible", () => {
    const scale = symbolScale([10000], { maxRadius: 30, minRadius: 4 });
    expect(symbolRadius(scale, 1)).toBe(4);
  });

  it("draws a reported 0 as a small dot, not as nothing", () => {
    const scale = symbolScale([0, 50]);
    expect(symbolRadius(scale, 0)).toBe(ZERO_RADIUS);
  });

  it("handles a map where every value is 0", () => {
    const scale = symbolScale([0, 0]);
    expect(symbolRadius(scale, 0)).toBe(ZERO_RADIUS);
  });
});

describe("legendSymbolValues", () => {
  it("gives round values below the maximum, largest first", () => {
    expect(legendSymbolValues(663)).toEqual([500, 100, 25]);
  });

  it("gives fewer values when they coincide", () => {
    expect(legendSymbolValues(5)).toEqual([5, 1]);
  });

  it("gives none for no data", () => {
    expect(legendSymbolValues(0)).toEqual([]);
  });
});

describe("niceFloor", () => {
  it.each([
    [140, 100],
    [35, 25],
    [8.75, 5],
    [2.2, 2],
    [1, 1],
    [0.5, 0],
  ])("%d -> %d", (x, expected) => {
    expect(niceFloor(x)).toBe(expected);
  });
});
