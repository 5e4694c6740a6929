import { describe, expect, it } from "vitest";
import { buildAtlasIndex, type AtlasIndex } from "../data/atlas";
import type { AreaRef } from "../schema";
import { aggregateAllIndicators, aggregateToVintage, bucketFor, sameItemsOnce, type Reaggregation } from "./aggregateToVintage";
import { createMiniCrosswalk, createMiniFigures, createMiniUnits } from "../data/testing/compareAtlas";

function miniIndex(): AtlasIndex {
  return buildAtlasIndex(createMiniUnits(), createMiniFigures(), createMiniCrosswalk());
}

const unit = (id: string): AreaRef => ({ kind: "unit", unit: id });
const group = (id: string): AreaRef => ({ kind: "group", group: id });

function placementOf(result: Reaggregation, itemKey: string) {
  for (const bucket of result.post2025.buckets) {
    const placed = bucket.items.find((p) => p.item.key === itemKey);
    if (placed) return { bucket: bucket.key, placement: placed.placement };
  }
  return undefined;
}

describe("aggregateToVintage: where each figure goes under the post-2025 map", () => {
  it("carries a former province's figure whole into its new province", () => {
    expect(placementOf(aggregateToVintage(miniIndex(), "cases"), "obs:qb-province")).toEqual({
      bucket: "unit:post2025:44",
      placement: { kind: "carried", to: "post2025:44", rule: "whole" },
    });
  });

  it("carries a former district to the new province when all its new communes lie in it, never to a commune", () => {
    expect(placementOf(aggregateToVintage(miniIndex(), "cases"), "obs:dong-hoi")).toEqual({
      bucket: "unit:post2025:44",
      placement: { kind: "carried", to: "post2025:44", rule: "within-one-unit" },
    });
  });

  it("carries a former commune into its new commune", () => {
    expect(placementOf(aggregateToVintage(miniIndex(), "cases"), "obs:xuan-lam")).toEqual({
      bucket: "unit:post2025:18115",
      placement: { kind: "carried", to: "post2025:18115", rule: "whole" },
    });
  });

  it("carries a group when every member goes into the same unit (Bố Trạch + Đồng Hới -> new Quảng Trị 44)", () => {
    expect(placementOf(aggregateToVintage(miniIndex(), "cases"), "bt-dh-cases")).toEqual({
      bucket: "unit:post2025:44",
      placement: { kind: "carried", to: "post2025:44", rule: "group" },
    });
  });

  it("carries a group of communes to the one new commune both went into", () => {
    expect(placementOf(aggregateToVintage(miniIndex(), "cases"), "obs:yl-yp")?.bucket).toBe("unit:post2025:02398");
  });

  it("carries a district with no link of its own through its province", () => {
    expect(placementOf(aggregateToVintage(miniIndex(), "cases"), "obs:huong-son")).toEqual({
      bucket: "unit:post2025:42",
      placement: { kind: "carried", to: "post2025:42", rule: "via-parent" },
    });
  });

  it("keeps a group whose members went into different provinces with the group, marked", () => {
    expect(placementOf(aggregateToVintage(miniIndex(), "cases"), "obs:nx-dh")).toEqual({
      bucket: "group:nghi-xuan-dong-hoi",
      placement: { kind: "not-carried", reason: "group-split" },
    });
  });

  it("leaves a figure already on a new unit where it is", () => {
    expect(placementOf(aggregateToVintage(miniIndex(), "cases"), "obs:new-quang-tri")).toEqual({
      bucket: "unit:post2025:44",
      placement: { kind: "native" },
    });
  });
});

describe("aggregateToVintage: a split unit's figures are never divided", () => {
  it("keeps the split unit's figure with the old unit, marked 'split'", () => {
    const result = aggregateToVintage(miniIndex(), "cases");
    const bucket = bucketFor(result.post2025, unit("pre2025:99"));
    expect(bucket?.notCarried).toBe(true);
    expect(bucket?.items.map((p) => [p.item.key, p.item.min, p.placement])).toEqual([
      ["obs:split-province", 4, { kind: "not-carried", reason: "split" }],
    ]);
  });

  it("puts no part of the split unit's figure into either new province", () => {
    const result = aggregateToVintage(miniIndex(), "cases");
    for (const target of ["post2025:42", "post2025:44"]) {
      const keys = bucketFor(result.post2025, unit(target))?.items.map((p) => p.item.key) ?? [];
      expect(keys).not.toContain("obs:split-province");
    }
  });

  it("gives no new commune any figure of a former district", () => {
    const result = aggregateToVintage(miniIndex(), "cases");
    const communeBuckets = result.post2025.buckets.filter((b) => b.area.kind === "unit" && b.area.unit.length > "post2025:44".length);
    const origins = communeBuckets.flatMap((b) => b.items.map((p) => p.item.origin));
    expect(origins).not.toContainEqual(unit("pre2025:450"));
    expect(origins).not.toContainEqual(unit("pre2025:074"));
  });

  it("keeps every figure's value unchanged wherever it goes", () => {
    const result = aggregateToVintage(miniIndex(), "cases");
    const values = result.post2025.buckets.flatMap((b) => b.items.map((p) => p.item.observations.map((o) => o.value))).flat().sort((a, b) => a - b);
    const source = miniIndex().observations.filter((o) => o.indicatorId === "cases").map((o) => o.value).sort((a, b) => a - b);
    expect(values).toEqual(source);
  });
});

describe("aggregateToVintage: conflicts", () => {
  it("carries two sources of the same thing as one item with both values", () => {
    const result = aggregateToVintage(miniIndex(), "cases");
    const item = result.items.find((i) => i.key === "bt-dh-cases");
    expect(item && { ids: item.observations.map((o) => o.id), min: item.min, max: item.max, conflict: item.conflict }).toEqual({
      ids: ["bt-dh-a", "bt-dh-b"],
      min: 135,
      max: 140,
      conflict: true,
    });
  });

  it("counts a conflict once, as a range, in the new unit's total", () => {
    const total = bucketFor(aggregateToVintage(miniIndex(), "cases").post2025, unit("post2025:44"))?.total;
    // 135–140 (conflict) + 22 (Quảng Bình) + 1 (Đồng Hới) + 10 (new Quảng Trị, native).
    expect(total && [total.min, total.max, total.count]).toEqual([168, 173, 4]);
  });
});

describe("aggregateToVintage: one programme", () => {
  it("keeps the programme's figures only, a conflict whole when one of its sources is the programme's", () => {
    const figures = createMiniFigures();
    figures.programmes.push({ id: "other", nameVi: "Khác", nameEn: "Other" });
    figures.observations = figures.observations.map((o) => (o.id === "bt-dh-b" ? { ...o, programmeId: "other" } : o));
    const index = buildAtlasIndex(createMiniUnits(), figures, createMiniCrosswalk());
    expect(aggregateToVintage(index, "cases", { programmeId: "other" }).items.map((i) => [i.key, i.observations.length])).toEqual([["bt-dh-cases", 2]]);
    expect(aggregateToVintage(index, "cases", { programmeId: "tmsv" }).items.length).toBe(aggregateToVintage(index, "cases").items.length);
    // Only indicators the programme has figures for.
    expect(aggregateAllIndicators(index, { programmeId: "other" }).map((r) => r.indicatorId)).toEqual(["cases"]);
  });
});

describe("aggregateToVintage: totals before and after", () => {
  it("gives the same total before and after, each item exactly once", () => {
    const { totals } = aggregateToVintage(miniIndex(), "cases");
    expect(totals).toMatchObject({ before: { min: 199, max: 204, count: 10 }, after: { min: 199, max: 204, count: 10 }, agree: true });
  });

  it("files the pre-2025 figures under their own areas in the pre-2025 grouping", () => {
    const result = aggregateToVintage(miniIndex(), "cases");
    expect(bucketFor(result.pre2025, group("bo-trach-dong-hoi"))?.items.map((p) => p.placement)).toEqual([{ kind: "native" }]);
  });

  it("keeps a new unit's figure with it under the old map when it was formed from several old provinces", () => {
    const result = aggregateToVintage(miniIndex(), "cases");
    expect(bucketFor(result.pre2025, unit("post2025:44"))?.items.map((p) => p.placement)).toEqual([{ kind: "not-carried", reason: "merged" }]);
  });

  it("reports disagreement when a grouping loses an item", () => {
    const result = aggregateToVintage(miniIndex(), "cases");
    const broken = { ...result.post2025, buckets: result.post2025.buckets.slice(1) };
    expect(sameItemsOnce(result.pre2025, broken)).toBe(false);
  });

  it("gives no totals for an indicator whose values may not be added, but still lists its figures", () => {
    const result = aggregateToVintage(miniIndex(), "provinces");
    expect({ totals: result.totals, total: result.post2025.buckets[0]?.total, items: result.items.length }).toEqual({
      totals: null,
      total: null,
      items: 1,
    });
  });

  it("re-aggregates every indicator that has figures", () => {
    expect(aggregateAllIndicators(miniIndex()).map((r) => r.indicatorId)).toEqual(["cases", "provinces"]);
  });

  it("keeps only figures whose period overlaps the chosen years", () => {
    expect(aggregateToVintage(miniIndex(), "cases", { period: { from: 2019, to: 2022 } }).items).toEqual([]);
  });
});
