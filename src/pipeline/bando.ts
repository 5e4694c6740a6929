/**
 * The government merger portal's boundaries (sapnhap.bando.com.vn, SOURCES.md section 4): the 34
 * provinces from 1 July 2025 and the communes of the provinces whose files are present, read,
 * checked and joined to data/admin. The portal's files carry no statistics-office code, so a
 * province is joined by its name without the type word, a commune by its province and full name
 * (NFC, case-insensitive); a name that matches no unit, or two, is a problem naming both files.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Feature, MultiPolygon, Polygon, Position } from "geojson";
import { unitId } from "../schema";
import type { CommuneFocusRow, CrosswalkRow, MergerRow } from "./admin-rows";
import { parseBoundaryFile } from "./geojson-checks";
import type { ProblemList } from "./problems";

export const BANDO_DIR = "post2025_bando";
export const BANDO_PROVINCES_FILE = `${BANDO_DIR}/provinces_34_sapnhap.geojson`;
/** One file per province: communes_<province>_sapnhap.geojson. */
const COMMUNE_FILE = /^communes_[a-z0-9_]+_sapnhap\.geojson$/;

const MERGER_FILE = "data/admin/provinces_2025_merger.csv";
const COMMUNES_FILE = "data/admin/communes_focus.csv";
const HINT_SOURCE = "compare the name with the portal (SOURCES.md section 4) and the resolution; correct whichever is wrong";

/**
 * Islands lie east of this longitude; the mainland coast does not reach it. The map finds the
 * archipelagos' label places by the same longitude (src/map/archipelagos.ts).
 */
export const OFFSHORE_EAST_OF = 110.5;

/** Provinces whose pre-2025 geoBoundaries polygon holds an archipelago: Đà Nẵng (Hoàng Sa) and Khánh Hòa (Trường Sa). */
export const ARCHIPELAGO_PROVINCES = ["48", "56"] as const;

export interface BandoProvince {
  feature: Feature<Polygon | MultiPolygon>;
  /** New GSO code. */
  code: string;
}

export interface BandoCommune {
  feature: Feature<Polygon | MultiPolygon>;
  /** New GSO code of the province. */
  province: string;
  nameVi: string;
  /** The portal's predecessor text ("giữ nguyên" = unchanged). */
  predecessors: string;
  /** The admin row this commune is, for the 29 focus communes. */
  focus: CommuneFocusRow | null;
  file: string;
  index: number;
}

export interface BandoResult {
  provinces: BandoProvince[];
  communes: BandoCommune[];
  /** Commune files read, as shown in messages. */
  communeFiles: string[];
}

/** NFC, lower case, single spaces: how names are compared. */
export const nameKey = (s: string): string => s.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();

/** "Thủ đô Hà Nội", "Thành phố Hà Nội", "Tỉnh Hà Tĩnh" -> "hà nội", "hà tĩnh". */
export const provinceKey = (s: string): string => nameKey(s).replace(/^(thủ đô|thành phố|tỉnh)\s+/, "");

const prop = (f: Feature, key: string): string => String(f.properties?.[key] ?? "").normalize("NFC").trim();

/** Predecessor names without codes or district qualifiers, for finding a renamed commune. */
function predecessorKeys(text: string): Set<string> {
  return new Set(
    text
      .split(/[;,]/)
      .map((p) => nameKey(p.replace(/\[[^\]]*\]/g, "").replace(/\([^)]*\)/g, "")))
      .filter((p) => p !== "" && p !== "giữ nguyên"),
  );
}

function polygonal(features: Feature[], shown: string, problems: ProblemList): Feature<Polygon | MultiPolygon>[] | null {
  let ok = true;
  features.forEach((f, i) => {
    if (f.geometry?.type !== "Polygon" && f.geometry?.type !== "MultiPolygon") {
      ok = false;
      problems.add({ file: shown, line: null, field: `feature ${i} geometry`, message: `expected a Polygon or MultiPolygon (found ${f.geometry?.type ?? "none"})`, hint: "restore the file from its source (SOURCES.md section 4)" });
    }
  });
  return ok ? (features as Feature<Polygon | MultiPolygon>[]) : null;
}

function read(path: string, shown: string, problems: ProblemList): Feature<Polygon | MultiPolygon>[] | null {
  if (!existsSync(path)) {
    problems.add({ file: shown, line: null, field: null, message: "boundary file not found", hint: "point --boundaries (or RESULTS_ATLAS_BOUNDARIES) at the folder that holds post2025_bando/" });
    return null;
  }
  const features = parseBoundaryFile(readFileSync(path, "utf8"), shown, problems);
  return features === null ? null : polygonal(features, shown, problems);
}

/** New province code of each portal province, joined by name; every new province must be drawn once. */
function joinProvinces(features: Feature<Polygon | MultiPolygon>[], merger: readonly MergerRow[], shown: string, problems: ProblemList): BandoProvince[] {
  const rowsByKey = new Map<string, MergerRow[]>();
  for (const r of merger) {
    const k = provinceKey(r.newNameVi);
    const list = rowsByKey.get(k) ?? [];
    if (!list.some((x) => x.newCode === r.newCode)) list.push(r);
    rowsByKey.set(k, list);
  }
  const out: BandoProvince[] = [];
  const drawn = new Map<string, number>();
  features.forEach((f, i) => {
    const name = prop(f, "a01_ten");
    const rows = rowsByKey.get(provinceKey(name)) ?? [];
    const field = `feature ${i} (${name}) a01_ten`;
    if (rows.length !== 1) {
      const what = rows.length === 0 ? `matches no new_name_vi in ${MERGER_FILE}` : `matches ${rows.length} new provinces in ${MERGER_FILE} (${rows.map((r) => `line ${r.line} ${r.newNameVi} ${r.newCode}`).join("; ")})`;
      problems.add({ file: shown, line: null, field, message: `province "${name}" ${what}`, hint: HINT_SOURCE });
      return;
    }
    const row = rows[0] as MergerRow;
    const before = drawn.get(row.newCode);
    if (before !== undefined) {
      problems.add({ file: shown, line: null, field, message: `a second feature for ${row.newNameVi} (${MERGER_FILE}:${row.line}); feature ${before} is the first`, hint: "keep one feature per province" });
      return;
    }
    drawn.set(row.newCode, i);
    out.push({ feature: f, code: row.newCode });
  });
  const seen = new Set<string>();
  for (const r of merger) {
    if (seen.has(r.newCode)) continue;
    seen.add(r.newCode);
    if (!drawn.has(r.newCode)) problems.add({ file: r.file, line: r.line, field: "new_name_vi", message: `no feature of ${shown} is named "${r.newNameVi}" (a01_ten, without the type word)`, hint: HINT_SOURCE });
  }
  return out;
}

function joinCommunes(
  files: { shown: string; features: Feature<Polygon | MultiPolygon>[] }[],
  merger: readonly MergerRow[],
  focus: readonly CommuneFocusRow[],
  crosswalk: readonly CrosswalkRow[],
  problems: ProblemList,
): BandoCommune[] {
  const provinceByKey = new Map(merger.map((r) => [provinceKey(r.newNameVi), r.newCode]));
  const focusByKey = new Map<string, CommuneFocusRow[]>();
  for (const c of focus) {
    const k = `${c.province}|${nameKey(c.nameVi)}`;
    focusByKey.set(k, [...(focusByKey.get(k) ?? []), c]);
  }
  const out: BandoCommune[] = [];
  for (const { shown, features } of files) {
    features.forEach((f, i) => {
      const nameVi = prop(f, "a03_ten");
      const provinceName = prop(f, "a04_tentinh");
      const province = provinceByKey.get(provinceKey(provinceName));
      if (province === undefined) {
        problems.add({ file: shown, line: null, field: `feature ${i} (${nameVi}) a04_tentinh`, message: `province "${provinceName}" matches no new_name_vi in ${MERGER_FILE}`, hint: HINT_SOURCE });
        return;
      }
      const rows = focusByKey.get(`${province}|${nameKey(nameVi)}`) ?? [];
      if (rows.length > 1) {
        problems.add({ file: shown, line: null, field: `feature ${i} (${nameVi}) a03_ten`, message: `"${nameVi}" matches ${rows.length} rows of ${COMMUNES_FILE} (${rows.map((r) => `line ${r.line} ${r.nameVi} ${r.code}`).join("; ")})`, hint: "a commune name is unique in its province: correct the admin facts" });
        return;
      }
      out.push({ feature: f, province, nameVi, predecessors: prop(f, "a05_truocsn"), focus: rows[0] ?? null, file: shown, index: i });
    });
  }
  // Every focus commune of a province whose communes are drawn is drawn exactly once.
  const drawnProvinces = new Set(out.map((c) => c.province));
  for (const row of focus) {
    if (!drawnProvinces.has(row.province)) continue;
    const hits = out.filter((c) => c.focus === row);
    if (hits.length === 1) continue;
    if (hits.length > 1) {
      problems.add({ file: row.file, line: row.line, field: "new_unit_name_vi", message: `"${row.nameVi}" is drawn ${hits.length} times: ${hits.map((h) => `${h.file} feature ${h.index}`).join(", ")}`, hint: "keep one feature per commune in the boundary file" });
      continue;
    }
    // Not found by name: name the feature that has its predecessors, which is most likely the same commune renamed.
    const mine = predecessorKeys(crosswalk.filter((x) => x.newCode === row.code).map((x) => x.oldNameVi).join(";"));
    const candidates = out
      .filter((c) => c.province === row.province && c.focus === null)
      .map((c) => ({ c, shared: [...predecessorKeys(c.predecessors)].filter((p) => mine.has(p)).length }))
      .filter((x) => x.shared > 0)
      .sort((a, b) => b.shared - a.shared);
    const best = candidates[0]?.c;
    const where = best === undefined ? `no feature in the commune files of province ${row.province} has that name or its predecessors` : `${best.file} feature ${best.index} is named "${best.nameVi}" and has its predecessors (${best.predecessors})`;
    problems.add({ file: row.file, line: row.line, field: "new_unit_name_vi", message: `no drawn commune is named "${row.nameVi}": ${where}`, hint: HINT_SOURCE });
  }
  return out;
}

/** Reads the portal's provinces and every commune file beside them, and joins them to the admin facts. */
export function readBando(dir: string, shownDir: string, admin: { provinces: readonly MergerRow[]; communes: readonly CommuneFocusRow[]; crosswalk: readonly CrosswalkRow[] }, problems: ProblemList): BandoResult | null {
  const merger = admin.provinces;
  const before = problems.size;
  const provincesShown = `${shownDir}/${BANDO_PROVINCES_FILE}`;
  const provinceFeatures = read(join(dir, BANDO_PROVINCES_FILE), provincesShown, problems);
  const folder = join(dir, BANDO_DIR);
  const names = existsSync(folder) ? readdirSync(folder).filter((n) => COMMUNE_FILE.test(n)).sort() : [];
  const files = names.flatMap((n) => {
    const shown = `${shownDir}/${BANDO_DIR}/${n}`;
    const features = read(join(folder, n), shown, problems);
    return features === null ? [] : [{ shown, features }];
  });
  if (provinceFeatures === null || problems.size > before) return null;
  const provinces = joinProvinces(provinceFeatures, merger, provincesShown, problems);
  const communes = joinCommunes(files, merger, admin.communes, admin.crosswalk, problems);
  if (problems.size > before) return null;
  return { provinces, communes, communeFiles: files.map((f) => f.shown) };
}

/** The polygons of a pre-2025 province lying wholly east of OFFSHORE_EAST_OF: its far-offshore archipelago. */
export function offshorePolygons(geometry: Polygon | MultiPolygon): Position[][][] {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polygons.filter((p) => (p[0] ?? []).length > 0 && (p[0] ?? []).every(([lon = 0]) => lon > OFFSHORE_EAST_OF));
}

/** The unit id a drawn commune carries: its own for the focus communes; none for the others (context only). */
export function communeUnitId(c: BandoCommune): string | null {
  return c.focus === null ? null : unitId("post2025", c.focus.code);
}
