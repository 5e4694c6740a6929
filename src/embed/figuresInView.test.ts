import { describe, expect, it } from "vitest";
import { buildAtlasIndex } from "../data/atlas";
import { createAtlasIndex, createCrosswalkFile, createFiguresFile, createUnitsFile } from "../data/testing/fixtures";
import { defaultViewState, type ViewState } from "../store";
import { figureExportRows, observationsInView } from "./figuresInView";

function view(overrides: Partial<ViewState>): ViewState {
  return { ...defaultViewState(), ...overrides };
}

describe("observationsInView", () => {
  it("a map shows one indicator: every figure of it, one per observation", () => {
    const ids = observationsInView(createAtlasIndex(), view({ indicator: "supported" }), "map").map((o) => o.id);
    expect(ids).toEqual(["o-province", "o-province-b", "o-province-c"]);
  });

  it("keeps to the period", () => {
    const figures = createFiguresFile();
    figures.observations[0] = { ...figures.observations[0]!, periodStart: "2019", periodEnd: "2020" };
    const index = buildAtlasIndex(createUnitsFile(), figures, createCrosswalkFile());
    const ids = observationsInView(index, view({ indicator: "trained", period: { from: 2023, to: 2025 } }), "map").map((o) => o.id);
    expect(ids).toEqual(["o-group", "o-bo-trach"]);
  });

  it("a chart of a selected district keeps its figures and those of the areas holding it", () => {
    const ids = observationsInView(createAtlasIndex(), view({ indicator: "trained", selection: ["pre2025:455"] }), "chart").map((o) => o.id);
    expect(ids).toEqual(["o-group", "o-bo-trach"]);
  });

  it("a profile shows every indicator of the selection", () => {
    const ids = observationsInView(createAtlasIndex(), view({ selection: ["pre2025:44"] }), "profile").map((o) => o.id);
    expect(ids).toEqual(["o-province", "o-province-b", "o-province-c"]);
  });
});

describe("figureExportRows", () => {
  it("gives each row its source, quote and conflict group, with the value as published", () => {
    const index = createAtlasIndex();
    const rows = figureExportRows(index, observationsInView(index, view({ indicator: "supported" }), "map"), view({}), "vi");
    expect(rows.map((r) => [r.value, r.source_publisher, r.conflict_group])).toEqual([
      [120, "Báo A", "qb-supported"],
      [135, "Báo B", "qb-supported"],
      [120, "Báo B", "qb-supported"],
    ]);
    expect(rows[0]).toMatchObject({ area_code: "44", boundaries: "pre2025", placement: "native", source_url: "https://example.org/a", source_date: "2025-06", quote_language: "vi", translation: "" });
  });

  it("files a figure under the new province on the post-2025 map, and keeps the area the source named", () => {
    const index = createAtlasIndex();
    const [row] = figureExportRows(index, observationsInView(index, view({ indicator: "supported" }), "map"), view({ vintage: "post2025" }), "en");
    expect(row).toMatchObject({ area_code: "44", reported_for_code: "44", boundaries: "post2025", placement: "carried" });
    expect(row?.area_name).not.toBe(row?.reported_for_name);
  });

  it("says when a quote comes from a translation", () => {
    const figures = createFiguresFile();
    figures.sources[0] = { ...figures.sources[0]!, language: "en", translationOf: "vi" };
    const index = buildAtlasIndex(createUnitsFile(), figures, createCrosswalkFile());
    const [row] = figureExportRows(index, [index.observations[0]!], view({}), "en");
    expect(row?.translation).toBe("translated from vi");
  });

  it("leaves the conflict group empty for a figure no other source contradicts", () => {
    const index = createAtlasIndex();
    const [row] = figureExportRows(index, [index.observations[0]!], view({}), "vi");
    expect(row?.conflict_group).toBe("");
  });
});
