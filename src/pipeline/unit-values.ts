/**
 * data/unit_values.csv: alternative areas and populations that the admin facts give only in prose
 * (e.g. the pre-merger proposals' "more than 12,699 km²" for the new Quảng Trị). Each row is added
 * beside the unit's main value, so the app shows both; none replaces or averages another.
 */
import { z } from "zod";
import { PartialDate, Qualifier, type SourcedNumber, type Unit, UnitId } from "../schema";
import { figure, optional } from "./cells";
import type { ProblemList } from "./problems";
import { type ParsedRow, type RowSpec } from "./rows";

export const UNIT_VALUES_FILE = "data/unit_values.csv";
export const UNIT_VALUE_COLUMNS = ["unit", "field", "value", "qualifier", "as_of", "source", "note"] as const;

/** CSV `field` -> the Unit array it extends. */
const FIELD_KEYS = { area_km2: "areaKm2", population: "population" } as const;

export const UnitValueRow = z.object({
  unit: UnitId,
  field: z.enum(["area_km2", "population"]),
  value: z.number().finite().nonnegative(),
  qualifier: Qualifier.default("exact"),
  asOf: PartialDate.optional(),
  source: z.string().min(1),
  note: z.string().optional(),
});
export type UnitValueRow = z.infer<typeof UnitValueRow>;

export const unitValueSpec: RowSpec<UnitValueRow> = {
  schema: UnitValueRow,
  build: (r, bad) => ({
    unit: r.cells.unit,
    field: r.cells.field,
    value: figure(r.cells.value ?? "", "value", bad),
    qualifier: optional(r.cells.qualifier ?? ""),
    asOf: optional(r.cells.as_of ?? ""),
    source: r.cells.source,
    note: optional(r.cells.note ?? ""),
  }),
  columnOf: { asOf: "as_of" },
  hints: {
    unit: "write a unit id like post2025:44 (vintage, colon, GSO code)",
    field: "write area_km2 or population",
    qualifier: "write exact, at_least (for 'more than 12,699') or about; empty means exact",
    as_of: "write the reference date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD, or leave empty",
    source: "write where the figure comes from, as the admin facts cite it",
  },
};

/** Two values that say different things: another number, or the same number stated differently. */
function differ(a: SourcedNumber, b: SourcedNumber): boolean {
  return a.value !== b.value || (a.qualifier ?? "exact") !== (b.qualifier ?? "exact");
}

function toSourced(row: UnitValueRow): SourcedNumber {
  return {
    value: row.value,
    // Exact is left implicit, like every value that does not come from this file.
    ...(row.qualifier !== "exact" ? { qualifier: row.qualifier } : {}),
    ...(row.asOf !== undefined ? { asOf: row.asOf } : {}),
    source: row.source,
    conflict: false,
    ...(row.note !== undefined ? { note: row.note } : {}),
  };
}

/**
 * Appends each valid row to its unit's array, in file order, and flags every value of that array
 * as a conflict when any two differ. Unknown units and repeated (unit, field, source) are reported.
 */
export function mergeUnitValues(units: Unit[], rows: readonly ParsedRow<UnitValueRow>[], problems: ProblemList): void {
  const byId = new Map(units.map((u) => [u.id, u]));
  const seen = new Map<string, number>();
  const touched = new Map<string, { unit: Unit; field: (typeof FIELD_KEYS)[keyof typeof FIELD_KEYS] }>();
  for (const { value: row, line, valid } of rows) {
    if (!valid) continue;
    const unit = byId.get(row.unit);
    if (unit === undefined) {
      problems.add({
        file: UNIT_VALUES_FILE,
        line,
        field: "unit",
        message: `unknown unit ${row.unit}`,
        hint: "use the id of a unit the admin facts define (e.g. post2025:44 for the new Quảng Trị, pre2025:450 for Đồng Hới)",
      });
      continue;
    }
    if (row.field === "population" && !Number.isInteger(row.value)) {
      problems.add({
        file: UNIT_VALUES_FILE,
        line,
        field: "value",
        message: `a population of ${row.value} is not a whole number (Vietnamese writes 1 234 as "1.234")`,
        hint: "write the population in digits only, with no separator",
      });
      continue;
    }
    const key = `${row.unit}|${row.field}|${row.source}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.add({
        file: UNIT_VALUES_FILE,
        line,
        field: "source",
        message: `repeats ${row.field} of ${row.unit} from the same source (first on line ${first})`,
        hint: "keep one value per unit, field and source: delete this row or correct the source",
      });
      continue;
    }
    seen.set(key, line);
    const field = FIELD_KEYS[row.field];
    unit[field] = [...unit[field], toSourced(row)];
    touched.set(`${row.unit}|${field}`, { unit, field });
  }
  for (const { unit, field } of touched.values()) {
    const values = unit[field];
    if (values.some((a) => values.some((b) => differ(a, b)))) unit[field] = values.map((v) => ({ ...v, conflict: true }));
  }
}
