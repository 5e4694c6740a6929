/**
 * The national path: partner CSV submissions (the format of src/schema/partner.ts) at millions of records, checked
 * and published with DuckDB (its Node API) instead of row objects in JavaScript. `npm run data`
 * stays the small path for the hand-edited files of data/.
 *
 * Every record goes through the rules of checkPartnerTable (src/schema/partner.ts, the format's one
 * definition, also run by `npm run data -- --add` and the browser's preview), written here as SQL over whole columns:
 *   1. Node reads each file's header (English or Vietnamese names; unknown, repeated or missing
 *      columns, empty files and files without rows stop the run before any record is read).
 *   2. One streaming pass for all files (one read_csv per header layout, joined): DuckDB reads the
 *      CSV (RFC 4180; a record it cannot read is kept in its rejects table with its line), trims
 *      every cell as csv.ts does, resolves the area against the units of both vintages by code or
 *      by name, gives each field a rule number (0 = fine), and writes the records straight into
 *      Parquet partitions in a work folder: indicator × vintage for good records, one partition
 *      for records with a problem (with their file, cells and rules).
 *   3. When any rule fired: counts per field and rule from that partition, and the first
 *      PROBLEM_LIST_LIMIT records in file order, found by reading their files again with csv-parse
 *      and explained by checkPartnerTable (the format's own words) with file, line and column; per
 *      file, the reference's verdicts must be the SQL's. Nothing is written.
 *   4. Otherwise: the partitions become one Parquet file per indicator and vintage, with a
 *      manifest (role, records, sha256), published by write.ts (staged, manifest last).
 *
 * Memory stays bounded: DuckDB streams the CSV and spills to the work folder beyond memory_limit.
 */
import { createHash } from "node:crypto";
import { closeSync, createReadStream, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { parse as parseStream } from "csv-parse";
import { parse } from "csv-parse/sync";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { SCHEMA_VERSION } from "../schema";
import { readCsv, startLine } from "./csv";
import { INDICATOR_COLUMNS, indicatorSpec } from "./figures-rows";
import { checkPartnerTable, exactNameKey, PARTNER_COLUMNS, PARTNER_RULES, PARTNER_TEXT_FIELDS, readPartnerHeader, type PartnerContext, type PartnerField, type PartnerProblem, type PartnerRule } from "../schema/partner";
import { Lang } from "../schema";
import { matchKey, UNIT_PREFIXES, UNIT_SUFFIXES } from "../schema/text";
import { ProblemList, type Problem } from "./problems";
import { parseRows } from "./rows";
import { publishFiles, recoverOutput } from "./write";

/** How many problem records are listed; the rest are counted per field and rule. */
export const PROBLEM_LIST_LIMIT = 100;

export interface NationalOptions {
  /** The folder of partner CSV files (read recursively, in name order). */
  inputDir: string;
  /** units.json of the project (or of the synthetic benchmark). */
  unitsFile: string;
  /** data/indicators.csv (or the synthetic benchmark's). */
  indicatorsFile: string;
  outDir: string;
  /** Paths are shown relative to this folder. */
  cwd: string;
  /** Where the work and staging folders go: on the output's file system (renames). */
  workDir: string;
  threads?: number;
  /** DuckDB's memory_limit, e.g. "1GB". */
  memoryLimit?: string;
  env?: Record<string, string | undefined>;
}

/** Rule numbers of the SQL (0 = no problem): PARTNER_RULES' order, from 1. */
export const RULES = Object.fromEntries(PARTNER_RULES.map((r, i) => [r, i + 1])) as Record<PartnerRule, number>;
export const RULE_NAMES: Record<number, PartnerRule> = Object.fromEntries(PARTNER_RULES.map((r, i) => [i + 1, r]));
const VINTAGES = ["pre2025", "post2025"] as const;

export interface RuleCount {
  field: PartnerField;
  rule: string;
  records: number;
}

export interface OutputEntry {
  path: string;
  role: "figures";
  indicator: string;
  vintage: string;
  records: number;
  sha256: string;
  bytes: number;
}

export type NationalResult =
  | { ok: true; records: number; files: OutputEntry[]; seconds: Record<string, number> }
  | { ok: false; problems: Problem[]; counts: RuleCount[]; seconds: Record<string, number> };

const FIELDS = PARTNER_COLUMNS.map((c) => c.field);
/** JavaScript's String.prototype.trim set (csv.ts trims every cell with it). */
const TRIM_CHARS = "\t\n\u000B\f\r \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF";
/** src/schema/text.ts FORBIDDEN_CHARACTER, in RE2's syntax. */
const FORBIDDEN_RE2 = "[\\x{0000}-\\x{0009}\\x{000B}\\x{000C}\\x{000E}-\\x{001F}\\x{007F}-\\x{009F}\\x{061C}\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FEFF}\\x{FFFD}]";
/** src/schema/text.ts isWebAddress's /^https?:\/\/[^\s"<>]+$/i, with JavaScript's \s spelt out (RE2's is ASCII only). */
const URL_RE2 = "(?i)https?://[^\\t\\n\\x{000B}\\f\\r \\x{00A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}\"<>]+";
/** parsePartnerValue's accepted shape: digits with an optional "." decimal part. */
const FIGURE_RE2 = "[0-9]+(\\.[0-9]+)?";
/** parsePartnerValue's /^-\s*\d/ (a negative number), with JavaScript's \s spelt out. */
const NEGATIVE_RE2 = "^-[\\t\\n\\x{000B}\\f\\r \\x{00A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}]*[0-9]";

/**
 * The partitioned write of the one pass. Row groups of 16,384 rows, not 65,536: the quote (one per
 * record in an indicator's file) fills each row group's dictionary before the writer gives it up,
 * and a smaller dictionary stays in cache; on the 6 million synthetic records the write took 15–30%
 * less CPU for 6% more bytes (48 MiB instead of 45).
 */
export const PARTS_COPY_OPTIONS = "FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE 16384, PARTITION_BY (indicator, vintage), FILENAME_PATTERN 'figures_{i}'";
/** The partition that holds records with a problem; never published. */
const PROBLEMS_PART = "_problems";
/** A column of the checked records that only a record with a problem fills: always null in a published file. */
const CHECK_COLUMN = "problem";

/** A field's rule number in the problem column (its list of rules is in FIELDS' order). */
const ruleOf = (f: PartnerField) => `${CHECK_COLUMN}.rules[${FIELDS.indexOf(f) + 1}]`;
const q = (s: string) => `'${s.replace(/'/g, "''")}'`;
const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** The CSV files under `dir`, in name order, relative paths. */
export function listInputFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.toLowerCase().endsWith(".csv")) out.push(path);
    }
  };
  walk(dir);
  return out;
}

/** The header line of a CSV file, parsed (BOM dropped, names trimmed), and whether a record follows it; null when the file is empty. */
function readHeaderLine(path: string): { columns: string[]; hasRows: boolean } | null {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const n = readSync(fd, buffer, 0, buffer.length, 0);
    const text = buffer.subarray(0, n).toString("utf8").replace(/^\uFEFF/, "");
    const end = text.search(/\r?\n/);
    const head = end >= 0 ? text.slice(0, end) : text;
    if (head.trim() === "") return null;
    const [row] = parse(head, { relax_column_count: true }) as string[][];
    return { columns: (row ?? []).map((h) => h.trim()), hasRows: end >= 0 && text.slice(end).trim() !== "" };
  } finally {
    closeSync(fd);
  }
}

/** The project's units of both vintages, as partner rows may name them. */
export function readUnits(unitsFile: string): PartnerContext["units"] {
  const json = JSON.parse(readFileSync(unitsFile, "utf8")) as { units: PartnerContext["units"][number][] };
  return json.units.map((u) => ({ id: u.id, vintage: u.vintage, code: u.code, nameVi: u.nameVi, shortVi: u.shortVi, nameEn: u.nameEn }));
}

/** src/schema/text.ts matchKey in SQL (fold tone marks and đ, lower case, punctuation to spaces, one type word off each end). */
export function matchKeySql(x: string): string {
  const folded = `lower(replace(replace(strip_accents(${x}), 'đ', 'd'), 'Đ', 'D'))`;
  const normal = `trim(regexp_replace(${folded}, '[^\\p{L}\\p{N}]+', ' ', 'g'))`;
  const prefixes = `'^(${UNIT_PREFIXES.join("|")}) '`;
  const suffixes = `' (${UNIT_SUFFIXES.join("|")})$'`;
  return `regexp_replace(regexp_replace(${normal}, ${prefixes}, ''), ${suffixes}, '')`;
}

export interface Group {
  files: string[];
  /** Field -> column name as written. */
  written: Map<PartnerField, string>;
  /** The columns in file order, as written. */
  columns: string[];
  /** Index of the group's first file among all files. */
  base: number;
}

const WS = q(TRIM_CHARS);
/** A cell as read (an empty cell reads as NULL). */
const rawCell = (f: PartnerField, g: Group) => (g.written.has(f) ? `coalesce(${ident(g.written.get(f)!)}, '')` : "''");
/** Joins a row's cells for the row-wide checks below; not a character any rule looks for. */
const SEP = "\uE000";
const WS_CLASS = `[${TRIM_CHARS.replace("\t", "\\t").replace("\n", "\\n").replace("\u000B", "\\x{000B}").replace("\f", "\\f").replace("\r", "\\r")}]`;
/** A row with a cell that starts or ends with white space (csv.ts trims every cell): DuckDB's trim with a set of characters is slow, so only such rows pay for it. */
const NEEDS_TRIM = `(^|${SEP})${WS_CLASS}|${WS_CLASS}($|${SEP})`;
/** FORMULA_START of src/schema/text.ts. */
const formula = (f: PartnerField) => (PARTNER_TEXT_FIELDS.includes(f) ? `WHEN left(${f}, 1) IN ('=', '+', '-', '@') THEN ${RULES.formula}` : "");
const yearOut = (y: string) => `(TRY_CAST(${y} AS INTEGER) NOT BETWEEN 1945 AND 2100)`;

/**
 * A row that no rule but the look-ups (area, indicator) and the calendar (a day that does not
 * exist, a period's order, a source dated before its period) can fault, in one regular expression
 * over the row's cells joined by SEP, in FIELDS' order: no invisible character, nothing to trim,
 * no formula start, every required cell filled, and the shapes the rules' own expressions check
 * (a month or period with its years in 1945–2100, a plain number short enough to be finite, a
 * date, an address, a language). One pass of one automaton over the row replaces the row-wide
 * look for characters and white space and four short expressions per record; a row it does not
 * match takes every rule's full expression, as before.
 */
const FORBIDDEN_SET = FORBIDDEN_RE2.slice(1, -1);
const WS_SET = WS_CLASS.slice(1, -1);
/** Any character a cell may hold inside; at its ends; at the start of a text field (no formula). */
const INNER = `[^${FORBIDDEN_SET}\\x{E000}]`;
const EDGE = `[^${FORBIDDEN_SET}${WS_SET}\\x{E000}]`;
const TEXT_START = `[^${FORBIDDEN_SET}${WS_SET}\\x{E000}=+\\-@]`;
const YEAR = "(194[5-9]|19[5-9][0-9]|20[0-9][0-9]|2100)";
const GOOD_CELL: Record<PartnerField, string> = {
  partner: `${TEXT_START}(${INNER}*${EDGE})?`,
  area_code: `(${EDGE}(${INNER}*${EDGE})?)?`,
  area_name: `(${TEXT_START}(${INNER}*${EDGE})?)?`,
  vintage: `(${VINTAGES.join("|")})?`,
  period: `${YEAR}-(0[1-9]|1[0-2])|${YEAR}-[0-9]{2}-[0-9]{2}/${YEAR}-[0-9]{2}-[0-9]{2}`,
  indicator: `${EDGE}(${INNER}*${EDGE})?`,
  value: "[0-9]{1,30}(\\.[0-9]{1,30})?",
  source_publisher: `${TEXT_START}(${INNER}*${EDGE})?`,
  source_date: `${YEAR}-[0-9]{2}-[0-9]{2}`,
  source_url: `((?i:https?)://[^${FORBIDDEN_SET}${WS_SET}"<>\\x{E000}]+)?`,
  quote: `${TEXT_START}(${INNER}*${EDGE})?`,
  quote_lang: `(${Lang.options.join("|")})`,
};
export const GOOD_ROW_RE2 = FIELDS.map((f) => `(${GOOD_CELL[f]})`).join(SEP);

/** The SQL of one pass: every record of a group's files with a rule number per field. */
export function checkSql(groups: readonly Group[]): string {
  const R = RULES;
  // One read_csv per header layout, all in one query: one pass, one set of partition files.
  const reads = groups.map((g, gi) => {
    const columns = `{${g.columns.map((c) => `${q(c)}: 'VARCHAR'`).join(", ")}}`;
    return `SELECT file_index::INTEGER + ${g.base} AS f, ${g.written.has("area_code")} AS has_code, ${FIELDS.map((f) => `${rawCell(f, g)} AS r_${f}`).join(", ")}
  FROM read_csv([${g.files.map(q).join(", ")}], header = true, columns = ${columns}, auto_detect = false, delim = ',', quote = '"', escape = '"',
    strict_mode = true, null_padding = false, store_rejects = true, rejects_table = ${q(`rej${gi}_errors`)}, rejects_scan = ${q(`rej${gi}_scans`)})`;
  });
  return `
WITH raw AS (
  ${reads.join("\n  UNION ALL\n  ")}
), joined AS (
  SELECT *, concat_ws(${q(SEP)}, ${FIELDS.map((f) => `r_${f}`).join(", ")}) AS row_text FROM raw
), suspects AS (
  -- One pass of one expression over the row finds the rows that need a closer look (GOOD_ROW_RE2).
  SELECT *, regexp_full_match(row_text, ${q(GOOD_ROW_RE2)}) AS fast FROM joined
), looks AS (
  -- CASE, not AND: DuckDB evaluates both sides of an AND on every row, a CASE's branch only on
  -- the rows it selects, so the clean rows (nearly all) pay for one regular expression, not three.
  SELECT *,
    -- Checked before trimming: a superset of the cells that hold such a character once trimmed.
    CASE WHEN fast THEN false ELSE regexp_matches(row_text, ${q(FORBIDDEN_RE2)}) END AS anychar,
    CASE WHEN fast THEN false ELSE regexp_matches(row_text, ${q(NEEDS_TRIM)}) END AS needs_trim
  FROM suspects
), src AS (
  SELECT f, has_code, fast, anychar,
    ${FIELDS.map((f) => `CASE WHEN needs_trim THEN trim(r_${f}, ${WS}) ELSE r_${f} END AS ${f}`).join(", ")}
  FROM looks
), t AS (
  SELECT *,
    -- A character that the trimming did not take off: the row is then checked for characters only (as checkPartnerTable does).
    CASE WHEN anychar THEN regexp_matches(concat_ws(${q(SEP)}, ${FIELDS.join(", ")}), ${q(FORBIDDEN_RE2)}) ELSE false END AS has_char,
    CASE WHEN vintage IN (${VINTAGES.map(q).join(", ")}) THEN vintage ELSE '' END AS vkey,
    vintage = '' OR vintage IN (${VINTAGES.map(q).join(", ")}) AS vintage_ok,
    CASE WHEN fast THEN strlen(period) = 7 ELSE regexp_full_match(period, '[0-9]{4}-[0-9]{2}') END AS is_month,
    CASE WHEN fast THEN strlen(period) = 21 ELSE regexp_full_match(period, '[0-9]{4}-[0-9]{2}-[0-9]{2}/[0-9]{4}-[0-9]{2}-[0-9]{2}') END AS is_range,
    TRY_CAST(value AS DOUBLE) AS v,
    TRY_CAST(source_date AS DATE) AS sd
  FROM src
), p0 AS (
  SELECT t.*,
    CASE WHEN is_month THEN period WHEN is_range THEN period[1:10] END AS p_start,
    CASE WHEN is_month THEN period WHEN is_range THEN period[12:21] END AS p_end,
    CASE WHEN is_month THEN TRY_CAST(period || '-01' AS DATE) WHEN is_range THEN TRY_CAST(period[1:10] AS DATE) END AS ps,
    CASE WHEN is_month THEN TRY_CAST(period || '-01' AS DATE) WHEN is_range THEN TRY_CAST(period[12:21] AS DATE) END AS pe,
    cl.n AS code_n, cl.id AS code_id, cl.vintage AS code_vintage,
    nl.n AS exact_n, nl.id AS exact_id, nl.vintage AS exact_vintage, ne.loose AS known_loose,
    ind.kind
  FROM t
  LEFT JOIN code_lookup cl ON cl.code = t.area_code AND cl.vkey = t.vkey
  -- A name as units.json writes it is found as it is; only other spellings pay for normalising.
  LEFT JOIN name_exact ne ON ne.name = t.area_name
  LEFT JOIN name_lookup nl ON nl.key = coalesce(ne.key, lower(nfc_normalize(t.area_name))) AND nl.vkey = t.vkey
  LEFT JOIN indicators ind ON ind.id = t.indicator
), p1 AS (
  SELECT p0.*,
    -- The looser key (no tone marks, no type word) only where a rule looks at it: a name beside a
    -- code, or a name that no unit has exactly (NFC, ignoring case).
    CASE WHEN area_name <> '' AND (area_code <> '' OR exact_n IS NULL) THEN coalesce(known_loose, ${matchKeySql("nfc_normalize(area_name)")}) END AS loose
  FROM p0
), p AS (
  SELECT p1.*,
    CASE WHEN exact_n IS NOT NULL THEN exact_n ELSE ll.n END AS name_n,
    CASE WHEN exact_n IS NOT NULL THEN exact_id ELSE ll.id END AS name_id,
    CASE WHEN exact_n IS NOT NULL THEN exact_vintage ELSE ll.vintage END AS name_vintage,
    np.id IS NOT NULL AS name_of_code
  FROM p1
  -- The condition on the record is inside the key (null matches nothing): a condition on one side
  -- of a LEFT JOIN's ON clause makes DuckDB compare every record with every key (a nested loop).
  LEFT JOIN loose_lookup ll ON ll.key = CASE WHEN p1.area_code = '' AND p1.exact_n IS NULL THEN p1.loose END AND ll.vkey = p1.vkey
  LEFT JOIN unit_loose np ON np.key = p1.loose AND np.id = p1.code_id
), c AS (
  -- Per field, the rule of the first problem checkPartnerTable reports on it, in its order.
  SELECT p.*,
    -- A fast row (GOOD_ROW_RE2) has every cell's shape right: only its look-ups and its calendar are left to check.
    CASE WHEN fast THEN 0 WHEN partner = '' THEN ${R.required} ${formula("partner")} ELSE 0 END::UTINYINT AS c_partner,
    CASE WHEN has_code AND area_code = '' AND area_name = '' THEN ${R.noArea}
      WHEN area_code <> '' AND vintage_ok THEN CASE WHEN coalesce(code_n, 0) = 0 THEN ${R.unknownCode} WHEN code_n > 1 THEN ${R.ambiguousCode}
        WHEN area_name <> '' AND NOT name_of_code THEN ${R.nameNotCode} ELSE 0 END
      ELSE 0 END::UTINYINT AS c_area_code,
    CASE ${formula("area_name")}
      WHEN NOT has_code AND area_name = '' THEN ${R.noArea}
      WHEN area_code = '' AND area_name <> '' AND vintage_ok THEN CASE WHEN coalesce(name_n, 0) = 0 THEN ${R.unknownName} WHEN name_n > 1 THEN ${R.ambiguousName} ELSE 0 END
      ELSE 0 END::UTINYINT AS c_area_name,
    CASE WHEN NOT vintage_ok THEN ${R.vintage} ELSE 0 END::UTINYINT AS c_vintage,
    CASE WHEN fast THEN CASE WHEN is_month THEN 0 WHEN ps IS NULL OR pe IS NULL THEN ${R.invalidDate} WHEN p_end < p_start THEN ${R.periodOrder} ELSE 0 END
      WHEN period = '' THEN ${R.required} WHEN NOT (is_month OR is_range) THEN ${R.periodShape}
      WHEN is_month THEN CASE WHEN TRY_CAST(period[6:7] AS INTEGER) NOT BETWEEN 1 AND 12 THEN ${R.invalidDate} WHEN ${yearOut("period[1:4]")} THEN ${R.yearRange} ELSE 0 END
      WHEN ps IS NULL THEN ${R.invalidDate} WHEN ${yearOut("p_start[1:4]")} THEN ${R.yearRange}
      WHEN pe IS NULL THEN ${R.invalidDate} WHEN ${yearOut("p_end[1:4]")} THEN ${R.yearRange}
      WHEN p_end < p_start THEN ${R.periodOrder} ELSE 0 END::UTINYINT AS c_period,
    CASE WHEN indicator = '' THEN ${R.required} WHEN kind IS NULL THEN ${R.unknownIndicator} ELSE 0 END::UTINYINT AS c_indicator,
    CASE WHEN fast THEN CASE WHEN v IS NULL OR NOT isfinite(v) THEN ${R.notANumber} WHEN kind = 'count' AND v <> floor(v) THEN ${R.countNotWhole} ELSE 0 END
      WHEN value = '' THEN ${R.required}
      WHEN regexp_full_match(value, ${q(FIGURE_RE2)}) THEN CASE WHEN v IS NULL OR NOT isfinite(v) THEN ${R.notANumber} WHEN kind = 'count' AND v <> floor(v) THEN ${R.countNotWhole} ELSE 0 END
      WHEN regexp_matches(value, ${q(NEGATIVE_RE2)}) THEN ${R.negative} ELSE ${R.notANumber} END::UTINYINT AS c_value,
    CASE WHEN fast THEN 0 WHEN source_publisher = '' THEN ${R.required} ${formula("source_publisher")} ELSE 0 END::UTINYINT AS c_source_publisher,
    CASE WHEN fast THEN CASE WHEN sd IS NULL THEN ${R.invalidDate} ELSE 0 END WHEN source_date = '' THEN ${R.required} WHEN NOT regexp_full_match(source_date, '[0-9]{4}-[0-9]{2}-[0-9]{2}') THEN ${R.dateShape}
      WHEN sd IS NULL THEN ${R.invalidDate} WHEN ${yearOut("source_date[1:4]")} THEN ${R.yearRange} ELSE 0 END::UTINYINT AS c_source_date0,
    CASE WHEN fast THEN 0 WHEN source_url <> '' AND NOT regexp_full_match(source_url, ${q(URL_RE2)}) THEN ${R.url} ELSE 0 END::UTINYINT AS c_source_url,
    CASE WHEN fast THEN 0 WHEN quote = '' THEN ${R.required} ${formula("quote")} ELSE 0 END::UTINYINT AS c_quote,
    CASE WHEN fast THEN 0 WHEN quote_lang = '' THEN ${R.required} WHEN quote_lang NOT IN (${Lang.options.map(q).join(", ")}) THEN ${R.quoteLang} ELSE 0 END::UTINYINT AS c_quote_lang
  FROM p
), d0 AS (
  SELECT c.* EXCLUDE (c_source_date0),
    CASE WHEN c_source_date0 = 0 AND period <> '' AND c_period = 0 AND sd < ps THEN ${R.sourceBeforePeriod} ELSE c_source_date0 END::UTINYINT AS c_source_date
  FROM c
), d AS (
  -- A row with an invisible character is checked for nothing else: each cell that holds one is named.
  SELECT d0.* EXCLUDE (${FIELDS.map((x) => `c_${x}`).join(", ")}),
    ${FIELDS.map((x) => `CASE WHEN has_char THEN CASE WHEN regexp_matches(${x}, ${q(FORBIDDEN_RE2)}) THEN ${R.characters} ELSE 0 END ELSE c_${x} END::UTINYINT AS c_${x}`).join(",\n    ")}
  FROM d0
)
SELECT
  -- The partition: a good record goes to its indicator's and its unit's vintage's file, a record
  -- with a problem to the problems partition (kept out of the output, read for the report).
  CASE WHEN bad THEN ${q(PROBLEMS_PART)} ELSE indicator END AS indicator,
  CASE WHEN bad THEN 'none' ELSE area_vintage END AS vintage,
  CASE WHEN bad THEN NULL ELSE area END AS area, p_start AS period_start, p_end AS period_end, v AS value,
  partner, source_publisher, source_date, source_url, quote, quote_lang,
  -- Only a record with a problem keeps its file, its cells and its rule per field (null in a published file).
  -- Three leaves, not one per cell and rule: Parquet writes every leaf of a struct for every record,
  -- null or not, and 25 leaves cost a fifth of the write.
  CASE WHEN bad THEN struct_pack(file := f, cells := [${FIELDS.join(", ")}], rules := [${FIELDS.map((x) => `c_${x}`).join(", ")}]::UTINYINT[]) END AS ${CHECK_COLUMN}
FROM (SELECT *, (${FIELDS.map((x) => `c_${x}`).join(" + ")}) > 0 AS bad,
  CASE WHEN area_code <> '' THEN code_id ELSE name_id END AS area,
  CASE WHEN area_code <> '' THEN code_vintage ELSE name_vintage END AS area_vintage
FROM d)`;
}

/** Loads the tables the SQL joins: codes (and unit ids) and names per vintage (and across both), exactly and loosely, and the indicators. */
export async function loadReference(db: DuckDBConnection, ref: PartnerContext): Promise<void> {
  await db.run("CREATE TABLE units (id VARCHAR, vintage VARCHAR, code VARCHAR)");
  await db.run("CREATE TABLE unit_names (id VARCHAR, vintage VARCHAR, key VARCHAR)");
  await db.run("CREATE TABLE unit_loose (id VARCHAR, vintage VARCHAR, key VARCHAR)");
  await db.run("CREATE TABLE indicators (id VARCHAR, kind VARCHAR)");
  // An appender, not INSERT ... VALUES: parsing the statements of ~70,000 rows took 1.7 s of CPU
  // on one thread before any record was read, an appender takes a tenth of that.
  const insert = async (table: string, rows: string[][]) => {
    const appender = await db.createAppender(table);
    try {
      for (const row of rows) {
        for (const cell of row) appender.appendVarchar(cell);
        appender.endRow();
      }
      appender.flushSync();
    } finally {
      appender.closeSync();
    }
  };
  const names = (u: PartnerContext["units"][number]) => [u.nameVi, u.shortVi, u.nameEn];
  // Each name's loose key once: a name is looked up for its unit and for each of its spellings.
  const looseKeys = new Map<string, string>();
  const loose = (n: string) => looseKeys.get(n) ?? looseKeys.set(n, matchKey(n)).get(n)!;
  // A code with ":" is a unit id (pre2025:450), as checkPartnerTable reads it.
  await insert("units", ref.units.flatMap((u) => [[u.id, u.vintage, u.id], ...(u.code.includes(":") ? [] : [[u.id, u.vintage, u.code]])]));
  await insert("unit_names", ref.units.flatMap((u) => [...new Set(names(u).map(exactNameKey))].map((k) => [u.id, u.vintage, k])));
  await insert("unit_loose", ref.units.flatMap((u) => [...new Set(names(u).map(loose))].map((k) => [u.id, u.vintage, k])));
  await insert("indicators", ref.indicators.map((i) => [i.id, i.kind]));
  await db.run("CREATE TABLE name_exact (name VARCHAR, key VARCHAR, loose VARCHAR)");
  const spellings = new Map<string, string>();
  for (const u of ref.units) for (const n of names(u)) for (const form of [n, n.normalize("NFC"), n.normalize("NFD")]) spellings.set(form, n);
  await insert("name_exact", [...spellings].map(([form, n]) => [form, exactNameKey(n), loose(n)]));
  await db.run(`CREATE TABLE code_lookup AS
    SELECT code, vintage AS vkey, count(DISTINCT id) AS n, min(id) AS id, min(vintage) AS vintage FROM units GROUP BY code, vintage
    UNION ALL SELECT code, '' AS vkey, count(DISTINCT id) AS n, min(id) AS id, min(vintage) AS vintage FROM units GROUP BY code`);
  for (const [table, from] of [
    ["name_lookup", "unit_names"],
    ["loose_lookup", "unit_loose"],
  ]) {
    await db.run(`CREATE TABLE ${table} AS
    SELECT key, vintage AS vkey, count(DISTINCT id) AS n, min(id) AS id, min(vintage) AS vintage FROM ${from} GROUP BY key, vintage
    UNION ALL SELECT key, '' AS vkey, count(DISTINCT id) AS n, min(id) AS id, min(vintage) AS vintage FROM ${from} GROUP BY key`);
  }
}

/** sha256 of a file, streamed. */
async function sha256File(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

export function readReference(unitsFile: string, indicatorsFile: string, shown: (p: string) => string, problems: ProblemList): PartnerContext | null {
  if (!existsSync(unitsFile)) {
    problems.add({ file: shown(unitsFile), line: null, field: null, message: "file not found", hint: "give --units the units.json that `npm run data` writes (default public/data/units.json)" });
    return null;
  }
  const csv = readCsv(indicatorsFile, shown(indicatorsFile), INDICATOR_COLUMNS, problems);
  if (csv === null) return null;
  const rows = parseRows(csv, indicatorSpec, problems);
  return { units: readUnits(unitsFile), indicators: rows.map((r) => ({ id: r.value.id, kind: r.value.kind })) };
}

/** The whole national run; see the module comment. Never throws on bad input: problems come back. */
export async function runNational(o: NationalOptions): Promise<NationalResult> {
  const seconds: Record<string, number> = {};
  let t0 = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    seconds[name] = (now - t0) / 1000;
    t0 = now;
  };
  const shown = (p: string) => relative(o.cwd, p) || ".";
  const problems = new ProblemList();
  const fail = (counts: RuleCount[] = []): NationalResult => ({ ok: false, problems: problems.sorted(), counts, seconds });

  const ref = readReference(o.unitsFile, o.indicatorsFile, shown, problems);
  if (!existsSync(o.inputDir) || !statSync(o.inputDir).isDirectory()) {
    problems.add({ file: shown(o.inputDir), line: null, field: null, message: "not a folder", hint: "give the folder that holds the partner CSV files" });
  }
  if (ref === null || problems.size > 0) return fail();
  const files = listInputFiles(o.inputDir);
  if (files.length === 0) {
    problems.add({ file: shown(o.inputDir), line: null, field: null, message: "holds no .csv file", hint: "put the partner CSV files in this folder (subfolders are read too)" });
    return fail();
  }

  // 1. Headers, grouped by layout so that one read_csv reads each group.
  const groups: Group[] = [];
  const headers = files.map((path) => ({ path, columns: readHeaderLine(path) }));
  for (const [i, h] of headers.entries()) {
    if (h.columns === null) {
      problems.add({ file: shown(h.path), line: 1, field: "header", message: "the file is empty", hint: `write the header row (${PARTNER_COLUMNS.map((c) => c.en).join(",")}) and the rows` });
      continue;
    }
    if (!h.columns.hasRows) {
      // checkPartnerTable's words for a file without records.
      problems.add({ file: shown(h.path), line: 2, field: "rows", message: "the file has a header but no records", hint: "add one row per figure under the header row" });
    }
    const header = readPartnerHeader(shown(h.path), h.columns.columns);
    if ("problems" in header) {
      for (const p of header.problems) problems.add(p);
      continue;
    }
    const key = h.columns.columns.join("\u0000");
    const last = groups.at(-1);
    // A group holds consecutive files only, so that file order is record order.
    if (last !== undefined && last.columns.join("\u0000") === key) last.files.push(h.path);
    else groups.push({ files: [h.path], written: header.fields, columns: h.columns.columns, base: i });
  }
  if (problems.size > 0) return fail();
  lap("headers");

  // 2. One streaming pass per group, straight into Parquet partitions: indicator × vintage for
  //    good records, one partition for records with a problem.
  recoverOutput(o.outDir, o.workDir);
  const work = join(o.workDir, `.${basename(o.outDir)}.national-work`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, "tmp"), { recursive: true });
  const instance = await DuckDBInstance.create(":memory:", {
    threads: String(o.threads ?? 2),
    memory_limit: o.memoryLimit ?? "1GB",
    temp_directory: join(work, "tmp"),
    // Records keep no order within a partition (threads write them); the report finds the first
    // problems by reading the files again (step 3), so nothing relies on it.
    preserve_insertion_order: "false",
    // The partitioned write buffers rows per thread and row groups per open file (25 files here);
    // DuckDB's defaults (524,288 rows, 5 row groups of 122,880) hold far more than memory_limit
    // and spill. Smaller buffers keep the peak under the goal at a small cost in time.
    partitioned_write_flush_threshold: "131072",
    write_buffer_row_group_count: "1",
  });
  const db = await instance.connect();
  try {
    await loadReference(db, ref);
    // The reference tables are the hash tables, the records stream past them: DuckDB's estimate of
    // a CSV's rows can be smaller than a lookup table's, and it then builds the hash table over
    // every record (held in memory, 1.8 of 2.6 s of CPU on 180,000 records) to probe it with the units.
    await db.run("SET disabled_optimizers = 'build_side_probe_side'");
    const parts = join(work, "parts");
    await db.run(`COPY (${checkSql(groups)}) TO ${q(parts)} (${PARTS_COPY_OPTIONS})`);
    const partsDirs = [parts];
    lap("read, check and partition");
    const partitionFiles = (indicator: string, vintage: string) =>
      partsDirs.flatMap((d) => {
        const dir = join(d, `indicator=${indicator}`, `vintage=${vintage}`);
        return existsSync(dir) ? readdirSync(dir).sort().map((n) => join(dir, n)) : [];
      });
    const problemFiles = partitionFiles(PROBLEMS_PART, "none");

    // 3. Problems: unreadable records, then rules per field; the first records with a problem
    //    are found again by reading their files in order with the reference rules.
    for (const gi of groups.keys()) {
      const rejects = (await db.runAndReadAll(`SELECT s.file_path, e.line, e.column_name, e.error_type, e.error_message FROM rej${gi}_errors e JOIN rej${gi}_scans s USING (scan_id, file_id) ORDER BY s.file_path, e.line LIMIT ${PROBLEM_LIST_LIMIT}`)).getRowsJS();
      for (const [path, line, column, type, message] of rejects) {
        problems.add({
          file: shown(String(path)),
          line: Number(line),
          field: column === null || column === undefined || String(column) === "" ? "number of cells" : String(column),
          message: `not readable as CSV (${String(type).toLowerCase().replace(/_/g, " ")}: ${String(message).split("\n")[0]})`,
          hint: "check the quoting on this line: a cell with a comma, quote or line break must be wrapped in double quotes, and quotes inside it doubled; the file must be UTF-8",
        });
      }
    }
    let counts: RuleCount[] = [];
    if (problemFiles.length > 0) {
      const bad = `read_parquet([${problemFiles.map(q).join(", ")}])`;
      const countsSql = FIELDS.map((x) => `SELECT '${x}' AS field, ${ruleOf(x)} AS rule, count(*) AS n FROM ${bad} WHERE ${ruleOf(x)} <> 0 GROUP BY rule`).join(" UNION ALL ");
      counts = (await db.runAndReadAll(`SELECT * FROM (${countsSql}) ORDER BY n DESC, field, rule`)).getRowsJS().map(([field, rule, n]) => ({
        field: field as PartnerField,
        rule: RULE_NAMES[Number(rule)] ?? String(rule),
        records: Number(n),
      }));
      const perFile = (await db.runAndReadAll(`SELECT ${CHECK_COLUMN}.file AS f, ${FIELDS.map(ruleOf).join(", ")}, count(*) FROM ${bad} GROUP BY ALL ORDER BY ALL`)).getRowsJS();
      await listProblems(perFile, files, groups, ref, shown, problems);
    }
    lap("report problems");
    if (problems.size > 0) return fail(counts);

    // 4. Outputs: the partitions, one Parquet file per indicator and vintage, published with a manifest.
    const staged = join(work, "out");
    mkdirSync(staged);
    const entries: OutputEntry[] = [];
    const partitions = partsDirs
      .flatMap((d) => readdirSync(d).filter((n) => n.startsWith("indicator=")).flatMap((i) => readdirSync(join(d, i)).map((v) => `${i.slice("indicator=".length)}\u0000${v.slice("vintage=".length)}`)))
      .filter((k, i, all) => all.indexOf(k) === i)
      .sort();
    let records = 0;
    let newest = "1970-01-01";
    for (const key of partitions) {
      const [indicator, vintage] = key.split("\u0000") as [string, string];
      const from = partitionFiles(indicator, vintage);
      const path = `figures-${indicator}-${vintage}.parquet`;
      if (from.length === 1) renameSync(from[0]!, join(staged, path));
      else await db.run(`COPY (SELECT * FROM read_parquet([${from.map(q).join(", ")}])) TO ${q(join(staged, path))} (FORMAT parquet, COMPRESSION snappy)`);
      const [[n, latest]] = (await db.runAndReadAll(`SELECT count(*), max(source_date) FROM read_parquet(${q(join(staged, path))})`)).getRowsJS() as [[bigint, string]];
      records += Number(n);
      if (latest > newest) newest = latest;
      entries.push({ path, role: "figures", indicator, vintage, records: Number(n), sha256: await sha256File(join(staged, path)), bytes: statSync(join(staged, path)).size });
    }
    lap("stage files");
    const epoch = o.env?.SOURCE_DATE_EPOCH;
    const manifest = {
      schemaVersion: SCHEMA_VERSION,
      generatedAt: epoch !== undefined && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000).toISOString() : `${newest}T00:00:00.000Z`,
      dataVersion: "national",
      format: "parquet",
      records,
      files: entries,
    };
    writeFileSync(join(staged, "manifest.json"), `${JSON.stringify(manifest, null, 1)}\n`);
    publishFiles(o.outDir, staged, [...entries.map((e) => e.path), "manifest.json"], { workDir: o.workDir });
    lap("publish");
    return { ok: true, records, files: entries, seconds };
  } finally {
    db.closeSync();
    instance.closeSync();
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Lists the first PROBLEM_LIST_LIMIT records with a problem, in file order, in the format's own
 * words: the files that hold such records (`perFile`: file, rule per field, records, from the SQL)
 * are read again with csv-parse, cells trimmed as csv.ts does, and checked by checkPartnerTable
 * (src/schema/partner.ts). For each file read to its end, the rule of the first problem on each
 * field must be the SQL's, record for record; a difference is a bug and is said so.
 */
async function listProblems(perFile: unknown[][], files: readonly string[], groups: readonly Group[], ref: PartnerContext, shown: (p: string) => string, problems: ProblemList): Promise<void> {
  const sqlSignatures = new Map<number, Map<string, number>>();
  for (const row of perFile) {
    const f = Number(row[0]);
    const signature = FIELDS.map((x, i) => `${x}=${Number(row[1 + i])}`).join(",");
    const bySignature = sqlSignatures.get(f) ?? new Map<string, number>();
    bySignature.set(signature, (bySignature.get(signature) ?? 0) + Number(row[1 + FIELDS.length]));
    sqlSignatures.set(f, bySignature);
  }
  let listed = 0;
  for (const f of [...sqlSignatures.keys()].sort((a, b) => a - b)) {
    if (listed >= PROBLEM_LIST_LIMIT) break;
    const g = groups.findLast((x) => x.base <= f)!;
    const path = files[f]!;
    const fieldOf = new Map([...g.written].map(([field, name]) => [name, field]));
    const found = new Map<string, number>();
    let complete = true;
    // Records go to checkPartnerTable in batches: its problems name their lines, in order.
    const check = (rows: { line: number; cells: Record<string, string> }[]): boolean => {
      const result = checkPartnerTable({ file: shown(path), columns: g.columns, rows }, ref);
      if (result.ok) return true;
      const byLine = new Map<number, PartnerProblem[]>();
      for (const p of result.problems) byLine.set(p.line ?? 0, [...(byLine.get(p.line ?? 0) ?? []), p]);
      for (const explained of byLine.values()) {
        const rules = new Map<string, number>();
        for (const p of explained) {
          const field = fieldOf.get(p.field ?? "") ?? p.field ?? "";
          if (!rules.has(field)) rules.set(field, p.rule === undefined ? -1 : RULES[p.rule]);
        }
        const signature = FIELDS.map((x) => `${x}=${rules.get(x) ?? 0}`).join(",");
        found.set(signature, (found.get(signature) ?? 0) + 1);
        for (const p of explained) problems.add(p);
        listed++;
        if (listed >= PROBLEM_LIST_LIMIT) return false;
      }
      return true;
    };
    const parser = createReadStream(path).pipe(parseStream({ bom: true, columns: (h: string[]) => h.map((c) => c.trim()), info: true, raw: true, skip_empty_lines: true }));
    let batch: { line: number; cells: Record<string, string> }[] = [];
    try {
      for await (const { record, raw, info } of parser as AsyncIterable<{ record: Record<string, string>; raw: string; info: { lines: number } }>) {
        batch.push({ line: startLine(info.lines, raw), cells: Object.fromEntries(Object.entries(record).map(([k, v]) => [k, (v ?? "").trim()])) });
        if (batch.length < 1000) continue;
        complete = check(batch);
        batch = [];
        if (!complete) break;
      }
      if (complete && batch.length > 0) complete = check(batch);
    } catch {
      complete = false; // unreadable CSV: DuckDB's rejects already name the line
    } finally {
      parser.destroy();
    }
    const expected = sqlSignatures.get(f)!;
    const same = found.size === expected.size && [...expected].every(([k, n]) => found.get(k) === n);
    if (complete && !same) {
      problems.add({ file: shown(path), line: null, field: null, message: "the national check and the format's check (checkPartnerTable, src/schema/partner.ts) disagree on the records of this file; the rules named above are the format's", hint: "report this with the file: it is a bug of the pipeline, not of the data" });
    }
  }
}
