import { describe, expect, it } from "vitest";
import { createAtlasIndex } from "../data/testing/fixtures";
import type { AreaRef, Phase } from "../schema";
import { programmeAreas } from "./programmeAreas";
import { programmeSquareBoundaries } from "./testing/squares";


function createPhase(id: string, start: string, end: string, areas: AreaRef[], programmeId = "tmsv"): Phase {
  return { id, programmeId, nameVi: id, nameEn: id, start, end, areas, sourceIds: ["news-a"] };
}

function createIndex(phases: Phase[]) {
  return { ...createAtlasIndex(), phases };
}

const boTrach: AreaRef = { kind: "unit", unit: "pre2025:455" };
const group: AreaRef = { kind: "group", group: "bo-trach-dong-hoi" };
const province: AreaRef = { kind: "unit", unit: "pre2025:44" };

describe("programmeAreas", () => {
  it("returns the areas of every phase for the whole span, each once", () => {
    const index = createIndex([createPhase("a", "2019", "2022", [province, boTrach]), createPhase("b", "2023-08", "2025-08", [boTrach])]);
    const areas = programmeAreas(index, programmeSquareBoundaries(), { vintage: "pre2025", period: null });
    expect(areas.map((a) => [a.key, a.phaseIds])).toEqual([
      ["unit:pre2025:44", ["a"]],
      ["unit:pre2025:455", ["a", "b"]],
    ]);
  });

  it("keeps only the phases whose years overlap the period", () => {
    const index = createIndex([createPhase("early", "2019", "2022", [province]), createPhase("late", "2023-08", "2025-08", [boTrach])]);
    const areas = programmeAreas(index, programmeSquareBoundaries(), { vintage: "pre2025", period: { from: 2024, to: 2025 } });
    expect(areas.map((a) => a.key)).toEqual(["unit:pre2025:455"]);
  });

  it("draws a group as one merged shape", () => {
    const index = createIndex([createPhase("pilot", "2020-02", "2021-03", [group])]);
    const [area] = programmeAreas(index, programmeSquareBoundaries(), { vintage: "pre2025", period: null });
    expect(area?.shape.type).toBe("Polygon");
  });

  it("keeps the former outlines on the post-2025 map", () => {
    const index = createIndex([createPhase("a", "2023", "2025", [boTrach, group])]);
    const areas = programmeAreas(index, programmeSquareBoundaries(), { vintage: "post2025", period: null });
    expect(areas.map((a) => a.key).sort()).toEqual(["group:bo-trach-dong-hoi", "unit:pre2025:455"]);
  });

  it("skips an area whose units have no outline instead of inventing one", () => {
    const index = createIndex([createPhase("a", "2025", "2026", [{ kind: "unit", unit: "post2025:19000" }])]);
    expect(programmeAreas(index, programmeSquareBoundaries(), { vintage: "post2025", period: null })).toEqual([]);
  });

  it("does not put a new-vintage area on the pre-2025 map", () => {
    const index = createIndex([createPhase("a", "2025", "2026", [{ kind: "unit", unit: "post2025:44" }])]);
    expect(programmeAreas(index, programmeSquareBoundaries(), { vintage: "pre2025", period: null })).toEqual([]);
  });

  it("gives each programme its own areas, even where two share one, and keeps one programme when asked", () => {
    const index = createIndex([createPhase("a", "2023", "2025", [boTrach]), createPhase("v", "2023", "2023", [boTrach, province], "vet")]);
    const all = programmeAreas(index, programmeSquareBoundaries(), { vintage: "pre2025", period: null });
    expect(all.map((a) => [a.programmeId, a.key])).toEqual([
      ["vet", "unit:pre2025:44"],
      ["tmsv", "unit:pre2025:455"],
      ["vet", "unit:pre2025:455"],
    ]);
    const vet = programmeAreas(index, programmeSquareBoundaries(), { vintage: "pre2025", period: null, programmeId: "vet" });
    expect(vet.map((a) => [a.programmeId, a.key])).toEqual([
      ["vet", "unit:pre2025:44"],
      ["vet", "unit:pre2025:455"],
    ]);
  });
});
