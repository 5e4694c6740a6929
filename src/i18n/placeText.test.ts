import { describe, expect, it } from "vitest";
import { createMiniCrosswalk, createMiniFigures, createMiniUnits } from "../data/testing/compareAtlas";
import { buildAtlasIndex, type AtlasIndex } from "../data/atlas";
import { i18n } from "./";
import { placeUnderVintage } from "../model/place";
import { placeText, reportedScopeText, ruleText } from "./placeText";

function miniIndex(): AtlasIndex {
  return buildAtlasIndex(createMiniUnits(), createMiniFigures(), createMiniCrosswalk());
}
const en = i18n.getFixedT("en");
const vi = i18n.getFixedT("vi");

describe("placeText", () => {
  it("says which new unit a carried figure lies within and what it was reported for", () => {
    const index = miniIndex();
    const place = placeUnderVintage(index, { kind: "group", group: "bo-trach-dong-hoi" }, "post2025");
    expect(placeText(en, index, place, "en")).toBe("within Quảng Trị (new), carried whole from Bố Trạch + Đồng Hới");
  });

  it("says a group spread over two new provinces is not carried and stays with its former units", () => {
    const index = miniIndex();
    const place = placeUnderVintage(index, { kind: "group", group: "nghi-xuan-dong-hoi" }, "post2025");
    expect(placeText(en, index, place, "en")).toBe("not carried: its units went into 2 new provinces — kept with the former units");
  });

  it("says it in Vietnamese", () => {
    const index = miniIndex();
    const place = placeUnderVintage(index, { kind: "group", group: "bo-trach-dong-hoi" }, "post2025");
    expect(placeText(vi, index, place, "vi")).toBe("thuộc Tỉnh Quảng Trị (mới), chuyển nguyên từ Bố Trạch + Đồng Hới");
  });

  it("says nothing for a figure reported on the chosen boundaries", () => {
    const index = miniIndex();
    expect(placeText(en, index, placeUnderVintage(index, { kind: "unit", unit: "post2025:44" }, "post2025"), "en")).toBeNull();
  });
});

describe("ruleText", () => {
  it("explains a group's carry in words", () => {
    expect(ruleText(en, "group")).toBe("all its units lie in it");
  });
});

describe("reportedScopeText", () => {
  it("says a former district's figure is the whole district's, a province's the whole province's, a group's all its areas together", () => {
    const index = miniIndex();
    const fr = i18n.getFixedT("fr");
    const bt = { kind: "unit", unit: "pre2025:455" } as const;
    expect([reportedScopeText(en, index, bt), reportedScopeText(vi, index, bt), reportedScopeText(fr, index, bt)]).toEqual(["whole district", "toàn huyện", "district entier"]);
    expect(reportedScopeText(en, index, { kind: "unit", unit: "pre2025:44" })).toBe("whole province");
    expect(reportedScopeText(en, index, { kind: "group", group: "bo-trach-dong-hoi" })).toBe("all its areas together");
  });
});
