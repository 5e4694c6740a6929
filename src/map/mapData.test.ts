import { describe, expect, it } from "vitest";
import { buildAtlasIndex, type AtlasIndex } from "../data/atlas";
import { createObservation, createUnit } from "../data/testing/fixtures";
import { SCHEMA_VERSION, type AreaRef, type CrosswalkLink, type Observation, type Vintage } from "../schema";
import { placementIn } from "../model/carry";
import { mapFiguresFor, placeArea } from "./mapData";

/**
 * A slice of the real geography. Before: Hà Tĩnh (42) with Can Lộc (443); Quảng Bình (44) with
 * Đồng Hới (450), Bố Trạch (455) and the commune Nam Lý (no polygon); old Quảng Trị (45); a made-up
 * district 999 split between two new provinces. After: Hà Tĩnh (42, unchanged), the new Quảng Trị
 * (44 = old 44 + old 45) and new communes (no polygons).
 */
function createIndex(observations: Observation[], extraLinks: CrosswalkLink[] = []): AtlasIndex {
  const units = [
    createUnit({ id: "pre2025:42", level: "province", type: "tinh", shortVi: "Hà Tĩnh" }),
    createUnit({ id: "pre2025:443", parent: "pre2025:42", shortVi: "Can Lộc" }),
    createUnit({ id: "pre2025:44", level: "province", type: "tinh", shortVi: "Quảng Bình" }),
    createUnit({ id: "pre2025:45", level: "province", type: "tinh", shortVi: "Quảng Trị" }),
    createUnit({ id: "pre2025:450", parent: "pre2025:44", shortVi: "Đồng Hới" }),
    createUnit({ id: "pre2025:455", parent: "pre2025:44", shortVi: "Bố Trạch" }),
    createUnit({ id: "pre2025:999", parent: "pre2025:44" }),
    createUnit({ id: "pre2025:19111", parent: "pre2025:450", level: "commune", type: "phuong", hasGeometry: false }),
    createUnit({ id: "post2025:42", level: "province", type: "tinh" }),
    createUnit({ id: "post2025:44", level: "province", type: "tinh" }),
    createUnit({ id: "post2025:18000", parent: "post2025:42", level: "commune", type: "xa", hasGeometry: false }),
    createUnit({ id: "post2025:19000", parent: "post2025:44", level: "commune", type: "phuong", hasGeometry: false }),
    createUnit({ id: "post2025:19100", parent: "post2025:44", level: "commune", type: "xa", hasGeometry: false }),
  ];
  const groups = [
    { id: "bo-trach-dong-hoi", vintage: "pre2025" as const, nameVi: "Bố Trạch + Đồng Hới", nameEn: "Bố Trạch + Đồng Hới", members: ["pre2025:455", "pre2025:450"] },
    { id: "two-provinces", vintage: "pre2025" as const, nameVi: "Can Lộc, Bố Trạch", nameEn: "Can Loc, Bo Trach", members: ["pre2025:443", "pre2025:455"] },
  ];
  const link = (from: string, to: string[], relation: "whole" | "split"): CrosswalkLink => ({ from, to, relation, legalActId: "nq" });
  const links = [
    link("pre2025:42", ["post2025:42"], "whole"),
    link("pre2025:44", ["post2025:44"], "whole"),
    link("pre2025:45", ["post2025:44"], "whole"),
    link("pre2025:443", ["post2025:18000"], "split"),
    link("pre2025:450", ["post2025:19000"], "split"),
    link("pre2025:455", ["post2025:19100", "post2025:19000"], "split"),
    link("pre2025:999", ["post2025:18000", "post2025:19100"], "split"),
    link("pre2025:19111", ["post2025:19000"], "whole"),
    ...extraLinks,
  ];
  return buildAtlasIndex(
    { schemaVersion: SCHEMA_VERSION, units, groups },
    {
      schemaVersion: SCHEMA_VERSION,
      sources: [],
      indicators: [],
      organisations: [],
      programmes: [],
      phases: [],
      milestones: [],
      observations,
    },
    { schemaVersion: SCHEMA_VERSION, legalActs: [], links },
  );
}

const unit = (id: string): AreaRef => ({ kind: "unit", unit: id });
const group = (id: string): AreaRef => ({ kind: "group", group: id });
const query = (vintage: Vintage, period: { from: number; to: number } | null = null) => ({ indicatorId: "trained", period, vintage });

describe("mapFiguresFor: on the map of the figure's own vintage", () => {
  it("draws a district's figure on that district", () => {
    const index = createIndex([createObservation({ id: "a", area: unit("pre2025:455"), value: 7 })]);
    const [figure] = mapFiguresFor(index, query("pre2025")).drawn;
    expect(figure).toMatchObject({ drawOn: unit("pre2025:455"), placement: "own", value: 7 });
  });

  it("draws a group's figure once, on the group, and on none of its members", () => {
    const index = createIndex([createObservation({ id: "a", area: group("bo-trach-dong-hoi"), value: 140 })]);
    const { drawn } = mapFiguresFor(index, query("pre2025"));
    expect(drawn.map((f) => f.drawOn)).toEqual([group("bo-trach-dong-hoi")]);
  });

  it("draws a province's figure on the province, never as a district value", () => {
    const index = createIndex([createObservation({ id: "a", area: unit("pre2025:42"), value: 663 })]);
    const { drawn } = mapFiguresFor(index, query("pre2025"));
    expect(drawn.map((f) => f.drawOn)).toEqual([unit("pre2025:42")]);
  });

  it("shows figures of the same thing that disagree as one range with every source", () => {
    const index = createIndex([
      createObservation({ id: "thoidai", area: group("bo-trach-dong-hoi"), value: 140, sameAs: "cases" }),
      createObservation({ id: "baoquangtri", area: group("bo-trach-dong-hoi"), value: 135, sameAs: "cases" }),
    ]);
    const { drawn } = mapFiguresFor(index, query("pre2025"));
    expect(drawn).toHaveLength(1);
    expect(drawn[0]).toMatchObject({ low: 135, high: 140, value: 140, conflict: true });
    expect(drawn[0]?.observations.map((o) => o.id)).toEqual(["baoquangtri", "thoidai"]);
  });

  it("does not call sources that agree a conflict", () => {
    const index = createIndex([
      createObservation({ id: "a", value: 120, sameAs: "x" }),
      createObservation({ id: "b", value: 120, sameAs: "x" }),
    ]);
    expect(mapFiguresFor(index, query("pre2025")).drawn[0]?.conflict).toBe(false);
  });

  it("keeps only figures whose period overlaps the chosen years", () => {
    const index = createIndex([
      createObservation({ id: "old", area: unit("pre2025:455"), periodStart: "2020-02", periodEnd: "2021-03" }),
      createObservation({ id: "new", area: unit("pre2025:450"), periodStart: "2023", periodEnd: "2025" }),
    ]);
    const { drawn } = mapFiguresFor(index, query("pre2025", { from: 2022, to: 2022 }));
    expect(drawn).toEqual([]);
  });

  it("keeps only the chosen indicator", () => {
    const index = createIndex([createObservation({ id: "a", indicatorId: "other" })]);
    expect(mapFiguresFor(index, query("pre2025")).drawn).toEqual([]);
  });

  it("draws the latest figure of an area and lists earlier ones, without adding them up", () => {
    const index = createIndex([
      createObservation({ id: "phase1", area: unit("pre2025:455"), value: 355, periodStart: "2019", periodEnd: "2021" }),
      createObservation({ id: "phase3", area: unit("pre2025:455"), value: 140, periodStart: "2023", periodEnd: "2025" }),
    ]);
    const [figure] = mapFiguresFor(index, query("pre2025")).drawn;
    expect(figure?.value).toBe(140);
    expect(figure?.others.map((o) => o.id)).toEqual(["phase1"]);
  });

  it("lists a commune's figure as not drawn when the map has no polygon for it", () => {
    const index = createIndex([createObservation({ id: "a", area: unit("pre2025:19111") })]);
    const { drawn, notDrawn } = mapFiguresFor(index, query("pre2025"));
    expect(drawn).toEqual([]);
    expect(notDrawn).toMatchObject([{ reportedFor: unit("pre2025:19111"), reason: "no-geometry" }]);
  });
});

describe("mapFiguresFor: a former unit's figure on the post-2025 map", () => {
  it("carries a former province's figure to the new province it went into whole", () => {
    const index = createIndex([createObservation({ id: "a", area: unit("pre2025:44"), value: 120 })]);
    const [figure] = mapFiguresFor(index, query("post2025")).drawn;
    expect(figure).toMatchObject({ drawOn: unit("post2025:44"), reportedFor: unit("pre2025:44"), placement: "carried", value: 120 });
  });

  it("carries a former district whose new communes all lie in one new province to that province", () => {
    const index = createIndex([createObservation({ id: "a", area: unit("pre2025:455") })]);
    expect(mapFiguresFor(index, query("post2025")).drawn[0]?.drawOn).toEqual(unit("post2025:44"));
  });

  it("carries a group whose members all went into one new province, as one figure", () => {
    const index = createIndex([createObservation({ id: "a", area: group("bo-trach-dong-hoi"), value: 140 })]);
    const { drawn } = mapFiguresFor(index, query("post2025"));
    expect(drawn.map((f) => [f.drawOn, f.reportedFor])).toEqual([[unit("post2025:44"), group("bo-trach-dong-hoi")]]);
  });

  it("keeps a group that spans two new provinces on its former outline, undivided", () => {
    const index = createIndex([createObservation({ id: "a", area: group("two-provinces"), value: 189 })]);
    const { drawn } = mapFiguresFor(index, query("post2025"));
    expect(drawn).toMatchObject([{ drawOn: group("two-provinces"), placement: "former", value: 189 }]);
  });

  it("keeps a district split between two new provinces on its former outline", () => {
    const index = createIndex([createObservation({ id: "a", area: unit("pre2025:999") })]);
    expect(mapFiguresFor(index, query("post2025")).drawn[0]).toMatchObject({ drawOn: unit("pre2025:999"), placement: "former" });
  });

  it("never moves a district's figure to a new commune (the new map has no commune polygons, and a commune is not the district)", () => {
    const index = createIndex([createObservation({ id: "a", area: unit("pre2025:450") })]);
    const { drawn } = mapFiguresFor(index, query("post2025"));
    expect(drawn.map((f) => f.drawOn)).toEqual([unit("post2025:44")]);
  });

  it("lists a former commune's figure, carried to a new commune without a polygon, as not drawn", () => {
    const index = createIndex([createObservation({ id: "a", area: unit("pre2025:19111") })]);
    expect(mapFiguresFor(index, query("post2025")).notDrawn).toMatchObject([{ reason: "no-geometry" }]);
  });
});

describe("mapFiguresFor: a new unit's figure on the pre-2025 map", () => {
  it("carries it back to the one former province that went into it unchanged", () => {
    const index = createIndex([createObservation({ id: "a", area: unit("post2025:42") })]);
    expect(mapFiguresFor(index, query("pre2025")).drawn[0]).toMatchObject({ drawOn: unit("pre2025:42"), placement: "carried" });
  });

  it("does not carry back a new province made of several former ones", () => {
    const index = createIndex([createObservation({ id: "a", area: unit("post2025:44") })]);
    const { drawn, notDrawn } = mapFiguresFor(index, query("pre2025"));
    expect(drawn).toEqual([]);
    expect(notDrawn).toMatchObject([{ reportedFor: unit("post2025:44"), reason: "other-vintage" }]);
  });
});

describe("placeArea follows the one carry rule (src/model/carry.ts)", () => {
  it("follows a whole link, to a new unit the map can draw", () => {
    expect(placeArea(createIndex([]), unit("pre2025:45"), "post2025")).toEqual({ kind: "drawn", drawOn: unit("post2025:44"), placement: "carried" });
  });

  it("draws nothing for a unit it does not know", () => {
    expect(placeArea(createIndex([]), unit("pre2025:nowhere"), "post2025")).toMatchObject({ kind: "not-drawn" });
  });

  it("never carries a new commune back to one former district it only partly came from", () => {
    // post2025:19100 came from parts of Bố Trạch and of district 999: it lies only in the former Quảng Bình.
    expect(placeArea(createIndex([]), unit("post2025:19100"), "pre2025")).toEqual({ kind: "drawn", drawOn: unit("pre2025:44"), placement: "carried" });
  });

  it.each(["pre2025", "post2025"] as const)("moves a figure exactly where the compare view files it, on the %s map", (vintage) => {
    const index = createIndex([]);
    const areas = [...index.units.keys()].map(unit).concat([group("bo-trach-dong-hoi"), group("two-provinces")]);
    for (const area of areas) {
      const onMap = placeArea(index, area, vintage);
      const rule = placementIn(index, area, vintage);
      const carriedTo = onMap.kind === "drawn" && onMap.placement === "carried" ? onMap.drawOn : null;
      expect(carriedTo, `${JSON.stringify(area)} on the ${vintage} map`).toEqual(
        rule.kind === "carried" && index.units.get(rule.to)?.hasGeometry === true ? unit(rule.to) : null,
      );
    }
  });
});
