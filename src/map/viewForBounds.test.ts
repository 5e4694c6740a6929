import { describe, expect, it } from "vitest";
import { MAP_MAX_ZOOM, viewForBounds, zoomToSize } from "./viewForBounds";

describe("viewForBounds", () => {
  it("centres on the middle of the bounds", () => {
    const view = viewForBounds([106, 17, 107, 18], { width: 800, height: 600 });
    expect([view.longitude.toFixed(3), view.latitude.toFixed(2)]).toEqual(["106.500", "17.50"]);
  });
  it("zooms so one degree of longitude fills a 552-px wide view", () => {
    // 552 - 2 × 40 px = 472 px for 1/360 of a 512-px world: 2^z = 472 × 360 / 512.
    const view = viewForBounds([106, 17.9, 107, 18], { width: 552, height: 2000 });
    expect(view.zoom).toBeCloseTo(Math.log2((472 * 360) / 512), 6);
  });
  it("is limited by the height when the area is tall", () => {
    const wide = viewForBounds([106, 17, 107, 18], { width: 2000, height: 300 });
    const tall = viewForBounds([106, 17, 107, 18], { width: 2000, height: 600 });
    expect(tall.zoom).toBeGreaterThan(wide.zoom);
  });
  it("never zooms in further than the map allows for a tiny area", () => {
    expect(MAP_MAX_ZOOM).toBe(12);
    expect(viewForBounds([106, 17, 106.0001, 17.0001], { width: 800, height: 600 }).zoom).toBe(MAP_MAX_ZOOM);
  });
  it("keeps the latitude centre in Mercator, not in degrees (north of the midpoint for a tall area)", () => {
    const view = viewForBounds([106, 10, 107, 23], { width: 800, height: 600 });
    expect(view.latitude).toBeGreaterThan(16.5);
    expect(view.latitude).toBeLessThan(16.7);
  });
});

describe("zoomToSize", () => {
  it("guesses a laptop-sized map when there is none on the page", () => {
    expect(zoomToSize(null)).toEqual({ width: 800, height: 600 });
  });
});
