/**
 * SYNTHETIC data for benchmarks and scale tests only. Never written to public/data, never
 * shown in the app: every record says so (programme, source and note are labelled SYNTHETIC).
 *
 * Shape: national scale as planned — 708 districts × 72 months × 12 indicators — so that the
 * loader, validator and selectors can be measured at the size the product must reach.
 */
import {
  SCHEMA_VERSION,
  type FiguresFile,
  type Indicator,
  type Observation,
  type Unit,
  type UnitsFile,
} from "../../src/schema/index";

export interface SyntheticSize {
  districts: number;
  months: number;
  indicators: number;
}

export const NATIONAL_SCALE: SyntheticSize = { districts: 708, months: 72, indicators: 12 };

const LABEL = "SYNTHETIC — benchmark data, not real";

/** A small deterministic PRNG (mulberry32), so every run measures the same data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function month(start: number, offset: number): string {
  const y = Math.floor((start + offset) / 12);
  const m = ((start + offset) % 12) + 1;
  return `${y}-${String(m).padStart(2, "0")}`;
}

/** A pre-2025 unit with no geometry and no area or population: only what the selectors read. */
function syntheticUnit(code: string, level: "province" | "district", n: number, parent: Unit["parent"]): Unit {
  const province = level === "province";
  return {
    id: `pre2025:${code}`,
    vintage: "pre2025",
    code,
    level,
    type: province ? "tinh" : "huyen",
    nameVi: `${province ? "Tỉnh" : "Huyện"} tổng hợp ${n}`,
    shortVi: `Tổng hợp ${n}`,
    nameEn: `Synthetic ${level} ${n}`,
    parent,
    validFrom: null,
    validTo: "2025-06-30",
    hasGeometry: false,
    areaKm2: [],
    population: [],
    note: LABEL,
  };
}

export function syntheticUnits(size: SyntheticSize): UnitsFile {
  const provinces = Array.from({ length: 63 }, (_, p) => syntheticUnit(String(p + 1).padStart(2, "0"), "province", p + 1, null));
  const districts = Array.from({ length: size.districts }, (_, d) =>
    syntheticUnit(String(100 + d).padStart(3, "0"), "district", d + 1, provinces[d % 63]!.id),
  );
  return { schemaVersion: SCHEMA_VERSION, units: [...provinces, ...districts], groups: [] };
}

export function syntheticFigures(size: SyntheticSize, seed = 42): FiguresFile {
  const rand = prng(seed);
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
  const start = 2019 * 12; // January 2019
  for (let d = 0; d < size.districts; d++) {
    const unit = `pre2025:${String(100 + d).padStart(3, "0")}`;
    for (let m = 0; m < size.months; m++) {
      const period = month(start, m);
      for (let i = 0; i < size.indicators; i++) {
        observations.push({
          id: `s-${d}-${m}-${i}`,
          indicatorId: `synthetic_${i + 1}`,
          value: Math.floor(rand() * 500),
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
      }
    }
  }
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
