import { describe, expect, it } from "vitest";
import { buildAtlasIndex, type AtlasIndex } from "../data/atlas";
import { aggregateAllIndicators } from "../model/aggregateToVintage";
import { createMiniCrosswalk, createMiniFigures, createMiniUnits } from "../data/testing/compareAtlas";
import { successorCommunes, whatChanged, type WhatChanged } from "./whatChanged";

function miniIndex(): AtlasIndex {
  return buildAtlasIndex(createMiniUnits(), createMiniFigures(), createMiniCrosswalk());
}

function changeOf(id: string): WhatChanged {
  const index = miniIndex();
  const result = whatChanged(index, id, aggregateAllIndicators(index));
  if (result === null) throw new Error(`no unit ${id}`);
  return result;
}

const ids = (units: readonly { id: string }[]) => units.map((u) => u.id);

describe("whatChanged for a former district (Đồng Hới, 450)", () => {
  it("is split into its three new wards", () => {
    const change = changeOf("pre2025:450");
    expect([change.status, ids(change.counterparts)]).toEqual(["split", ["post2025:18859", "post2025:18871", "post2025:18880"]]);
  });

  it("lies within the new Quảng Trị (44)", () => {
    expect(ids(changeOf("pre2025:450").liesWithin)).toEqual(["post2025:44"]);
  });

  it("cites 1680/NQ-UBTVQH15 with each ward's clause", () => {
    const legal = changeOf("pre2025:450").legal.map((l) => `${l.act?.number ?? l.actId} ${l.clause ?? ""}`.trim());
    expect(legal).toEqual(["1680/NQ-UBTVQH15", "1680/NQ-UBTVQH15 Art.1 cl.70", "1680/NQ-UBTVQH15 Art.1 cl.71", "1680/NQ-UBTVQH15 Art.1 cl.69"]);
  });

  it("lists each new ward with its predecessors", () => {
    const rows = changeOf("pre2025:450").successorCommunes.map((c) => [c.unit.id, ids(c.predecessors.map((p) => p.unit))]);
    expect(rows).toEqual([
      ["post2025:18859", ["pre2025:18859"]],
      ["post2025:18871", ["pre2025:18871"]],
      ["post2025:18880", ["pre2025:18853"]],
    ]);
  });

  it("shows its own figure and its group's, each with where it went", () => {
    const moves = changeOf("pre2025:450").figures.map((m) => [m.item.key, m.to.kind === "unit" ? m.to.unit : m.to.group, m.placement.kind]);
    expect(moves).toEqual([
      ["bt-dh-cases", "post2025:44", "carried"],
      ["obs:dong-hoi", "post2025:44", "carried"],
      ["obs:nx-dh", "nghi-xuan-dong-hoi", "not-carried"],
      ["obs:provinces-a", "post2025:44", "carried"],
    ]);
  });
});

describe("whatChanged for other units", () => {
  it("marks a predecessor from another former district (Xuân Lam of Nghi Xuân in Bắc Hồng Lĩnh)", () => {
    const index = miniIndex();
    const bacHongLinh = successorCommunes(index, "pre2025:437").find((c) => c.unit.id === "post2025:18115");
    expect(bacHongLinh?.predecessors.map((p) => [p.unit.id, p.otherDistrict?.id ?? null])).toEqual([
      ["pre2025:18115", null],
      ["pre2025:18400", "pre2025:442"],
    ]);
  });

  it("says a former province merged, and with which", () => {
    const change = changeOf("pre2025:44");
    expect([change.status, ids(change.counterparts), ids(change.mergedWith)]).toEqual(["merged", ["post2025:44"], ["pre2025:45"]]);
  });

  it("lists a new province's predecessors and the figures filed under it", () => {
    const change = changeOf("post2025:44");
    expect({
      status: change.status,
      before: ids(change.before),
      figures: change.figures.filter((m) => m.to.kind === "unit" && m.to.unit === "post2025:44").length,
    }).toEqual({ status: "merged", before: ["pre2025:44", "pre2025:45"], figures: 5 });
  });

  it("says a new ward formed from one old ward is unchanged in territory", () => {
    expect(changeOf("post2025:18859").status).toBe("unchanged");
  });

  it("lists a former district among the units a new ward was partly formed from", () => {
    expect(ids(changeOf("post2025:18880").splitFrom)).toEqual(["pre2025:450"]);
  });

  it("shows a new ward the former district's figures and that they went to the province, not to it", () => {
    const moves = changeOf("post2025:18880").figures.filter((m) => m.item.key === "obs:dong-hoi");
    expect(moves.map((m) => m.to)).toEqual([{ kind: "unit", unit: "post2025:44" }]);
  });

  it("returns null for an unknown unit", () => {
    const index = miniIndex();
    expect(whatChanged(index, "pre2025:0000", [])).toBeNull();
  });
});
