import { describe, expect, it } from "vitest";
import { areaKey } from "../data/atlas";
import { figuresByArea, partnersFor, phasesFor, predecessorSummary, successorSummary } from "./profileData";
import { createTestAtlas, observation } from "./testAtlas";

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

describe("phasesFor", () => {
  const ids = (unit: string) => phasesFor(createTestAtlas(), unit).map((p) => [p.phase.id, p.scope.kind]);

  it("finds a phase listed for the district, and one reported for its whole province as such", () => {
    expect(ids("pre2025:455")).toEqual([["tmsv3", "covers"], ["wv-qb", "whole"]]);
    const wv = phasesFor(createTestAtlas(), "pre2025:455").find((p) => p.phase.id === "wv-qb");
    expect(wv?.scope).toEqual({ kind: "whole", area: { kind: "unit", unit: "pre2025:44" } });
  });
  it("finds a phase listed for a group that names the district as covering it", () => {
    const pilot = { ...createTestAtlas().phases[0]!, id: "pilot", areas: [{ kind: "group" as const, group: "bo-trach-dong-hoi" }] };
    expect(phasesFor(createTestAtlas({ phases: [pilot] }), "pre2025:450").map((p) => p.scope.kind)).toEqual(["covers"]);
  });
  it("finds a district's phase as running in part of its province", () => {
    expect(ids("pre2025:44")).toEqual([["tmsv3", "part"], ["wv-qb", "covers"]]);
  });
  it("finds nothing in a province without phases", () => {
    expect(ids("pre2025:45")).toEqual([]);
  });
  it("finds the phases of the former district for a new commune, naming the district", () => {
    const phases = phasesFor(createTestAtlas(), "post2025:19111");
    expect(phases.map((p) => p.scope)).toEqual([
      { kind: "former", formerUnit: "pre2025:455" },
      { kind: "formerWhole", formerUnit: "pre2025:44" },
    ]);
  });
});

describe("phasesFor a new province", () => {
  it("finds a phase of former districts inside a province that went into it", () => {
    const tmsv3 = phasesFor(createTestAtlas(), "post2025:44").find((p) => p.phase.id === "tmsv3");
    expect(tmsv3?.scope).toEqual({ kind: "formerPart", formerUnits: ["pre2025:455", "pre2025:450"] });
  });
});

describe("partnersFor", () => {
  it("lists the partners named on the figures around the unit, once each", () => {
    expect(partnersFor(createTestAtlas(), "pre2025:455").map((o) => o.id)).toEqual(["world-vision", "iom", "hagar"]);
  });
});

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
