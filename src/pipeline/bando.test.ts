/**
 * The portal's provinces and communes: joins by name (synthetic files on every machine, the real
 * ones when ../shared is present) and the area report.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { GeometryCollection, GeometryObject, Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { AreaReportFile } from "../schema";
import { buildAreaReport } from "./area-report";
import { BANDO_DIR, BANDO_PROVINCES_FILE } from "./bando";
import { buildBoundaries } from "./boundaries";
import { readInputs } from "./inputs";
import { formatProblem, ProblemList } from "./problems";
import { createBoundariesDir, createDataDir, SHARED_BOUNDARIES } from "./testing/fixtures";
import { buildUnits } from "./units";

function build(dataDir: string, boundariesDir: string) {
  const problems = new ProblemList();
  const { admin } = readInputs(dataDir, problems);
  const result = buildBoundaries(
    { dir: boundariesDir, shownDir: "boundaries", provinces: admin.provinces, focusDistricts: admin.districts, contextDistricts: admin.context, communes: admin.communes, crosswalk: admin.crosswalk },
    problems,
  );
  return { result, problems, units: buildUnits(admin, new ProblemList()) };
}

/** Rewrites one feature's property in a synthetic portal file. */
function editFeature(dir: string, file: string, match: (p: Record<string, string>) => boolean, edit: (p: Record<string, string>) => void): void {
  const path = join(dir, file);
  const json = JSON.parse(readFileSync(path, "utf8")) as { features: { properties: Record<string, string> }[] };
  const hit = json.features.find((f) => match(f.properties));
  if (hit === undefined) throw new Error(`no feature to edit in ${file}`);
  edit(hit.properties);
  writeFileSync(path, JSON.stringify(json));
}

/** The geometries of one object with the properties the pipeline gives them. */
const geometriesOf = <P>(topology: Topology | undefined, name: string): (GeometryObject & { properties: P })[] =>
  ((topology?.objects[name] as GeometryCollection | undefined)?.geometries ?? []) as (GeometryObject & { properties: P })[];

const communeFile = (code: string) => `${BANDO_DIR}/communes_p${code}_sapnhap.geojson`;

describe("the portal's boundaries, synthetic", () => {
  it("joins every new province and every focus commune, and keeps the others as context", () => {
    const dataDir = createDataDir();
    const { result, problems } = build(dataDir, createBoundariesDir(dataDir));
    expect(problems.items.map(formatProblem)).toEqual([]);
    expect(result?.counts.provinces_post2025).toBe(34);
    expect(result?.counts.communes_focus).toBe(29);
    // one context commune in each of the three focus provinces
    expect(result?.counts.communes_post2025).toBe(32);
    const geometries = geometriesOf<{ id?: string; name: string }>(result?.communes, "communes_post2025");
    expect(geometries.filter((g) => g.properties.id === undefined).map((g) => g.properties.name)).toEqual(["Xã Ngữ Cảnh", "Xã Ngữ Cảnh", "Xã Ngữ Cảnh"]);
  });

  it("matches names whatever their case and Unicode form", () => {
    const dataDir = createDataDir();
    const dir = createBoundariesDir(dataDir);
    editFeature(dir, communeFile("44"), (p) => p.a03_ten === "Xã Bắc Trạch", (p) => (p.a03_ten = "XÃ BẮC TRẠCH".normalize("NFD")));
    const { problems, result } = build(dataDir, dir);
    expect(problems.items.map(formatProblem)).toEqual([]);
    expect(result?.counts.communes_focus).toBe(29);
  });

  it("fails on a renamed commune, naming the admin row and the boundary feature with both names", () => {
    const dataDir = createDataDir();
    const dir = createBoundariesDir(dataDir);
    editFeature(dir, communeFile("44"), (p) => p.a03_ten === "Xã Bắc Trạch", (p) => (p.a03_ten = "Xã Bắc Trạch Mới"));
    const { problems, result } = build(dataDir, dir);
    expect(result).toBeNull();
    const messages = problems.items.map(formatProblem);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^data\/admin\/communes_focus\.csv:\d+ new_unit_name_vi: no drawn commune is named "Xã Bắc Trạch": boundaries\/post2025_bando\/communes_p44_sapnhap\.geojson feature \d+ is named "Xã Bắc Trạch Mới"/);
  });

  it("fails on a province the merger table does not name, and on the new province left undrawn", () => {
    const dataDir = createDataDir();
    const dir = createBoundariesDir(dataDir);
    editFeature(dir, BANDO_PROVINCES_FILE, (p) => p.a01_ten === "Tỉnh Quảng Trị", (p) => (p.a01_ten = "Tỉnh Quảng Bình"));
    const { problems } = build(dataDir, dir);
    const messages = problems.items.map(formatProblem).join("\n");
    expect(messages).toContain(`boundaries/${BANDO_PROVINCES_FILE} feature`);
    expect(messages).toContain('province "Tỉnh Quảng Bình" matches no new_name_vi in data/admin/provinces_2025_merger.csv');
    expect(messages).toMatch(/data\/admin\/provinces_2025_merger\.csv:\d+ new_name_vi: no feature of .* is named "Tỉnh Quảng Trị"/);
  });

  it("fails when two drawn communes are the same focus commune", () => {
    const dataDir = createDataDir();
    const dir = createBoundariesDir(dataDir);
    editFeature(dir, communeFile("44"), (p) => p.a03_ten === "Xã Ngữ Cảnh", (p) => (p.a03_ten = "Xã Bắc Trạch"));
    const { problems } = build(dataDir, dir);
    expect(problems.items.map(formatProblem).join("\n")).toMatch(/communes_focus\.csv:\d+ new_unit_name_vi: "Xã Bắc Trạch" is drawn 2 times: .*communes_p44_sapnhap\.geojson feature \d+, .*feature \d+/);
  });

  it("lists every drawn unit in the area report, worst first", () => {
    const dataDir = createDataDir();
    const { result, units } = build(dataDir, createBoundariesDir(dataDir));
    if (result === null) throw new Error("no boundaries");
    const report = AreaReportFile.parse(buildAreaReport(result.topology, result.communes, result.sources, units));
    const drawn = (["provinces_pre2025", "provinces_post2025", "districts_pre2025"] as const).flatMap((o) => geometriesOf<{ id: string }>(result.topology, o).map((g) => `${o} ${g.properties.id}`));
    const communes = geometriesOf<{ id?: string; name: string; province: string }>(result.communes, "communes_post2025").map(
      (g) => `communes_post2025 ${g.properties.id ?? `${g.properties.province}|${g.properties.name}`}`,
    );
    expect(report.rows.map((r) => `${r.layer} ${r.key}`).sort()).toEqual([...drawn, ...communes].sort());
    const measured = report.rows.filter((r) => r.deviationPct !== null).map((r) => Math.abs(r.deviationPct as number));
    expect(measured.length).toBeGreaterThan(0);
    expect(measured).toEqual([...measured].sort((a, b) => b - a));
    // Synthetic squares are far off their official areas: each says why.
    const unexplained = report.rows.filter((r) => r.deviationPct !== null && Math.abs(r.deviationPct) > 3 && r.reason === null);
    expect(unexplained).toEqual([]);
  });
});

const hasShared = existsSync(join(SHARED_BOUNDARIES, BANDO_PROVINCES_FILE));
describe.skipIf(!hasShared)("the portal's boundaries, real files", () => {
  it("draws 34 provinces (with both archipelagos) and 271 communes, at least 30 provinces within 3% of their official area", () => {
    const { result, problems, units } = build(createDataDir(), SHARED_BOUNDARIES);
    expect(problems.items.map(formatProblem)).toEqual([]);
    if (result === null) throw new Error("no boundaries");
    expect(result.counts).toMatchObject({ provinces_post2025: 34, communes_post2025: 271, communes_focus: 29 });
    // The portal's Đà Nẵng and Khánh Hòa stop at the coast; ours carry their islands east of 110.5° E.
    for (const id of ["post2025:48", "post2025:56"]) expect(result.sources.provinces_post2025.get(id)?.length).toBeGreaterThan(1);
    const report = buildAreaReport(result.topology, result.communes, result.sources, units);
    const provinces = report.summary.find((s) => s.layer === "provinces_post2025");
    expect(provinces?.withOfficialArea).toBe(34);
    expect(provinces?.withinTolerance).toBeGreaterThanOrEqual(30);
  });
});
