import { describe, expect, it } from "vitest";
import {
  ancestorsOf,
  areaKey,
  areaLevel,
  areaMembers,
  areaName,
  areasContaining,
  indicatorName,
  indicatorsWithFigures,
  currentIndicator,
  indicatorUnit,
  observationsFor,
  observationsOfArea,
  parseAreaKey,
} from "./atlas";
import { createAtlasIndex } from "./testing/fixtures";

const ids = (obs: { id: string }[]) => obs.map((o) => o.id).sort();

describe("buildAtlasIndex", () => {
  it("indexes units by id", () => {
    expect(createAtlasIndex().units.get("pre2025:450")?.shortVi).toBe("Đồng Hới");
  });

  it("lists children under their parent", () => {
    expect(createAtlasIndex().children.get("pre2025:44")).toEqual(["pre2025:450", "pre2025:455"]);
  });

  it("indexes crosswalk links by their old unit", () => {
    expect(createAtlasIndex().linksFrom.get("pre2025:450")?.map((l) => l.relation)).toEqual(["split"]);
  });

  it("indexes a link once under each new unit, even if listed twice", () => {
    expect(createAtlasIndex().linksTo.get("post2025:19000")?.map((l) => l.from)).toEqual(["pre2025:450", "pre2025:19111"]);
  });
});

describe("areaMembers", () => {
  it("returns a unit for a unit", () => {
    expect(areaMembers(createAtlasIndex(), { kind: "unit", unit: "pre2025:455" })).toEqual(["pre2025:455"]);
  });
  it("returns the members for a group", () => {
    expect(areaMembers(createAtlasIndex(), { kind: "group", group: "bo-trach-dong-hoi" })).toEqual(["pre2025:455", "pre2025:450"]);
  });
  it("returns nothing for an unknown group", () => {
    expect(areaMembers(createAtlasIndex(), { kind: "group", group: "nowhere" })).toEqual([]);
  });
});

describe("areaKey", () => {
  it("keys a unit", () => {
    expect(areaKey({ kind: "unit", unit: "pre2025:450" })).toBe("unit:pre2025:450");
  });
  it("keys a group", () => {
    expect(areaKey({ kind: "group", group: "bo-trach-dong-hoi" })).toBe("group:bo-trach-dong-hoi");
  });
  it("reads a key back", () => {
    expect(parseAreaKey("unit:pre2025:450")).toEqual({ kind: "unit", unit: "pre2025:450" });
  });
});

describe("areaName", () => {
  it("names a unit in Vietnamese with diacritics", () => {
    expect(areaName(createAtlasIndex(), { kind: "unit", unit: "pre2025:450" }, "vi")).toBe("Thành phố Đồng Hới");
  });
  it("names a unit in English", () => {
    expect(areaName(createAtlasIndex(), { kind: "unit", unit: "pre2025:450" }, "en")).toBe("Đồng Hới City");
  });
  it("names a group in English", () => {
    expect(areaName(createAtlasIndex(), { kind: "group", group: "bo-trach-dong-hoi" }, "en")).toBe("Bo Trach and Dong Hoi");
  });
  it("falls back to the id for an unknown unit", () => {
    expect(areaName(createAtlasIndex(), { kind: "unit", unit: "pre2025:999" }, "vi")).toBe("pre2025:999");
  });
});

describe("areaLevel", () => {
  it("gives a unit's level", () => {
    expect(areaLevel(createAtlasIndex(), { kind: "unit", unit: "pre2025:44" })).toEqual({ kind: "unit", level: "province" });
  });
  it("calls a group of districts a group of districts", () => {
    expect(areaLevel(createAtlasIndex(), { kind: "group", group: "bo-trach-dong-hoi" })).toEqual({ kind: "group", level: "district" });
  });
});

describe("areasContaining", () => {
  it("lists the unit, its groups and its ancestors, nearest first", () => {
    expect(areasContaining(createAtlasIndex(), "pre2025:19111").map(areaKey)).toEqual([
      "unit:pre2025:19111",
      "unit:pre2025:450",
      "group:bo-trach-dong-hoi",
      "unit:pre2025:44",
    ]);
  });
  it("gives a province only itself", () => {
    expect(areasContaining(createAtlasIndex(), "pre2025:44").map(areaKey)).toEqual(["unit:pre2025:44"]);
  });
  it("stops at a cycle in bad data", () => {
    const index = createAtlasIndex();
    const province = index.units.get("pre2025:44");
    if (province !== undefined) index.units.set("pre2025:44", { ...province, parent: "pre2025:450" });
    expect(ancestorsOf(index, "pre2025:450")).toEqual(["pre2025:44"]);
  });
});

describe("observationsFor", () => {
  it("gives a district its own, its group's and its province's figures", () => {
    expect(ids(observationsFor(createAtlasIndex(), "pre2025:450"))).toEqual(
      ["o-district", "o-group", "o-province", "o-province-b", "o-province-c"].sort(),
    );
  });
  it("never gives a province its districts' figures", () => {
    expect(ids(observationsFor(createAtlasIndex(), "pre2025:44"))).toEqual(["o-province", "o-province-b", "o-province-c"]);
  });
  it("gives a unit of the other vintage nothing from the old map", () => {
    expect(observationsFor(createAtlasIndex(), "post2025:19000")).toEqual([]);
  });
  it("observationsOfArea keeps only the area's own figures", () => {
    expect(ids(observationsOfArea(createAtlasIndex(), { kind: "group", group: "bo-trach-dong-hoi" }))).toEqual(["o-group"]);
  });
});

describe("indicators", () => {
  it("lists only indicators with figures, in file order", () => {
    expect(indicatorsWithFigures(createAtlasIndex()).map((i) => i.id)).toEqual(["trained", "supported"]);
  });
  it("keeps, for a programme, only the indicators with a figure of that programme", () => {
    const index = createAtlasIndex();
    const other = index.observations.find((o) => o.indicatorId === "supported");
    if (other === undefined) throw new Error("fixture lacks a 'supported' figure");
    const withOther = { ...index, observations: index.observations.map((o) => (o === other ? { ...o, programmeId: "other" } : o)) };
    expect(indicatorsWithFigures(withOther, "other").map((i) => i.id)).toEqual(["supported"]);
    expect(currentIndicator(withOther, "trained", "other")?.id).toBe("supported");
    expect(currentIndicator(withOther, "trained", null)?.id).toBe("trained");
  });
  it("uses the French name when there is one", () => {
    const supported = createAtlasIndex().indicators.get("supported");
    expect(supported && indicatorName(supported, "fr")).toBe("Victimes soutenues");
  });
  it("falls back to English when there is no French name", () => {
    const trained = createAtlasIndex().indicators.get("trained");
    expect(trained && indicatorName(trained, "fr")).toBe("People trained");
  });
});

describe("indicatorUnit", () => {
  const createUnits = (unitFr?: string) => ({ unitVi: "trường hợp", unitEn: "cases", ...(unitFr === undefined ? {} : { unitFr }) });
  it("gives the Vietnamese unit word in Vietnamese", () => {
    expect(indicatorUnit(createUnits("cas"), "vi")).toBe("trường hợp");
  });
  it("gives the English unit word in English", () => {
    expect(indicatorUnit(createUnits("cas"), "en")).toBe("cases");
  });
  it("gives the French unit word in French", () => {
    expect(indicatorUnit(createUnits("cas"), "fr")).toBe("cas");
  });
  it("falls back to English in French when there is no French unit", () => {
    expect(indicatorUnit(createUnits(), "fr")).toBe("cases");
  });
});
