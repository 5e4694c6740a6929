/**
 * A SYNTHETIC SITE for the browser benchmarks: the built app (dist/) with its data/ folder
 * replaced by the synthetic national dataset of bench/synthetic.ts (708 pre-2025 districts,
 * 3,321 post-2025 communes, 63 + 34 provinces, 72 months × 12 indicators, seed 42), so that the
 * switches can be measured in the browser at the size the product must reach. Never written to
 * public/data; every file says SYNTHETIC.
 *
 * data/ holds what the app's loader reads, as the pipeline lays it out:
 * - units.json (syntheticUnits), crosswalk.json (no links: the synthetic vintages are not linked),
 *   figures.json (the synthetic source, indicators and programme, no figures);
 * - the figures as column files (src/model/figureColumns.ts), one per indicator × vintage,
 *   figures/<indicator>.<vintage>.json, role figureColumns: each built from that file's figures
 *   alone, so no more than one file's figure objects are ever held;
 * - boundaries.topo.json (provinces_pre2025, provinces_post2025, districts_pre2025) and
 *   communes.topo.json (communes_post2025): a grid of square cells over Viet Nam's outline (the
 *   real provinces' outline in public/data), one cell per district and one per commune, each
 *   province the union of its districts' (or communes') cells; cells are handed out row by row,
 *   turning at each row's end, in province order, so each province is one band of neighbouring
 *   cells. Ids are syntheticUnits' (district d in province d % 63, commune c in province c % 34);
 * - basemap.topo.json copied from public/data (Natural Earth, real); stories.json (none) and
 *   area_report.json (counts only: synthetic cells have no official area);
 * - manifest.json: every file's sha256 and bytes, the data version and credits saying SYNTHETIC.
 *
 *   tsx bench/national-site.ts [--smoke] [--indicators N]     needs a build in dist/ (npx vite build)
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { geoArea, geoBounds, geoContains } from "d3-geo";
import { feature, mergeArcs } from "topojson-client";
import { topology } from "topojson-server";
import { filter } from "topojson-simplify";
import type { GeometryCollection, GeometryObject, Topology } from "topojson-specification";
import { SCHEMA_VERSION, type AreaReportFile, type CrosswalkFile, type FileRole, type Manifest, type Observation, type StoriesFile, type Vintage } from "../src/schema/index";
import { figureColumnsOf } from "../src/model/figureColumns";
import { buildFigureStore } from "../src/model/figureStore";
import { attributions, sha256 } from "../src/pipeline/manifest";
import { compactJson, prettyJson } from "../src/pipeline/json";
import type { CommuneProperties } from "../src/pipeline/boundaries";
import { LABEL, NATIONAL_SCALE, SMOKE_SCALE, communeId, districtId, forEachSyntheticFigure, syntheticFigureMetadata, syntheticObservation, syntheticUnits, type SyntheticSize } from "./synthetic";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
/** Quantisation of the synthetic topologies: the pipeline's grid (src/pipeline/boundaries.ts). */
const QUANTIZATION = 1e5;
const PRE_PROVINCES = 63;
const POST_PROVINCES = 34;

// ---------------------------------------------------------------------------------------------
// Geometry

type Ring = Position[];

/**
 * Whether a point lies inside the real provinces (public/data/boundaries.topo.json), by d3-geo
 * on the sphere. Each polygon is wound as d3-geo reads it (a ring wound the other way would be the
 * rest of the globe) and tested only when the point is in its bounding box.
 */
function vietNamOutline(boundariesFile: string): { inside: (p: [number, number]) => boolean; bounds: [[number, number], [number, number]] } {
  const topo = JSON.parse(readFileSync(boundariesFile, "utf8")) as Topology;
  const provinces = (topo.objects["provinces_pre2025"] as GeometryCollection).geometries;
  const polygons: { polygon: Polygon; box: [[number, number], [number, number]] }[] = [];
  for (const g of provinces) {
    const geometry = (feature(topo, g) as Feature<Polygon | MultiPolygon>).geometry;
    for (const coordinates of geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates) {
      let polygon: Polygon = { type: "Polygon", coordinates };
      if (geoArea(polygon) > 2 * Math.PI) polygon = { type: "Polygon", coordinates: coordinates.map((r) => [...r].reverse()) };
      polygons.push({ polygon, box: geoBounds(polygon) });
    }
  }
  const inBox = ([x, y]: [number, number], [[w, s], [e, n]]: [[number, number], [number, number]]) => x >= w && x <= e && y >= s && y <= n;
  const all: Feature<MultiPolygon> = { type: "Feature", properties: {}, geometry: { type: "MultiPolygon", coordinates: polygons.map((p) => p.polygon.coordinates) } };
  return { inside: (p) => polygons.some(({ polygon, box }) => inBox(p, box) && geoContains(polygon, p)), bounds: geoBounds(all) };
}

/** The cells of a square grid of side `size` (degrees) whose centres lie inside, row by row from the north, each row walked the other way from the one before. */
function gridCells(size: number, inside: (p: [number, number]) => boolean, [[w, s], [e, n]]: [[number, number], [number, number]]): Ring[] {
  const cells: Ring[] = [];
  const cols = Math.ceil((e - w) / size);
  const rows = Math.ceil((n - s) / size);
  for (let r = 0; r < rows; r++) {
    const y1 = n - r * size;
    const y0 = n - (r + 1) * size;
    for (let k = 0; k < cols; k++) {
      const c = r % 2 === 0 ? k : cols - 1 - k;
      const x0 = w + c * size;
      const x1 = w + (c + 1) * size;
      if (!inside([(x0 + x1) / 2, (y0 + y1) / 2])) continue;
      // Counter-clockwise, as GeoJSON (RFC 7946) winds an outer ring.
      cells.push([[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]);
    }
  }
  return cells;
}

/**
 * `count` cells over Viet Nam: the grid is made finer until it has enough inside the outline, then
 * the extra cells are left out evenly along the walk (they read as small lakes).
 */
export function cellsOverVietNam(count: number, outline: ReturnType<typeof vietNamOutline>): Ring[] {
  const [[w, s], [e, n]] = outline.bounds;
  let size = Math.sqrt(((e - w) * (n - s)) / count);
  let cells = gridCells(size, outline.inside, outline.bounds);
  while (cells.length < count) {
    size *= cells.length === 0 ? 0.5 : Math.sqrt(cells.length / count) * 0.99;
    cells = gridCells(size, outline.inside, outline.bounds);
  }
  return Array.from({ length: count }, (_, k) => cells[Math.floor((k * cells.length) / count)]!);
}

/** Areas (by index 0..count-1) in the order the walk hands out cells: province by province (area a is in province a % provinces). */
function provinceOrder(count: number, provinces: number): number[] {
  return Array.from({ length: count }, (_, a) => a).sort((a, b) => (a % provinces) - (b % provinces) || a - b);
}

type Polygonal = GeometryObject<{ id: string }>;

/** The union of cells, merged along their shared arcs (topojson-client), as the pipeline dissolves districts into provinces. */
function dissolve(topo: Topology, cells: GeometryObject[], id: string): Polygonal {
  const merged = mergeArcs(topo, cells as (GeometryObject & { type: "Polygon" })[]);
  return { type: "MultiPolygon", arcs: merged.arcs, properties: { id } };
}

export interface SyntheticTopologies {
  boundaries: Topology & { schemaVersion: typeof SCHEMA_VERSION; note: string };
  communes: Topology & { schemaVersion: typeof SCHEMA_VERSION; note: string };
}

/** boundaries.topo.json and communes.topo.json of the synthetic units of `size`, over the outline in `boundariesFile`. */
export function syntheticTopologies(size: SyntheticSize, boundariesFile = join(ROOT, "public", "data", "boundaries.topo.json")): SyntheticTopologies {
  const outline = vietNamOutline(boundariesFile);
  const units = new Map(syntheticUnits(size).units.map((u) => [u.id, u]));
  const collection = (count: number, provinces: number, idOf: (a: number) => string): FeatureCollection<Polygon, { id: string }> => {
    const cells = cellsOverVietNam(count, outline);
    const order = provinceOrder(count, provinces);
    const features = order.map((a, k): Feature<Polygon, { id: string }> => ({ type: "Feature", properties: { id: idOf(a) }, geometry: { type: "Polygon", coordinates: [cells[k]!] } }));
    // In id order, as the pipeline writes its layers.
    return { type: "FeatureCollection", features: features.sort((x, y) => x.properties.id.localeCompare(y.properties.id)) };
  };
  const districts = collection(size.districts, PRE_PROVINCES, districtId);
  const communes = collection(size.communes, POST_PROVINCES, communeId);

  // One topology for both grids, so that the provinces are merged from the cells' own arcs; the
  // communes' inner arcs, used by no province, are then pruned from boundaries.topo.json.
  const raw = topology({ districts, communes }, QUANTIZATION);
  const geometries = (name: string) => (raw.objects[name] as GeometryCollection).geometries;
  const byProvince = (gs: GeometryObject[]) => {
    const out = new Map<string, GeometryObject[]>();
    for (const g of gs) {
      const id = (g.properties as { id: string }).id;
      const parent = units.get(id)?.parent;
      if (parent === null || parent === undefined) throw new Error(`synthetic unit ${id} has no province`);
      out.set(parent, [...(out.get(parent) ?? []), g]);
    }
    return [...out].sort(([a], [b]) => a.localeCompare(b)).map(([id, cells]) => dissolve(raw, cells, id));
  };
  const assembled: Topology = {
    ...raw,
    objects: {
      provinces_pre2025: { type: "GeometryCollection", geometries: byProvince(geometries("districts")) },
      provinces_post2025: { type: "GeometryCollection", geometries: byProvince(geometries("communes")) },
      districts_pre2025: { type: "GeometryCollection", geometries: geometries("districts") },
    },
  };
  const boundaries = filter(assembled as Topology<never>, () => true) as unknown as Topology;

  // The commune layer's properties (src/map/communes.ts): every synthetic commune carries figures, so each has its id.
  const communeLayer: FeatureCollection<Polygon, CommuneProperties> = {
    type: "FeatureCollection",
    features: communes.features.map((f) => {
      const unit = units.get(f.properties.id)!;
      return { ...f, properties: { id: unit.id, name: unit.nameVi, province: unit.parent!, predecessors: LABEL } };
    }),
  };
  const communeTopology = topology({ communes_post2025: communeLayer }, QUANTIZATION);
  return {
    boundaries: { schemaVersion: SCHEMA_VERSION, note: LABEL, ...boundaries },
    communes: { schemaVersion: SCHEMA_VERSION, note: LABEL, ...communeTopology },
  };
}

// ---------------------------------------------------------------------------------------------
// The data folder

/** One file of data/: its path there, its role in the manifest, its bytes. */
export interface DataFile {
  path: string;
  role: FileRole;
  content: string;
}

/** Where the column file of one indicator × vintage goes under data/. */
export function figureColumnsPath(indicatorId: string, vintage: Vintage): string {
  return `figures/${indicatorId}.${vintage}.json`;
}

/**
 * The figures of one indicator in one vintage, as bench/synthetic.ts generates them (fixed seed:
 * each pass over the generator gives the same figures), in file order.
 */
export function syntheticFiguresOf(size: SyntheticSize, indicator: number, vintage: Vintage): Observation[] {
  const out: Observation[] = [];
  const prefix = `${vintage}:`;
  forEachSyntheticFigure(size, (unit, n, period, i, value) => {
    if (i === indicator && unit.startsWith(prefix)) out.push(syntheticObservation(unit, n, period, i, value));
  });
  return out;
}

/**
 * The column files, one indicator × vintage at a time: one file's figures are generated, stored
 * (src/model/figureStore.ts), written as columns (src/model/figureColumns.ts) and dropped before
 * the next file's, so the 3.5 M figure objects never live at once.
 */
export function* figureColumnFiles(size: SyntheticSize): Generator<DataFile> {
  for (const vintage of ["pre2025", "post2025"] as const) {
    for (let i = 0; i < size.indicators; i++) {
      const indicatorId = `synthetic_${i + 1}`;
      const store = buildFigureStore(indicatorId, syntheticFiguresOf(size, i, vintage));
      // Plain JSON.stringify: the columns' order is the store's, and sorting keys would copy every column.
      yield { path: figureColumnsPath(indicatorId, vintage), role: "figureColumns", content: `${JSON.stringify(figureColumnsOf(store, vintage))}\n` };
    }
  }
}

const SYNTHETIC_CREDIT = {
  dataset: `${LABEL}: units, boundaries (a grid of cells over Viet Nam's outline) and figures generated by bench/national-site.ts and bench/synthetic.ts, seed 42`,
  publisher: LABEL,
  licence: "SYNTHETIC — generated for benchmarks; no real figure, unit or boundary",
  text: LABEL,
  url: "",
};

/** The manifest of `files`, in the pipeline's form (src/pipeline/manifest.ts), every credit but the basemap's saying SYNTHETIC. */
function syntheticManifest(files: readonly DataFile[], size: SyntheticSize): Manifest {
  const basemap = attributions([]).filter((a) => a.usedIn.includes("basemap.topo.json"));
  return {
    schemaVersion: SCHEMA_VERSION,
    // Fixed, so that the same size writes the same bytes.
    generatedAt: "2026-01-01T00:00:00.000Z",
    dataVersion: `SYNTHETIC national benchmark data, seed 42: ${size.districts} districts, ${size.communes} communes, ${size.months} months, ${size.indicators} indicators`,
    files: files.map((f) => ({ path: f.path, role: f.role, sha256: sha256(f.content), bytes: Buffer.byteLength(f.content, "utf8") })),
    attribution: [{ ...SYNTHETIC_CREDIT, usedIn: files.filter((f) => f.role !== "basemap").map((f) => f.path) }, ...basemap],
  };
}

/** Writes `file` under `dir` (its folders too) and returns it. */
function put(dir: string, file: DataFile): DataFile {
  const path = join(dir, file.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.content);
  return file;
}

/**
 * Writes the synthetic data folder into `dir` (made empty first) and returns its manifest. The
 * basemap is copied from `basemapFile`. Refuses public/data and data/: synthetic data is never
 * written where the real data lives.
 */
export function writeSyntheticData(dir: string, size: SyntheticSize, basemapFile = join(ROOT, "public", "data", "basemap.topo.json")): Manifest {
  const target = resolve(dir);
  for (const real of [join(ROOT, "public"), join(ROOT, "data")]) {
    if (target === real || target.startsWith(`${real}/`)) throw new Error(`synthetic data is never written to ${target}`);
  }
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  const files: DataFile[] = [];
  const add = (path: string, role: FileRole, content: string) => files.push(put(target, { path, role, content }));

  const units = syntheticUnits(size);
  add("units.json", "units", compactJson(units));
  const crosswalk: CrosswalkFile = { schemaVersion: SCHEMA_VERSION, legalActs: [], links: [] };
  add("crosswalk.json", "crosswalk", prettyJson(crosswalk));
  add("figures.json", "figures", prettyJson(syntheticFigureMetadata(size)));
  for (const file of figureColumnFiles(size)) files.push(put(target, file));
  const topologies = syntheticTopologies(size);
  add("boundaries.topo.json", "boundaries", compactJson(topologies.boundaries));
  add("communes.topo.json", "communes", compactJson(topologies.communes));
  add("basemap.topo.json", "basemap", readFileSync(basemapFile, "utf8"));
  const stories: StoriesFile = { schemaVersion: SCHEMA_VERSION, stories: [] };
  add("stories.json", "stories", prettyJson(stories));
  const drawn = (layer: AreaReportFile["summary"][number]["layer"], count: number) => ({ layer, drawn: count, withOfficialArea: 0, withinTolerance: 0 });
  const report: AreaReportFile = {
    schemaVersion: SCHEMA_VERSION,
    tolerancePct: 3,
    summary: [drawn("provinces_pre2025", PRE_PROVINCES), drawn("provinces_post2025", POST_PROVINCES), drawn("districts_pre2025", size.districts), drawn("communes_post2025", size.communes)],
    rows: [],
  };
  add("area_report.json", "areaReport", prettyJson(report));

  const manifest = syntheticManifest(files, size);
  writeFileSync(join(target, "manifest.json"), prettyJson(manifest));
  return manifest;
}

/**
 * The synthetic site: a copy of the build in `dist` at `out` (made empty first), its data/ the
 * synthetic data of `size`. Returns the manifest written.
 */
export function writeNationalSite(dist: string, out: string, size: SyntheticSize): Manifest {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(dirname(out), { recursive: true });
  // The real data of the build is not copied: the site's data/ is synthetic alone.
  cpSync(dist, out, { recursive: true, filter: (from) => resolve(from) !== join(resolve(dist), "data") });
  return writeSyntheticData(join(out, "data"), size);
}

/** Where the benchmarks keep the synthetic site: .cache/bench/national-site/ (a smoke run's under .cache/bench/smoke/). */
export function nationalSiteDir(smoke: boolean): string {
  return join(ROOT, ".cache", "bench", ...(smoke ? ["smoke"] : []), "national-site");
}

/**
 * The size a command line asks for: SMOKE_SCALE with --smoke, else NATIONAL_SCALE; `--indicators N`
 * keeps every area and month but only N indicators (fewer figures, the same map).
 */
export function siteSizeOf(argv: readonly string[], smoke: boolean): SyntheticSize {
  const size = smoke ? SMOKE_SCALE : NATIONAL_SCALE;
  const at = argv.indexOf("--indicators");
  if (at < 0) return size;
  const n = Number(argv[at + 1]);
  if (!Number.isInteger(n) || n < 1 || n > NATIONAL_SCALE.indicators) throw new Error(`--indicators takes a whole number from 1 to ${NATIONAL_SCALE.indicators}, not ${argv[at + 1] ?? "nothing"}`);
  return { ...size, indicators: n };
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { SMOKE, benchDist } = await import("./lib");
  const size = siteSizeOf(process.argv, SMOKE);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const out = nationalSiteDir(SMOKE);
  const manifest = writeNationalSite(benchDist(), out, size);
  const cpu = process.cpuUsage(c0);
  const mib = manifest.files.reduce((sum, f) => sum + f.bytes, 0) / 1048576;
  console.log(`wrote the SYNTHETIC site ${out}: ${manifest.files.length} data files, ${mib.toFixed(1)} MiB, in ${((performance.now() - t0) / 1000).toFixed(1)} s (${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU)`);
}
