/**
 * The rules a partner CSV record must pass, written with the small path's own checks: invisible
 * characters (cell-checks.ts checkCharacters, run by csv.ts), spreadsheet formulas, web addresses
 * and years out of range (cell-checks.ts checkColumns), the figure's format (cells.ts figure),
 * counts as whole numbers (as figure-checks.ts words it) and a source dated before its period
 * (dates.ts endsBefore). The national path (national.ts) runs the same rules as SQL over millions
 * of records; this module is their reference: it explains, in the small path's words, each row the
 * SQL flags, and national.test.ts checks that both give the same verdict on every rule.
 *
 * Each problem carries a rule number (RULES), so that counts per rule can be compared and printed.
 */
import { FIRST_YEAR, LAST_YEAR, checkCharacters, checkColumns } from "./cell-checks";
import { figure } from "./cells";
import { parseCsvText, type CsvFile } from "./csv";
import { endsBefore } from "./dates";
import { AREA_COLUMNS, PARTNER_COLUMNS, QUOTE_LANGS, TEXT_FIELDS, VINTAGES, type PartnerField } from "./partner-columns";
import { ProblemList, type Problem } from "./problems";

/** Rule numbers, shared with the SQL of national.ts (0 = no problem). */
export const RULES = {
  characters: 1,
  formula: 2,
  required: 3,
  noArea: 4,
  unknownCode: 5,
  ambiguousCode: 6,
  unknownName: 7,
  ambiguousName: 8,
  nameNotCode: 9,
  vintage: 10,
  periodShape: 11,
  invalidDate: 12,
  yearRange: 13,
  periodOrder: 14,
  unknownIndicator: 15,
  notANumber: 16,
  negative: 17,
  countNotWhole: 18,
  dateShape: 19,
  sourceBeforePeriod: 20,
  url: 21,
  quoteLang: 22,
} as const;
export type RuleName = keyof typeof RULES;
export const RULE_NAMES: Record<number, RuleName> = Object.fromEntries(Object.entries(RULES).map(([k, v]) => [v, k as RuleName]));

export interface RefUnit {
  id: string;
  vintage: string;
  code: string;
  /** Vietnamese name, short name, English name: a row may give any of them. */
  names: readonly string[];
}

/** What rows are checked against: the project's units of both vintages and its indicators. */
export interface PartnerReference {
  units: readonly RefUnit[];
  /** Indicator id -> kind ("count" or "rate"). */
  indicators: ReadonlyMap<string, string>;
}

/** How names are compared: NFC, lower case (cells are already trimmed). */
export function nameKey(name: string): string {
  return name.normalize("NFC").toLowerCase();
}

/** Unit ids with their Vietnamese name, for messages: `pre2025:450 (Thành phố Đồng Hới)`. */
export function describeUnits(units: readonly RefUnit[]): string {
  const shown = units.slice(0, 3).map((u) => `${u.id} (${u.names[0] ?? ""})`);
  const more = units.length > 3 ? ` and ${units.length - 3} more` : "";
  return `${shown.slice(0, -1).join(", ")}${shown.length > 1 ? " and " : ""}${shown.at(-1) ?? ""}${more}`;
}

export class AreaIndex {
  readonly byCode = new Map<string, RefUnit[]>();
  readonly byName = new Map<string, RefUnit[]>();
  constructor(units: readonly RefUnit[]) {
    for (const u of units) {
      this.byCode.set(u.code, [...(this.byCode.get(u.code) ?? []), u]);
      for (const key of new Set(u.names.map(nameKey))) this.byName.set(key, [...(this.byName.get(key) ?? []), u]);
    }
  }
}

/** Header problems and, when it can be read, which written column holds each field. */
export interface PartnerHeader {
  /** Field -> the column name as written in the file (English or Vietnamese). */
  written: Map<PartnerField, string>;
  problems: Problem[];
}

const HEADER_HINT = `name the columns in English or in Vietnamese: ${PARTNER_COLUMNS.map((c) => `${c.en} / ${c.vi}`).join(", ")}`;

/** Checks a partner file's header: every name known, none twice (in either language), the required ones there. */
export function readPartnerHeader(file: string, columns: readonly string[]): PartnerHeader {
  const written = new Map<PartnerField, string>();
  const problems: Problem[] = [];
  columns.forEach((name, i) => {
    const column = PARTNER_COLUMNS.find((c) => c.en === name || c.vi === name);
    const field = name === "" ? `column ${i + 1}` : name;
    if (column === undefined) {
      problems.push({ file, line: 1, field, message: name === "" ? `column ${i + 1} has no name` : `unknown column "${name}": its values would be ignored`, hint: HEADER_HINT });
      return;
    }
    const before = written.get(column.en);
    if (before !== undefined) {
      problems.push({ file, line: 1, field, message: `column "${name}" repeats "${before}" (both are ${column.en} / ${column.vi}): the second would silently replace the first`, hint: "delete or rename one of the two columns" });
      return;
    }
    written.set(column.en, name);
  });
  const missing = PARTNER_COLUMNS.filter((c) => c.required && !written.has(c.en));
  if (missing.length > 0) {
    problems.push({ file, line: 1, field: missing[0]!.en, message: `missing column(s) ${missing.map((c) => `${c.en} / ${c.vi}`).join(", ")}`, hint: HEADER_HINT });
  }
  if (!AREA_COLUMNS.some((c) => written.has(c))) {
    problems.push({ file, line: 1, field: "area_code", message: "no area column: the header needs area_code / ma_dia_ban or area_name / ten_dia_ban (or both)", hint: HEADER_HINT });
  }
  return { written, problems };
}

/** A problem of one record, with its rule. */
export interface RowProblem extends Problem {
  rule: number;
}

const RANGE = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day (no 30 February). */
function validDay(text: string): boolean {
  const m = DAY.exec(text);
  if (m === null) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  // Date.UTC maps years 0-99 to 1900-1999; setUTCFullYear does not.
  t.setUTCFullYear(y);
  return mo >= 1 && mo <= 12 && t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

const inYears = (text: string) => {
  const y = Number(text.slice(0, 4));
  return y >= FIRST_YEAR && y <= LAST_YEAR;
};

/** The period's start and end as partial dates ("2023-07" for a month, days for a range), or a rule it breaks. */
export function readPeriod(text: string): { start: string; end: string } | { rule: number; message: string; hint: string } {
  const hint = "write the month as YYYY-MM (e.g. 2024-03) or a range of days as YYYY-MM-DD/YYYY-MM-DD (e.g. 2024-01-01/2024-03-31)";
  const month = MONTH.exec(text);
  const range = RANGE.exec(text);
  if (month === null && range === null) return { rule: RULES.periodShape, message: `not a month (YYYY-MM) or a range of days (YYYY-MM-DD/YYYY-MM-DD) (found "${text.slice(0, 40)}")`, hint };
  const [start, end] = month !== null ? [text, text] : [range![1]!, range![2]!];
  if (month !== null ? Number(month[2]) < 1 || Number(month[2]) > 12 : !validDay(start) || !validDay(end)) {
    return { rule: RULES.invalidDate, message: `"${text}" is not a date of the calendar`, hint };
  }
  if (!inYears(start) || !inYears(end)) {
    return { rule: RULES.yearRange, message: `the year ${inYears(start) ? end.slice(0, 4) : start.slice(0, 4)} is outside ${FIRST_YEAR}–${LAST_YEAR}`, hint: "check the date against the source: a typing slip (e.g. 2203 for 2023, 0025 for 2025) is the usual cause" };
  }
  if (start > end) return { rule: RULES.periodOrder, message: `period ends (${end}) before it starts (${start})`, hint: "swap start and end, or correct the date from the source" };
  return { start, end };
}

/**
 * Every rule on one record. `cells` are keyed by field (English name) and trimmed; `written` says
 * how the file names each column, so that problems name the column as the partner wrote it.
 * The order of the checks is the small path's: characters, then column rules, then formats and
 * references; the first problem of a cell is the one reported (ProblemList keeps the first).
 */
export function checkPartnerRecord(file: string, line: number, cells: Readonly<Record<PartnerField, string>>, written: ReadonlyMap<PartnerField, string>, ref: PartnerReference, areas: AreaIndex): RowProblem[] {
  const col = (f: PartnerField) => written.get(f) ?? f;
  const present = PARTNER_COLUMNS.map((c) => c.en).filter((f) => written.has(f));
  const one: CsvFile = { file, columns: present.map(col), rows: [{ line, cells: Object.fromEntries(present.map((f) => [col(f), cells[f]])) }] };
  const out: RowProblem[] = [];
  const taken = new Set<string>();
  const add = (rule: number, p: Problem) => {
    if (p.field !== null && taken.has(p.field)) return;
    if (p.field !== null) taken.add(p.field);
    out.push({ ...p, rule });
  };
  const run = (rule: number, check: (list: ProblemList) => void) => {
    const list = new ProblemList();
    check(list);
    for (const p of list.items) add(rule, p);
  };
  const bad = (rule: number, f: PartnerField, message: string, hint: string) => add(rule, { file, line, field: col(f), message, hint });

  run(RULES.characters, (list) => checkCharacters(one, list));
  run(RULES.formula, (list) => checkColumns(one, { text: TEXT_FIELDS.filter((f) => written.has(f)).map(col) }, list));
  run(RULES.url, (list) => checkColumns(one, { urls: written.has("source_url") ? [col("source_url")] : [] }, list));
  run(RULES.yearRange, (list) => checkColumns(one, { dates: [col("source_date")] }, list));

  const required: [PartnerField, string][] = [
    ["partner", "write the partner's name as it signs its reports"],
    ["period", "write the month as YYYY-MM or a range of days as YYYY-MM-DD/YYYY-MM-DD"],
    ["indicator", "write the id of a row of data/indicators.csv"],
    ["value", "write the figure exactly as the source gives it, digits only (e.g. 541)"],
    ["source_publisher", "write the publisher of the document the figure comes from"],
    ["source_date", "write the document's date as YYYY-MM-DD"],
    ["quote", "copy the sentence the figure comes from, verbatim, in the source's language"],
    ["quote_lang", "write vi, en or fr"],
  ];
  for (const [f, hint] of required) if (cells[f] === "") bad(RULES.required, f, f === "value" ? "value is empty" : "empty, but required", hint);

  // Area: by code (the name, when given too, must be one of that unit's names), else by name.
  const vintage = cells.vintage ?? "";
  const vintageOk = vintage === "" || (VINTAGES as readonly string[]).includes(vintage);
  if (!vintageOk) bad(RULES.vintage, "vintage", `unknown vintage "${vintage}"`, "write pre2025 (before 1 July 2025) or post2025, or leave it empty");
  const ofVintage = (units: readonly RefUnit[] | undefined) => (units ?? []).filter((u) => !vintageOk || vintage === "" || u.vintage === vintage);
  const code = cells.area_code ?? "";
  const name = cells.area_name ?? "";
  const vintageHint = "write the vintage (pre2025 or post2025) in the vintage / ranh_gioi column";
  const where = vintageOk && vintage !== "" ? `no ${vintage} unit` : "no unit of either vintage";
  if (code === "" && name === "") {
    bad(RULES.noArea, written.has("area_code") ? "area_code" : "area_name", "no area: area_code and area_name are both empty", "write the unit's GSO code in area_code or its name in area_name");
  } else if (code !== "") {
    const found = ofVintage(areas.byCode.get(code));
    if (found.length === 0) bad(RULES.unknownCode, "area_code", `${where} has the code "${code}"`, "write the GSO code of a unit in units.json (e.g. 450 for Đồng Hới before 2025), or give the area by its name");
    else if (found.length > 1) bad(RULES.ambiguousCode, "area_code", `the code "${code}" names ${found.length} units: ${describeUnits(found)}`, vintageHint);
    else if (name !== "" && !found[0]!.names.some((n) => nameKey(n) === nameKey(name))) {
      bad(RULES.nameNotCode, "area_name", `"${name}" is not a name of ${describeUnits(found)}, the unit of area_code ${code}`, "correct the name or the code; leave area_name empty to go by the code alone");
    }
  } else {
    const found = ofVintage(areas.byName.get(nameKey(name)));
    if (found.length === 0) bad(RULES.unknownName, "area_name", `${where} is called "${name}"`, "write the unit's name as units.json gives it (Vietnamese with its type, e.g. Xã Lý Nam, or English), or its GSO code in area_code");
    else if (found.length > 1) bad(RULES.ambiguousName, "area_name", `"${name}" names ${found.length} units: ${describeUnits(found)}`, `${vintageHint}, or give the unit's code in area_code`);
  }

  let period: { start: string; end: string } | null = null;
  if (cells.period !== "") {
    const p = readPeriod(cells.period);
    if ("rule" in p) bad(p.rule, "period", p.message, p.hint);
    else period = p;
  }

  const kind = ref.indicators.get(cells.indicator);
  if (cells.indicator !== "" && kind === undefined) bad(RULES.unknownIndicator, "indicator", `unknown indicator "${cells.indicator}"`, "use an id from data/indicators.csv, or add the indicator there first");

  if (cells.value !== "") {
    let rule: number = RULES.notANumber;
    const n = figure(cells.value, col("value"), (c, message, hint) => {
      if (message.startsWith("negative")) rule = RULES.negative;
      add(rule, { file, line, field: c, message, hint });
    });
    if (n !== undefined && kind === "count" && !Number.isInteger(n)) {
      const text = cells.value;
      const vietnamese = /^\d{1,3}(\.\d{3})+$/.test(text);
      bad(
        RULES.countNotWhole,
        "value",
        vietnamese
          ? `"${text}" is not a whole number, but indicator "${cells.indicator}" is a count: in Vietnamese "${text}" means ${text.replace(/\./g, " ")} (the dot separates thousands)`
          : `"${text}" is not a whole number, but indicator "${cells.indicator}" is a count`,
        vietnamese ? `write ${text.replace(/\./g, "")} (digits only, no separator)` : "write the whole number the source gives; a count has no decimals",
      );
    }
  }

  const date = cells.source_date;
  if (date !== "") {
    if (!DAY.test(date)) bad(RULES.dateShape, "source_date", `not a date YYYY-MM-DD (found "${date.slice(0, 40)}")`, "write the document's date as YYYY-MM-DD (e.g. 2025-06-16)");
    else if (!validDay(date)) bad(RULES.invalidDate, "source_date", `"${date}" is not a date of the calendar`, "write the document's date as YYYY-MM-DD (e.g. 2025-06-16)");
    else if (period !== null && endsBefore(date, period.start)) {
      bad(RULES.sourceBeforePeriod, "source_date", `published on ${date}, before the period it covers begins (${period.start})`, "check source_date and period against the source: a figure cannot be published before its period starts");
    }
  }

  if (cells.quote_lang !== "" && !(QUOTE_LANGS as readonly string[]).includes(cells.quote_lang)) {
    bad(RULES.quoteLang, "quote_lang", `unknown language "${cells.quote_lang}"`, "write vi, en or fr");
  }
  return out;
}

/** A record's cells keyed by field, "" for a column the file does not have. */
export function fieldCells(cells: Readonly<Record<string, string>>, written: ReadonlyMap<PartnerField, string>): Record<PartnerField, string> {
  return Object.fromEntries(PARTNER_COLUMNS.map((c) => [c.en, cells[written.get(c.en) ?? ""] ?? ""])) as Record<PartnerField, string>;
}

/**
 * The small path for a partner file: csv.ts reads it (line numbers, UTF-8, characters), then every
 * record goes through checkPartnerRecord. Fine for a file that fits in memory; the national path
 * is national.ts. Returns every problem, header problems included.
 */
export function checkPartnerText(text: string, file: string, ref: PartnerReference): RowProblem[] {
  const scratch = new ProblemList();
  const csv = parseCsvText(text, file, [], scratch);
  if (csv === null) return scratch.items.map((p) => ({ ...p, rule: 0 }));
  const header = readPartnerHeader(file, csv.columns);
  if (header.problems.length > 0) return header.problems.map((p) => ({ ...p, rule: 0 }));
  const areas = new AreaIndex(ref.units);
  return csv.rows.flatMap((row) => checkPartnerRecord(file, row.line, fieldCells(row.cells, header.written), header.written, ref, areas));
}
