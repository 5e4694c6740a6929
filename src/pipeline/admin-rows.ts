/**
 * Readers for the administrative facts: the verbatim copies in data/admin/ (never reformatted,
 * so they diff against their origin; see ../shared/data/admin/README.md) and data/districts_context.csv.
 */
import type { CsvFile, CsvRow } from "./csv";
import type { ProblemList } from "./problems";
import type { ParsedRow } from "./rows";
import type { UnitValueRow } from "./unit-values";

export const MERGER_COLUMNS = [
  "old_gso_code", "old_name_vi", "old_name_ascii", "old_type", "old_iso_3166_2", "new_gso_code", "new_name_vi",
  "new_name_ascii", "new_type", "new_unit_is_merger", "new_admin_centre", "new_admin_centre_detail", "new_area_km2",
  "new_population", "new_area_pop_basis", "legal_basis", "source_old_code_name", "source_new_code",
  "source_area_pop_units", "notes_conflicts",
] as const;

export const DISTRICTS_FOCUS_COLUMNS = [
  "old_district_gso_code", "type", "name_vi", "name_ascii", "province_before_code", "province_after_code", "area_km2",
  "source_area", "area_alt_values_with_sources", "population", "population_year", "source_population",
  "population_alt_values_with_sources", "gso_code_source", "notes",
] as const;

export const COMMUNES_FOCUS_COLUMNS = [
  "former_district_code", "new_unit_gso_code", "new_unit_type", "new_unit_name_vi", "new_unit_name_ascii",
  "new_province_code", "nasc_resolution", "resolution_clause", "resolution_text", "area_km2_sapnhap",
  "population_sapnhap", "admin_centre_sapnhap", "source_codes", "source_area_pop", "notes",
] as const;

export const CROSSWALK_COLUMNS = [
  "old_unit_gso_code", "old_unit_name_vi", "old_unit_name_ascii", "old_district_code", "new_unit_gso_code",
  "nasc_resolution", "source",
] as const;

export const CONTEXT_COLUMNS = ["code", "type", "name_vi", "short_vi", "name_en", "province_code", "boundary_name", "valid_to", "source", "note"] as const;

export interface Located {
  file: string;
  line: number;
}

export interface MergerRow extends Located {
  oldCode: string;
  oldNameVi: string;
  oldNameAscii: string;
  oldType: string;
  oldIso: string;
  newCode: string;
  newNameVi: string;
  newNameAscii: string;
  newType: string;
  newIsMerger: boolean;
  newAdminCentre: string;
  newAdminCentreDetail: string;
  newAreaKm2: number | null;
  newPopulation: number | null;
  newAreaPopBasis: string;
  legalBasis: string;
  sourceOldCodeName: string;
  sourceNewCode: string;
  sourceAreaPop: string;
  notes: string;
}

export interface DistrictFocusRow extends Located {
  code: string;
  type: string;
  nameVi: string;
  nameAscii: string;
  provinceBefore: string;
  provinceAfter: string;
  areaKm2: number | null;
  sourceArea: string;
  areaAlternatives: string;
  population: number | null;
  populationYear: string;
  sourcePopulation: string;
  populationAlternatives: string;
  codeSource: string;
  notes: string;
}

export interface CommuneFocusRow extends Located {
  formerDistrict: string;
  code: string;
  type: string;
  nameVi: string;
  nameAscii: string;
  province: string;
  resolution: string;
  clause: string;
  text: string;
  areaKm2: number | null;
  population: number | null;
  adminCentre: string;
  sourceCodes: string;
  sourceAreaPop: string;
  notes: string;
}

export interface CrosswalkRow extends Located {
  oldCode: string;
  oldNameVi: string;
  oldNameAscii: string;
  oldDistrict: string;
  newCode: string;
  resolution: string;
  source: string;
}

export interface ContextDistrictRow extends Located {
  code: string;
  type: string;
  nameVi: string;
  shortVi: string;
  nameEn: string;
  province: string;
  boundaryName: string;
  /** YYYY-MM-DD; "" = to the end of the district level (2025-06-30); "unknown" = ended earlier, date not established. */
  validTo: string;
  source: string;
  note: string;
}

export interface AdminFacts {
  provinces: MergerRow[];
  districts: DistrictFocusRow[];
  communes: CommuneFocusRow[];
  crosswalk: CrosswalkRow[];
  context: ContextDistrictRow[];
  /** data/unit_values.csv: alternatives the facts above give only in prose, added to the units' arrays. */
  unitValues: ParsedRow<UnitValueRow>[];
}

function code(row: CsvRow, file: string, column: string, digits: readonly number[], problems: ProblemList): string {
  const v = row.cells[column] ?? "";
  if (!/^\d+$/.test(v) || !digits.includes(v.length)) {
    problems.add({
      file,
      line: row.line,
      field: column,
      message: `expected a GSO code of ${digits.join(" or ")} digits (found "${v}")`,
      hint: "copy the code from the statistics office's list, keeping leading zeros",
    });
  }
  return v;
}

/** Numbers in the admin facts are plain decimals; empty = not known. */
function amount(row: CsvRow, file: string, column: string, problems: ProblemList): number | null {
  const v = row.cells[column] ?? "";
  if (v === "") return null;
  const n = Number(v);
  if (!/^\d+(\.\d+)?$/.test(v) || !Number.isFinite(n)) {
    problems.add({
      file,
      line: row.line,
      field: column,
      message: `not a plain number (found "${v}")`,
      hint: "write digits with a dot for decimals and no thousands separator",
    });
    return null;
  }
  return n;
}

const text = (row: CsvRow, column: string): string => row.cells[column] ?? "";

export function readMerger(csv: CsvFile, problems: ProblemList): MergerRow[] {
  const f = csv.file;
  return csv.rows.map((r) => ({
    file: f,
    line: r.line,
    oldCode: code(r, f, "old_gso_code", [2], problems),
    oldNameVi: text(r, "old_name_vi"),
    oldNameAscii: text(r, "old_name_ascii"),
    oldType: text(r, "old_type"),
    oldIso: text(r, "old_iso_3166_2"),
    newCode: code(r, f, "new_gso_code", [2], problems),
    newNameVi: text(r, "new_name_vi"),
    newNameAscii: text(r, "new_name_ascii"),
    newType: text(r, "new_type"),
    newIsMerger: text(r, "new_unit_is_merger") === "yes",
    newAdminCentre: text(r, "new_admin_centre"),
    newAdminCentreDetail: text(r, "new_admin_centre_detail"),
    newAreaKm2: amount(r, f, "new_area_km2", problems),
    newPopulation: amount(r, f, "new_population", problems),
    newAreaPopBasis: text(r, "new_area_pop_basis"),
    legalBasis: text(r, "legal_basis"),
    sourceOldCodeName: text(r, "source_old_code_name"),
    sourceNewCode: text(r, "source_new_code"),
    sourceAreaPop: text(r, "source_area_pop_units"),
    notes: text(r, "notes_conflicts"),
  }));
}

export function readDistrictsFocus(csv: CsvFile, problems: ProblemList): DistrictFocusRow[] {
  const f = csv.file;
  return csv.rows.map((r) => ({
    file: f,
    line: r.line,
    code: code(r, f, "old_district_gso_code", [3], problems),
    type: text(r, "type"),
    nameVi: text(r, "name_vi"),
    nameAscii: text(r, "name_ascii"),
    provinceBefore: code(r, f, "province_before_code", [2], problems),
    provinceAfter: code(r, f, "province_after_code", [2], problems),
    areaKm2: amount(r, f, "area_km2", problems),
    sourceArea: text(r, "source_area"),
    areaAlternatives: text(r, "area_alt_values_with_sources"),
    population: amount(r, f, "population", problems),
    populationYear: text(r, "population_year"),
    sourcePopulation: text(r, "source_population"),
    populationAlternatives: text(r, "population_alt_values_with_sources"),
    codeSource: text(r, "gso_code_source"),
    notes: text(r, "notes"),
  }));
}

export function readCommunesFocus(csv: CsvFile, problems: ProblemList): CommuneFocusRow[] {
  const f = csv.file;
  return csv.rows.map((r) => ({
    file: f,
    line: r.line,
    formerDistrict: code(r, f, "former_district_code", [3], problems),
    code: code(r, f, "new_unit_gso_code", [5], problems),
    type: text(r, "new_unit_type"),
    nameVi: text(r, "new_unit_name_vi"),
    nameAscii: text(r, "new_unit_name_ascii"),
    province: code(r, f, "new_province_code", [2], problems),
    resolution: text(r, "nasc_resolution"),
    clause: text(r, "resolution_clause"),
    text: text(r, "resolution_text"),
    areaKm2: amount(r, f, "area_km2_sapnhap", problems),
    population: amount(r, f, "population_sapnhap", problems),
    adminCentre: text(r, "admin_centre_sapnhap"),
    sourceCodes: text(r, "source_codes"),
    sourceAreaPop: text(r, "source_area_pop"),
    notes: text(r, "notes"),
  }));
}

export function readCrosswalk(csv: CsvFile, problems: ProblemList): CrosswalkRow[] {
  const f = csv.file;
  return csv.rows.map((r) => ({
    file: f,
    line: r.line,
    oldCode: code(r, f, "old_unit_gso_code", [5], problems),
    oldNameVi: text(r, "old_unit_name_vi"),
    oldNameAscii: text(r, "old_unit_name_ascii"),
    oldDistrict: code(r, f, "old_district_code", [3], problems),
    newCode: code(r, f, "new_unit_gso_code", [5], problems),
    resolution: text(r, "nasc_resolution"),
    source: text(r, "source"),
  }));
}

export function readContextDistricts(csv: CsvFile, problems: ProblemList): ContextDistrictRow[] {
  const f = csv.file;
  return csv.rows.map((r) => {
    const validTo = text(r, "valid_to");
    if (validTo !== "" && validTo !== "unknown" && !/^\d{4}-\d{2}-\d{2}$/.test(validTo)) {
      problems.add({
        file: f,
        line: r.line,
        field: "valid_to",
        message: `expected YYYY-MM-DD, unknown or empty (found "${validTo}")`,
        hint: "leave empty when the district lasted until 30 June 2025",
      });
    }
    for (const column of ["name_vi", "short_vi", "name_en", "source"]) {
      if (text(r, column) === "") {
        problems.add({ file: f, line: r.line, field: column, message: "empty", hint: "fill it in: every context district needs names and a source" });
      }
    }
    return {
      file: f,
      line: r.line,
      code: code(r, f, "code", [3], problems),
      type: text(r, "type"),
      nameVi: text(r, "name_vi"),
      shortVi: text(r, "short_vi"),
      nameEn: text(r, "name_en"),
      province: code(r, f, "province_code", [2], problems),
      boundaryName: text(r, "boundary_name"),
      validTo,
      source: text(r, "source"),
      note: text(r, "note"),
    };
  });
}
