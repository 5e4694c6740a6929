import { describe, expect, it } from "vitest";
import { buildAtlasIndex } from "../data/atlas";
import { createAtlasIndex, createCrosswalkFile, createFiguresFile, createUnit, createUnitsFile } from "../data/testing/fixtures";
import { buildFigureRows, selectedAreaKeys, summariseRows, tableScope } from "./rows";

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

describe("buildFigureRows for one programme", () => {
  it("keeps the programme's rows, and a conflict whole when one of its figures is the programme's", () => {
    const file = createFiguresFile();
    file.programmes.push({ id: "other", nameVi: "Khác", nameEn: "Other" });
    file.observations = file.observations.map((o) => (o.id === "o-bo-trach" || o.id === "o-province-b" ? { ...o, programmeId: "other" } : o));
    const index = buildAtlasIndex(createUnitsFile(), file, createCrosswalkFile());
    expect(buildFigureRows(index, "en", "pre2025", "other").map((r) => r.key)).toEqual(["conflict:qb-supported", "o-bo-trach"]);
    expect(buildFigureRows(index, "en", "pre2025", "tmsv").map((r) => r.key)).not.toContain("o-bo-trach");
    expect(buildFigureRows(index, "en", "pre2025", null)).toHaveLength(buildFigureRows(index, "en").length);
  });
});

describe("buildFigureRows under the post-2025 boundaries", () => {
  it("files a group's figure under the new province it lies in", () => {
    const row = buildFigureRows(createAtlasIndex(), "en", "post2025").find((r) => r.key === "o-group");
    expect([row?.place?.placement, row?.filedUnderKey]).toEqual([{ kind: "carried", to: "post2025:44", rule: "group" }, "unit:post2025:44"]);
  });

  it("keeps a district split between two new provinces with itself, marked, naming both provinces", () => {
    const units = createUnitsFile();
    units.units.push(
      createUnit({ id: "post2025:42", level: "province", type: "tinh" }),
      createUnit({ id: "post2025:18000", level: "commune", type: "xa", parent: "post2025:42", hasGeometry: false }),
    );
    const crosswalk = createCrosswalkFile();
    crosswalk.links.push({ from: "pre2025:455", to: ["post2025:19000", "post2025:18000"], relation: "split", legalActId: "nq-1680" });
    const index = buildAtlasIndex(units, createFiguresFile(), crosswalk);
    const row = buildFigureRows(index, "en", "post2025").find((r) => r.key === "o-bo-trach");
    expect([row?.place?.placement, row?.place?.wentInto, row?.filedUnderKey]).toEqual([
      { kind: "not-carried", reason: "split" },
      ["post2025:42", "post2025:44"],
      "unit:pre2025:455",
    ]);
  });

  it("says nothing about the new map under the pre-2025 boundaries", () => {
    const row = buildFigureRows(createAtlasIndex(), "en").find((r) => r.key === "o-group");
    expect([row?.place, row?.filedUnderKey]).toEqual([null, "group:bo-trach-dong-hoi"]);
  });
});

describe("buildFigureRows in French", () => {
  it("gives the indicator's French unit word", () => {
    const figures = createFiguresFile();
    figures.indicators = figures.indicators.map((i) => (i.id === "trained" ? { ...i, unitFr: "personnes" } : i));
    const index = buildAtlasIndex(createUnitsFile(), figures, createCrosswalkFile());
    expect(buildFigureRows(index, "fr").find((r) => r.key === "o-district")?.unitName).toBe("personnes");
  });
});

describe("tableScope", () => {
  it("lists every figure of the programme's data, and only the map's indicator and period past the limit", () => {
    const index = createAtlasIndex();
    const total = index.observations.length;
    expect(tableScope(index, "supported", null)).toEqual({ kind: "all" });
    expect(tableScope(index, "supported", null, total)).toEqual({ kind: "all" });
    const scope = tableScope(index, "supported", null, total - 1);
    expect(scope).toEqual({ kind: "map", indicatorId: "supported", period: null });
    const ids = buildFigureRows(index, "vi", "pre2025", null, scope).flatMap((r) => r.observations.map((o) => o.id));
    // What the map draws: the province's figure, its three sources (two disagree) in one row.
    expect(ids).toEqual(["o-province", "o-province-c", "o-province-b"]);
    const trained = buildFigureRows(index, "vi", "pre2025", null, tableScope(index, "trained", null, total - 1));
    expect(trained.map((r) => r.key).sort()).toEqual(["o-bo-trach", "o-district", "o-group"]);
  });
});
