/** The whole run on a fixture: what it writes, and that it writes reproducibly. */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FILE_SCHEMAS, Manifest } from "../schema";
import { sha256 } from "./manifest";
import { runPipeline } from "./pipeline";
import { createBoundariesDir, createDataDir, tempDir } from "./testing/fixtures";

function runFixture(env: Record<string, string> = {}) {
  const dataDir = createDataDir();
  const outDir = join(tempDir("out"), "data");
  const result = runPipeline({ dataDir, boundariesDir: createBoundariesDir(dataDir), outDir, env });
  return { result, outDir, dataDir };
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));

describe("npm run data on valid inputs", () => {
  it("writes the seven data files and the manifest", () => {
    const { result, outDir } = runFixture();
    expect(result.ok).toBe(true);
    expect(readdirSync(outDir).sort()).toEqual(["area_report.json", "basemap.topo.json", "boundaries.topo.json", "communes.topo.json", "crosswalk.json", "figures.json", "manifest.json", "units.json"]);
  });

  it("lists each file in the manifest with its role, hash and size, and each passes its schema", () => {
    const { outDir } = runFixture();
    const manifest = Manifest.parse(readJson(join(outDir, "manifest.json")));
    expect(manifest.files.map((f) => f.role).sort()).toEqual(["areaReport", "basemap", "boundaries", "communes", "crosswalk", "figures", "units"]);
    for (const f of manifest.files) {
      const content = readFileSync(join(outDir, f.path), "utf8");
      expect(sha256(content)).toBe(f.sha256);
      expect(Buffer.byteLength(content)).toBe(f.bytes);
      expect({ path: f.path, valid: FILE_SCHEMAS[f.role].safeParse(JSON.parse(content)).success }).toEqual({ path: f.path, valid: true });
    }
  });

  it("dates the manifest from release.json, not from the clock", () => {
    const { outDir } = runFixture();
    expect(readJson(join(outDir, "manifest.json"))).toMatchObject({ generatedAt: "2026-01-02T00:00:00.000Z", dataVersion: "test-1" });
  });

  it("lets SOURCE_DATE_EPOCH set the generation time", () => {
    const { outDir } = runFixture({ SOURCE_DATE_EPOCH: "1767225600" });
    expect(readJson(join(outDir, "manifest.json"))).toMatchObject({ generatedAt: "2026-01-01T00:00:00.000Z" });
  });

  it("writes the same bytes twice from the same inputs", () => {
    const dataDir = createDataDir();
    const boundariesDir = createBoundariesDir(dataDir);
    const [a, b] = [join(tempDir("a"), "data"), join(tempDir("b"), "data")];
    runPipeline({ dataDir, boundariesDir, outDir: a, env: {} });
    runPipeline({ dataDir, boundariesDir, outDir: b, env: {} });
    const differing = readdirSync(a).filter((name) => readFileSync(join(b, name), "utf8") !== readFileSync(join(a, name), "utf8"));
    expect(differing).toEqual([]);
  });

  it("replaces a previous output folder as a whole", () => {
    const dataDir = createDataDir();
    const outDir = join(tempDir("out"), "data");
    mkdirSync(outDir);
    // A previous output whose manifest lists a file this run no longer makes.
    writeFileSync(join(outDir, "manifest.json"), JSON.stringify({ schemaVersion: 1, files: [{ path: "stale.json" }] }));
    writeFileSync(join(outDir, "stale.json"), "{}");
    const result = runPipeline({ dataDir, boundariesDir: createBoundariesDir(dataDir), outDir, env: {} });
    expect(result.ok).toBe(true);
    expect(existsSync(join(outDir, "stale.json"))).toBe(false);
  });

  it("keeps the figures as given: one observation per row, values and quotes unchanged", () => {
    const { outDir } = runFixture();
    const figures = FILE_SCHEMAS.figures.parse(readJson(join(outDir, "figures.json")));
    expect(figures.observations.map((o) => [o.id, o.value, o.qualifier, o.quote])).toEqual([
      ["obs-1", 140, "exact", "Dự án đã hỗ trợ 140 trường hợp."],
      ["obs-2", 135, "at_least", "Hỗ trợ 135 trường hợp."],
    ]);
  });

  it("links every old province whole to one new province, and each focus district to its new communes", () => {
    const { outDir } = runFixture();
    const crosswalk = FILE_SCHEMAS.crosswalk.parse(readJson(join(outDir, "crosswalk.json")));
    const provinceLinks = crosswalk.links.filter((l) => /^pre2025:\d{2}$/.test(l.from));
    expect(provinceLinks).toHaveLength(63);
    expect(provinceLinks.every((l) => l.relation === "whole" && l.to.length === 1 && l.legalActId === "res-202")).toBe(true);
    expect(new Set(provinceLinks.map((l) => l.to[0])).size).toBe(34);
    const canLoc = crosswalk.links.find((l) => l.from === "pre2025:443");
    expect(canLoc).toMatchObject({ relation: "split", legalActId: "nq-1665" });
    expect(canLoc?.to).toHaveLength(6);
  });
});
