import { describe, expect, it } from "vitest";
import { areaKey } from "../data/atlas";
import { createTestAtlas, observation } from "../data/testing/focusAtlas";
import { figuresByArea } from "./figures";

describe("figuresByArea", () => {
  it("lists a district's figures under the group and the province that report them", () => {
    const areas = figuresByArea(createTestAtlas(), "pre2025:455").map((a) => areaKey(a.area));
    expect(areas).toEqual(["group:bo-trach-dong-hoi", "unit:pre2025:44"]);
  });
  it("never lists a province's figure under a district", () => {
    const areas = figuresByArea(createTestAtlas(), "pre2025:455");
    expect(areas.find((a) => areaKey(a.area) === "unit:pre2025:455")).toBeUndefined();
  });
  it("clusters two sources of the same figure and flags that they disagree", () => {
    const [group] = figuresByArea(createTestAtlas(), "pre2025:455");
    expect(group?.clusters.map((c) => [c.observations.map((o) => o.value), c.conflict])).toEqual([[[140, 135], true]]);
  });
  it("does not flag agreeing sources as a conflict", () => {
    const atlas = createTestAtlas({
      observations: [
        observation({ id: "a", value: 7, sameAs: "k" }),
        observation({ id: "b", value: 7, sameAs: "k", sourceId: "other" }),
      ],
    });
    expect(figuresByArea(atlas, "pre2025:455")[0]?.clusters[0]?.conflict).toBe(false);
  });
  it("has nothing for a unit with no figures around it", () => {
    expect(figuresByArea(createTestAtlas(), "pre2025:45")).toEqual([]);
  });
});
