/**
 * Reads a CSV file into records that remember the line they start on, so every later message
 * can say `file:line`. Uses csv-parse (RFC 4180, quoted multi-line cells).
 */
import { existsSync, readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import type { ProblemList } from "./problems";

export interface CsvRow {
  /** 1-based line of the file where this record starts. */
  line: number;
  /** Cell text by column name, trimmed. Missing columns read as "". */
  cells: Record<string, string>;
}

export interface CsvFile {
  /** Display path, e.g. "data/sources.csv". */
  file: string;
  columns: string[];
  rows: CsvRow[];
}

interface ParsedRecord {
  record: Record<string, string>;
  raw: string;
  info: { lines: number };
}

/** Start line of a record: its end line minus the line breaks inside it (csv-parse reports the end). */
function startLine(endLine: number, raw: string): number {
  const body = raw.replace(/^(\r?\n)+/, "").replace(/\r?\n$/, "");
  const breaks = body.match(/\r?\n/g)?.length ?? 0;
  return endLine - breaks;
}

/**
 * Parses CSV text. Problems (unreadable CSV, missing required columns) go to `problems`;
 * the result is null when the file cannot be used at all.
 */
export function parseCsvText(text: string, file: string, required: readonly string[], problems: ProblemList): CsvFile | null {
  let parsed: ParsedRecord[];
  let columns: string[] = [];
  try {
    parsed = parse(text, {
      bom: true,
      columns: (header: string[]) => {
        columns = header.map((h) => h.trim());
        return columns;
      },
      info: true,
      raw: true,
      skip_empty_lines: true,
    }) as ParsedRecord[];
  } catch (error: unknown) {
    const e = error as { message?: string; lines?: number };
    problems.add({
      file,
      line: typeof e.lines === "number" ? e.lines : null,
      field: null,
      message: `not readable as CSV (${e.message ?? String(error)})`,
      hint: "check the quoting on this line: a cell with a comma, quote or line break must be wrapped in double quotes, and quotes inside it doubled",
    });
    return null;
  }
  const missing = required.filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    problems.add({
      file,
      line: 1,
      field: null,
      message: `missing column(s) ${missing.join(", ")}`,
      hint: `the header row must contain: ${required.join(",")} (see data/README.md)`,
    });
    return null;
  }
  const rows = parsed.map(({ record, raw, info }) => {
    const cells: Record<string, string> = {};
    for (const c of columns) cells[c] = (record[c] ?? "").trim();
    return { line: startLine(info.lines, raw), cells };
  });
  return { file, columns, rows };
}

/** Reads and parses a CSV file; a missing file is a problem, not a crash. */
export function readCsv(path: string, file: string, required: readonly string[], problems: ProblemList): CsvFile | null {
  if (!existsSync(path)) {
    problems.add({
      file,
      line: null,
      field: null,
      message: "file not found",
      hint: "create it with the header row given in data/README.md",
    });
    return null;
  }
  return parseCsvText(readFileSync(path, "utf8"), file, required, problems);
}

/** A cell of a row; "" when absent. */
export function cell(row: CsvRow, column: string): string {
  return row.cells[column] ?? "";
}
