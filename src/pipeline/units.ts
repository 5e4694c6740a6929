/**
 * Builds the administrative units of both vintages from the admin facts (data/admin/*.csv and
 * data/districts_context.csv). Only what the facts say: no figure is derived here.
 */
import { type SourcedNumber, type Unit, type UnitType, unitId } from "../schema";
import type { AdminFacts, CommuneFocusRow, MergerRow } from "./admin-rows";
import { nameEn, shortAscii, shortVi, tidyVi, unitTypeFromName, unitTypeOf } from "./names";
import type { ProblemList } from "./problems";
import { sourcedWithAlternatives } from "./sourced-numbers";
import { mergeUnitValues } from "./unit-values";

/** Last day of the 63 provinces and of the district level; first day of the new units. */
export const PRE2025_LAST_DAY = "2025-06-30";
export const POST2025_FIRST_DAY = "2025-07-01";

const LEVEL_ORDER = { province: 0, district: 1, commune: 2 } as const;

function typeOr(words: string, where: { file: string; line: number; field: string }, problems: ProblemList): UnitType {
  const t = unitTypeOf(words);
  if (t !== null) return t;
  problems.add({
    ...where,
    message: `unknown unit type "${words}"`,
    hint: "use one of tinh, thanh_pho_tw, thanh_pho, huyen, thi_xa, xa, phuong, thi_tran",
  });
  return "huyen";
}

function preProvince(row: MergerRow, problems: ProblemList): Unit {
  const type = typeOr(row.oldType, { file: row.file, line: row.line, field: "old_type" }, problems);
  return {
    id: unitId("pre2025", row.oldCode),
    vintage: "pre2025",
    code: row.oldCode,
    level: "province",
    type,
    nameVi: tidyVi(row.oldNameVi),
    shortVi: shortVi(row.oldNameVi),
    nameEn: nameEn(shortAscii(row.oldNameAscii), type),
    parent: null,
    iso3166: row.oldIso,
    validFrom: null,
    validTo: PRE2025_LAST_DAY,
    hasGeometry: true,
    areaKm2: [],
    population: [],
  };
}

/** Notes of the old rows about the new unit, each once. */
function distinctNotes(rows: MergerRow[]): string {
  return [...new Set(rows.map((r) => r.notes).filter((n) => n !== ""))].join(" ");
}

function postProvince(rows: MergerRow[], problems: ProblemList): Unit {
  const first = rows[0] as MergerRow;
  const type = typeOr(first.newType, { file: first.file, line: first.line, field: "new_type" }, problems);
  const notes = distinctNotes(rows);
  // The facts' notes say where a figure is disputed; flag it and carry the note, never pick a side.
  const areaDisputed = /km2/.test(notes);
  const popDisputed = /\bpop\b/.test(notes);
  const source = `${first.newAreaPopBasis} — ${first.sourceAreaPop}`;
  const sourced = (value: number | null, disputed: boolean): SourcedNumber[] =>
    value === null ? [] : [{ value, source, conflict: disputed, ...(disputed ? { note: notes } : {}) }];
  const centre = [first.newAdminCentre, first.newAdminCentreDetail].filter((s) => s !== "").join("; ");
  const formedFrom = rows.map((r) => tidyVi(r.oldNameVi)).join(", ");
  return {
    id: unitId("post2025", first.newCode),
    vintage: "post2025",
    code: first.newCode,
    level: "province",
    type,
    nameVi: tidyVi(first.newNameVi),
    shortVi: shortVi(first.newNameVi),
    nameEn: nameEn(shortAscii(first.newNameAscii), type),
    parent: null,
    validFrom: POST2025_FIRST_DAY,
    validTo: null,
    hasGeometry: true,
    areaKm2: sourced(first.newAreaKm2, areaDisputed),
    population: sourced(first.newPopulation, popDisputed),
    ...(first.newIsMerger ? { adminCentre: centre } : {}),
    note: [first.newIsMerger ? `Formed from ${formedFrom} (${first.legalBasis}).` : `Unchanged (${formedFrom}).`, notes]
      .filter((s) => s !== "")
      .join(" "),
  };
}

function postCommune(row: CommuneFocusRow, problems: ProblemList): Unit {
  const type = typeOr(row.type, { file: row.file, line: row.line, field: "new_unit_type" }, problems);
  const provisional = `provisional: ${row.sourceAreaPop}`;
  const disputed = row.notes.startsWith("CONFLICT");
  const centre = row.adminCentre === "" || row.adminCentre === "đang cập nhật" ? {} : { adminCentre: row.adminCentre };
  return {
    id: unitId("post2025", row.code),
    vintage: "post2025",
    code: row.code,
    level: "commune",
    type,
    nameVi: tidyVi(row.nameVi),
    shortVi: shortVi(row.nameVi),
    nameEn: nameEn(shortAscii(row.nameAscii), type),
    parent: unitId("post2025", row.province),
    validFrom: POST2025_FIRST_DAY,
    validTo: null,
    hasGeometry: false,
    areaKm2: row.areaKm2 === null ? [] : [{ value: row.areaKm2, source: "sapnhap.bando.com.vn", conflict: false, note: provisional }],
    population:
      row.population === null
        ? []
        : [{ value: row.population, source: "sapnhap.bando.com.vn", conflict: disputed, note: row.notes === "" ? provisional : `${row.notes} (${provisional})` }],
    ...centre,
    ...(row.notes !== "" ? { note: row.notes } : {}),
  };
}

/** The column of each admin file that holds a unit's own code, and its parent's. */
const CODE_COLUMN: Record<string, string> = {
  "data/admin/provinces_2025_merger.csv": "old_gso_code",
  "data/admin/districts_focus.csv": "old_district_gso_code",
  "data/admin/communes_focus.csv": "new_unit_gso_code",
  "data/admin/communes_focus_crosswalk.csv": "old_unit_gso_code",
  "data/districts_context.csv": "code",
};
const PARENT_COLUMN: Record<string, string> = {
  "data/admin/districts_focus.csv": "province_before_code",
  "data/admin/communes_focus.csv": "new_province_code",
  "data/admin/communes_focus_crosswalk.csv": "old_district_code",
  "data/districts_context.csv": "province_code",
};

export function buildUnits(facts: AdminFacts, problems: ProblemList): Unit[] {
  const units: Unit[] = [];
  for (const row of facts.provinces) units.push(preProvince(row, problems));

  const byNew = new Map<string, MergerRow[]>();
  for (const row of facts.provinces) byNew.set(row.newCode, [...(byNew.get(row.newCode) ?? []), row]);
  for (const rows of byNew.values()) units.push(postProvince(rows, problems));

  for (const d of facts.districts) {
    const type = typeOr(d.type, { file: d.file, line: d.line, field: "type" }, problems);
    const successors = new Set(facts.communes.filter((c) => c.formerDistrict === d.code).map((c) => c.code)).size;
    const unparsed = (field: string) => (item: string) =>
      problems.add({
        file: d.file,
        line: d.line,
        field,
        message: `no figure found in "${item}"`,
        hint: "start each alternative with its figure (e.g. 218 km2 (source)) and separate alternatives with ;",
      });
    units.push({
      id: unitId("pre2025", d.code),
      vintage: "pre2025",
      code: d.code,
      level: "district",
      type,
      nameVi: tidyVi(d.nameVi),
      shortVi: shortVi(d.nameVi),
      nameEn: nameEn(shortAscii(d.nameAscii), type),
      parent: unitId("pre2025", d.provinceBefore),
      validFrom: null,
      validTo: PRE2025_LAST_DAY,
      hasGeometry: true,
      areaKm2: sourcedWithAlternatives({ value: d.areaKm2, source: d.sourceArea }, d.areaAlternatives, successors, unparsed("area_alt_values_with_sources")),
      population: sourcedWithAlternatives(
        { value: d.population, source: d.sourcePopulation, ...(d.populationYear !== "" ? { asOf: d.populationYear } : {}) },
        d.populationAlternatives,
        successors,
        unparsed("population_alt_values_with_sources"),
      ),
      ...(d.notes !== "" ? { note: d.notes } : {}),
    });
  }

  for (const c of facts.context) {
    const type = typeOr(c.type, { file: c.file, line: c.line, field: "type" }, problems);
    units.push({
      id: unitId("pre2025", c.code),
      vintage: "pre2025",
      code: c.code,
      level: "district",
      type,
      nameVi: c.nameVi,
      shortVi: c.shortVi,
      nameEn: c.nameEn,
      parent: unitId("pre2025", c.province),
      validFrom: null,
      validTo: c.validTo === "" ? PRE2025_LAST_DAY : c.validTo === "unknown" ? null : c.validTo,
      hasGeometry: c.boundaryName !== "",
      areaKm2: [],
      population: [],
      ...(c.note !== "" ? { note: c.note } : {}),
    });
  }

  for (const row of facts.crosswalk) {
    const type = unitTypeFromName(row.oldNameVi);
    if (type === null) {
      problems.add({
        file: row.file,
        line: row.line,
        field: "old_unit_name_vi",
        message: `cannot tell the unit type from "${row.oldNameVi}"`,
        hint: "the name must start with Xã, Phường or Thị trấn",
      });
    }
    units.push({
      id: unitId("pre2025", row.oldCode),
      vintage: "pre2025",
      code: row.oldCode,
      level: "commune",
      type: type ?? "xa",
      nameVi: tidyVi(row.oldNameVi),
      shortVi: shortVi(row.oldNameVi),
      nameEn: nameEn(shortAscii(row.oldNameAscii), type ?? "xa"),
      parent: unitId("pre2025", row.oldDistrict),
      validFrom: null,
      validTo: PRE2025_LAST_DAY,
      hasGeometry: false,
      areaKm2: [],
      population: [],
    });
  }

  for (const c of facts.communes) units.push(postCommune(c, problems));

  checkUnits(units, facts, problems);
  // Every unit exists by now, so a row naming an id that no admin fact defines is reported as unknown.
  mergeUnitValues(units, facts.unitValues, problems);
  return units.sort(
    (a, b) => a.vintage.localeCompare(b.vintage) || LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.code.localeCompare(b.code),
  );
}

/** Every id once; every parent known. Locations point at the row that introduced the unit. */
function checkUnits(units: Unit[], facts: AdminFacts, problems: ProblemList): void {
  const where = new Map<string, { file: string; line: number }>();
  const at = (code: string, vintage: string) => where.get(`${vintage}:${code}`) ?? { file: "data/admin", line: 0 };
  facts.provinces.forEach((r) => where.set(`pre2025:${r.oldCode}`, r));
  facts.districts.forEach((r) => where.set(`pre2025:${r.code}`, r));
  facts.context.forEach((r) => where.set(`pre2025:${r.code}`, r));
  facts.crosswalk.forEach((r) => where.set(`pre2025:${r.oldCode}`, r));
  facts.communes.forEach((r) => where.set(`post2025:${r.code}`, r));

  const ids = new Set<string>();
  for (const u of units) {
    if (ids.has(u.id)) {
      const { file, line } = at(u.code, u.vintage);
      problems.add({ file, line, field: CODE_COLUMN[file] ?? "code", message: `duplicate unit ${u.id}`, hint: "each unit may appear only once; remove the repeated row" });
    }
    ids.add(u.id);
  }
  for (const u of units) {
    if (u.parent !== null && !ids.has(u.parent)) {
      const { file, line } = at(u.code, u.vintage);
      problems.add({
        file,
        line,
        field: PARENT_COLUMN[file] ?? "parent",
        message: `parent ${u.parent} of ${u.id} is not a known unit`,
        hint: "check the province or district code on this row; context districts belong in data/districts_context.csv",
      });
    }
  }
}
