import { describe, expect, it } from "vitest";
import { createMiniCrosswalk, createMiniFigures, createMiniUnits } from "../data/testing/compareAtlas";
import { areaKey, buildAtlasIndex, type AtlasIndex } from "../data/atlas";
import type { AreaRef } from "../schema";
import { carriedInto, keptOverlapping, placeUnderVintage, splitPredecessors } from "./place";

function miniIndex(): AtlasIndex {
  return buildAtlasIndex(createMiniUnits(), createMiniFigures(), createMiniCrosswalk());
}

const unit = (id: string): AreaRef => ({ kind: "unit", unit: id });
const group = (id: string): AreaRef => ({ kind: "group", group: id });

describe("placeUnderVintage", () => {
  it("files a group carried whole under the new province", () => {
    const place = placeUnderVintage(miniIndex(), group("bo-trach-dong-hoi"), "post2025");
    expect([place.placement, place.filedUnder]).toEqual([{ kind: "carried", to: "post2025:44", rule: "group" }, unit("post2025:44")]);
  });

  it("keeps a group spread over two new provinces with itself, naming both provinces", () => {
    const place = placeUnderVintage(miniIndex(), group("nghi-xuan-dong-hoi"), "post2025");
    expect([place.placement.kind, place.filedUnder, place.wentInto]).toEqual(["not-carried", group("nghi-xuan-dong-hoi"), ["post2025:42", "post2025:44"]]);
  });

  it("keeps a province split between two new ones with itself, naming both", () => {
    expect(placeUnderVintage(miniIndex(), unit("pre2025:99"), "post2025").wentInto).toEqual(["post2025:42", "post2025:44"]);
  });

  it("leaves an area of the chosen vintage where it is", () => {
    expect(placeUnderVintage(miniIndex(), group("bo-trach-dong-hoi"), "pre2025")).toMatchObject({ placement: { kind: "native" }, wentInto: [] });
  });
});

describe("carriedInto", () => {
  it("lists the former areas carried into a new province, each once, with all its figures", () => {
    const carried = carriedInto(miniIndex(), "post2025:44");
    expect(carried.map((c) => [areaKey(c.place.reportedFor), c.observations.length, c.intoThisUnit])).toEqual([
      ["group:bo-trach-dong-hoi", 3, true],
      ["unit:pre2025:44", 1, true],
      ["unit:pre2025:450", 1, true],
    ]);
  });

  it("gives a new commune the figures carried into its province, marked as not its own", () => {
    const carried = carriedInto(miniIndex(), "post2025:19141");
    expect(carried.every((c) => !c.intoThisUnit && c.carriedTo === "post2025:44")).toBe(true);
  });

  it("puts figures carried into the commune itself before those carried into its province", () => {
    expect(carriedInto(miniIndex(), "post2025:18115").map((c) => [areaKey(c.place.reportedFor), c.carriedTo])).toEqual([
      ["unit:pre2025:18400", "post2025:18115"],
      ["unit:pre2025:446", "post2025:42"],
    ]);
  });

  it("never lists a figure reported for the unit's own vintage", () => {
    expect(carriedInto(miniIndex(), "post2025:44").some((c) => c.observations.some((o) => o.id === "new-quang-tri"))).toBe(false);
  });
});

describe("keptOverlapping", () => {
  it("lists figures of former areas that partly went into the unit's province and were not carried", () => {
    expect(keptOverlapping(miniIndex(), "post2025:19141").map((k) => areaKey(k.place.reportedFor))).toEqual([
      "group:nghi-xuan-dong-hoi",
      "unit:pre2025:99",
    ]);
  });

  it("lists none for a province no split area reached", () => {
    expect(keptOverlapping(miniIndex(), "post2025:08")).toEqual([]);
  });
});

describe("splitPredecessors", () => {
  it("names the former district a new commune holds a piece of", () => {
    expect(splitPredecessors(miniIndex(), "post2025:19141")).toEqual(["pre2025:455"]);
  });

  it("names both former districts of a ward formed across them", () => {
    expect(splitPredecessors(miniIndex(), "post2025:18115")).toEqual(["pre2025:442", "pre2025:437"]);
  });

  it("names none for a commune formed from whole communes of unsplit units", () => {
    const crosswalk = createMiniCrosswalk();
    crosswalk.links = crosswalk.links.filter((l) => l.from !== "pre2025:455");
    crosswalk.links.push({ from: "pre2025:18853", to: ["post2025:19141"], relation: "whole", legalActId: "nq-1680-2025" });
    crosswalk.links = crosswalk.links.filter((l) => l.from !== "pre2025:450");
    const index = buildAtlasIndex(createMiniUnits(), createMiniFigures(), crosswalk);
    expect(splitPredecessors(index, "post2025:19141")).toEqual([]);
  });
});
