/**
 * The SYNTHETIC site's data folder (bench/national-site.ts), at SMOKE_SCALE: its column files give
 * back the figures of the stores they were written from, its manifest describes its files byte
 * for byte, and every file is one the app's loader accepts.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import type { GeometryCollection, Topology } from "topojson-specification";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FILE_SCHEMAS, Manifest, type UnitsFile } from "../../src/schema/index";
import { sha256 } from "../../src/pipeline/manifest";
import { storeFromColumns } from "../../src/model/figureColumns";
import { buildFigureStore, observationsAt } from "../../src/model/figureStore";
import { figureColumnsPath, syntheticFiguresOf, writeSyntheticData } from "../../bench/national-site";
import { SMOKE_SCALE } from "../../bench/synthetic";

let dir = "";
let manifest: Manifest;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "atlas-national-site-"));
  manifest = writeSyntheticData(join(dir, "data"), SMOKE_SCALE);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const read = (path: string) => readFileSync(join(dir, "data", path), "utf8");
const allRows = (n: number) => Int32Array.from({ length: n }, (_, i) => i);

function filesUnder(root: string): string[] {
  return readdirSync(root).flatMap((name) => {
    const path = join(root, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [relative(join(dir, "data"), path)];
  });
}

describe("the synthetic site's data", () => {
  it("has one column file per indicator × vintage, each giving back the figures of the store it was written from", () => {
    const columns = manifest.files.filter((f) => f.role === "figureColumns");
    expect(columns.map((f) => f.path).sort()).toEqual(
      (["pre2025", "post2025"] as const).flatMap((v) => Array.from({ length: SMOKE_SCALE.indicators }, (_, i) => figureColumnsPath(`synthetic_${i + 1}`, v))).sort(),
    );
    for (const vintage of ["pre2025", "post2025"] as const) {
      for (let i = 0; i < SMOKE_SCALE.indicators; i++) {
        const figures = syntheticFiguresOf(SMOKE_SCALE, i, vintage);
        const store = buildFigureStore(`synthetic_${i + 1}`, figures);
        const restored = storeFromColumns(JSON.parse(read(figureColumnsPath(`synthetic_${i + 1}`, vintage))));
        expect(restored.length).toBe(store.length);
        expect(restored.length).toBe(SMOKE_SCALE.months * (vintage === "pre2025" ? SMOKE_SCALE.districts : SMOKE_SCALE.communes));
        expect(observationsAt(restored, allRows(restored.length))).toEqual(observationsAt(store, allRows(store.length)));
        // And those are the generated figures themselves, provenance and SYNTHETIC label included.
        expect(observationsAt(restored, allRows(restored.length))).toEqual(figures);
      }
    }
  });

  it("lists every file it wrote in its manifest, with that file's sha256 and bytes", () => {
    expect(filesUnder(join(dir, "data")).filter((p) => p !== "manifest.json").sort()).toEqual(manifest.files.map((f) => f.path).sort());
    for (const f of manifest.files) {
      const bytes = readFileSync(join(dir, "data", f.path));
      expect({ path: f.path, sha256: sha256(bytes.toString("utf8")), bytes: bytes.length }).toEqual({ path: f.path, sha256: f.sha256, bytes: f.bytes });
    }
    expect(JSON.parse(read("manifest.json"))).toEqual(manifest);
  });

  it("is what the app's loader accepts, and says SYNTHETIC", () => {
    expect(Manifest.safeParse(JSON.parse(read("manifest.json"))).success).toBe(true);
    expect(manifest.dataVersion).toMatch(/SYNTHETIC/);
    expect(manifest.attribution.filter((a) => !a.usedIn.includes("basemap.topo.json")).every((a) => a.text.includes("SYNTHETIC"))).toBe(true);
    for (const f of manifest.files) {
      if (!(f.role in FILE_SCHEMAS)) continue;
      const parsed = FILE_SCHEMAS[f.role as keyof typeof FILE_SCHEMAS].safeParse(JSON.parse(read(f.path)));
      expect(parsed.success ? "valid" : `${f.path}: ${parsed.error.issues[0]?.message}`).toBe("valid");
    }
  });

  it("draws every synthetic unit once, with the ids and provinces of units.json", () => {
    const units = (JSON.parse(read("units.json")) as UnitsFile).units;
    const ids = (topo: Topology, name: string) => (topo.objects[name] as GeometryCollection).geometries.map((g) => (g.properties as { id: string }).id);
    const boundaries = JSON.parse(read("boundaries.topo.json")) as Topology;
    const communes = JSON.parse(read("communes.topo.json")) as Topology;
    const of = (level: string, vintage: string) => units.filter((u) => u.level === level && u.vintage === vintage).map((u) => u.id).sort();
    const withChildren = (vintage: string) => [...new Set(units.filter((u) => u.vintage === vintage && u.level !== "province").map((u) => u.parent!))].sort();
    expect(ids(boundaries, "districts_pre2025").sort()).toEqual(of("district", "pre2025"));
    expect(ids(boundaries, "provinces_pre2025").sort()).toEqual(withChildren("pre2025"));
    expect(ids(boundaries, "provinces_post2025").sort()).toEqual(withChildren("post2025"));
    expect(ids(communes, "communes_post2025").sort()).toEqual(of("commune", "post2025"));
    const provinceOf = new Map(units.map((u) => [u.id, u.parent]));
    for (const g of (communes.objects["communes_post2025"] as GeometryCollection).geometries) {
      const p = g.properties as { id: string; province: string };
      expect(p.province).toBe(provinceOf.get(p.id));
    }
  });
});
