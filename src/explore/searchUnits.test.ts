import { describe, expect, it } from "vitest";
import type { CrosswalkLink, Unit, UnitId } from "../schema";
import { searchCandidates, searchUnits, type SearchableIndex } from "./searchUnits";

function makeUnit(id: UnitId, nameVi: string, shortVi: string, nameEn: string, level: Unit["level"], type: Unit["type"]): Unit {
  const [vintage, code] = id.split(":") as [Unit["vintage"], string];
  return {
    id, vintage, code, level, type, nameVi, shortVi, nameEn,
    parent: null, validFrom: null, validTo: null, hasGeometry: true, areaKm2: [], population: [],
  };
}

function createIndex(): SearchableIndex {
  const units = [
    makeUnit("pre2025:44", "Tỉnh Quảng Bình", "Quảng Bình", "Quang Binh Province", "province", "tinh"),
    makeUnit("pre2025:45", "Tỉnh Quảng Trị", "Quảng Trị", "Quang Tri Province", "province", "tinh"),
    makeUnit("post2025:44", "Tỉnh Quảng Trị", "Quảng Trị", "Quang Tri Province", "province", "tinh"),
    makeUnit("pre2025:450", "Thành phố Đồng Hới", "Đồng Hới", "Dong Hoi City", "district", "thanh_pho"),
    makeUnit("pre2025:455", "Huyện Bố Trạch", "Bố Trạch", "Bo Trach District", "district", "huyen"),
    makeUnit("post2025:19111", "Xã Bố Trạch", "Bố Trạch", "Bo Trach Commune", "commune", "xa"),
    makeUnit("post2025:19000", "Phường Đồng Hới", "Đồng Hới", "Dong Hoi Ward", "commune", "phuong"),
  ];
  const links: CrosswalkLink[] = [
    { from: "pre2025:44", to: ["post2025:44"], relation: "whole", legalActId: "r202" },
    { from: "pre2025:45", to: ["post2025:44"], relation: "whole", legalActId: "r202" },
    { from: "pre2025:455", to: ["post2025:19111"], relation: "split", legalActId: "r1680" },
  ];
  const linksTo = new Map<UnitId, CrosswalkLink[]>();
  for (const link of links) for (const to of link.to) linksTo.set(to, [...(linksTo.get(to) ?? []), link]);
  return { units: new Map(units.map((u) => [u.id, u])), linksTo };
}

function search(query: string) {
  return searchUnits(searchCandidates(createIndex()), query);
}

describe("searchUnits", () => {
  it("finds the old district and the new commune for 'bo trach', district first", () => {
    expect(search("bo trach").map((r) => r.unitId)).toEqual(["pre2025:455", "post2025:19111"]);
  });
  it("does not call a piece of a split district 'formerly' that district", () => {
    expect(search("bo trach").find((r) => r.unitId === "post2025:19111")?.formerly).toBeNull();
  });
  it("finds the city and the new ward for 'dong hoi'", () => {
    expect(search("dong hoi").map((r) => r.unitId)).toEqual(["pre2025:450", "post2025:19000"]);
  });
  it("finds the new Quảng Trị by the name of Quảng Bình, which went into it whole", () => {
    expect(search("quang binh")).toEqual([
      { unitId: "pre2025:44", rank: 0, formerly: null },
      { unitId: "post2025:44", rank: 0, formerly: "pre2025:44" },
    ]);
  });
  it("does not say 'formerly' when the new unit has the name itself", () => {
    expect(search("quang tri").find((r) => r.unitId === "post2025:44")?.formerly).toBeNull();
  });
  it("matches an English name", () => {
    expect(search("Dong Hoi City")[0]?.unitId).toBe("pre2025:450");
  });
  it("matches Vietnamese typed with diacritics", () => {
    expect(search("Bố Trạch")[0]?.unitId).toBe("pre2025:455");
  });
  it("puts the units of the boundaries on screen first: the new Quảng Trị for 'quang binh' after 2025", () => {
    expect(searchUnits(searchCandidates(createIndex()), "quang binh", 12, "post2025").map((r) => r.unitId)).toEqual(["post2025:44", "pre2025:44"]);
  });
  it("puts a weaker match of the boundaries on screen before a better one of the other", () => {
    expect(searchUnits(searchCandidates(createIndex()), "bo trach", 12, "post2025").map((r) => r.unitId)).toEqual(["post2025:19111", "pre2025:455"]);
  });
  it("stops at the limit", () => {
    expect(searchUnits(searchCandidates(createIndex()), "o", 2)).toHaveLength(2);
  });
});
