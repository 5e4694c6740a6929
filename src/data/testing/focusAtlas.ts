/**
 * A small atlas for the explore views' unit tests: the Quảng Bình focus area before and after
 * 1 July 2025, with the figures and phases the real data has there. A function, so each test
 * gets its own copy.
 */
import { buildAtlasIndex, type AtlasIndex } from "../atlas";
import type { AreaGroup, CrosswalkLink, Observation, Phase, Unit, UnitId } from "../../schema";

function unit(id: UnitId, level: Unit["level"], type: Unit["type"], nameVi: string, shortVi: string, nameEn: string, parent: UnitId | null): Unit {
  const [vintage, code] = id.split(":") as [Unit["vintage"], string];
  return {
    id, vintage, code, level, type, nameVi, shortVi, nameEn, parent,
    validFrom: null, validTo: null, hasGeometry: level !== "commune", areaKm2: [], population: [],
  };
}

export function observation(overrides: Partial<Observation> & Pick<Observation, "id">): Observation {
  return {
    indicatorId: "cases_supported",
    value: 1,
    qualifier: "exact",
    periodBasis: "stated",
    areaBasis: "stated",
    inconsistentWith: [],
    periodStart: "2023",
    periodEnd: "2025",
    reportedOn: null,
    area: { kind: "unit", unit: "pre2025:455" },
    programmeId: "tmsv",
    phaseId: null,
    partnerIds: [],
    sourceId: "thoidai-tmsv3",
    quote: "…",
    quoteLang: "vi",
    ...overrides,
  };
}

export function createTestAtlas(extra: { observations?: Observation[]; phases?: Phase[]; groups?: AreaGroup[] } = {}): AtlasIndex {
  const units: Unit[] = [
    unit("pre2025:44", "province", "tinh", "Tỉnh Quảng Bình", "Quảng Bình", "Quang Binh Province", null),
    unit("pre2025:45", "province", "tinh", "Tỉnh Quảng Trị", "Quảng Trị", "Quang Tri Province", null),
    unit("pre2025:42", "province", "tinh", "Tỉnh Hà Tĩnh", "Hà Tĩnh", "Ha Tinh Province", null),
    unit("pre2025:450", "district", "thanh_pho", "Thành phố Đồng Hới", "Đồng Hới", "Dong Hoi City", "pre2025:44"),
    unit("pre2025:455", "district", "huyen", "Huyện Bố Trạch", "Bố Trạch", "Bo Trach District", "pre2025:44"),
    unit("pre2025:19000", "commune", "phuong", "Phường Hải Thành", "Hải Thành", "Hai Thanh Ward", "pre2025:450"),
    unit("pre2025:19111", "commune", "thi_tran", "Thị trấn Hoàn Lão", "Hoàn Lão", "Hoan Lao Township", "pre2025:455"),
    unit("post2025:44", "province", "tinh", "Tỉnh Quảng Trị", "Quảng Trị", "Quang Tri Province", null),
    unit("post2025:42", "province", "tinh", "Tỉnh Hà Tĩnh", "Hà Tĩnh", "Ha Tinh Province", null),
    unit("post2025:19001", "commune", "phuong", "Phường Đồng Hới", "Đồng Hới", "Dong Hoi Ward", "post2025:44"),
    unit("post2025:19002", "commune", "phuong", "Phường Đồng Thuận", "Đồng Thuận", "Dong Thuan Ward", "post2025:44"),
    unit("post2025:19111", "commune", "xa", "Xã Hoàn Lão", "Hoàn Lão", "Hoan Lao Commune", "post2025:44"),
  ];
  const links: CrosswalkLink[] = [
    { from: "pre2025:44", to: ["post2025:44"], relation: "whole", legalActId: "res-202-2025-qh15" },
    { from: "pre2025:45", to: ["post2025:44"], relation: "whole", legalActId: "res-202-2025-qh15" },
    { from: "pre2025:42", to: ["post2025:42"], relation: "whole", legalActId: "res-202-2025-qh15" },
    { from: "pre2025:450", to: ["post2025:19001", "post2025:19002"], relation: "split", legalActId: "nq-1680-2025" },
    { from: "pre2025:455", to: ["post2025:19111"], relation: "split", legalActId: "nq-1680-2025" },
    { from: "pre2025:19000", to: ["post2025:19001"], relation: "whole", legalActId: "nq-1680-2025" },
    { from: "pre2025:19111", to: ["post2025:19111"], relation: "whole", legalActId: "nq-1680-2025" },
  ];
  const phases: Phase[] = extra.phases ?? [
    {
      id: "tmsv3", programmeId: "tmsv", nameVi: "TMSV3 (pha 3)", nameEn: "TMSV3 (phase 3)", start: "2023-08", end: "2025-08",
      areas: [{ kind: "unit", unit: "pre2025:455" }, { kind: "unit", unit: "pre2025:450" }], sourceIds: ["thoidai-tmsv3"],
    },
    {
      id: "wv-qb", programmeId: "tmsv", nameVi: "World Vision tại Quảng Bình", nameEn: "World Vision in Quảng Bình", start: "2019", end: "2022",
      areas: [{ kind: "unit", unit: "pre2025:44" }], sourceIds: ["baoquangtri-2025-08"],
    },
    {
      id: "iom-ht", programmeId: "tmsv", nameVi: "IOM tại Hà Tĩnh", nameEn: "IOM in Hà Tĩnh", start: "2023", end: "2025",
      areas: [{ kind: "unit", unit: "pre2025:42" }], sourceIds: ["baohatinh"],
    },
  ];
  const observations: Observation[] = extra.observations ?? [
    observation({ id: "bt-dh-thoidai", value: 140, area: { kind: "group", group: "bo-trach-dong-hoi" }, sameAs: "bt-dh-cases", partnerIds: ["world-vision", "iom"] }),
    observation({ id: "bt-dh-bqt", value: 135, area: { kind: "group", group: "bo-trach-dong-hoi" }, sameAs: "bt-dh-cases", sourceId: "baoquangtri-2025-08", quoteLang: "fr", partnerIds: ["hagar"] }),
    observation({ id: "qb-models", indicatorId: "business_models_supported", value: 22, area: { kind: "unit", unit: "pre2025:44" }, partnerIds: ["iom"] }),
    observation({ id: "ht-models", indicatorId: "business_models_supported", value: 11, area: { kind: "unit", unit: "pre2025:42" } }),
  ];
  return buildAtlasIndex(
    {
      schemaVersion: 1,
      units,
      groups: [
        { id: "bo-trach-dong-hoi", vintage: "pre2025", nameVi: "Bố Trạch + Đồng Hới", nameEn: "Bố Trạch + Đồng Hới", members: ["pre2025:455", "pre2025:450"] },
        ...(extra.groups ?? []),
      ],
    },
    {
      schemaVersion: 1,
      sources: [
        { id: "thoidai-tmsv3", publisher: "Thời Đại", title: "TMSV3", language: "vi", publishedOn: "2025", url: "https://thoidai.com.vn/x" },
        { id: "baoquangtri-2025-08", publisher: "Báo Quảng Trị", title: "Chia sẻ kinh nghiệm", language: "fr", publishedOn: "2025-08", url: "" },
      ],
      indicators: [
        {
          id: "cases_supported", nameVi: "Trường hợp được hỗ trợ", nameEn: "Cases supported", unitVi: "trường hợp", unitEn: "cases",
          kind: "count", additive: true, definitionVi: "…", definitionEn: "…",
        },
        {
          id: "business_models_supported", nameVi: "Mô hình được hỗ trợ", nameEn: "Business models supported", unitVi: "mô hình", unitEn: "models",
          kind: "count", additive: true, definitionVi: "…", definitionEn: "…",
        },
      ],
      organisations: [
        { id: "world-vision", nameVi: "Tầm nhìn Thế giới", nameEn: "World Vision", aliases: [] },
        { id: "iom", nameVi: "IOM", nameEn: "IOM", aliases: [] },
        { id: "hagar", nameVi: "Hagar", nameEn: "Hagar International", aliases: [] },
      ],
      programmes: [],
      phases,
      milestones: [],
      observations,
    },
    {
      schemaVersion: 1,
      legalActs: [
        { id: "res-202-2025-qh15", number: "202/2025/QH15", titleVi: "…", titleEn: "…", issuer: "Quốc hội", adoptedOn: "2025-06-12", url: "" },
        { id: "nq-1680-2025", number: "1680/NQ-UBTVQH15", titleVi: "…", titleEn: "…", issuer: "UBTVQH", adoptedOn: "2025-06-16", url: "" },
      ],
      links,
    },
  );
}
