import { describe, expect, it } from "vitest";
import type { SourcedNumber, Unit } from "../schema";
import { ProblemList, formatProblem } from "./problems";
import type { ParsedRow } from "./rows";
import { mergeUnitValues, type UnitValueRow } from "./unit-values";

function unit(areaKm2: SourcedNumber[]): Unit {
  return {
    id: "post2025:44",
    vintage: "post2025",
    code: "44",
    level: "province",
    type: "tinh",
    nameVi: "Tỉnh Quảng Trị",
    shortVi: "Quảng Trị",
    nameEn: "Quang Tri Province",
    parent: null,
    validFrom: "2025-07-01",
    validTo: null,
    hasGeometry: true,
    areaKm2,
    population: [],
  };
}

const resolution = (): SourcedNumber => ({ value: 12700, source: "Resolution 202", conflict: false });

function row(line: number, changes: Partial<UnitValueRow> = {}): ParsedRow<UnitValueRow> {
  return { line, valid: true, value: { unit: "post2025:44", field: "area_km2", value: 12699, qualifier: "at_least", source: "Proposal", ...changes } };
}

function merged(units: Unit[], rows: ParsedRow<UnitValueRow>[]): string[] {
  const problems = new ProblemList();
  mergeUnitValues(units, rows, problems);
  return problems.sorted().map(formatProblem);
}

describe("mergeUnitValues", () => {
  it("keeps the main value and adds the alternative with its qualifier, both flagged as a conflict", () => {
    const u = unit([resolution()]);
    merged([u], [row(2, { asOf: "2025-04" })]);
    expect(u.areaKm2).toEqual([
      { value: 12700, source: "Resolution 202", conflict: true },
      { value: 12699, qualifier: "at_least", asOf: "2025-04", source: "Proposal", conflict: true },
    ]);
  });

  it("flags no conflict when the alternative states the same value", () => {
    const u = unit([resolution()]);
    merged([u], [row(2, { value: 12700, qualifier: "exact" })]);
    expect(u.areaKm2.map((v) => v.conflict)).toEqual([false, false]);
  });

  it("leaves exact implicit, like the values that come from the admin facts", () => {
    const u = unit([]);
    merged([u], [row(2, { qualifier: "exact" })]);
    expect(u.areaKm2[0]).not.toHaveProperty("qualifier");
  });

  it("adds a population row to the population array, not the area", () => {
    const u = unit([resolution()]);
    merged([u], [row(2, { field: "population", value: 1845335, qualifier: "exact" })]);
    expect({ area: u.areaKm2.length, population: u.population.map((v) => v.value) }).toEqual({ area: 1, population: [1845335] });
  });

  it("rejects a unit id that no admin fact defines", () => {
    expect(merged([unit([])], [row(3, { unit: "post2025:99" })])).toEqual([expect.stringMatching(/^data\/unit_values\.csv:3 unit: unknown unit post2025:99 — /)]);
  });

  it("rejects a second value for the same unit, field and source", () => {
    expect(merged([unit([])], [row(2), row(4, { value: 12000 })])).toEqual([
      expect.stringMatching(/^data\/unit_values\.csv:4 source: repeats area_km2 of post2025:44 from the same source \(first on line 2\) — /),
    ]);
  });

  it("skips a row that failed its own checks (already reported)", () => {
    const u = unit([]);
    merged([u], [{ ...row(2), valid: false }]);
    expect(u.areaKm2).toEqual([]);
  });
});
