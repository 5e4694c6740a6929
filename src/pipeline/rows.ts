/**
 * Turns CSV rows into schema objects, one zod check per row. Every failure becomes a Problem
 * that names the file, the record's line and the CSV column.
 */
import type { z } from "zod";
import type { CsvFile, CsvRow } from "./csv";
import type { ProblemList } from "./problems";

/** Report a cell that cannot even be converted (e.g. "12a" in a number column). */
export type ReportCell = (column: string, message: string, hint: string) => void;

export interface RowSpec<T> {
  schema: z.ZodType<T>;
  /** Builds the object the schema checks, from the row's cells. */
  build(row: CsvRow, bad: ReportCell): Record<string, unknown>;
  /** The CSV column that holds each top-level schema key (camelCase key -> snake_case column). */
  columnOf: Record<string, string>;
  /** What to do when a column's value is wrong. */
  hints: Record<string, string>;
}

export interface ParsedRow<T> {
  value: T;
  line: number;
  /**
   * False when the row failed its checks; its problems are already reported. Such rows are still
   * returned (as built, unchecked) so cross-file checks can report their other problems in the same run.
   */
  valid: boolean;
  /** The row's cells as written, for messages that quote them (e.g. "1.234"). */
  cells?: Record<string, string>;
}

const FALLBACK_HINT = "correct this cell (the expected format is in data/README.md)";

/** Drops undefined values so optional fields are absent rather than present-but-undefined. */
export function compact(obj: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) if (v !== undefined) out[k] = v;
  return out;
}

export function parseRows<T>(csv: CsvFile, spec: RowSpec<T>, problems: ProblemList): ParsedRow<T>[] {
  const out: ParsedRow<T>[] = [];
  for (const row of csv.rows) {
    const reported = new Set<string>();
    const bad: ReportCell = (column, message, hint) => {
      reported.add(column);
      problems.add({ file: csv.file, line: row.line, field: column, message, hint });
    };
    const candidate = compact(spec.build(row, bad));
    const result = spec.schema.safeParse(candidate);
    if (result.success) {
      out.push({ value: result.data, line: row.line, valid: reported.size === 0, cells: row.cells });
      continue;
    }
    out.push({ value: candidate as T, line: row.line, valid: false, cells: row.cells });
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? "");
      const column = spec.columnOf[key] ?? key;
      if (reported.has(column)) continue; // already explained by the cell converter
      reported.add(column);
      const value = row.cells[column];
      const shown = value === undefined || value === "" ? "empty" : `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
      problems.add({
        file: csv.file,
        line: row.line,
        field: column,
        // An empty required cell: say so plainly rather than in the validator's words.
        message: value === "" ? "empty, but required" : `${issue.message} (found ${shown})`,
        hint: spec.hints[column] ?? FALLBACK_HINT,
      });
    }
  }
  return out;
}
