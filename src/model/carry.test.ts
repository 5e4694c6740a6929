import { describe, expect, it } from "vitest";
import { createMiniCrosswalk, createMiniFigures, createMiniUnits } from "../data/testing/compareAtlas";
import { buildAtlasIndex, type AtlasIndex } from "../data/atlas";
import { areaContainment, placementIn, unitContainment } from "./carry";

function miniIndex(): AtlasIndex {
  return buildAtlasIndex(createMiniUnits(), createMiniFigures(), createMiniCrosswalk());
}

describe("unitContainment, old to new", () => {
  it("lists a former commune's new commune and then its new province", () => {
    expect(unitContainment(miniIndex(), "pre2025:18853", "post2025")).toEqual({
      kind: "contained",
      destination: "post2025:18880",
      containers: ["post2025:18880", "post2025:44"],
      rule: "whole",
    });
  });

  it("finds no container for a unit split between two new provinces", () => {
    expect(unitContainment(miniIndex(), "pre2025:99", "post2025")).toEqual({ kind: "not-contained", reason: "split" });
  });

  it("never puts a split unit inside one of its pieces, even when the crosswalk names only one", () => {
    const units = createMiniUnits();
    const crosswalk = createMiniCrosswalk();
    crosswalk.links = crosswalk.links.map((link) => (link.from === "pre2025:450" ? { ...link, to: ["post2025:18880"] } : link));
    const result = unitContainment(buildAtlasIndex(units, createMiniFigures(), crosswalk), "pre2025:450", "post2025");
    expect(result.kind === "contained" && [result.destination, result.rule]).toEqual(["post2025:44", "within-one-unit"]);
  });

  it("says 'no-successor' for an unknown unit", () => {
    expect(unitContainment(miniIndex(), "pre2025:12345", "post2025")).toEqual({ kind: "not-contained", reason: "no-successor" });
  });
});

describe("unitContainment, new to old", () => {
  it("puts a new ward formed from one old ward inside that ward and its former district", () => {
    const result = unitContainment(miniIndex(), "post2025:18859", "pre2025");
    expect(result.kind === "contained" && result.containers).toEqual(["pre2025:18859", "pre2025:450", "pre2025:44"]);
  });

  it("puts a new ward formed across two former districts only inside their common province", () => {
    const result = unitContainment(miniIndex(), "post2025:18115", "pre2025");
    expect(result.kind === "contained" && [result.destination, result.rule]).toEqual(["pre2025:42", "within-one-unit"]);
  });

  it("finds no old container for a new province formed from two", () => {
    expect(unitContainment(miniIndex(), "post2025:44", "pre2025")).toEqual({ kind: "not-contained", reason: "merged" });
  });
});

describe("areaContainment of groups", () => {
  it("uses the most specific unit holding every member", () => {
    const result = areaContainment(miniIndex(), { kind: "group", group: "yen-lam-yen-phu" }, "post2025");
    expect(result.kind === "contained" && result.containers).toEqual(["post2025:02398", "post2025:08"]);
  });

  it("finds none when members went into different provinces", () => {
    expect(areaContainment(miniIndex(), { kind: "group", group: "nghi-xuan-dong-hoi" }, "post2025")).toEqual({
      kind: "not-contained",
      reason: "group-split",
    });
  });
});

describe("placementIn: where an area's figures sit under one vintage", () => {
  it("leaves an area of that vintage where it is", () => {
    expect(placementIn(miniIndex(), { kind: "unit", unit: "post2025:44" }, "post2025")).toEqual({ kind: "native" });
  });

  it("carries a group whose members all lie in one new province to that province", () => {
    expect(placementIn(miniIndex(), { kind: "group", group: "bo-trach-dong-hoi" }, "post2025")).toEqual({
      kind: "carried",
      to: "post2025:44",
      rule: "group",
    });
  });

  it("keeps a group whose members went into different provinces with the group", () => {
    expect(placementIn(miniIndex(), { kind: "group", group: "nghi-xuan-dong-hoi" }, "post2025")).toEqual({
      kind: "not-carried",
      reason: "group-split",
    });
  });

  it("keeps an area it does not know, as having no known successor", () => {
    expect(placementIn(miniIndex(), { kind: "group", group: "nowhere" }, "post2025")).toEqual({ kind: "not-carried", reason: "no-successor" });
  });
});
