/**
 * Small, fresh fixtures for unit tests of anything that reads an AtlasIndex. Each call
 * builds new objects, so a test may change what it gets without touching other tests.
 *
 * The fixture is a slice of the real geography: Quảng Bình (pre2025:44) with Đồng Hới
 * (450) and Bố Trạch (455), the commune Nam Lý of Đồng Hới, a group "Bố Trạch + Đồng Hới",
 * and the new Quảng Trị (post2025:44) with phường Đồng Hới (post2025:19000, made-up code).
 */
import {
  SCHEMA_VERSION,
  type CrosswalkFile,
  type FiguresFile,
  type Observation,
  type Unit,
  type UnitsFile,
} from "../../schema";
import { buildAtlasIndex, type AtlasIndex } from "../atlas";

export function createUnit(overrides: Partial<Unit> & Pick<Unit, "id">): Unit {
  const [vintage = "pre2025", code = "00"] = overrides.id.split(":");
  return {
    vintage: vintage as Unit["vintage"],
    code,
    level: "district",
    type: "huyen",
    nameVi: `Đơn vị ${code}`,
    shortVi: code,
    nameEn: `Unit ${code}`,
    parent: null,
    validFrom: null,
    validTo: null,
    hasGeometry: true,
    areaKm2: [],
    population: [],
    ...overrides,
  };
}

export function createUnitsFile(): UnitsFile {
  return {
    schemaVersion: SCHEMA_VERSION,
    units: [
      createUnit({ id: "pre2025:44", level: "province", type: "tinh", nameVi: "Tỉnh Quảng Bình", shortVi: "Quảng Bình", nameEn: "Quang Binh Province" }),
      createUnit({ id: "pre2025:450", type: "thanh_pho", nameVi: "Thành phố Đồng Hới", shortVi: "Đồng Hới", nameEn: "Dong Hoi City", parent: "pre2025:44" }),
      createUnit({ id: "pre2025:455", nameVi: "Huyện Bố Trạch", shortVi: "Bố Trạch", nameEn: "Bo Trach District", parent: "pre2025:44" }),
      createUnit({ id: "pre2025:19111", level: "commune", type: "phuong", nameVi: "Phường Nam Lý", shortVi: "Nam Lý", nameEn: "Nam Ly Ward", parent: "pre2025:450", hasGeometry: false }),
      createUnit({ id: "post2025:44", vintage: "post2025", level: "province", type: "tinh", nameVi: "Tỉnh Quảng Trị", shortVi: "Quảng Trị", nameEn: "Quang Tri Province" }),
      createUnit({ id: "post2025:19000", vintage: "post2025", level: "commune", type: "phuong", nameVi: "Phường Đồng Hới", shortVi: "Đồng Hới", nameEn: "Dong Hoi Ward", parent: "post2025:44", hasGeometry: false }),
    ],
    groups: [
      { id: "bo-trach-dong-hoi", vintage: "pre2025", nameVi: "Bố Trạch và Đồng Hới", nameEn: "Bo Trach and Dong Hoi", members: ["pre2025:455", "pre2025:450"] },
    ],
  };
}

export function createObservation(overrides: Partial<Observation> & Pick<Observation, "id">): Observation {
  return {
    indicatorId: "trained",
    value: 10,
    qualifier: "exact",
    periodBasis: "stated",
    areaBasis: "stated",
    inconsistentWith: [],
    periodStart: "2023",
    periodEnd: "2025",
    reportedOn: "2025-06",
    area: { kind: "unit", unit: "pre2025:450" },
    programmeId: "tmsv",
    phaseId: null,
    partnerIds: [],
    sourceId: "news-a",
    quote: "Đã đào tạo nghề cho 10 người.",
    quoteLang: "vi",
    ...overrides,
  };
}

export function createFiguresFile(): FiguresFile {
  return {
    schemaVersion: SCHEMA_VERSION,
    sources: [
      { id: "news-a", publisher: "Báo A", title: "Bài A", language: "vi", publishedOn: "2025-06", url: "https://example.org/a" },
      { id: "news-b", publisher: "Báo B", title: "Bài B", language: "vi", publishedOn: null, url: "" },
    ],
    indicators: [
      { id: "unused", nameVi: "Không dùng", nameEn: "Unused", unitVi: "người", unitEn: "people", kind: "count", additive: true, definitionVi: "x", definitionEn: "x" },
      { id: "trained", nameVi: "Số người được đào tạo nghề", nameEn: "People trained", unitVi: "người", unitEn: "people", kind: "count", additive: true, definitionVi: "x", definitionEn: "x" },
      { id: "supported", nameVi: "Số nạn nhân được hỗ trợ", nameEn: "Victims supported", nameFr: "Victimes soutenues", unitVi: "người", unitEn: "people", kind: "count", additive: true, definitionVi: "x", definitionEn: "x" },
    ],
    organisations: [{ id: "partner-x", nameVi: "Tổ chức X", nameEn: "Organisation X", aliases: [] }],
    programmes: [{ id: "tmsv", nameVi: "TMSV", nameEn: "TMSV" }],
    phases: [],
    milestones: [],
    observations: [
      createObservation({ id: "o-district", area: { kind: "unit", unit: "pre2025:450" } }),
      createObservation({ id: "o-group", value: 541, qualifier: "at_least", area: { kind: "group", group: "bo-trach-dong-hoi" } }),
      createObservation({ id: "o-province", indicatorId: "supported", value: 120, area: { kind: "unit", unit: "pre2025:44" }, sameAs: "qb-supported" }),
      createObservation({ id: "o-province-b", indicatorId: "supported", value: 135, area: { kind: "unit", unit: "pre2025:44" }, sourceId: "news-b", sameAs: "qb-supported" }),
      createObservation({ id: "o-province-c", indicatorId: "supported", value: 120, area: { kind: "unit", unit: "pre2025:44" }, sourceId: "news-b", sameAs: "qb-supported" }),
      createObservation({ id: "o-bo-trach", value: 7, area: { kind: "unit", unit: "pre2025:455" } }),
    ],
  };
}

export function createCrosswalkFile(): CrosswalkFile {
  return {
    schemaVersion: SCHEMA_VERSION,
    legalActs: [
      { id: "nq-202", number: "202/2025/QH15", titleVi: "Nghị quyết 202", titleEn: "Resolution 202", issuer: "Quốc hội", adoptedOn: "2025-06-12", url: "" },
      { id: "nq-1680", number: "1680/NQ-UBTVQH15", titleVi: "Nghị quyết 1680", titleEn: "Resolution 1680", issuer: "UBTVQH", adoptedOn: "2025-06-16", url: "" },
    ],
    links: [
      { from: "pre2025:44", to: ["post2025:44"], relation: "whole", legalActId: "nq-202" },
      { from: "pre2025:450", to: ["post2025:19000", "post2025:19000"], relation: "split", legalActId: "nq-1680" },
      { from: "pre2025:19111", to: ["post2025:19000"], relation: "whole", legalActId: "nq-1680" },
    ],
  };
}

export function createAtlasIndex(): AtlasIndex {
  return buildAtlasIndex(createUnitsFile(), createFiguresFile(), createCrosswalkFile());
}
