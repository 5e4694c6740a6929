import { describe, expect, it } from "vitest";
import { createTestAtlas } from "../data/testing/focusAtlas";
import { partnersFor, phasesFor } from "./phases";

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
