/**
 * SYNTHETIC data for benchmarks and scale tests only. Never written to public/data, never
 * shown in the app: every record says so (programme, source and note are labelled SYNTHETIC).
 *
 * Shape: national scale as planned — the 708 pre-2025 districts and the post-2025 communes (3,321),
 * each × 72 months × 12 indicators — so that the loader, validator and selectors can be measured
 * at the size the product must reach. Fixed seed: every run measures the same data.
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import {
  SCHEMA_VERSION,
  type FiguresFile,
  type Indicator,
  type Observation,
  type Unit,
  type UnitsFile,
} from "../src/schema/index";
// The random walk's generator (mulberry32): every run measures the same data.
import { createRandom } from "../src/model/random";

export interface SyntheticSize {
  districts: number;
  /** Post-2025 communes (under 34 synthetic provinces); 0 for none. */
  communes: number;
  months: number;
  indicators: number;
}

export const NATIONAL_SCALE: SyntheticSize = { districts: 708, communes: 3321, months: 72, indicators: 12 };
/** For --smoke: the same shapes, tiny. */
export const SMOKE_SCALE: SyntheticSize = { districts: 12, communes: 30, months: 6, indicators: 3 };

export const LABEL = "SYNTHETIC — benchmark data, not real";


function month(start: number, offset: number): string {
  const y = Math.floor((start + offset) / 12);
  const m = ((start + offset) % 12) + 1;
  return `${y}-${String(m).padStart(2, "0")}`;
}

/** A unit with no area or population: only what the selectors read. Drawn (hasGeometry), as the map would. */
function syntheticUnit(vintage: "pre2025" | "post2025", code: string, level: "province" | "district" | "commune", n: number, parent: Unit["parent"]): Unit {
  const province = level === "province";
  const type = province ? "tinh" : level === "district" ? "huyen" : "xa";
  const word = province ? "Tỉnh" : level === "district" ? "Huyện" : "Xã";
  return {
    id: `${vintage}:${code}`,
    vintage,
    code,
    level,
    type,
    nameVi: `${word} tổng hợp ${n}`,
    shortVi: `Tổng hợp ${n}`,
    nameEn: `Synthetic ${level} ${n}`,
    parent,
    validFrom: vintage === "post2025" ? "2025-07-01" : null,
    validTo: vintage === "post2025" ? null : "2025-06-30",
    hasGeometry: true,
    areaKm2: [],
    population: [],
    note: LABEL,
  };
}

/** Unit ids of the synthetic areas that carry figures: districts first, then communes. */
export function districtId(d: number): string {
  return `pre2025:${String(100 + d).padStart(3, "0")}`;
}
export function communeId(c: number): string {
  return `post2025:${String(10000 + c).padStart(5, "0")}`;
}

export function syntheticUnits(size: SyntheticSize): UnitsFile {
  const provinces = Array.from({ length: 63 }, (_, p) => syntheticUnit("pre2025", String(p + 1).padStart(2, "0"), "province", p + 1, null));
  const districts = Array.from({ length: size.districts }, (_, d) =>
    syntheticUnit("pre2025", districtId(d).slice(8), "district", d + 1, provinces[d % 63]!.id),
  );
  const newProvinces = Array.from({ length: 34 }, (_, p) => syntheticUnit("post2025", String(p + 1).padStart(2, "0"), "province", p + 1, null));
  const communes = Array.from({ length: size.communes }, (_, c) =>
    syntheticUnit("post2025", communeId(c).slice(9), "commune", c + 1, newProvinces[c % 34]!.id),
  );
  return { schemaVersion: SCHEMA_VERSION, units: [...provinces, ...districts, ...newProvinces, ...communes], groups: [] };
}

/** Calls `each` for every synthetic figure in a fixed order: area, month, indicator (districts, then communes). */
export function forEachSyntheticFigure(
  size: SyntheticSize,
  each: (unit: string, n: number, period: string, indicator: number, value: number) => void,
  seed = 42,
): void {
  const rand = createRandom(seed);
  const start = 2019 * 12; // January 2019
  const areas = size.districts + size.communes;
  for (let a = 0; a < areas; a++) {
    const unit = a < size.districts ? districtId(a) : communeId(a - size.districts);
    for (let m = 0; m < size.months; m++) {
      const period = month(start, m);
      for (let i = 0; i < size.indicators; i++) each(unit, a, period, i, Math.floor(rand() * 500));
    }
  }
}

/** One synthetic figure, as syntheticFigures lists it (forEachSyntheticFigure's arguments). */
export function syntheticObservation(unit: string, n: number, period: string, indicator: number, value: number): Observation {
  return {
    id: `s-${n}-${period}-${indicator}`,
    indicatorId: `synthetic_${indicator + 1}`,
    value,
    qualifier: "exact",
    periodBasis: "stated",
    areaBasis: "stated",
    inconsistentWith: [],
    periodStart: period,
    periodEnd: period,
    reportedOn: null,
    area: { kind: "unit", unit },
    programmeId: "synthetic",
    phaseId: null,
    partnerIds: [],
    sourceId: "synthetic",
    quote: LABEL,
    quoteLang: "en",
  };
}

/** The figures file without its figures: the synthetic source, indicators and programme. */
export function syntheticFigureMetadata(size: SyntheticSize): FiguresFile {
  const indicators: Indicator[] = Array.from({ length: size.indicators }, (_, i) => ({
    id: `synthetic_${i + 1}`,
    nameVi: `Chỉ số tổng hợp ${i + 1}`,
    nameEn: `Synthetic indicator ${i + 1}`,
    unitVi: "người",
    unitEn: "people",
    kind: "count",
    additive: true,
    definitionVi: LABEL,
    definitionEn: LABEL,
  }));
  return {
    schemaVersion: SCHEMA_VERSION,
    sources: [{ id: "synthetic", publisher: LABEL, title: LABEL, language: "en", publishedOn: null, url: "" }],
    indicators,
    organisations: [],
    programmes: [{ id: "synthetic", nameVi: LABEL, nameEn: LABEL }],
    phases: [],
    milestones: [],
    observations: [],
  };
}

export function syntheticFigures(size: SyntheticSize, seed = 42): FiguresFile {
  const observations: Observation[] = [];
  forEachSyntheticFigure(size, (unit, a, period, i, value) => observations.push(syntheticObservation(unit, a, period, i, value)), seed);
  return { ...syntheticFigureMetadata(size), observations };
}

// ---------------------------------------------------------------------------------------------
// The partner CSV format (src/schema/partner.ts), for the national pipeline path.

export const PARTNER_LABEL = "SYNTHETIC benchmark partner";

/**
 * A national partner dataset: partner A reports every district and commune of `size`; partner B
 * (headers in Vietnamese, periods as ranges of days, an address for each source) reports the
 * first `partnerBAreas` communes again, so that the total reaches the size the goal names
 * (6 million records) with the 72 months × 12 indicators the generator models. Two partners
 * reporting the same commune is what a national atlas sees (several programmes, one place).
 */
export interface PartnerDatasetSize extends SyntheticSize {
  partnerBAreas: number;
}

/** At least `records` records: all areas of NATIONAL_SCALE by partner A, partner B on as many communes as needed. */
export function partnerSizeFor(records: number): PartnerDatasetSize {
  const perArea = NATIONAL_SCALE.months * NATIONAL_SCALE.indicators;
  const national = (NATIONAL_SCALE.districts + NATIONAL_SCALE.communes) * perArea;
  if (records <= national) {
    const areas = Math.max(2, Math.ceil(records / perArea));
    const districts = Math.min(NATIONAL_SCALE.districts, Math.max(1, Math.round(areas * 0.18)));
    return { ...NATIONAL_SCALE, districts, communes: areas - districts, partnerBAreas: 0 };
  }
  const partnerBAreas = Math.ceil((records - national) / perArea);
  if (partnerBAreas > NATIONAL_SCALE.communes) throw new Error(`at most ${2 * national - NATIONAL_SCALE.districts * perArea} synthetic partner records`);
  return { ...NATIONAL_SCALE, partnerBAreas };
}

export function partnerRecordCount(size: PartnerDatasetSize): number {
  return (size.districts + size.communes + size.partnerBAreas) * size.months * size.indicators;
}

const EN_HEADER = "partner,area_code,area_name,vintage,period,indicator,value,source_publisher,source_date,source_url,quote,quote_lang";
const VI_HEADER = "doi_tac,ma_dia_ban,ten_dia_ban,ranh_gioi,ky,chi_so,gia_tri,nguon,ngay_nguon,dia_chi_nguon,trich_dan,ngon_ngu";

function lastDay(year: number, month: number): string {
  return String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, "0");
}

/**
 * Writes the dataset under `dir`: `submissions/*.csv` (one file per partner and province, in the
 * partner format), `units.json` (the synthetic units of both vintages) and `indicators.csv` (in the
 * format of data/indicators.csv). Streams: at most one megabyte of rows is held at a time. Every
 * record, unit and indicator says SYNTHETIC. Fixed seed. Returns the number of records written.
 */
export function writeSyntheticPartnerDataset(dir: string, size: PartnerDatasetSize, seed = 42): number {
  if (/(^|[\\/])(public[\\/]data|data)([\\/]|$)/.test(dir) && !dir.includes(".cache")) throw new Error(`synthetic data is never written to ${dir}`);
  const subDir = join(dir, "submissions");
  mkdirSync(subDir, { recursive: true });
  const units = syntheticUnits(size);
  writeFileSync(join(dir, "units.json"), `${JSON.stringify(units)}\n`);
  const indicatorRows = Array.from({ length: size.indicators }, (_, i) => `synthetic_${i + 1},"Chỉ số tổng hợp ${i + 1} (${LABEL})","Synthetic indicator ${i + 1} (${LABEL})",,người,people,,count,yes,"${LABEL}","${LABEL}"`);
  writeFileSync(join(dir, "indicators.csv"), `id,name_vi,name_en,name_fr,unit_vi,unit_en,unit_fr,kind,additive,definition_vi,definition_en\n${indicatorRows.join("\n")}\n`);
  const byId = new Map(units.units.map((u) => [u.id, u]));
  const start = 2019 * 12;
  let written = 0;
  // Areas by province of each vintage, so that each province's file is written in one go.
  const files: { name: string; partner: "A" | "B"; areas: string[] }[] = [];
  const pre = new Map<number, string[]>();
  for (let d = 0; d < size.districts; d++) pre.set(d % 63, [...(pre.get(d % 63) ?? []), districtId(d)]);
  const post = new Map<number, string[]>();
  for (let c = 0; c < size.communes; c++) post.set(c % 34, [...(post.get(c % 34) ?? []), communeId(c)]);
  const postB = new Map<number, string[]>();
  for (let c = 0; c < size.partnerBAreas; c++) postB.set(c % 34, [...(postB.get(c % 34) ?? []), communeId(c)]);
  for (const [p, areas] of [...pre].sort((a, b) => a[0] - b[0])) files.push({ name: `SYNTHETIC-A-pre2025-${String(p + 1).padStart(2, "0")}.csv`, partner: "A", areas });
  for (const [p, areas] of [...post].sort((a, b) => a[0] - b[0])) files.push({ name: `SYNTHETIC-A-post2025-${String(p + 1).padStart(2, "0")}.csv`, partner: "A", areas });
  for (const [p, areas] of [...postB].sort((a, b) => a[0] - b[0])) files.push({ name: `SYNTHETIC-B-post2025-${String(p + 1).padStart(2, "0")}.csv`, partner: "B", areas });
  files.forEach((f, fileIndex) => {
    const rand = createRandom(seed + fileIndex);
    const fd = openSync(join(subDir, f.name), "w");
    let buffer = `${f.partner === "A" ? EN_HEADER : VI_HEADER}\n`;
    const partner = `${PARTNER_LABEL} ${f.partner}`;
    f.areas.forEach((id, a) => {
      const unit = byId.get(id)!;
      // Every tenth area by its name alone (with its vintage); the others by code, with the name as a check.
      const byName = a % 10 === 9;
      const code = byName ? "" : unit.code;
      const vintage = byName || unit.level === "district" ? unit.vintage : "";
      for (let m = 0; m < size.months; m++) {
        const y = Math.floor((start + m) / 12);
        const mo = ((start + m) % 12) + 1;
        const month = `${y}-${String(mo).padStart(2, "0")}`;
        const period = f.partner === "A" ? month : `${month}-01/${month}-${lastDay(y, mo)}`;
        const next = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, "0")}`;
        const url = f.partner === "A" ? "" : `https://example.org/synthetic/${unit.parent?.slice(-2) ?? "00"}/${month}`;
        const head = `${partner},${code},${unit.nameVi},${vintage},${period},`;
        const tail = `,SYNTHETIC benchmark publisher,${next}-05,${url},SYNTHETIC — not real: report of ${unit.nameVi} for ${month},en\n`;
        for (let i = 0; i < size.indicators; i++) {
          buffer += `${head}synthetic_${i + 1},${Math.floor(rand() * 500)}${tail}`;
          written++;
        }
        if (buffer.length > 1 << 20) {
          writeSync(fd, buffer);
          buffer = "";
        }
      }
    });
    writeSync(fd, buffer);
    closeSync(fd);
  });
  return written;
}
