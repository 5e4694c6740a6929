/**
 * The partner format: the one definition of the columns a partner organisation fills in to
 * submit its own records, and the checks every row passes, shared by `npm run data -- --add FILE`
 * (Node) and the preview in the browser (a Web Worker), so both accept and refuse exactly the
 * same files with the same messages. data/README.md ("Partners' records") documents it for people;
 * public/data/partner-template.csv is the template the app offers for download.
 *
 * One header row. Each column may be named in English or in Vietnamese (case-insensitive, NFC).
 * Input is a table already split into cells (csv-parse in both places); output is the records,
 * or every problem with its line, column and what to do. Imports only zod and the schema.
 */
import { IsoDate, Lang, PartnerRecord, type Unit, type UnitId, type Vintage } from "./index";
import { describeCharacter, FIRST_YEAR, FORBIDDEN_CHARACTER, FORMULA_START, isWebAddress, LAST_YEAR, matchKey } from "./text";

/** The columns, by their English name. */
export type PartnerField =
  | "partner"
  | "area_code"
  | "area_name"
  | "vintage"
  | "period"
  | "indicator"
  | "value"
  | "source_publisher"
  | "source_date"
  | "source_url"
  | "quote"
  | "quote_lang";

export interface PartnerColumn {
  field: PartnerField;
  /** The header in English (the field's own name) and in Vietnamese, both accepted. */
  en: string;
  vi: string;
  /** `required`: the column and a value in every row; `area`: area_code or area_name (at least one); `optional`. */
  need: "required" | "area" | "optional";
  /** What to write, for the template and the documentation. */
  describeEn: string;
  describeVi: string;
}

/** The partner format's columns, in the template's order. Do not rename: other tools read these names. */
export const PARTNER_COLUMNS: readonly PartnerColumn[] = [
  { field: "partner", en: "partner", vi: "doi_tac", need: "required", describeEn: "organisation submitting the records", describeVi: "tổ chức gửi số liệu" },
  { field: "area_code", en: "area_code", vi: "ma_dia_ban", need: "area", describeEn: "unit code in either boundary vintage (450, or pre2025:450)", describeVi: "mã đơn vị hành chính, ranh giới cũ hoặc mới (450, hoặc pre2025:450)" },
  { field: "area_name", en: "area_name", vi: "ten_dia_ban", need: "area", describeEn: "unit name in either boundary vintage", describeVi: "tên đơn vị hành chính, ranh giới cũ hoặc mới" },
  { field: "vintage", en: "vintage", vi: "ranh_gioi", need: "optional", describeEn: "pre2025 or post2025, to tell apart two units of one name or code", describeVi: "pre2025 hoặc post2025, để phân biệt hai đơn vị cùng tên hoặc mã" },
  { field: "period", en: "period", vi: "ky", need: "required", describeEn: "a month YYYY-MM, or a period YYYY-MM-DD/YYYY-MM-DD", describeVi: "một tháng YYYY-MM, hoặc một kỳ YYYY-MM-DD/YYYY-MM-DD" },
  { field: "indicator", en: "indicator", vi: "chi_so", need: "required", describeEn: "an indicator id from data/indicators.csv", describeVi: "mã chỉ số trong data/indicators.csv" },
  { field: "value", en: "value", vi: "gia_tri", need: "required", describeEn: "a number ≥ 0, '.' as decimal mark, no thousands separators", describeVi: "số ≥ 0, dấu '.' cho phần thập phân, không dấu phân cách hàng nghìn" },
  { field: "source_publisher", en: "source_publisher", vi: "nguon", need: "required", describeEn: "publisher of the source", describeVi: "đơn vị công bố nguồn" },
  { field: "source_date", en: "source_date", vi: "ngay_nguon", need: "required", describeEn: "date of the source, YYYY-MM-DD", describeVi: "ngày của nguồn, YYYY-MM-DD" },
  { field: "source_url", en: "source_url", vi: "dia_chi_nguon", need: "optional", describeEn: "web address of the source; may be empty", describeVi: "địa chỉ web của nguồn; có thể để trống" },
  { field: "quote", en: "quote", vi: "trich_dan", need: "required", describeEn: "the sentence the figure comes from, verbatim", describeVi: "câu trích nguyên văn chứa số liệu" },
  { field: "quote_lang", en: "quote_lang", vi: "ngon_ngu", need: "required", describeEn: "language of the quote: vi, en or fr", describeVi: "ngôn ngữ của câu trích: vi, en hoặc fr" },
];

/** The header of the English and of the Vietnamese template. */
export const PARTNER_HEADER_EN: readonly string[] = PARTNER_COLUMNS.map((c) => c.en);
export const PARTNER_HEADER_VI: readonly string[] = PARTNER_COLUMNS.map((c) => c.vi);

/**
 * The rules a record can break, one name each. A problem of a record says which; the national path
 * (src/pipeline/national.ts) gives each field of each record one of these in SQL, and its tests and
 * its own run hold those verdicts to this module's.
 */
export const PARTNER_RULES = [
  "characters",
  "required",
  "formula",
  "vintage",
  "noArea",
  "unknownCode",
  "ambiguousCode",
  "nameNotCode",
  "unknownName",
  "ambiguousName",
  "periodShape",
  "invalidDate",
  "yearRange",
  "periodOrder",
  "unknownIndicator",
  "notANumber",
  "negative",
  "countNotWhole",
  "dateShape",
  "sourceBeforePeriod",
  "url",
  "quoteLang",
] as const;
export type PartnerRule = (typeof PARTNER_RULES)[number];

/** Columns of free text: a leading = + - @ would run as a spreadsheet formula. */
export const PARTNER_TEXT_FIELDS: readonly PartnerField[] = ["partner", "area_name", "source_publisher", "quote"];

/**
 * Each problem's words, by id: the message and, apart, the hint (what to do), so that a reader's
 * language can say them (src/i18n/locales/partnerProblems.{vi,en,fr}.json, under these ids, with
 * the problem's `params`). The English `message` and `hint` below are the same words in English,
 * for the command line; src/i18n/partnerProblems.test.ts holds the two to each other.
 */
export const PARTNER_MESSAGE_IDS = [
  "headerCharacter", "columnNoName", "columnUnknown", "columnTwice", "columnMissing", "columnNoArea", "noRecords",
  "characters", "required", "formula", "vintage", "noArea",
  "unknownCode", "unknownCodeInVintage", "ambiguousCode", "nameNotCode", "unknownName", "unknownNameInVintage", "ambiguousName", "ambiguousNameLoosely",
  "noSuchMonth", "yearRange", "noSuchDay", "periodOrder", "periodShape",
  "unknownIndicator", "tooLarge", "negative", "thousandsDot", "thousandsComma", "decimalComma", "spaces", "notANumber", "countNotWhole", "countNotWholeThousands",
  "sourceDate", "sourceYear", "sourceBeforePeriod", "url", "quoteLang",
  "tooBig", "notUtf8", "emptyFile", "notCsv", "notChecked",
] as const;
export type PartnerMessageId = (typeof PARTNER_MESSAGE_IDS)[number];

export const PARTNER_HINT_IDS = [
  "retypeHeader", "nameColumns", "keepOne", "addColumn", "addAreaColumn", "addRows",
  "retypeCell", "writeField", "formula", "vintage", "writeArea",
  "unknownCode", "ambiguousCode", "nameNotCode", "unknownName", "ambiguousName",
  "period", "indicator", "checkDigits", "noSign", "writeFixed", "writeDecimalDot", "writeNoSeparators", "writeNumber", "wholeCount", "wholeCountThousands",
  "sourceDate", "checkDate", "sourceBeforePeriod", "url", "quoteLang",
  "splitFile", "saveUtf8", "writeHeader", "quoting", "tryAgain",
] as const;
export type PartnerHintId = (typeof PARTNER_HINT_IDS)[number];

/** A unit named in a message: the reader's language says its vintage. */
export interface PartnerUnitRef {
  name: string;
  id: string;
  vintage: Vintage;
}

/** A message's values: text and numbers as they are; `vintage` a boundary vintage; `unit`/`units` units; `codes` unit ids (listed with "or"). */
export type PartnerParams = Readonly<Record<string, string | number | PartnerUnitRef | readonly PartnerUnitRef[] | readonly string[]>>;

/** What a problem says, by id, for the reader's language. */
export interface PartnerWords {
  code: PartnerMessageId;
  hintCode: PartnerHintId;
  params: PartnerParams;
}

/** Same shape as the pipeline's Problem (src/pipeline/problems.ts), so the pipeline reports these as its own. */
export interface PartnerProblem {
  file: string;
  line: number | null;
  field: string | null;
  /** In English (the command line); `words` says the same by id for the browser. */
  message: string;
  hint: string;
  /** The rule a record's problem breaks; none for the header and the file as a whole. */
  rule?: PartnerRule;
  /** The message and hint by id, with their values; absent only for a check outside the format's own (a schema issue). */
  words?: PartnerWords;
}

function words(code: PartnerMessageId, hintCode: PartnerHintId, params: PartnerParams = {}): PartnerWords {
  return { code, hintCode, params };
}

function unitRef(u: PartnerContext["units"][number]): PartnerUnitRef {
  return { name: u.nameVi, id: u.id, vintage: u.vintage };
}

function sortedUnits(units: readonly PartnerContext["units"][number][]): PartnerContext["units"][number][] {
  return [...units].sort((a, b) => a.vintage.localeCompare(b.vintage) * -1 || a.id.localeCompare(b.id));
}

/** A table already split into cells: the pipeline's CsvFile and the worker's parse have this shape. */
export interface PartnerTable {
  /** How to name the file in messages. */
  file: string;
  columns: readonly string[];
  rows: readonly { line: number; cells: Readonly<Record<string, string>> }[];
}

/** What a row is checked against: the project's units (both vintages) and indicators. */
export interface PartnerContext {
  units: readonly Pick<Unit, "id" | "vintage" | "code" | "nameVi" | "shortVi" | "nameEn">[];
  indicators: readonly { id: string; kind: "count" | "rate" }[];
}

export type PartnerCheck = { ok: true; records: PartnerRecord[] } | { ok: false; problems: PartnerProblem[] };

const BY_HEADER = new Map<string, PartnerColumn>(PARTNER_COLUMNS.flatMap((c) => [[c.en, c] as const, [c.vi, c] as const]));

/** How a name is compared before any looser match: NFC, lower case (cells are already trimmed). */
export function exactNameKey(name: string): string {
  return name.normalize("NFC").toLowerCase();
}

function headerKey(name: string): string {
  return name.normalize("NFC").trim().toLowerCase();
}

const VINTAGE_WORDS: Record<Vintage, string> = { pre2025: "before 1 July 2025", post2025: "from 1 July 2025" };

/** "Huyện Bố Trạch (pre2025:455, before 1 July 2025)". */
function describeUnit(u: PartnerContext["units"][number]): string {
  return `${u.nameVi} (${u.id}, ${VINTAGE_WORDS[u.vintage]})`;
}

/** Units before 1 July 2025 first, then by id, so a message reads the same whatever the units' order. */
function listUnits(units: readonly PartnerContext["units"][number][]): string {
  const names = [...units].sort((a, b) => a.vintage.localeCompare(b.vintage) * -1 || a.id.localeCompare(b.id)).map(describeUnit);
  return names.length <= 2 ? names.join(" and ") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

function sortedIds(units: readonly PartnerContext["units"][number][]): string[] {
  return [...units].sort((a, b) => a.vintage.localeCompare(b.vintage) * -1 || a.id.localeCompare(b.id)).map((u) => u.id);
}

/** Which column (as written) holds each field, or the header's problems; for a reader that checks the header before it reads any record. */
export function readPartnerHeader(file: string, columns: readonly string[]): { fields: Map<PartnerField, string> } | { problems: PartnerProblem[] } {
  const problems: PartnerProblem[] = [];
  const fields = readHeader({ file, columns, rows: [] }, problems);
  return fields === null ? { problems } : { fields };
}

/** Which column (as written) holds each field; problems for unknown, repeated and missing columns. */
function readHeader(table: PartnerTable, problems: PartnerProblem[]): Map<PartnerField, string> | null {
  const fields = new Map<PartnerField, string>();
  const file = table.file;
  const all = PARTNER_COLUMNS.map((c) => `${c.en} / ${c.vi}`).join(", ");
  table.columns.forEach((written, i) => {
    const column = BY_HEADER.get(headerKey(written));
    const bad = FORBIDDEN_CHARACTER.exec(written);
    if (bad !== null) {
      problems.push({ file, line: 1, field: written, message: `the column name contains ${describeCharacter(bad[0])}`, hint: "retype the header row", words: words("headerCharacter", "retypeHeader", { character: describeCharacter(bad[0]) }) });
      return;
    }
    if (column === undefined) {
      problems.push({
        file,
        line: 1,
        field: written === "" ? `column ${i + 1}` : written,
        message: written.trim() === "" ? `column ${i + 1} has no name` : `unknown column "${written}": its values would be ignored`,
        hint: `name each column in English or in Vietnamese as the template does: ${all}`,
        words: words(written.trim() === "" ? "columnNoName" : "columnUnknown", "nameColumns", { position: i + 1, column: written, columns: all }),
      });
      return;
    }
    const before = fields.get(column.field);
    if (before !== undefined) {
      problems.push({
        file,
        line: 1,
        field: written,
        message: `column "${written}" is the same column as "${before}" (${column.en} / ${column.vi}): one would silently replace the other`,
        hint: "keep one of the two columns",
        words: words("columnTwice", "keepOne", { column: written, before, en: column.en, vi: column.vi }),
      });
      return;
    }
    fields.set(column.field, written);
  });
  const missing = PARTNER_COLUMNS.filter((c) => c.need === "required" && !fields.has(c.field));
  for (const c of missing) {
    problems.push({ file, line: 1, field: c.en, message: `missing column ${c.en} (${c.vi}): ${c.describeEn}`, hint: `add the column ${c.en} or ${c.vi} to the header row (see the template)`, words: words("columnMissing", "addColumn", { en: c.en, vi: c.vi, describeEn: c.describeEn, describeVi: c.describeVi }) });
  }
  if (!fields.has("area_code") && !fields.has("area_name")) {
    problems.push({ file, line: 1, field: "area_code", message: "missing column area_code (ma_dia_ban) or area_name (ten_dia_ban): a record needs its area", hint: "add area_code / ma_dia_ban, area_name / ten_dia_ban, or both, to the header row", words: words("columnNoArea", "addAreaColumn") });
  }
  return problems.length > 0 ? null : fields;
}

const MONTH = /^(\d{4})-(\d{2})$/;
const PERIOD = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/;

function yearInRange(text: string): boolean {
  const y = Number(text.slice(0, 4));
  return y >= FIRST_YEAR && y <= LAST_YEAR;
}

/** A period cell: a month (both ends the month) or two real days in order; null with a message otherwise. */
export function parsePartnerPeriod(text: string): { start: string; end: string } | { error: string } {
  const read = readPeriod(text);
  return "error" in read ? { error: read.error } : read;
}

function readPeriod(text: string): { start: string; end: string } | { error: string; rule: PartnerRule; words: PartnerWords } {
  const years = { first: FIRST_YEAR, last: LAST_YEAR };
  const month = MONTH.exec(text);
  if (month !== null) {
    const m = Number(month[2]);
    if (m < 1 || m > 12) return { error: `"${text}": there is no month ${month[2]}`, rule: "invalidDate", words: words("noSuchMonth", "period", { text, month: month[2] ?? "" }) };
    if (!yearInRange(text)) return { error: `"${text}": the year is outside ${FIRST_YEAR}–${LAST_YEAR}`, rule: "yearRange", words: words("yearRange", "period", { text, ...years }) };
    return { start: text, end: text };
  }
  const period = PERIOD.exec(text);
  if (period !== null) {
    const [, start = "", end = ""] = period;
    for (const day of [start, end]) {
      if (!IsoDate.safeParse(day).success) return { error: `"${day}" does not exist in the calendar`, rule: "invalidDate", words: words("noSuchDay", "period", { text: day }) };
      if (!yearInRange(day)) return { error: `"${day}": the year is outside ${FIRST_YEAR}–${LAST_YEAR}`, rule: "yearRange", words: words("yearRange", "period", { text: day, ...years }) };
    }
    if (end < start) return { error: `the period ends (${end}) before it starts (${start})`, rule: "periodOrder", words: words("periodOrder", "period", { start, end }) };
    return { start, end };
  }
  return { error: `"${text}" is neither a month (YYYY-MM) nor a period (YYYY-MM-DD/YYYY-MM-DD)`, rule: "periodShape", words: words("periodShape", "period", { text }) };
}

/** A value cell: digits with an optional "." decimal part; anything else with a message saying what to write. */
export function parsePartnerValue(text: string): { value: number } | { error: string; hint: string } {
  const read = readValue(text);
  return "value" in read ? read : { error: read.error, hint: read.hint };
}

function readValue(text: string): { value: number } | { error: string; hint: string; words: PartnerWords } {
  if (/^\d+(\.\d+)?$/.test(text)) {
    const value = Number(text);
    if (Number.isFinite(value)) return { value };
    return { error: `"${text.slice(0, 20)}…" (${text.length} digits) is too large to be a figure`, hint: "check the value against the source: a slip of the keyboard repeated digits", words: words("tooLarge", "checkDigits", { start: text.slice(0, 20), digits: text.length }) };
  }
  const digits = text.replace(/[^\d]/g, "");
  if (/^-\s*\d/.test(text)) return { error: `"${text}" is negative: a value counts or measures something, and is never below 0`, hint: "write the number the source gives, without a sign", words: words("negative", "noSign", { text }) };
  if (/^\d{1,3}(\.\d{3})+,\d+$/.test(text)) {
    const fixed = `${text.slice(0, text.indexOf(",")).replace(/\./g, "")}.${text.slice(text.indexOf(",") + 1)}`;
    return { error: `"${text}" uses "." to separate thousands and "," for decimals`, hint: `write ${fixed}: digits, "." as the decimal mark, no thousands separators`, words: words("thousandsDot", "writeFixed", { text, fixed }) };
  }
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) {
    const fixed = text.replace(/,/g, "");
    return { error: `"${text}" uses "," to separate thousands`, hint: `write ${fixed}: digits, "." as the decimal mark, no thousands separators`, words: words("thousandsComma", "writeFixed", { text, fixed }) };
  }
  if (/^\d+,\d+$/.test(text)) {
    const fixed = text.replace(",", ".");
    return { error: `"${text}" uses "," as the decimal mark`, hint: `write ${fixed}: "." is the decimal mark in this format`, words: words("decimalComma", "writeDecimalDot", { text, fixed }) };
  }
  if (/^\d{1,3}([\s\u00A0\u202F]\d{3})+$/.test(text)) {
    return { error: `"${text}" has spaces between the digits`, hint: `write ${digits}: no thousands separators`, words: words("spaces", "writeNoSeparators", { text, fixed: digits }) };
  }
  return { error: `"${text}" is not a number`, hint: 'write the number as digits, with "." for decimals (e.g. 135 or 12.5)', words: words("notANumber", "writeNumber", { text }) };
}

type AreaMatch = { unit: UnitId } | { error: string; hint: string; rule: PartnerRule; words: PartnerWords };

/**
 * The unit a code or name stands for. A code is the statistics office's (`450`) or a unit id
 * (`pre2025:450`). A name matches a unit's full Vietnamese, short or English name: first exactly
 * (NFC, ignoring case); only when nothing matches exactly, ignoring tone marks and the type word
 * ("huyen bo trach"), as the search box does. Either way the match must be one unit: a name or
 * code of two units is an error naming both, resolved with `vintage` or the other column.
 */
function matchArea(code: string, name: string, vintage: Vintage | null, context: PartnerContext): AreaMatch {
  const units = context.units.filter((u) => vintage === null || u.vintage === vintage);
  const inVintage = vintage === null ? "" : ` among the units ${VINTAGE_WORDS[vintage]}`;
  if (code !== "") {
    const found = code.includes(":") ? units.filter((u) => u.id === code) : units.filter((u) => u.code === code);
    if (found.length === 0) {
      return {
        error: `no unit has the code "${code}"${inVintage}`,
        hint: "use a statistics-office code of the project's units (data/admin/), e.g. 450, or a unit id such as pre2025:450; or give area_name instead",
        rule: "unknownCode",
        words: vintage === null ? words("unknownCode", "unknownCode", { code }) : words("unknownCodeInVintage", "unknownCode", { code, vintage }),
      };
    }
    if (found.length > 1) {
      return {
        error: `the code "${code}" is the code of ${listUnits(found)}`,
        hint: `write pre2025 or post2025 in the vintage column (ranh_gioi), or give the unit id (${sortedIds(found).join(" or ")})`,
        rule: "ambiguousCode",
        words: words("ambiguousCode", "ambiguousCode", { code, units: sortedUnits(found).map(unitRef), codes: sortedIds(found) }),
      };
    }
    const unit = found[0]!;
    if (name !== "" && ![unit.nameVi, unit.shortVi, unit.nameEn].some((n) => matchKey(n) === matchKey(name))) {
      return {
        error: `the code "${code}" is ${describeUnit(unit)}, but the name says "${name}"`,
        hint: "correct the code or the name so that both give the same unit, or leave one of them empty",
        rule: "nameNotCode",
        words: words("nameNotCode", "nameNotCode", { code, unit: unitRef(unit), name }),
      };
    }
    return { unit: unit.id };
  }
  const exact = exactNameKey(name);
  let found = units.filter((u) => [u.nameVi, u.shortVi, u.nameEn].some((n) => exactNameKey(n) === exact));
  let loosely = false;
  if (found.length === 0) {
    const key = matchKey(name);
    found = units.filter((u) => [u.nameVi, u.shortVi, u.nameEn].some((n) => matchKey(n) === key));
    loosely = true;
  }
  if (found.length === 0) {
    return {
      error: `no unit is called "${name}"${inVintage}`,
      hint: "write the unit's name as the atlas's search shows it (e.g. Huyện Bố Trạch or Bố Trạch), or give its code in area_code",
      rule: "unknownName",
      words: vintage === null ? words("unknownName", "unknownName", { name }) : words("unknownNameInVintage", "unknownName", { name, vintage }),
    };
  }
  if (found.length > 1) {
    return {
      error: `"${name}" is the name of ${found.length} units${loosely ? " (ignoring tone marks and case)" : ""}: ${listUnits(found)}`,
      hint: `give the code in area_code (${sortedIds(found).join(", ")}), or write pre2025 or post2025 in the vintage column if that tells them apart`,
      rule: "ambiguousName",
      words: words(loosely ? "ambiguousNameLoosely" : "ambiguousName", "ambiguousName", { name, count: found.length, units: sortedUnits(found).map(unitRef), ids: sortedIds(found).join(", ") }),
    };
  }
  return { unit: found[0]!.id };
}

/** Checks every row; records only when there is no problem at all (a file is added whole or not at all). */
export function checkPartnerTable(table: PartnerTable, context: PartnerContext): PartnerCheck {
  const problems: PartnerProblem[] = [];
  const fields = readHeader(table, problems);
  if (fields === null) return { ok: false, problems };
  const file = table.file;
  if (table.rows.length === 0) {
    return { ok: false, problems: [{ file, line: 2, field: "rows", message: "the file has a header but no records", hint: "add one row per figure under the header row", words: words("noRecords", "addRows") }] };
  }
  const kinds = new Map(context.indicators.map((i) => [i.id, i.kind]));
  const records: PartnerRecord[] = [];
  for (const row of table.rows) {
    const line = row.line;
    const before = problems.length;
    const column = (f: PartnerField) => fields.get(f) ?? PARTNER_COLUMNS.find((c) => c.field === f)!.en;
    const get = (f: PartnerField) => {
      const written = fields.get(f);
      return written === undefined ? "" : (row.cells[written] ?? "").normalize("NFC").trim();
    };
    const problem = (f: PartnerField, rule: PartnerRule, message: string, hint: string, said: PartnerWords) => problems.push({ file, line, field: column(f), message, hint, rule, words: said });

    let clean = true;
    for (const [written, text] of Object.entries(row.cells)) {
      const bad = FORBIDDEN_CHARACTER.exec(text);
      if (bad === null) continue;
      clean = false;
      problems.push({ file, line, field: written, message: `contains the invisible character ${describeCharacter(bad[0])} at position ${bad.index + 1}`, hint: "retype the cell: such characters make the text show differently from what is stored", rule: "characters", words: words("characters", "retypeCell", { character: describeCharacter(bad[0]), position: bad.index + 1 }) });
    }
    if (!clean) continue;

    for (const f of PARTNER_COLUMNS.filter((c) => c.need === "required").map((c) => c.field)) {
      const c = PARTNER_COLUMNS.find((c) => c.field === f)!;
      if (get(f) === "") problem(f, "required", "is empty", `write the ${c.describeEn}`, words("required", "writeField", { describeEn: c.describeEn, describeVi: c.describeVi }));
    }
    for (const f of PARTNER_TEXT_FIELDS) {
      const text = get(f);
      if (FORMULA_START.test(text)) {
        problem(f, "formula", `text starts with "${text[0]}": a spreadsheet opening the file would run it as a formula`, "begin the text with a word or a digit", words("formula", "formula", { first: text[0] ?? "" }));
      }
    }

    const vintageText = get("vintage");
    let vintage: Vintage | null = null;
    if (vintageText === "pre2025" || vintageText === "post2025") vintage = vintageText;
    else if (vintageText !== "") problem("vintage", "vintage", `unknown boundary vintage "${vintageText}"`, "write pre2025 (boundaries before 1 July 2025), post2025 (from 1 July 2025), or leave it empty", words("vintage", "vintage", { text: vintageText }));

    const code = get("area_code");
    const name = get("area_name");
    let area: UnitId | null = null;
    if (code === "" && name === "") {
      problem(fields.has("area_code") ? "area_code" : "area_name", "noArea", "the record names no area", "write the unit's code in area_code or its name in area_name", words("noArea", "writeArea"));
    } else if (vintageText === "" || vintage !== null) {
      const match = matchArea(code, name, vintage, context);
      if ("unit" in match) area = match.unit;
      else problem(code !== "" ? "area_code" : "area_name", match.rule, match.error, match.hint, match.words);
    }

    const periodText = get("period");
    let period: { start: string; end: string } | null = null;
    if (periodText !== "") {
      const parsed = readPeriod(periodText);
      if ("error" in parsed) problem("period", parsed.rule, parsed.error, "write a month as YYYY-MM (2024-03) or a period as YYYY-MM-DD/YYYY-MM-DD (2024-01-01/2024-06-30)", parsed.words);
      else period = parsed;
    }

    const indicatorId = get("indicator");
    const kind = kinds.get(indicatorId);
    if (indicatorId !== "" && kind === undefined) {
      problem("indicator", "unknownIndicator", `unknown indicator "${indicatorId}"`, `use an id from data/indicators.csv: ${[...kinds.keys()].join(", ")}`, words("unknownIndicator", "indicator", { id: indicatorId, ids: [...kinds.keys()].join(", ") }));
    }

    const valueText = get("value");
    let value: number | null = null;
    if (valueText !== "") {
      const parsed = readValue(valueText);
      if ("error" in parsed) problem("value", /^-\s*\d/.test(valueText) ? "negative" : "notANumber", parsed.error, parsed.hint, parsed.words);
      else if (kind === "count" && !Number.isInteger(parsed.value)) {
        const vietnamese = /^\d{1,3}(\.\d{3})+$/.test(valueText);
        problem(
          "value",
          "countNotWhole",
          vietnamese ? `"${valueText}" is not a whole number, but "${indicatorId}" is a count: in Vietnamese "${valueText}" means ${valueText.replace(/\./g, " ")} (the dot separates thousands)` : `"${valueText}" is not a whole number, but "${indicatorId}" is a count`,
          vietnamese ? `write ${valueText.replace(/\./g, "")} (digits only, no separator)` : "write the whole number the source gives; a count has no decimals",
          vietnamese
            ? words("countNotWholeThousands", "wholeCountThousands", { text: valueText, indicator: indicatorId, spaced: valueText.replace(/\./g, " "), fixed: valueText.replace(/\./g, "") })
            : words("countNotWhole", "wholeCount", { text: valueText, indicator: indicatorId }),
        );
      } else value = parsed.value;
    }

    const sourceDate = get("source_date");
    if (sourceDate !== "") {
      if (!IsoDate.safeParse(sourceDate).success) problem("source_date", /^\d{4}-\d{2}-\d{2}$/.test(sourceDate) ? "invalidDate" : "dateShape", `"${sourceDate}" is not a date written YYYY-MM-DD that exists`, "write the source's date as YYYY-MM-DD (e.g. 2025-05-27)", words("sourceDate", "sourceDate", { text: sourceDate }));
      else if (!yearInRange(sourceDate)) problem("source_date", "yearRange", `the year of ${sourceDate} is outside ${FIRST_YEAR}–${LAST_YEAR}`, "check the date against the source", words("sourceYear", "checkDate", { date: sourceDate, first: FIRST_YEAR, last: LAST_YEAR }));
      else if (period !== null && sourceDate < period.start.slice(0, 10)) {
        problem("source_date", "sourceBeforePeriod", `the source is dated ${sourceDate}, before the period it reports on begins (${period.start})`, "check source_date and period against the source: a figure cannot be reported before its period starts", words("sourceBeforePeriod", "sourceBeforePeriod", { date: sourceDate, start: period.start }));
      }
    }
    const url = get("source_url");
    if (url !== "" && !isWebAddress(url)) problem("source_url", "url", `not a web address (found "${url.slice(0, 60)}")`, "write the address starting with https:// (or http://), or leave the cell empty: the publisher is then cited as written", words("url", "url", { text: url.slice(0, 60) }));

    const lang = get("quote_lang");
    if (lang !== "" && !Lang.safeParse(lang).success) problem("quote_lang", "quoteLang", `unknown language "${lang}"`, "write vi, en or fr: the language the quote is written in", words("quoteLang", "quoteLang", { text: lang }));

    if (problems.length > before || area === null || period === null || value === null) continue;
    const record = PartnerRecord.safeParse({
      partner: get("partner"),
      area,
      areaAsWritten: code !== "" ? code : name,
      periodStart: period.start,
      periodEnd: period.end,
      indicatorId,
      value,
      sourcePublisher: get("source_publisher"),
      sourceDate,
      sourceUrl: url,
      quote: get("quote"),
      quoteLang: lang,
      file,
      line,
    });
    if (record.success) records.push(record.data);
    else for (const issue of record.error.issues) problems.push({ file, line, field: issue.path.join("."), message: issue.message, hint: "check this cell against the template" });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, records };
}

/** The template's text: the English header row, or the Vietnamese one; no records (a file of example figures would invent them). */
export function partnerTemplate(lang: "en" | "vi"): string {
  return `${(lang === "en" ? PARTNER_HEADER_EN : PARTNER_HEADER_VI).join(",")}\n`;
}
