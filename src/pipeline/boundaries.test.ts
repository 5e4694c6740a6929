/**
 * Boundaries: the real files when ../shared/data/boundaries is present, and always a synthetic set
 * with the same joins (grid squares), so the joins and the dissolve are tested on every machine.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { FeatureCollection, Geometry } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import { feature } from "topojson-client";
import { describe, expect, it } from "vitest";
import { BoundariesFile } from "../schema";
import { readMerger, type MergerRow } from "./admin-rows";
import { buildBoundaries } from "./boundaries";
import { readCsv } from "./csv";
import { readInputs } from "./inputs";
import { ProblemList } from "./problems";
import { createBoundariesDir, createDataDir, REPO_DATA, SHARED_BOUNDARIES } from "./testing/fixtures";
import { planarArea } from "./testing/geometry";
import { buildUnits } from "./units";

const hasShared = existsSync(join(SHARED_BOUNDARIES, "pre2025_adm1_geoboundaries"));
if (!hasShared) console.warn(`NOTICE: ${SHARED_BOUNDARIES} is absent: boundary tests on the real files are skipped.`);

function build(dataDir: string, boundariesDir: string) {
  const problems = new ProblemList();
  const { admin } = readInputs(dataDir, problems);
  const result = buildBoundaries({ dir: boundariesDir, shownDir: "boundaries", provinces: admin.provinces, focusDistricts: admin.districts, contextDistricts: admin.context, communes: admin.communes, crosswalk: admin.crosswalk }, problems);
  const units = buildUnits(admin, new ProblemList());
  return { result, problems, admin, units };
}

function features(topology: Topology, name: string): FeatureCollection<Geometry, { id: string }> {
  return feature(topology, topology.objects[name] as GeometryCollection<{ id: string }>) as FeatureCollection<Geometry, { id: string }>;
}

function merger(): MergerRow[] {
  const problems = new ProblemList();
  const csv = readCsv(join(REPO_DATA, "admin/provinces_2025_merger.csv"), "merger", [], problems);
  return csv === null ? [] : readMerger(csv, problems);
}

for (const [label, setup] of [
  ["synthetic boundaries", () => { const d = createDataDir(); return { dataDir: d, boundariesDir: createBoundariesDir(d) }; }],
  ["real boundaries", () => { const d = createDataDir(); return { dataDir: d, boundariesDir: SHARED_BOUNDARIES }; }],
] as const) {
  describe.skipIf(label === "real boundaries" && !hasShared)(`boundaries from ${label}`, () => {
    it("has 63 pre-2025 provinces, 34 post-2025 provinces and 27 districts", () => {
      const { dataDir, boundariesDir } = setup();
      const { result, problems } = build(dataDir, boundariesDir);
      expect(problems.items).toEqual([]);
      expect(result?.counts).toMatchObject({ provinces_pre2025: 63, provinces_post2025: 34, districts_pre2025: 27 });
    });

    it("gives every geometry the id of a known unit of its vintage and level, and nothing else", () => {
      const { dataDir, boundariesDir } = setup();
      const { result, units } = build(dataDir, boundariesDir);
      const byId = new Map(units.map((u) => [u.id, u]));
      const expectations = { provinces_pre2025: ["pre2025", "province"], provinces_post2025: ["post2025", "province"], districts_pre2025: ["pre2025", "district"] } as const;
      for (const [object, [vintage, level]] of Object.entries(expectations)) {
        for (const f of features(result?.topology as Topology, object).features) {
          expect(Object.keys(f.properties)).toEqual(["id"]);
          const unit = byId.get(f.properties.id);
          expect({ id: f.properties.id, ...unit }).toMatchObject({ id: f.properties.id, vintage, level, hasGeometry: true });
        }
      }
    });

    it("draws each of the 34 new provinces once, from the merger portal's file", () => {
      const { dataDir, boundariesDir } = setup();
      const topology = build(dataDir, boundariesDir).result?.topology as Topology;
      const ids = features(topology, "provinces_post2025").features.map((f) => f.properties.id);
      expect(ids).toEqual([...new Set(merger().map((r) => `post2025:${r.newCode}`))].sort());
      for (const f of features(topology, "provinces_post2025").features) expect(planarArea(f.geometry)).toBeGreaterThan(0);
    });

    it("carries schemaVersion and passes the BoundariesFile schema", () => {
      const { dataDir, boundariesDir } = setup();
      const topology = build(dataDir, boundariesDir).result?.topology;
      expect(BoundariesFile.safeParse(JSON.parse(JSON.stringify(topology))).success).toBe(true);
    });
  });
}

describe("boundary joins", () => {
  it("merges the separate Côn Đảo feature into Bà Rịa–Vũng Tàu (VN-43)", () => {
    const dataDir = createDataDir();
    const topology = build(dataDir, createBoundariesDir(dataDir)).result?.topology as Topology;
    const brvt = features(topology, "provinces_pre2025").features.filter((f) => f.properties.id === "pre2025:77");
    expect(brvt).toHaveLength(1);
    expect(brvt[0]?.geometry.type).toBe("MultiPolygon");
  });

  it("reports a district feature whose name matches no district", () => {
    const dataDir = createDataDir();
    const boundariesDir = createBoundariesDir(dataDir);
    const path = join(boundariesDir, "pre2025_adm2_focus/districts_pre2025_focus.geojson");
    const json = readFileSync(path, "utf8").replace('"shapeName":"Vu Quang"', '"shapeName":"Vu Quangg"');
    writeFileSync(path, json);
    const { result, problems } = build(dataDir, boundariesDir);
    expect(result).toBeNull();
    expect(problems.items.map((p) => p.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/"Vu Quangg" matches no district/), expect.stringMatching(/no boundary feature is named "Vu Quang"/)]),
    );
  });
});
