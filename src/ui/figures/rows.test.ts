import { describe, expect, it } from "vitest";
import { createAtlasIndex } from "../../data/testing/fixtures";
import { buildFigureRows, selectedAreaKeys, summariseRows } from "./rows";

describe("buildFigureRows", () => {
  it("makes one row per figure and one per conflict", () => {
    // 6 observations: three of one thing, two of which disagree with the third → one row.
    expect(buildFigureRows(createAtlasIndex(), "vi").map((r) => r.key)).toEqual([
      "o-district",
      "o-group",
      "conflict:qb-supported",
      "o-bo-trach",
    ]);
  });

  it("keeps every figure of a conflict, in file order", () => {
    const row = buildFigureRows(createAtlasIndex(), "vi").find((r) => r.conflict);
    expect(row?.observations.map((o) => o.id)).toEqual(["o-province", "o-province-b", "o-province-c"]);
  });

  it("keeps a group's figure on the group", () => {
    const row = buildFigureRows(createAtlasIndex(), "en").find((r) => r.key === "o-group");
    expect([row?.areaName, row?.level]).toEqual(["Bo Trach and Dong Hoi", { kind: "group", level: "district" }]);
  });

  it("names the indicator in the language asked", () => {
    const row = buildFigureRows(createAtlasIndex(), "en").find((r) => r.key === "o-district");
    expect(row?.indicatorName).toBe("People trained");
  });

  it("shows an unknown indicator by its id rather than failing", () => {
    const index = createAtlasIndex();
    index.indicators.delete("trained");
    expect(buildFigureRows(index, "vi")[0]?.indicatorName).toBe("trained");
  });
});

describe("summariseRows", () => {
  it("counts figures, documents, areas and conflicts", () => {
    expect(summariseRows(buildFigureRows(createAtlasIndex(), "vi"))).toEqual({ figures: 6, sources: 2, areas: 4, conflicts: 1 });
  });
});

describe("selectedAreaKeys", () => {
  it("covers the selected district, its group and its province", () => {
    expect([...selectedAreaKeys(createAtlasIndex(), ["pre2025:450"])]).toEqual([
      "unit:pre2025:450",
      "group:bo-trach-dong-hoi",
      "unit:pre2025:44",
    ]);
  });
});
