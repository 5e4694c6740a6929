/**
 * The search and the profile's reorganisation facts on the generated data (public/data), so
 * the explorer's worked examples hold on what the app actually ships.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildAtlasIndex, type AtlasIndex } from "../data/atlas";
import { CrosswalkFile, FiguresFile, UnitsFile } from "../schema";
import { successorSummary } from "../model/reorganisation";
import { searchCandidates, searchUnits } from "./searchUnits";

function loadAtlas(): AtlasIndex {
  const read = (file: string): unknown => JSON.parse(readFileSync(new URL(`../../public/data/${file}`, import.meta.url), "utf8"));
  return buildAtlasIndex(UnitsFile.parse(read("units.json")), FiguresFile.parse(read("figures.json")), CrosswalkFile.parse(read("crosswalk.json")));
}

function found(query: string): string[] {
  const atlas = loadAtlas();
  return searchUnits(searchCandidates(atlas), query, 4).map((r) => {
    const unit = atlas.units.get(r.unitId);
    const formerly = r.formerly === null ? "" : ` (formerly ${atlas.units.get(r.formerly)?.shortVi})`;
    return `${unit?.nameVi} ${unit?.vintage}${formerly}`;
  });
}

describe("search on the shipped data", () => {
  it("finds Huyện Bố Trạch and the new xã Bố Trạch for 'bo trach'", () => {
    expect(found("bo trach").slice(0, 2)).toEqual(["Huyện Bố Trạch pre2025", "Xã Bố Trạch post2025"]);
  });
  it("finds Thành phố Đồng Hới and phường Đồng Hới for 'dong hoi'", () => {
    expect(found("dong hoi").slice(0, 2)).toEqual(["Thành phố Đồng Hới pre2025", "Phường Đồng Hới post2025"]);
  });
  it("finds Tỉnh Quảng Bình and the new Quảng Trị, formerly Quảng Bình, for 'quang binh'", () => {
    expect(found("quang binh").slice(0, 2)).toEqual(["Tỉnh Quảng Bình pre2025", "Tỉnh Quảng Trị post2025 (formerly Quảng Bình)"]);
  });
});

describe("what became of Đồng Hới on the shipped data", () => {
  it("went into three wards of the new Quảng Trị by Resolution 1680/NQ-UBTVQH15", () => {
    const atlas = loadAtlas();
    const s = successorSummary(atlas, "pre2025:450");
    expect(s && [s.relation, s.successors.map((id) => atlas.units.get(id)?.shortVi).sort(), s.provinces, s.legalActs.map((a) => a.number)]).toEqual([
      "split",
      ["Đồng Hới", "Đồng Sơn", "Đồng Thuận"],
      ["post2025:44"],
      ["1680/NQ-UBTVQH15"],
    ]);
  });
});
