/**
 * Test inputs made fresh for each test (no shared mutable fixtures): a data/ folder with the
 * committed admin facts plus small hand-made figure files, and a synthetic boundaries folder whose
 * features are grid squares carrying the real codes and names. No test depends on the lead's CSVs.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { SCHEMA_VERSION } from "../../schema";
import { BANDO_DIR, BANDO_PROVINCES_FILE } from "../bando";
import { ADM1_FILE, ADM2_FILE } from "../boundaries";
import { shortAscii } from "../names";

export const REPO_DATA = fileURLToPath(new URL("../../../data", import.meta.url));
export const SHARED_BOUNDARIES = fileURLToPath(new URL("../../../../shared/data/boundaries", import.meta.url));

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `atlas-${prefix}-`));
}

/** Valid figure files, small. Line numbers matter to the tests: the header is line 1. */
export function figureCsvs(): Record<string, string> {
  return {
    "sources.csv": [
      "id,publisher,title,language,published_on,url,note",
      "src-a,Báo Quảng Bình,Bài báo A,vi,2020-07-17,https://example.org/a,",
      "src-b,Thời Đại,Bài báo B,vi,,,Undated",
    ].join("\n"),
    "indicators.csv": [
      "id,name_vi,name_en,name_fr,unit_vi,unit_en,kind,additive,definition_vi,definition_en",
      "cases,Trường hợp được hỗ trợ,Cases supported,,trường hợp,cases,count,yes,Định nghĩa.,Definition.",
    ].join("\n"),
    "organisations.csv": ["id,name_vi,name_en,aliases,note", "iom,Tổ chức Di cư Quốc tế,IOM,OIM;IOM Viet Nam,"].join("\n"),
    "programmes.csv": ["id,name_vi,name_en,note", "tmsv,Dự án TMSV,TMSV,"].join("\n"),
    "phases.csv": [
      "id,programme_id,name_vi,name_en,start,end,areas,source_ids,note",
      "pilot,tmsv,Thí điểm,Pilot,2020-02,2021-03,group:bo-trach-dong-hoi,src-a,",
    ].join("\n"),
    "milestones.csv": ["id,date,label_vi,label_en,kind,source_ids", "res-202,2025-06-12,Nghị quyết 202,Resolution 202,reorganisation,src-b"].join("\n"),
    "groups.csv": [
      "id,vintage,name_vi,name_en,members,note",
      "bo-trach-dong-hoi,pre2025,Bố Trạch + Đồng Hới,Bố Trạch + Đồng Hới,pre2025:455;pre2025:450,",
    ].join("\n"),
    "observations.csv": [
      "id,indicator_id,value,qualifier,period_start,period_end,reported_on,area,programme_id,phase_id,partner_ids,source_id,quote_lang,quote,same_as,note",
      'obs-1,cases,140,exact,2020,2021,2020-07-17,group:bo-trach-dong-hoi,tmsv,pilot,iom,src-a,vi,"Dự án đã hỗ trợ 140 trường hợp.",qb-cases,',
      'obs-2,cases,135,at_least,2019,2022,,pre2025:44,tmsv,,,src-b,vi,"Hỗ trợ 135 trường hợp.",qb-cases,',
    ].join("\n"),
    "unit_values.csv": [
      "unit,field,value,qualifier,as_of,source,note",
      "post2025:44,area_km2,12699,at_least,2025-04,Provincial proposal,",
      "post2025:44,population,1845335,exact,2025-04,Provincial proposal,",
    ].join("\n"),
    "legal_acts.csv": [
      "id,number,title_vi,title_en,issuer,adopted_on,operative_from,url",
      "res-202,202/2025/QH15,Nghị quyết 202,Resolution 202,Quốc hội,2025-06-12,2025-07-01,",
      "nq-1665,1665/NQ-UBTVQH15,Nghị quyết 1665,Resolution 1665,UBTVQH,2025-06-16,2025-07-01,",
      "nq-1680,1680/NQ-UBTVQH15,Nghị quyết 1680,Resolution 1680,UBTVQH,2025-06-16,2025-07-01,",
      "nq-1684,1684/NQ-UBTVQH15,Nghị quyết 1684,Resolution 1684,UBTVQH,2025-06-16,2025-07-01,",
    ].join("\n"),
  };
}

/**
 * A data/ folder: the committed admin facts and districts_context.csv, release.json, and the figure
 * files above with `overrides` (file name, e.g. "observations.csv" or "admin/districts_focus.csv",
 * -> whole content) applied.
 */
export function createDataDir(overrides: Record<string, string | Uint8Array> = {}): string {
  const dir = tempDir("data");
  cpSync(join(REPO_DATA, "admin"), join(dir, "admin"), { recursive: true });
  cpSync(join(REPO_DATA, "districts_context.csv"), join(dir, "districts_context.csv"));
  writeFileSync(join(dir, "release.json"), JSON.stringify({ dataVersion: "test-1", dataAsOf: "2026-01-02" }));
  // Text gets the final line break an editor adds; bytes (other encodings) are written as given.
  for (const [name, content] of Object.entries({ ...figureCsvs(), ...overrides })) writeFileSync(join(dir, name), typeof content === "string" ? `${content}\n` : content);
  return dir;
}

type Row = Record<string, string>;
const readRows = (path: string): Row[] => parse(readFileSync(path, "utf8"), { columns: true, bom: true }) as Row[];

/**
 * A closed square ring, counter-clockwise, `size` degrees wide, at column/row of a grid starting
 * at (x0, y0), its corners rounded to 1e-3° so neighbours share vertices exactly.
 */
function square(col: number, row: number, x0: number, y0: number, size = 0.1): number[][] {
  const x = (c: number) => Math.round((x0 + c * size) * 1000) / 1000;
  const y = (r: number) => Math.round((y0 + r * size) * 1000) / 1000;
  return [
    [x(col), y(row)],
    [x(col + 1), y(row)],
    [x(col + 1), y(row + 1)],
    [x(col), y(row + 1)],
    [x(col), y(row)],
  ];
}

function collection(features: { props: Row; ring: number[][] }[]): string {
  return JSON.stringify({
    type: "FeatureCollection",
    features: features.map((f) => ({ type: "Feature", properties: f.props, geometry: { type: "Polygon", coordinates: [f.ring] } })),
  });
}

/**
 * Synthetic boundaries with the real joins: 63 province squares by ISO code plus a separate
 * "Côn Đảo" square sharing VN-43 (as in geoBoundaries), and one square per drawn district by name.
 */
export function createBoundariesDir(dataDir: string): string {
  const dir = tempDir("boundaries");
  const provinces = readRows(join(dataDir, "admin/provinces_2025_merger.csv"));
  const adm1 = provinces.map((p, i) => ({ props: { shapeName: p.old_name_vi ?? "", shapeISO: p.old_iso_3166_2 ?? "" }, ring: square(i % 8, Math.floor(i / 8), 100, 10) }));
  adm1.push({ props: { shapeName: "Côn Đảo", shapeISO: "VN-43" }, ring: square(0, 0, 110, 8) });
  // Each district is a small square inside its own province's square (5 × 5 per province), as
  // the pipeline checks that a district lies in its province.
  const corner = new Map(provinces.map((p, i) => [p.old_gso_code ?? "", [100 + (i % 8) / 10, 10 + Math.floor(i / 8) / 10] as const]));
  const focus = readRows(join(dataDir, "admin/districts_focus.csv")).map((d) => ({ name: shortAscii(d.name_ascii ?? ""), parent: d.province_before_code ?? "" }));
  const contextPath = join(dataDir, "districts_context.csv");
  const context = existsSync(contextPath)
    ? readRows(contextPath).filter((d) => (d.boundary_name ?? "") !== "").map((d) => ({ name: d.boundary_name ?? "", parent: d.province_code ?? "" }))
    : [];
  const used = new Map<string, number>();
  const adm2 = [...focus, ...context].map(({ name, parent }) => {
    const k = used.get(parent) ?? 0;
    used.set(parent, k + 1);
    const [x0, y0] = corner.get(parent) ?? [104, 20];
    return { props: { shapeName: name, shapeISO: "" }, ring: square(k % 5, Math.floor(k / 5), x0, y0, 0.02) };
  });
  // The portal's files: one square per new province (by name, as the portal writes it, away from
  // the old squares), and in each focus province one small square per focus commune plus one
  // commune that is context only.
  const newProvinces = [...new Map(provinces.map((p) => [p.new_gso_code ?? "", p.new_name_vi ?? ""])).entries()];
  const bandoProvinces = newProvinces.map(([, name], i) => ({ props: { a01_ten: name.replace(/^Thành phố Hà Nội$/, "Thủ đô Hà Nội") }, ring: square(i % 8, Math.floor(i / 8), 120, 10) }));
  const predecessors = new Map<string, string[]>();
  for (const x of readRows(join(dataDir, "admin/communes_focus_crosswalk.csv"))) predecessors.set(x.new_unit_gso_code ?? "", [...(predecessors.get(x.new_unit_gso_code ?? "") ?? []), x.old_unit_name_vi ?? ""]);
  const communeFiles = new Map<string, { props: Row; ring: number[][] }[]>();
  const focusCommunes = readRows(join(dataDir, "admin/communes_focus.csv"));
  for (const [k, c] of focusCommunes.entries()) {
    const code = c.new_province_code ?? "";
    const at = newProvinces.findIndex(([p]) => p === code);
    const list = communeFiles.get(code) ?? [{ props: { a03_ten: "Xã Ngữ Cảnh", a04_tentinh: c.new_province_vi ?? "", a05_truocsn: "giữ nguyên" }, ring: square(9, 9, 120 + (at % 8) / 10, 10 + Math.floor(at / 8) / 10, 0.01) }];
    list.push({ props: { a03_ten: c.new_unit_name_vi ?? "", a04_tentinh: c.new_province_vi ?? "", a05_truocsn: (predecessors.get(c.new_unit_gso_code ?? "") ?? []).join(", ") }, ring: square(k % 9, Math.floor(k / 9), 120 + (at % 8) / 10, 10 + Math.floor(at / 8) / 10, 0.01) });
    communeFiles.set(code, list);
  }
  const bandoFiles = [[BANDO_PROVINCES_FILE, bandoProvinces], ...[...communeFiles.entries()].map(([code, list]) => [`${BANDO_DIR}/communes_p${code}_sapnhap.geojson`, list] as const)] as const;
  for (const [file, features] of [
    [ADM1_FILE, adm1],
    [ADM2_FILE, adm2],
    ...bandoFiles,
  ] as const) {
    mkdirSync(join(dir, file, ".."), { recursive: true });
    writeFileSync(join(dir, file), collection(features));
  }
  return dir;
}

/**
 * An output folder that already holds a previous build (a manifest of this pipeline listing its
 * files), to prove a failed run leaves it alone.
 */
export function createPreviousOutput(): { dir: string; files: Record<string, string> } {
  const dir = join(tempDir("out"), "data");
  mkdirSync(dir);
  const units = '{"old":1}\n';
  const manifest = `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, previous: true, files: [{ path: "units.json", role: "units" }] })}\n`;
  const files = { "manifest.json": manifest, "units.json": units };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return { dir, files };
}
