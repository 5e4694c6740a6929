/**
 * Checks on the text of cells, before any cell is converted: characters that make text show
 * something other than what is stored, formulas a spreadsheet would run, addresses that would run
 * code when clicked, and dates no programme of this atlas can have. Each check names the file,
 * line and column, and says what to do.
 */
import type { CsvFile } from "./csv";
import type { ProblemList } from "./problems";
import { describeCharacter, FIRST_YEAR, FORBIDDEN_CHARACTER, FORMULA_START, isWebAddress, LAST_YEAR } from "../schema/text";

// One definition of forbidden text for the pipeline and the browser's partner check (src/schema/text.ts).
const FORBIDDEN = FORBIDDEN_CHARACTER;
const describeChar = describeCharacter;

/** Every cell of every CSV, header included: no invisible or direction-changing characters. */
export function checkCharacters(csv: CsvFile, problems: ProblemList): void {
  csv.columns.forEach((column) => {
    const bad = FORBIDDEN.exec(column);
    if (bad !== null) {
      problems.add({ file: csv.file, line: 1, field: column, message: `the column name contains ${describeChar(bad[0])}`, hint: "retype the header row" });
    }
  });
  for (const row of csv.rows) {
    for (const [column, text] of Object.entries(row.cells)) {
      const bad = FORBIDDEN.exec(text);
      if (bad === null) continue;
      problems.add({
        file: csv.file,
        line: row.line,
        field: column,
        message: `contains the invisible character ${describeChar(bad[0])} at position ${bad.index + 1}`,
        hint: "retype the cell: such characters make the text show differently from what is stored",
      });
    }
  }
}

/** Which columns of a file hold free text, web addresses, ;-lists of text, and dates. */
export interface ColumnRules {
  text?: readonly string[];
  lists?: readonly string[];
  urls?: readonly string[];
  dates?: readonly string[];
}

export { FIRST_YEAR, LAST_YEAR };

const DATE_SHAPE = /^(\d{4})(-\d{2}){0,2}$/;

function checkFormula(csv: CsvFile, line: number, column: string, text: string, problems: ProblemList): void {
  if (!FORMULA_START.test(text)) return;
  problems.add({
    file: csv.file,
    line,
    field: column,
    message: `text starts with "${text[0]}" (found "${text.length > 40 ? `${text.slice(0, 37)}...` : text}"): a spreadsheet opening the file or an export of it would run it as a formula`,
    hint: "begin the text with a word or a digit (e.g. write \"minus 5\" or \"5 fewer\", or move the sign later in the sentence)",
  });
}

function checkUrl(csv: CsvFile, line: number, column: string, text: string, problems: ProblemList): void {
  if (text === "" || isWebAddress(text)) return;
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(text)?.[1]?.toLowerCase();
  const dangerous = scheme === "javascript" || scheme === "data" || scheme === "vbscript" || scheme === "file";
  problems.add({
    file: csv.file,
    line,
    field: column,
    message: dangerous
      ? `a ${scheme}: address (found "${text.slice(0, 40)}"): a reader clicking it would run or open something other than a web page`
      : `not a web address (found "${text.slice(0, 60)}")`,
    hint: "write the document's address starting with https:// (or http://), or leave the cell empty when the source gives none",
  });
}

function checkDate(csv: CsvFile, line: number, column: string, text: string, problems: ProblemList): void {
  const year = DATE_SHAPE.exec(text)?.[1];
  if (year === undefined) return; // the shape is the schema's to report
  const y = Number(year);
  if (y >= FIRST_YEAR && y <= LAST_YEAR) return;
  problems.add({
    file: csv.file,
    line,
    field: column,
    message: `the year ${year} is outside ${FIRST_YEAR}–${LAST_YEAR}`,
    hint: "check the date against the source: a typing slip (e.g. 2203 for 2023, 0025 for 2025) is the usual cause",
  });
}

/** Applies a file's column rules to every row. */
export function checkColumns(csv: CsvFile, rules: ColumnRules, problems: ProblemList): void {
  for (const row of csv.rows) {
    for (const column of rules.text ?? []) checkFormula(csv, row.line, column, row.cells[column] ?? "", problems);
    for (const column of rules.lists ?? []) {
      for (const item of (row.cells[column] ?? "").split(";")) checkFormula(csv, row.line, column, item.trim(), problems);
    }
    for (const column of rules.urls ?? []) checkUrl(csv, row.line, column, row.cells[column] ?? "", problems);
    for (const column of rules.dates ?? []) checkDate(csv, row.line, column, row.cells[column] ?? "", problems);
  }
}

/** The column rules of each human-edited file (data/README.md gives the columns). */
export const COLUMN_RULES: Record<string, ColumnRules> = {
  "sources.csv": { text: ["publisher", "title", "note"], urls: ["url"], dates: ["published_on"] },
  "indicators.csv": { text: ["name_vi", "name_en", "name_fr", "unit_vi", "unit_en", "unit_fr", "definition_vi", "definition_en"] },
  "organisations.csv": { text: ["name_vi", "name_en", "note"], lists: ["aliases"] },
  "programmes.csv": { text: ["name_vi", "name_en", "note"] },
  "phases.csv": { text: ["name_vi", "name_en", "note"], dates: ["start", "end"] },
  "milestones.csv": { text: ["label_vi", "label_en", "label_fr"], dates: ["date"] },
  "groups.csv": { text: ["name_vi", "name_en", "note"] },
  "observations.csv": { text: ["quote", "note"], dates: ["period_start", "period_end", "reported_on"] },
  "legal_acts.csv": { text: ["number", "title_vi", "title_en", "issuer"], urls: ["url"], dates: ["adopted_on", "operative_from"] },
  "unit_values.csv": { text: ["source", "note"], dates: ["as_of"] },
  "districts_context.csv": { text: ["name_vi", "short_vi", "name_en", "source", "note"], dates: ["valid_to"] },
};
