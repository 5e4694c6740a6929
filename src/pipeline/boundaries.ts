/**
 * Boundaries of both vintages in one TopoJSON topology, so that shared borders are drawn from the
 * same arcs: the 63 pre-2025 provinces (geoBoundaries ADM1), the 34 post-2025 provinces dissolved
 * from them by the merger table (topojson-client mergeArcs), and the 27 districts of the three focus
 * provinces (geoBoundaries ADM2). Each geometry carries only `{ id }`.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { GeometryObject, MultiPolygon, Polygon, Topology } from "topojson-specification";
import { mergeArcs } from "topojson-client";
import { topology } from "topojson-server";
import { SCHEMA_VERSION, unitId } from "../schema";
import type { ContextDistrictRow, DistrictFocusRow, MergerRow } from "./admin-rows";
import { liesWithin, outsideParent, parseBoundaryFile } from "./geojson-checks";
import { shortAscii } from "./names";
import type { ProblemList } from "./problems";
import { simplifyAndQuantize } from "./topology-tools";

export const ADM1_FILE = "pre2025_adm1_geoboundaries/geoBoundaries-VNM-ADM1.geojson";
export const ADM2_FILE = "pre2025_adm2_focus/districts_pre2025_focus.geojson";
export const DERIVED_TABLE_FILE = "post2025_adm1_derived/merger_table_63to34_by_geoboundaries_shapeID.csv";

/**
 * Visvalingam threshold in square degrees (2e-6 deg² ≈ 0.025 km²: district outlines stay faithful when
 * zoomed to one district) and a 1e5 grid (~14 m). Together with the basemap this is ~60 KB gzip of the 300 KB budget.
 */
const MIN_WEIGHT = 2e-6;
const QUANTIZATION = 1e5;

export interface BoundaryInputs {
  dir: string;
  /** How the directory is named in messages, e.g. "../shared/data/boundaries". */
  shownDir: string;
  provinces: MergerRow[];
  focusDistricts: DistrictFocusRow[];
  contextDistricts: ContextDistrictRow[];
}

type Polygonal = Polygon<{ id: string }> | MultiPolygon<{ id: string }>;

function readGeoJson(path: string, shown: string, problems: ProblemList): Feature[] | null {
  if (!existsSync(path)) {
    problems.add({ file: shown, line: null, field: null, message: "boundary file not found", hint: "point --boundaries (or RESULTS_ATLAS_BOUNDARIES) at the folder that holds pre2025_adm1_geoboundaries/ and pre2025_adm2_focus/" });
    return null;
  }
  return parseBoundaryFile(readFileSync(path, "utf8"), shown, problems);
}

/** Each drawn district must lie in the province the admin facts put it in. */
function checkParents(adm1: Feature[], provinceCodes: (string | null)[], adm2: Feature[], districtCodes: (string | null)[], inputs: BoundaryInputs, shown: string, problems: ProblemList): void {
  const parentOf = new Map<string, string>([...inputs.focusDistricts.map((d) => [d.code, d.provinceBefore] as const), ...inputs.contextDistricts.map((d) => [d.code, d.province] as const)]);
  adm2.forEach((f, i) => {
    const code = districtCodes[i];
    const parent = code === null || code === undefined ? undefined : parentOf.get(code);
    if (code === null || code === undefined || parent === undefined) return;
    const provinces = adm1.filter((_, k) => provinceCodes[k] === parent);
    if (provinces.length > 0 && !liesWithin(f, provinces)) problems.add(outsideParent(shown, i, propertyOf(f, "shapeName"), unitId("pre2025", code), unitId("pre2025", parent)));
  });
}

const propertyOf = (f: Feature, key: string): string => String(f.properties?.[key] ?? "").normalize("NFC").trim();

/** Old GSO code of each ADM1 feature, by ISO 3166-2 code (names in the file are inconsistent; see SOURCES.md). */
function joinProvinces(features: Feature[], inputs: BoundaryInputs, shown: string, problems: ProblemList): (string | null)[] {
  const codeByIso = new Map(inputs.provinces.map((p) => [p.oldIso, p.oldCode]));
  const codes = features.map((f, i) => {
    const iso = propertyOf(f, "shapeISO");
    const code = codeByIso.get(iso);
    if (code === undefined) {
      problems.add({ file: shown, line: null, field: `feature ${i} (${propertyOf(f, "shapeName")})`, message: `shapeISO "${iso}" matches no old_iso_3166_2 in data/admin/provinces_2025_merger.csv`, hint: "check the ISO code in the merger table" });
      return null;
    }
    return code;
  });
  for (const p of inputs.provinces) {
    if (!codes.includes(p.oldCode)) {
      problems.add({ file: p.file, line: p.line, field: "old_iso_3166_2", message: `no boundary feature has shapeISO ${p.oldIso} (${p.oldNameVi})`, hint: `check the ISO code against ${shown}` });
    }
  }
  return codes;
}

/** District code of each ADM2 feature, by its ASCII shapeName. */
function joinDistricts(features: Feature[], inputs: BoundaryInputs, shown: string, problems: ProblemList): (string | null)[] {
  const byName = new Map<string, { code: string; file: string; line: number; field: string }>();
  for (const d of inputs.focusDistricts) byName.set(shortAscii(d.nameAscii), { code: d.code, file: d.file, line: d.line, field: "name_ascii" });
  for (const d of inputs.contextDistricts) if (d.boundaryName !== "") byName.set(d.boundaryName, { code: d.code, file: d.file, line: d.line, field: "boundary_name" });
  const names = features.map((f) => propertyOf(f, "shapeName"));
  const codes = names.map((name, i) => {
    const hit = byName.get(name);
    if (hit !== undefined) return hit.code;
    problems.add({ file: shown, line: null, field: `feature ${i} (${name})`, message: `district "${name}" matches no district in data/admin/districts_focus.csv or data/districts_context.csv`, hint: "add the district to data/districts_context.csv with this boundary_name" });
    return null;
  });
  for (const [name, d] of byName) {
    if (!names.includes(name)) problems.add({ file: d.file, line: d.line, field: d.field, message: `no boundary feature is named "${name}"`, hint: `use the ASCII shapeName of a feature in ${shown}` });
  }
  return codes;
}

/** Cross-check our merger table against the one the derived 34-province file was dissolved by. */
function checkDerivedTable(inputs: BoundaryInputs, problems: ProblemList): void {
  const path = join(inputs.dir, DERIVED_TABLE_FILE);
  if (!existsSync(path)) return;
  const newByIso = new Map(inputs.provinces.map((p) => [p.oldIso, p.newCode]));
  const lines = readFileSync(path, "utf8").trim().split(/\r?\n/).slice(1);
  lines.forEach((line, i) => {
    const cells = line.split(",");
    const iso = cells[3] ?? "";
    const code = cells[6] ?? "";
    const ours = newByIso.get(iso);
    if (ours !== undefined && ours !== code.padStart(2, "0")) {
      problems.add({ file: `${inputs.shownDir}/${DERIVED_TABLE_FILE}`, line: i + 2, field: "new_gso_code_2025", message: `${iso} goes to ${code} there but to ${ours} in data/admin/provinces_2025_merger.csv`, hint: "find which table is wrong against Resolution 202/2025/QH15 and 915/CTK-CSCL" });
    }
  });
}

function withId(geometry: GeometryObject, id: string): Polygonal {
  if (geometry.type !== "Polygon" && geometry.type !== "MultiPolygon") throw new Error(`expected a polygon, got ${geometry.type}`);
  return { type: geometry.type, arcs: geometry.arcs, properties: { id } } as Polygonal;
}

/** One geometry per id: a single feature as it is, several merged along their shared arcs. */
function dissolve(topo: Topology, geometries: GeometryObject[], id: string): Polygonal {
  if (geometries.length === 1 && geometries[0] !== undefined) return withId(geometries[0], id);
  const merged = mergeArcs(topo, geometries as (Polygon | MultiPolygon)[]);
  return { type: "MultiPolygon", arcs: merged.arcs, properties: { id } };
}

function groupBy<K>(items: GeometryObject[], keys: (K | null)[]): Map<K, GeometryObject[]> {
  const out = new Map<K, GeometryObject[]>();
  items.forEach((g, i) => {
    const k = keys[i];
    if (k === null || k === undefined) return;
    out.set(k, [...(out.get(k) ?? []), g]);
  });
  return out;
}

export interface BoundariesResult {
  topology: Topology & { schemaVersion: typeof SCHEMA_VERSION };
  counts: Record<"provinces_pre2025" | "provinces_post2025" | "districts_pre2025", number>;
}

export function buildBoundaries(inputs: BoundaryInputs, problems: ProblemList): BoundariesResult | null {
  const adm1Shown = `${inputs.shownDir}/${ADM1_FILE}`;
  const adm2Shown = `${inputs.shownDir}/${ADM2_FILE}`;
  const adm1 = readGeoJson(join(inputs.dir, ADM1_FILE), adm1Shown, problems);
  const adm2 = readGeoJson(join(inputs.dir, ADM2_FILE), adm2Shown, problems);
  if (adm1 === null || adm2 === null) return null;
  const before = problems.size;
  const provinceCodes = joinProvinces(adm1, inputs, adm1Shown, problems);
  const districtCodes = joinDistricts(adm2, inputs, adm2Shown, problems);
  checkDerivedTable(inputs, problems);
  if (problems.size > before) return null;
  checkParents(adm1, provinceCodes, adm2, districtCodes, inputs, adm2Shown, problems);
  if (problems.size > before) return null;
  try {
    return assemble(adm1, adm2, provinceCodes, districtCodes, inputs);
  } catch (error: unknown) {
    // The checks above should leave nothing for the geometry code to trip on; if it still does, name it.
    problems.add({ file: adm1Shown, line: null, field: "geometry", message: `the boundaries could not be assembled (${error instanceof Error ? error.message : String(error)})`, hint: "check both boundary files against their source; this may also be a pipeline bug" });
    return null;
  }
}

function assemble(adm1: Feature[], adm2: Feature[], provinceCodes: (string | null)[], districtCodes: (string | null)[], inputs: BoundaryInputs): BoundariesResult {

  const strip = (features: Feature[]): FeatureCollection<Geometry> => ({
    type: "FeatureCollection",
    features: features.map((f) => ({ type: "Feature", properties: {}, geometry: f.geometry })),
  });
  const raw = topology({ adm1: strip(adm1), adm2: strip(adm2) });
  const adm1Geoms = (raw.objects.adm1 as { geometries: GeometryObject[] }).geometries;
  const adm2Geoms = (raw.objects.adm2 as { geometries: GeometryObject[] }).geometries;

  const byOld = groupBy(adm1Geoms, provinceCodes);
  const newOf = new Map(inputs.provinces.map((p) => [p.oldCode, p.newCode]));
  const byNew = groupBy(adm1Geoms, provinceCodes.map((c) => (c === null ? null : (newOf.get(c) ?? null))));
  const byDistrict = groupBy(adm2Geoms, districtCodes);
  const sorted = <K extends string>(m: Map<K, GeometryObject[]>) => [...m.entries()].sort(([a], [b]) => a.localeCompare(b));

  const pre = sorted(byOld).map(([code, gs]) => dissolve(raw, gs, unitId("pre2025", code)));
  const post = sorted(byNew).map(([code, gs]) => dissolve(raw, gs, unitId("post2025", code)));
  const districts = sorted(byDistrict).map(([code, gs]) => dissolve(raw, gs, unitId("pre2025", code)));

  const assembled: Topology = {
    type: "Topology",
    ...(raw.bbox !== undefined ? { bbox: raw.bbox } : {}),
    arcs: raw.arcs,
    objects: {
      provinces_pre2025: { type: "GeometryCollection", geometries: pre },
      provinces_post2025: { type: "GeometryCollection", geometries: post },
      districts_pre2025: { type: "GeometryCollection", geometries: districts },
    },
  };
  const final = simplifyAndQuantize(assembled, MIN_WEIGHT, QUANTIZATION);
  return {
    topology: { schemaVersion: SCHEMA_VERSION, ...final },
    counts: { provinces_pre2025: pre.length, provinces_post2025: post.length, districts_pre2025: districts.length },
  };
}
