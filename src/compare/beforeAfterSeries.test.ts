import { describe, expect, it } from "vitest";
import { areaKey, buildAtlasIndex, type AtlasIndex } from "../data/atlas";
import { aggregateToVintage } from "../model/aggregateToVintage";
import { beforeAfterSeries, type BarLabels } from "./beforeAfterSeries";
import { createMiniCrosswalk, createMiniFigures, createMiniUnits } from "../data/testing/compareAtlas";

function miniIndex(): AtlasIndex {
  return buildAtlasIndex(createMiniUnits(), createMiniFigures(), createMiniCrosswalk());
}

const labels: BarLabels = { area: (area) => areaKey(area), item: (item) => item.key };

describe("beforeAfterSeries", () => {
  it("draws every figure once on each side", () => {
    const series = beforeAfterSeries(aggregateToVintage(miniIndex(), "cases"), labels);
    const itemKeys = (bars: { id: string }[]) => bars.map((b) => b.id.split("|")[1]).sort();
    expect(itemKeys(series.after)).toEqual(itemKeys(series.before));
  });

  it("draws a conflict as its lowest value plus the span to its highest", () => {
    const series = beforeAfterSeries(aggregateToVintage(miniIndex(), "cases"), labels);
    const bar = series.after.find((b) => b.id === "unit:post2025:44|bt-dh-cases");
    expect(bar && [bar.min, bar.span, bar.conflict]).toEqual([135, 5, true]);
  });

  it("files the bar of a figure under its new unit on the after side", () => {
    const series = beforeAfterSeries(aggregateToVintage(miniIndex(), "cases"), labels);
    expect(series.after.find((b) => b.id.endsWith("|obs:qb-province"))?.areaKey).toBe("unit:post2025:44");
  });

  it("marks a bar that stays with an old area on the after side", () => {
    const series = beforeAfterSeries(aggregateToVintage(miniIndex(), "cases"), labels);
    expect(series.after.find((b) => b.id.endsWith("|obs:split-province"))?.notCarried).toBe(true);
  });

  it("uses one scale for both charts, up to the highest value", () => {
    expect(beforeAfterSeries(aggregateToVintage(miniIndex(), "cases"), labels).domainMax).toBe(140);
  });
});
