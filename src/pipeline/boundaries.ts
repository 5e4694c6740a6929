/**
 * Boundaries of both vintages in one TopoJSON topology, so that shared borders within each layer
 * are drawn from the same arcs: the 63 pre-2025 provinces (geoBoundaries ADM1), the 27 districts of
 * the three focus provinces (geoBoundaries ADM2), and the 34 post-2025 provinces as the government's
 * merger portal draws them (bando.ts), with the Hoàng Sa and Trường Sa archipelagos, which the
 * portal's polygons leave out, taken from the geoBoundaries polygons of Đà Nẵng and Khánh Hòa.
 * Each geometry carries only `{ id }`. The portal's communes are a topology of their own
 * (communes.topo.json), loaded only by the map that shows them.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { GeometryObject, MultiPolygon, Polygon, Topology } from "topojson-specification";
import { mergeArcs } from "topojson-client";
import { topology } from "topojson-server";
import { SCHEMA_VERSION, unitId } from "../schema";
import type { CommuneFocusRow, ContextDistrictRow, CrosswalkRow, DistrictFocusRow, MergerRow } from "./admin-rows";
import { ARCHIPELAGO_PROVINCES, type BandoCommune, type BandoResult, communeUnitId, offshorePolygons, readBando } from "./bando";
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
/**
 * The portal's provinces share no arcs with the geoBoundaries layers and are drawn at province
 * zoom and coarser (the communes carry the detail), so they are simplified this many times more
 * coarsely: it keeps the first view's data small while the areas stay within 0.2% of the source polygons.
 */
const POST2025_COARSER = 4;

export interface BoundaryInputs {
  dir: string;
  /** How the directory is named in messages, e.g. "../shared/data/boundaries". */
  shownDir: string;
  provinces: MergerRow[];
  focusDistricts: DistrictFocusRow[];
  contextDistricts: ContextDistrictRow[];
  /** The 29 focus communes and their predecessors, joined to the portal's communes. */
  communes: CommuneFocusRow[];
  crosswalk: CrosswalkRow[];
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

/** Properties of a drawn commune: the unit id for the 29 focus communes; the portal's words for all. */
export interface CommuneProperties {
  id?: string;
  name: string;
  /** Unit id of the post-2025 province. */
  province: string;
  /** The portal's predecessor list, as it gives it ("giữ nguyên" = unchanged). */
  predecessors: string;
}

export interface BoundariesResult {
  topology: Topology & { schemaVersion: typeof SCHEMA_VERSION };
  communes: Topology & { schemaVersion: typeof SCHEMA_VERSION };
  counts: Record<"provinces_pre2025" | "provinces_post2025" | "districts_pre2025" | "communes_post2025" | "communes_focus", number>;
  /** The unsimplified source features of each drawn unit or commune, by layer and key, for the area report. */
  sources: SourceFeatures;
}

/** Source features by layer: key is the unit id, or for a context commune `province|name`. */
export type SourceFeatures = Record<"provinces_pre2025" | "provinces_post2025" | "districts_pre2025" | "communes_post2025", Map<string, Feature[]>>;

/** Simplification of the commune layer: finer than the provinces' (communes are 10–1,000 km²), on its own grid. */
const COMMUNE_MIN_WEIGHT = 1e-6;
const COMMUNE_QUANTIZATION = 1e5;

/** The key of a drawn commune in the area report and the commune topology. */
export const communeKey = (c: BandoCommune): string => communeUnitId(c) ?? `${unitId("post2025", c.province)}|${c.nameVi}`;

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
  const bando = readBando(inputs.dir, inputs.shownDir, { provinces: inputs.provinces, communes: inputs.communes, crosswalk: inputs.crosswalk }, problems);
  if (problems.size > before || bando === null) return null;
  try {
    return assemble(adm1, adm2, provinceCodes, districtCodes, bando, inputs);
  } catch (error: unknown) {
    // The checks above should leave nothing for the geometry code to trip on; if it still does, name it.
    problems.add({ file: adm1Shown, line: null, field: "geometry", message: `the boundaries could not be assembled (${error instanceof Error ? error.message : String(error)})`, hint: "check both boundary files against their source; this may also be a pipeline bug" });
    return null;
  }
}

const strip = (features: Feature[]): FeatureCollection<Geometry> => ({
  type: "FeatureCollection",
  features: features.map((f) => ({ type: "Feature", properties: {}, geometry: f.geometry as Geometry })),
});

/** The polygons of a topology polygon or multipolygon, as arc lists. */
const polygonArcs = (g: GeometryObject): number[][][] => (g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : []);

function keyedSources(features: Feature[], keys: (string | null)[]): Map<string, Feature[]> {
  const out = new Map<string, Feature[]>();
  features.forEach((f, i) => {
    const k = keys[i];
    if (k !== null && k !== undefined) out.set(k, [...(out.get(k) ?? []), f]);
  });
  return out;
}

function assemble(adm1: Feature[], adm2: Feature[], provinceCodes: (string | null)[], districtCodes: (string | null)[], bando: BandoResult, inputs: BoundaryInputs): BoundariesResult {
  const newOf = new Map(inputs.provinces.map((p) => [p.oldCode, p.newCode]));
  // The archipelagos: each offshore polygon of Đà Nẵng's and Khánh Hòa's geoBoundaries outline, as
  // its own feature (identical rings, so it shares its arcs with the pre-2025 province).
  const islands: Feature[] = [];
  const islandOwners: string[] = [];
  adm1.forEach((f, i) => {
    const code = provinceCodes[i];
    const owner = code === null || code === undefined ? undefined : newOf.get(code);
    if (owner === undefined || !(ARCHIPELAGO_PROVINCES as readonly string[]).includes(owner)) return;
    if (f.geometry?.type !== "Polygon" && f.geometry?.type !== "MultiPolygon") return;
    for (const polygon of offshorePolygons(f.geometry)) {
      islands.push({ type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates: polygon } });
      islandOwners.push(owner);
    }
  });
  const raw = topology({ adm1: strip(adm1), adm2: strip(adm2), post: strip(bando.provinces.map((p) => p.feature)), islands: strip(islands) });
  const geometriesOf = (name: string) => (raw.objects[name] as { geometries: GeometryObject[] }).geometries;
  const adm1Geoms = geometriesOf("adm1");
  const adm2Geoms = geometriesOf("adm2");
  const postGeoms = geometriesOf("post");
  const islandGeoms = geometriesOf("islands");

  const byOld = groupBy(adm1Geoms, provinceCodes);
  const byDistrict = groupBy(adm2Geoms, districtCodes);
  const sorted = <K extends string>(m: Map<K, GeometryObject[]>) => [...m.entries()].sort(([a], [b]) => a.localeCompare(b));

  const pre = sorted(byOld).map(([code, gs]) => dissolve(raw, gs, unitId("pre2025", code)));
  const districts = sorted(byDistrict).map(([code, gs]) => dissolve(raw, gs, unitId("pre2025", code)));
  const post: Polygonal[] = bando.provinces
    .map((p, i) => {
      const own = polygonArcs(postGeoms[i] as GeometryObject);
      const offshore = islandGeoms.filter((_, k) => islandOwners[k] === p.code).flatMap(polygonArcs);
      return { type: "MultiPolygon", arcs: [...own, ...offshore], properties: { id: unitId("post2025", p.code) } } as Polygonal;
    })
    .sort((a, b) => (a.properties?.id ?? "").localeCompare(b.properties?.id ?? ""));

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
  const final = simplifyAndQuantize(assembled, MIN_WEIGHT, QUANTIZATION, { objects: ["provinces_post2025"], factor: POST2025_COARSER });

  const communes = [...bando.communes].sort((a, b) => a.province.localeCompare(b.province) || a.nameVi.localeCompare(b.nameVi, "vi"));
  const rawCommunes = topology({ communes: strip(communes.map((c) => c.feature)) });
  const communeGeoms = (rawCommunes.objects.communes as { geometries: GeometryObject[] }).geometries.map((g, i) => {
    const c = communes[i] as BandoCommune;
    const id = communeUnitId(c);
    const properties: CommuneProperties = { ...(id !== null ? { id } : {}), name: c.nameVi, province: unitId("post2025", c.province), predecessors: c.predecessors };
    return { type: g.type, arcs: (g as { arcs: unknown }).arcs, properties } as GeometryObject;
  });
  const communeTopology: Topology = {
    type: "Topology",
    ...(rawCommunes.bbox !== undefined ? { bbox: rawCommunes.bbox } : {}),
    arcs: rawCommunes.arcs,
    objects: { communes_post2025: { type: "GeometryCollection", geometries: communeGeoms } },
  };
  const finalCommunes = simplifyAndQuantize(communeTopology, COMMUNE_MIN_WEIGHT, COMMUNE_QUANTIZATION);

  const sources: SourceFeatures = {
    provinces_pre2025: keyedSources(adm1, provinceCodes.map((c) => (c === null ? null : unitId("pre2025", c)))),
    districts_pre2025: keyedSources(adm2, districtCodes.map((c) => (c === null ? null : unitId("pre2025", c)))),
    provinces_post2025: keyedSources([...bando.provinces.map((p) => p.feature), ...islands], [...bando.provinces.map((p) => unitId("post2025", p.code)), ...islandOwners.map((c) => unitId("post2025", c))]),
    communes_post2025: keyedSources(communes.map((c) => c.feature), communes.map(communeKey)),
  };
  return {
    topology: { schemaVersion: SCHEMA_VERSION, ...final },
    communes: { schemaVersion: SCHEMA_VERSION, ...finalCommunes },
    counts: {
      provinces_pre2025: pre.length,
      provinces_post2025: post.length,
      districts_pre2025: districts.length,
      communes_post2025: communes.length,
      communes_focus: communes.filter((c) => c.focus !== null).length,
    },
    sources,
  };
}
