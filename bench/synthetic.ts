/**
 * SYNTHETIC data for benchmarks and scale tests only. Never written to public/data, never
 * shown in the app: every record says so (programme, source and note are labelled SYNTHETIC).
 *
 * Shape: national scale as planned — the 708 pre-2025 districts and the post-2025 communes (3,321),
 * each × 72 months × 12 indicators — so that the loader, validator and selectors can be measured
 * at the size the product must reach. Fixed seed: every run measures the same data.
 */
import {
  SCHEMA_VERSION,
  type FiguresFile,
  type Indicator,
  type Observation,
  type Unit,
  type UnitsFile,
} from "../src/schema/index";
// The random walk's generator (mulberry32): every run measures the same data.
import { createRandom } from "../test/e2e/monkey";

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

export function syntheticFigures(size: SyntheticSize, seed = 42): FiguresFile {
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
  const observations: Observation[] = [];
  forEachSyntheticFigure(
    size,
    (unit, a, period, i, value) => {
      observations.push({
        id: `s-${a}-${period}-${i}`,
        indicatorId: `synthetic_${i + 1}`,
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
      });
    },
    seed,
  );
  return {
    schemaVersion: SCHEMA_VERSION,
    sources: [{ id: "synthetic", publisher: LABEL, title: LABEL, language: "en", publishedOn: null, url: "" }],
    indicators,
    organisations: [],
    programmes: [{ id: "synthetic", nameVi: LABEL, nameEn: LABEL }],
    phases: [],
    milestones: [],
    observations,
  };
}
