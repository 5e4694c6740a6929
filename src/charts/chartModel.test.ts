import { describe, expect, it } from "vitest";
import { areaKey } from "../data/atlas";
import { createTestAtlas, observation } from "../data/testing/focusAtlas";
import { MAX_CHARTS_WITHOUT_SELECTION, phaseBands, planCharts, seriesForPlan, spacedLabels, valueAxis, yearTicks } from "./chartModel";

const span = { from: 2019, to: 2026 };

describe("planCharts", () => {
  it("charts the group a selected district's figure is reported for, not the district", () => {
    const plan = planCharts(createTestAtlas(), ["pre2025:455"], "cases_supported");
    expect(plan.areas.map(areaKey)).toEqual(["group:bo-trach-dong-hoi"]);
  });
  it("charts a shared group once for two selected districts", () => {
    const plan = planCharts(createTestAtlas(), ["pre2025:455", "pre2025:450"], "cases_supported");
    expect(plan.areas.map(areaKey)).toEqual(["group:bo-trach-dong-hoi"]);
  });
  it("lists a selected unit with no figure around it", () => {
    const plan = planCharts(createTestAtlas(), ["pre2025:45"], "cases_supported");
    expect([plan.areas, plan.withoutFigures]).toEqual([[], ["pre2025:45"]]);
  });
  it("charts none and counts them when nothing is selected and too many areas have figures; a selection is still charted", () => {
    const many = (n: number) =>
      createTestAtlas({
        observations: Array.from({ length: n }, (_, i) => observation({ id: `many-${i}`, indicatorId: "people_trained", area: { kind: "unit", unit: `pre2025:${900 + i}` } })),
      });
    expect(planCharts(many(MAX_CHARTS_WITHOUT_SELECTION), [], "people_trained").areas).toHaveLength(MAX_CHARTS_WITHOUT_SELECTION);
    const tooMany = planCharts(many(MAX_CHARTS_WITHOUT_SELECTION + 1), [], "people_trained");
    expect([tooMany.areas, tooMany.tooManyToChart]).toEqual([[], MAX_CHARTS_WITHOUT_SELECTION + 1]);
    expect(planCharts(many(MAX_CHARTS_WITHOUT_SELECTION + 1), ["pre2025:903"], "people_trained").areas.map(areaKey)).toEqual(["unit:pre2025:903"]);
  });
  it("charts every area with figures when nothing is selected", () => {
    const plan = planCharts(createTestAtlas(), [], "business_models_supported");
    expect(plan.areas.map(areaKey)).toEqual(["unit:pre2025:44", "unit:pre2025:42"]);
  });
});

describe("planCharts under the post-2025 boundaries", () => {
  it("charts a figure carried into the new province on it, as reported for the former group", () => {
    const plan = planCharts(createTestAtlas(), [], "cases_supported", "post2025");
    const place = plan.places.get("group:bo-trach-dong-hoi");
    expect([plan.areas.map(areaKey), place?.filedUnder]).toEqual([["group:bo-trach-dong-hoi"], { kind: "unit", unit: "post2025:44" }]);
  });
  it("orders the charts by the new unit they are filed under", () => {
    const plan = planCharts(createTestAtlas(), [], "business_models_supported", "post2025");
    expect(plan.areas.map(areaKey)).toEqual(["unit:pre2025:42", "unit:pre2025:44"]);
  });
  it("gives a selected new province the figures carried into it", () => {
    const plan = planCharts(createTestAtlas(), ["post2025:44"], "cases_supported", "post2025");
    expect([plan.areas.map(areaKey), plan.withoutFigures]).toEqual([["group:bo-trach-dong-hoi"], []]);
  });
  it("gives a selected new commune the figures carried into its province", () => {
    const plan = planCharts(createTestAtlas(), ["post2025:19111"], "business_models_supported", "post2025");
    expect(plan.areas.map(areaKey)).toEqual(["unit:pre2025:44"]);
  });
  it("leaves a figure kept with a former area on that area, marked", () => {
    const atlas = createTestAtlas({
      observations: [observation({ id: "two", area: { kind: "group", group: "qb-ht" } })],
      groups: [{ id: "qb-ht", vintage: "pre2025", nameVi: "Quảng Bình + Hà Tĩnh", nameEn: "Quảng Bình + Hà Tĩnh", members: ["pre2025:44", "pre2025:42"] }],
    });
    const place = planCharts(atlas, [], "cases_supported", "post2025").places.get("group:qb-ht");
    expect([place?.placement, place?.filedUnder]).toEqual([{ kind: "not-carried", reason: "group-split" }, { kind: "group", group: "qb-ht" }]);
  });
  it("plans nothing new under the pre-2025 boundaries", () => {
    expect(planCharts(createTestAtlas(), ["post2025:44"], "cases_supported").areas).toEqual([]);
  });
});

describe("seriesForPlan", () => {
  it("builds one series per planned area with both conflicting figures", () => {
    const atlas = createTestAtlas();
    const [series] = seriesForPlan(atlas, planCharts(atlas, ["pre2025:455"], "cases_supported"), "cases_supported", null);
    expect(series?.marks.map((m) => m.value).sort()).toEqual([135, 140]);
  });
  it("treats an unknown indicator as not additive", () => {
    const atlas = createTestAtlas({ observations: [observation({ id: "a", indicatorId: "mystery" })] });
    const [series] = seriesForPlan(atlas, planCharts(atlas, [], "mystery"), "mystery", null);
    expect(series?.cumulative).toEqual({ available: false, reason: "not-additive" });
  });
});

describe("phaseBands", () => {
  it("keeps phases that follow each other in one row", () => {
    const bands = phaseBands(createTestAtlas(), { kind: "group", group: "bo-trach-dong-hoi" }, span);
    expect(bands.map((b) => [b.phase.id, b.row])).toEqual([["wv-qb", 0], ["tmsv3", 0]]);
  });
  it("draws a phase from the start of its first month to the end of its last", () => {
    const bands = phaseBands(createTestAtlas(), { kind: "unit", unit: "pre2025:455" }, span);
    const tmsv3 = bands.find((b) => b.phase.id === "tmsv3");
    expect(tmsv3 && [tmsv3.start.toFixed(3), tmsv3.end.toFixed(3)]).toEqual(["2023.581", "2025.666"]);
  });
  it("clips a phase to the span shown", () => {
    const bands = phaseBands(createTestAtlas(), { kind: "unit", unit: "pre2025:44" }, { from: 2021, to: 2026 });
    expect(bands.find((b) => b.phase.id === "wv-qb")?.start).toBe(2021);
  });
  it("gives a second row to a phase that starts before another ends", () => {
    const atlas = createTestAtlas({
      phases: [
        { id: "a", programmeId: "p", nameVi: "A", nameEn: "A", start: "2019", end: "2022", areas: [{ kind: "unit", unit: "pre2025:44" }], sourceIds: ["s"] },
        { id: "b", programmeId: "p", nameVi: "B", nameEn: "B", start: "2020-02", end: "2021-03", areas: [{ kind: "unit", unit: "pre2025:455" }], sourceIds: ["s"] },
      ],
    });
    expect(phaseBands(atlas, { kind: "unit", unit: "pre2025:455" }, span).map((b) => b.row)).toEqual([0, 1]);
  });
});

describe("yearTicks", () => {
  it("puts one tick in the middle of each year", () => {
    expect(yearTicks({ from: 2019, to: 2021 })).toEqual([2019.5, 2020.5, 2021.5]);
  });
});

describe("valueAxis", () => {
  it("tops the axis at a nice tick of 1, 2 or 5 times a power of ten, at or above the data", () => {
    expect([157, 140, 9, 250, 251].map((v) => valueAxis(v).top)).toEqual([200, 140, 10, 250, 300]);
    expect(valueAxis(157).ticks).toEqual([0, 50, 100, 150, 200]);
    expect(valueAxis(9).ticks).toEqual([0, 2, 4, 6, 8, 10]);
    expect(valueAxis(250).ticks).toEqual([0, 50, 100, 150, 200, 250]);
  });
  it("keeps only whole-number ticks, since the figures are counts", () => {
    expect(valueAxis(2).ticks).toEqual([0, 1, 2]);
    expect(valueAxis(1).ticks).toEqual([0, 1]);
    expect(valueAxis(0.3)).toEqual({ top: 1, ticks: [0, 1] });
  });
  it("gives an axis of 0 to 1 when every value is zero", () => {
    expect(valueAxis(0)).toEqual({ top: 1, ticks: [0, 1] });
  });
});

describe("spacedLabels", () => {
  it("keeps the first and last label and drops those that would touch a kept one", () => {
    // Eight year labels 27 px wide, 20 px apart: every other one fits, and the last always shows.
    const positions = Array.from({ length: 8 }, (_, i) => i * 20);
    expect(spacedLabels(positions, positions.map(() => 27), 4)).toEqual([0, 2, 4, 7]);
  });
  it("keeps them all when there is room", () => {
    expect(spacedLabels([0, 50, 100], [27, 27, 27], 4)).toEqual([0, 1, 2]);
  });
});
