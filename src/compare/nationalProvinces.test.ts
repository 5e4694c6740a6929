import { describe, expect, it } from "vitest";
import { buildAtlasIndex, type AtlasIndex } from "../data/atlas";
import { createMiniCrosswalk, createMiniFigures, createMiniUnits } from "../data/testing/compareAtlas";
import { filterNationalRows, nationalRows } from "./nationalProvinces";

function miniIndex(): AtlasIndex {
  return buildAtlasIndex(createMiniUnits(), createMiniFigures(), createMiniCrosswalk());
}

describe("nationalRows", () => {
  it("lists each new province with the former provinces that went whole into it", () => {
    const rows = nationalRows(miniIndex()).map((r) => [r.unit.id, r.formers.map((f) => f.id), r.merged]);
    expect(rows).toEqual([
      ["post2025:08", ["pre2025:02", "pre2025:08"], true],
      ["post2025:42", ["pre2025:42"], false],
      ["post2025:44", ["pre2025:44", "pre2025:45"], true],
    ]);
  });

  it("gives each row its legal basis", () => {
    const row = nationalRows(miniIndex()).find((r) => r.unit.id === "post2025:44");
    expect(row?.legal.map((l) => [l.act?.number, l.clause])).toEqual([["202/2025/QH15", "Art.1 cl.12"]]);
  });
});

describe("filterNationalRows", () => {
  it("finds the new Quảng Trị by the former name Quảng Bình, without diacritics, and credits the former", () => {
    const matches = filterNationalRows(nationalRows(miniIndex()), "quang binh");
    expect(matches.map((m) => [m.row.unit.id, m.matchedFormer?.id ?? null])).toEqual([["post2025:44", "pre2025:44"]]);
  });

  it("finds it by the name with diacritics too", () => {
    expect(filterNationalRows(nationalRows(miniIndex()), "Quảng Bình").map((m) => m.row.unit.id)).toEqual(["post2025:44"]);
  });

  it("credits no former province when the new one's own name matches", () => {
    const matches = filterNationalRows(nationalRows(miniIndex()), "Quảng Trị");
    expect(matches.map((m) => [m.row.unit.id, m.matchedFormer])).toEqual([["post2025:44", null]]);
  });

  it("returns every row for an empty query", () => {
    expect(filterNationalRows(nationalRows(miniIndex()), "  ")).toHaveLength(3);
  });

  it("returns nothing for a name no province has had", () => {
    expect(filterNationalRows(nationalRows(miniIndex()), "atlantis")).toEqual([]);
  });
});
