/**
 * Files to download: the figures as CSV (UTF-8 with a byte-order mark, so spreadsheet
 * programs on Vietnamese Windows read the diacritics) or JSON, and their file names.
 *
 * CSV quoting is csv-stringify's; what is ours is the formula-injection guard: a text cell
 * that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
 * return) gets a leading apostrophe, as OWASP recommends. Numbers are written as numbers.
 */
import { stringify } from "csv-stringify/browser/esm/sync";
import { EXPORT_COLUMNS, type FigureExportRow } from "./figuresInView";

export const CSV_BOM = "\uFEFF";

/** A text cell that a spreadsheet would read as a formula, made inert. */
export function escapeFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function figuresCsv(rows: readonly FigureExportRow[]): string {
  const records = rows.map((row) => EXPORT_COLUMNS.map((c) => (typeof row[c] === "string" ? escapeFormula(row[c]) : row[c])));
  return CSV_BOM + stringify(records, { header: true, columns: [...EXPORT_COLUMNS], record_delimiter: "windows", quoted_match: /[\n\r]/ });
}

export interface FiguresJson {
  dataVersion: string;
  generatedAt: string;
  /** The address of the view the figures are behind. */
  view: string;
  figures: readonly FigureExportRow[];
}

export function figuresJson(content: FiguresJson): string {
  return `${JSON.stringify(content, null, 2)}\n`;
}

/** "results-atlas_2026-12-01.3_explorer-map_2026-12-05.csv": the data version, the view, today's date. */
export function downloadFileName(dataVersion: string, what: string, date: Date, ext: string): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "");
  const day = date.toISOString().slice(0, 10);
  return `results-atlas_${safe(dataVersion)}_${safe(what)}_${day}.${ext}`;
}

/** Saves a file in the browser: a temporary object URL on an <a download>. */
export function saveFile(name: string, content: Blob): void {
  const url = URL.createObjectURL(content);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.rel = "noopener";
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
