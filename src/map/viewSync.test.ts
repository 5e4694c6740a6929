import { describe, expect, it } from "vitest";
import { roundView, sameView } from "./viewSync";

describe("sameView", () => {
  it("treats rounding noise as the same view", () => {
    expect(sameView({ longitude: 106.5, latitude: 17.5, zoom: 7 }, { longitude: 106.50000001, latitude: 17.5, zoom: 7.0001 })).toBe(true);
  });

  it("sees a pan", () => {
    expect(sameView({ longitude: 106.5, latitude: 17.5, zoom: 7 }, { longitude: 106.6, latitude: 17.5, zoom: 7 })).toBe(false);
  });

  it("sees a zoom", () => {
    expect(sameView({ longitude: 106.5, latitude: 17.5, zoom: 7 }, { longitude: 106.5, latitude: 17.5, zoom: 7.5 })).toBe(false);
  });

  it("treats null (fit the programme) as different from any view", () => {
    expect(sameView(null, { longitude: 0, latitude: 0, zoom: 0 })).toBe(false);
  });
});

describe("roundView", () => {
  it("keeps 6 decimals of degrees and 2 of zoom", () => {
    expect(roundView({ longitude: 106.123456789, latitude: 17.987654321, zoom: 6.54321 })).toEqual({ longitude: 106.123457, latitude: 17.987654, zoom: 6.54 });
  });
});
