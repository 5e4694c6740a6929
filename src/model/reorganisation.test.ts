import { describe, expect, it } from "vitest";
import { createTestAtlas } from "../data/testing/focusAtlas";
import { predecessorSummary, successorSummary } from "./reorganisation";

describe("successorSummary", () => {
  it("says a district was split into new communes of one new province, by its resolution", () => {
    const s = successorSummary(createTestAtlas(), "pre2025:450");
    expect(s && [s.relation, s.successors, s.provinces, s.legalActs.map((a) => a.number)]).toEqual([
      "split",
      ["post2025:19001", "post2025:19002"],
      ["post2025:44"],
      ["1680/NQ-UBTVQH15"],
    ]);
  });
  it("names the other province a merged province went in with", () => {
    const s = successorSummary(createTestAtlas(), "pre2025:44");
    expect(s && [s.relation, s.successors, s.mergedWith, s.unchanged]).toEqual(["whole", ["post2025:44"], ["pre2025:45"], false]);
  });
  it("says a province that was not merged is unchanged", () => {
    expect(successorSummary(createTestAtlas(), "pre2025:42")?.unchanged).toBe(true);
  });
  it("has nothing to say about a post-2025 unit", () => {
    expect(successorSummary(createTestAtlas(), "post2025:44")).toBeNull();
  });
});

describe("predecessorSummary", () => {
  it("separates old units taken whole from those taken in part", () => {
    const s = predecessorSummary(createTestAtlas(), "post2025:19111");
    expect(s && [s.whole, s.part]).toEqual([["pre2025:19111"], ["pre2025:455"]]);
  });
  it("has nothing for an old unit", () => {
    expect(predecessorSummary(createTestAtlas(), "pre2025:455")).toBeNull();
  });
});
