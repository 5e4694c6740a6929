import { describe, expect, it } from "vitest";
import { fitPaddingFor, legendStartsOpen } from "./legendLayout";

describe("legendStartsOpen", () => {
  it("opens the legend on a laptop-sized map", () => {
    expect(legendStartsOpen(820)).toBe(true);
  });

  it("folds it on a phone-sized or side-by-side map", () => {
    expect(legendStartsOpen(560)).toBe(false);
  });
});

describe("fitPaddingFor", () => {
  it("keeps the legend's width free on both sides of a wide map", () => {
    const padding = fitPaddingFor({ mapWidth: 820, legend: "open", side: "left", rootFontPx: 16 });
    expect([padding.left, padding.right]).toEqual([240, 240]);
  });

  it("keeps it free on the legend's own side only when both would leave too little", () => {
    const padding = fitPaddingFor({ mapWidth: 680, legend: "open", side: "right", rootFontPx: 18 });
    expect([padding.left, padding.right]).toEqual([40, 326]);
  });

  it("grows with the root font size (the projector's larger type)", () => {
    expect(fitPaddingFor({ mapWidth: 1300, legend: "open", side: "left", rootFontPx: 18 }).left).toBe(270);
  });

  it("leaves only the controls' room when the legend is folded", () => {
    expect(fitPaddingFor({ mapWidth: 343, legend: "folded", side: "left", rootFontPx: 16 })).toEqual({ top: 48, bottom: 64, left: 40, right: 56 });
  });
});
