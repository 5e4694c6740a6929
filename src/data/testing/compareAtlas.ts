/**
 * A small, fresh atlas for the compare tests: real codes and names for the Quảng Bình,
 * Hà Tĩnh and Tuyên Quang cases, plus ONE invented province ("99", marked as such) that is split
 * between two new provinces, because the 2025 reorganisation has no real case of that and the
 * rule "a split unit's figures are never divided" must still be tested. Figures are invented
 * test values, not the programme's. A create function, so no test shares mutable state.
 */
import type { CrosswalkFile, FiguresFile, Observation, Unit, UnitId, UnitsFile } from "../../schema";
import { SCHEMA_VERSION } from "../../schema";

type UnitSpec = [id: UnitId, level: Unit["level"], type: Unit["type"], nameVi: string, parent: UnitId | null];

const UNIT_SPECS: UnitSpec[] = [
  ["pre2025:42", "province", "tinh", "Tỉnh Hà Tĩnh", null],
  ["pre2025:44", "province", "tinh", "Tỉnh Quảng Bình", null],
  ["pre2025:45", "province", "tinh", "Tỉnh Quảng Trị", null],
  ["pre2025:08", "province", "tinh", "Tỉnh Tuyên Quang", null],
  ["pre2025:02", "province", "tinh", "Tỉnh Hà Giang", null],
  ["pre2025:99", "province", "tinh", "Tỉnh Thử Nghiệm", null],
  ["pre2025:450", "district", "thanh_pho", "Thành phố Đồng Hới", "pre2025:44"],
  ["pre2025:455", "district", "huyen", "Huyện Bố Trạch", "pre2025:44"],
  ["pre2025:442", "district", "huyen", "Huyện Nghi Xuân", "pre2025:42"],
  ["pre2025:437", "district", "thi_xa", "Thị xã Hồng Lĩnh", "pre2025:42"],
  ["pre2025:074", "district", "huyen", "Huyện Hàm Yên", "pre2025:08"],
  ["pre2025:446", "district", "huyen", "Huyện Hương Sơn", "pre2025:42"],
  ["pre2025:18853", "commune", "phuong", "Phường Hải Thành", "pre2025:450"],
  ["pre2025:18859", "commune", "phuong", "Phường Bắc Lý", "pre2025:450"],
  ["pre2025:18871", "commune", "phuong", "Phường Đồng Sơn", "pre2025:450"],
  ["pre2025:18400", "commune", "xa", "Xã Xuân Lam", "pre2025:442"],
  ["pre2025:18352", "commune", "thi_tran", "Thị trấn Xuân An", "pre2025:442"],
  ["pre2025:18115", "commune", "phuong", "Phường Bắc Hồng", "pre2025:437"],
  ["pre2025:02386", "commune", "xa", "Xã Yên Lâm", "pre2025:074"],
  ["pre2025:02398", "commune", "xa", "Xã Yên Phú", "pre2025:074"],
  ["pre2025:02377", "commune", "xa", "Xã Yên Thuận", "pre2025:074"],
  ["post2025:42", "province", "tinh", "Tỉnh Hà Tĩnh", null],
  ["post2025:44", "province", "tinh", "Tỉnh Quảng Trị", null],
  ["post2025:08", "province", "tinh", "Tỉnh Tuyên Quang", null],
  ["post2025:18880", "commune", "phuong", "Phường Đồng Hới", "post2025:44"],
  ["post2025:18859", "commune", "phuong", "Phường Đồng Thuận", "post2025:44"],
  ["post2025:18871", "commune", "phuong", "Phường Đồng Sơn", "post2025:44"],
  ["post2025:19141", "commune", "xa", "Xã Bố Trạch", "post2025:44"],
  ["post2025:19111", "commune", "xa", "Xã Hoàn Lão", "post2025:44"],
  ["post2025:18115", "commune", "phuong", "Phường Bắc Hồng Lĩnh", "post2025:42"],
  ["post2025:18118", "commune", "phuong", "Phường Nam Hồng Lĩnh", "post2025:42"],
  ["post2025:18352", "commune", "xa", "Xã Nghi Xuân", "post2025:42"],
  ["post2025:02398", "commune", "xa", "Xã Yên Phú", "post2025:08"],
  ["post2025:02380", "commune", "xa", "Xã Bạch Xa", "post2025:08"],
];

function makeUnit([id, level, type, nameVi, parent]: UnitSpec): Unit {
  const [vintage, code = ""] = id.split(":") as [Unit["vintage"], string];
  const shortVi = nameVi.replace(/^(Tỉnh|Thành phố|Huyện|Thị xã|Thị trấn|Phường|Xã) /, "");
  return {
    id,
    vintage,
    code,
    level,
    type,
    nameVi,
    shortVi,
    nameEn: shortVi,
    parent,
    validFrom: vintage === "post2025" ? "2025-07-01" : null,
    validTo: vintage === "pre2025" ? "2025-06-30" : null,
    hasGeometry: level !== "commune",
    areaKm2: [],
    population: [],
  };
}

export function createMiniUnits(): UnitsFile {
  const units = UNIT_SPECS.map(makeUnit);
  const dongHoi = units.find((u) => u.id === "pre2025:450");
  if (dongHoi) {
    dongHoi.areaKm2 = [
      { value: 155.87, source: "vi.wikipedia Đồng Hới infobox", conflict: true },
      { value: 155.55, source: "Niên giám thống kê 2006", conflict: true },
    ];
    dongHoi.population = [{ value: 136078, asOf: "2020-12-31", source: "vi.wikipedia Đồng Hới infobox", conflict: false }];
    dongHoi.adminCentre = "Thành phố Đồng Hới";
  }
  const quangTri = units.find((u) => u.id === "post2025:44");
  if (quangTri) {
    // The two published areas of the new province: the resolution's, and the proposals' "more than 12,699".
    quangTri.areaKm2 = [
      { value: 12700, source: "Resolution 202/2025/QH15", conflict: true },
      { value: 12699, qualifier: "at_least", asOf: "2025-04", source: "Provincial proposals", conflict: true },
    ];
  }
  const wardDongHoi = units.find((u) => u.id === "post2025:18880");
  if (wardDongHoi) {
    wardDongHoi.areaKm2 = [{ value: 41.35, source: "sapnhap.bando.com.vn", conflict: false }];
    wardDongHoi.adminCentre = "UBND TP Đồng Hới (cũ)";
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    units,
    groups: [
      { id: "bo-trach-dong-hoi", vintage: "pre2025", nameVi: "Bố Trạch + Đồng Hới", nameEn: "Bố Trạch + Đồng Hới", members: ["pre2025:455", "pre2025:450"] },
      { id: "nghi-xuan-dong-hoi", vintage: "pre2025", nameVi: "Nghi Xuân + Đồng Hới", nameEn: "Nghi Xuân + Đồng Hới", members: ["pre2025:442", "pre2025:450"] },
      { id: "yen-lam-yen-phu", vintage: "pre2025", nameVi: "Yên Lâm + Yên Phú", nameEn: "Yên Lâm + Yên Phú", members: ["pre2025:02386", "pre2025:02398"] },
    ],
  };
}

type LinkSpec = [from: UnitId, to: UnitId[], relation: "whole" | "split", act: string, clause?: string];

const LINK_SPECS: LinkSpec[] = [
  ["pre2025:42", ["post2025:42"], "whole", "res-202-2025-qh15"],
  ["pre2025:44", ["post2025:44"], "whole", "res-202-2025-qh15", "Art.1 cl.12"],
  ["pre2025:45", ["post2025:44"], "whole", "res-202-2025-qh15", "Art.1 cl.12"],
  ["pre2025:08", ["post2025:08"], "whole", "res-202-2025-qh15"],
  ["pre2025:02", ["post2025:08"], "whole", "res-202-2025-qh15"],
  ["pre2025:99", ["post2025:42", "post2025:44"], "split", "res-202-2025-qh15"],
  ["pre2025:450", ["post2025:18880", "post2025:18859", "post2025:18871"], "split", "nq-1680-2025"],
  ["pre2025:455", ["post2025:19141", "post2025:19111"], "split", "nq-1680-2025"],
  ["pre2025:442", ["post2025:18115", "post2025:18352"], "split", "nq-1665-2025"],
  ["pre2025:437", ["post2025:18115", "post2025:18118"], "split", "nq-1665-2025"],
  ["pre2025:074", ["post2025:02398", "post2025:02380"], "split", "nq-1684-2025"],
  ["pre2025:18853", ["post2025:18880"], "whole", "nq-1680-2025", "Art.1 cl.69"],
  ["pre2025:18859", ["post2025:18859"], "whole", "nq-1680-2025", "Art.1 cl.70"],
  ["pre2025:18871", ["post2025:18871"], "whole", "nq-1680-2025", "Art.1 cl.71"],
  ["pre2025:18400", ["post2025:18115"], "whole", "nq-1665-2025", "Art.1 cl.66"],
  ["pre2025:18115", ["post2025:18115"], "whole", "nq-1665-2025", "Art.1 cl.66"],
  ["pre2025:18352", ["post2025:18352"], "whole", "nq-1665-2025", "Art.1 cl.34"],
  ["pre2025:02386", ["post2025:02398"], "whole", "nq-1684-2025", "Art.1 cl.19"],
  ["pre2025:02398", ["post2025:02398"], "whole", "nq-1684-2025", "Art.1 cl.19"],
  ["pre2025:02377", ["post2025:02380"], "whole", "nq-1684-2025", "Art.1 cl.20"],
];

const ACTS: [id: string, number: string][] = [
  ["res-202-2025-qh15", "202/2025/QH15"],
  ["nq-1665-2025", "1665/NQ-UBTVQH15"],
  ["nq-1680-2025", "1680/NQ-UBTVQH15"],
  ["nq-1684-2025", "1684/NQ-UBTVQH15"],
];

export function createMiniCrosswalk(): CrosswalkFile {
  return {
    schemaVersion: SCHEMA_VERSION,
    legalActs: ACTS.map(([id, number]) => ({
      id,
      number,
      titleVi: `Nghị quyết ${number}`,
      titleEn: `Resolution ${number}`,
      issuer: "Quốc hội",
      adoptedOn: id === "res-202-2025-qh15" ? "2025-06-12" : "2025-06-16",
      operativeFrom: "2025-07-01",
      url: "",
    })),
    links: LINK_SPECS.map(([from, to, relation, legalActId, clause]) => ({
      from,
      to,
      relation,
      legalActId,
      ...(clause === undefined ? {} : { clause, text: `Văn bản ${clause}` }),
    })),
  };
}

type ObsSpec = [id: string, indicatorId: string, value: number, area: Observation["area"], sameAs?: string];

const OBS_SPECS: ObsSpec[] = [
  ["bt-dh-a", "cases", 135, { kind: "group", group: "bo-trach-dong-hoi" }, "bt-dh-cases"],
  ["bt-dh-b", "cases", 140, { kind: "group", group: "bo-trach-dong-hoi" }, "bt-dh-cases"],
  ["qb-province", "cases", 22, { kind: "unit", unit: "pre2025:44" }],
  ["ham-yen", "cases", 9, { kind: "unit", unit: "pre2025:074" }],
  ["nx-dh", "cases", 7, { kind: "group", group: "nghi-xuan-dong-hoi" }],
  ["split-province", "cases", 4, { kind: "unit", unit: "pre2025:99" }],
  ["xuan-lam", "cases", 3, { kind: "unit", unit: "pre2025:18400" }],
  ["yl-yp", "cases", 2, { kind: "group", group: "yen-lam-yen-phu" }],
  ["dong-hoi", "cases", 1, { kind: "unit", unit: "pre2025:450" }],
  ["huong-son", "cases", 6, { kind: "unit", unit: "pre2025:446" }],
  ["new-quang-tri", "cases", 10, { kind: "unit", unit: "post2025:44" }],
  ["provinces-a", "provinces", 5, { kind: "group", group: "bo-trach-dong-hoi" }],
];

export function createMiniFigures(): FiguresFile {
  return {
    schemaVersion: SCHEMA_VERSION,
    sources: [{ id: "test-source", publisher: "Test", title: "Test figures", language: "en", publishedOn: "2025", url: "" }],
    indicators: [
      { id: "cases", nameVi: "Trường hợp", nameEn: "Cases", unitVi: "trường hợp", unitEn: "cases", kind: "count", additive: true, definitionVi: "x", definitionEn: "x" },
      { id: "provinces", nameVi: "Tỉnh", nameEn: "Provinces", unitVi: "tỉnh", unitEn: "provinces", kind: "count", additive: false, definitionVi: "x", definitionEn: "x" },
    ],
    organisations: [],
    programmes: [{ id: "tmsv", nameVi: "TMSV", nameEn: "TMSV" }],
    phases: [],
    milestones: [],
    observations: OBS_SPECS.map(([id, indicatorId, value, area, sameAs]) => ({
      id,
      indicatorId,
      value,
      qualifier: "exact",
      periodBasis: "stated",
      areaBasis: "stated",
      inconsistentWith: [],
      periodStart: "2023",
      periodEnd: "2025",
      reportedOn: null,
      area,
      programmeId: "tmsv",
      phaseId: null,
      partnerIds: [],
      sourceId: "test-source",
      quote: "test",
      quoteLang: "en",
      ...(sameAs === undefined ? {} : { sameAs }),
    })),
  };
}
