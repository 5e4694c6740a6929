/**
 * Reads a CSV file into records that remember the line they start on, so every later message
 * can say `file:line`. Uses csv-parse (RFC 4180, quoted multi-line cells).
 */
import { existsSync, readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { checkCharacters } from "./cell-checks";
import { detectNotUtf8, lineOfOffset } from "./encoding";
import { ProblemList } from "./problems";

/** What a file's header may hold beyond its required columns, and whether it may have no rows. */
export interface CsvShape {
  /** Every column the file may have; null = any (the verbatim admin copies carry columns we do not read). */
  known: readonly string[] | null;
  /** A file that must hold at least one record (a figures file with none publishes an empty atlas). */
  needsRows: boolean;
}

const ANY_SHAPE: CsvShape = { known: null, needsRows: false };

/** Edit distance, to suggest the column a misspelt header meant. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/**
 * A repeated column name makes the later column silently replace the earlier one; an unknown name
 * (e.g. `units_fr` for `unit_fr`) silently drops a whole column. Both are refused.
 */
function checkHeader(file: string, columns: string[], shape: CsvShape, problems: ProblemList): void {
  columns.forEach((c, i) => {
    const first = columns.indexOf(c);
    if (first !== i) {
      problems.add({
        file,
        line: 1,
        field: c === "" ? `column ${i + 1}` : c,
        message: `column name "${c}" appears twice (columns ${first + 1} and ${i + 1}): the second would silently replace the first`,
        hint: "delete or rename one of the two columns",
      });
    }
  });
  if (shape.known === null) return;
  const known = shape.known;
  columns.forEach((c, i) => {
    if (known.includes(c) || columns.indexOf(c) !== i) return;
    const near = known.filter((k) => !columns.includes(k)).map((k) => ({ k, d: distance(c, k) })).sort((a, b) => a.d - b.d)[0];
    const guess = near !== undefined && near.d <= 2 ? ` (did you mean "${near.k}"?)` : "";
    problems.add({
      file,
      line: 1,
      field: c === "" ? `column ${i + 1}` : c,
      message: c === "" ? `column ${i + 1} has no name` : `unknown column "${c}"${guess}: its values would be ignored`,
      hint: `name the columns as data/README.md gives them: ${known.join(",")}`,
    });
  });
}

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
export function startLine(endLine: number, raw: string): number {
  const body = raw.replace(/^(\r?\n)+/, "").replace(/\r?\n$/, "");
  const breaks = body.match(/\r?\n/g)?.length ?? 0;
  return endLine - breaks;
}

/**
 * Parses CSV text. Problems (unreadable CSV, missing required columns) go to `problems`;
 * the result is null when the file cannot be used at all.
 */
export function parseCsvText(text: string, file: string, required: readonly string[], problems: ProblemList, shape: CsvShape = ANY_SHAPE): CsvFile | null {
  if (text.replace(/^\uFEFF/, "").trim() === "") {
    problems.add({ file, line: 1, field: "header", message: "the file is empty", hint: `write the header row (${required.join(",")}) and the rows; see data/README.md` });
    return null;
  }
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
    const e = error as { message?: string; lines?: number; code?: string; column?: unknown };
    problems.add({
      file,
      line: typeof e.lines === "number" ? e.lines : 1,
      field: typeof e.column === "string" && e.column !== "" ? e.column : (e.code ?? "").includes("INCONSISTENT") ? "number of cells" : "quoting",
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
      field: missing[0] ?? null,
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
  const csv = { file, columns, rows };
  checkHeader(file, columns, shape, problems);
  checkCharacters(csv, problems);
  if (shape.needsRows && rows.length === 0) {
    problems.add({ file, line: 2, field: "rows", message: "the file has a header but no rows", hint: "restore the rows (from version control, or the last good copy): the atlas would publish nothing from this file" });
  }
  return csv;
}

/** Reads and parses a CSV file; a missing file is a problem, not a crash. */
export function readCsv(path: string, file: string, required: readonly string[], problems: ProblemList, shape: CsvShape = ANY_SHAPE): CsvFile | null {
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
  const bytes = readFileSync(path);
  const wrong = detectNotUtf8(bytes);
  if (wrong !== null) {
    // Name the cell that holds the first damaged letter: read the file as UTF-8 anyway, and find
    // the first cell the damage shows in ("�").
    const scratch = new ProblemList();
    if (wrong.offset > 0) parseCsvText(bytes.toString("utf8"), file, [], scratch);
    const damaged = scratch.items.find((p) => p.message.includes("U+FFFD"));
    const line = damaged?.line ?? lineOfOffset(bytes, wrong.offset);
    problems.add({
      file,
      line,
      field: damaged?.field ?? "encoding",
      message: `the file is not UTF-8: it looks like ${wrong.encoding}${wrong.offset > 0 ? ` (first byte that is not UTF-8: 0x${(bytes[wrong.offset] ?? 0).toString(16).toUpperCase()} on line ${line})` : ""}; read as UTF-8 its accented letters would be published damaged`,
      hint: 'save it again as UTF-8: in Excel "Save as" > "CSV UTF-8 (comma delimited)"; in LibreOffice tick "Edit filter settings" and choose "Unicode (UTF-8)"',
    });
    return null;
  }
  return parseCsvText(bytes.toString("utf8"), file, required, problems, shape);
}

/** A cell of a row; "" when absent. */
export function cell(row: CsvRow, column: string): string {
  return row.cells[column] ?? "";
}
