/**
 * Kinds of malformed input to data/, one per entry: what the file holds, and where the pipeline
 * must say the problem is (file, line, field) with which words. Used by malformed.test.ts.
 */
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { join } from "node:path";
import { latin1, utf16, windows1258 } from "./encodings";
import { figureCsvs, REPO_DATA } from "./fixtures";

export interface MalformedCase {
  kind: string;
  /** File name under data/ -> whole content, as createDataDir takes it. */
  files: Record<string, string | Uint8Array>;
  where: { file: string; line: number; field: string };
  says: RegExp;
}

const base = (file: string): string => figureCsvs()[file] ?? "";

/** The fixture file with one line (1-based) replaced. */
function withLine(file: string, line: number, text: string): Record<string, string> {
  const lines = base(file).split("\n");
  lines[line - 1] = text;
  return { [file]: lines.join("\n") };
}

function append(file: string, text: string): Record<string, string> {
  return { [file]: `${base(file)}\n${text}` };
}

/** The fixture file with one more column: `name` in the header, `value` in every row. */
const addColumn = (file: string, name: string, value: string): Record<string, string> => ({
  [file]: base(file).split("\n").map((l, i) => `${l},${i === 0 ? name : value}`).join("\n"),
});

const headerOnly = (file: string): Record<string, string> => ({ [file]: base(file).split("\n")[0] ?? "" });

const OBS_BASE: Record<string, string> = {
  id: "obs-3", indicator_id: "cases", value: "12", qualifier: "exact", period_start: "2023", period_end: "2024",
  reported_on: "", area: "pre2025:450", programme_id: "tmsv", phase_id: "", partner_ids: "", source_id: "src-a",
  quote_lang: "vi", quote: '"Hỗ trợ 12 trường hợp."', same_as: "", note: "",
};

/** observations.csv with a fourth line: a valid row with `changes`. */
const obs = (changes: Partial<Record<string, string>>) => append("observations.csv", Object.values({ ...OBS_BASE, ...changes }).join(","));

const SRC = "src-c,Báo Tuyên Quang,Bài báo C,vi,2023,https://example.org/c,";
/** sources.csv with a fourth line: a valid source with one column changed. */
function source(column: string, value: string): Record<string, string> {
  const cols = ["id", "publisher", "title", "language", "published_on", "url", "note"];
  const cells = SRC.split(",");
  cells[cols.indexOf(column)] = value;
  return append("sources.csv", cells.join(","));
}

const ACT = ["res-x", "1/2025/QH15", "Nghị quyết X", "Resolution X", "Quốc hội", "2025-06-12", "2025-07-01", ""];
function act(index: number, value: string): Record<string, string> {
  const cells = [...ACT];
  cells[index] = value;
  return append("legal_acts.csv", cells.join(","));
}

const O = "data/observations.csv";
const S = "data/sources.csv";
const I = "data/indicators.csv";
const L = "data/legal_acts.csv";
const at = (file: string, line: number, field: string) => ({ file, line, field });

const INDICATOR_ROW = (cells: Partial<Record<number, string>>) => {
  const row = ["kids", "Trẻ em", "Children", "", "em", "children", "count", "yes", "Định nghĩa.", "Definition."];
  for (const [i, v] of Object.entries(cells)) row[Number(i)] = v ?? "";
  return append("indicators.csv", row.join(","));
};

const contextCsv = (): string => readFileSync(join(REPO_DATA, "districts_context.csv"), "utf8").trimEnd();
/** The admin file with its last column ("notes") repeated, as a spreadsheet copy-paste can do. */
const adminHeaderDuplicated = (): string => {
  const records = parse(readFileSync(join(REPO_DATA, "admin/districts_focus.csv"), "utf8"), { bom: true }) as string[][];
  const quoted = (c: string) => `"${c.replace(/"/g, '""')}"`;
  return records.map((r, i) => [...r, i === 0 ? "notes" : "x"].map(quoted).join(",")).join("\n");
};

export const MALFORMED_CASES: MalformedCase[] = [
  // Header and structure
  { kind: "repeated column name", files: { "observations.csv": base("observations.csv").split("\n").map((l, i) => (i === 0 ? `${l},value` : `${l},999`)).join("\n") }, where: at(O, 1, "value"), says: /appears twice/ },
  { kind: "misspelt header (units_fr)", files: { "indicators.csv": `id,name_vi,name_en,name_fr,unit_vi,unit_en,units_fr,kind,additive,definition_vi,definition_en\n${base("indicators.csv").split("\n")[1]?.replace(",cases,count", ",cases,cas,count") ?? ""}` }, where: at(I, 1, "units_fr"), says: /unknown column "units_fr" \(did you mean "unit_fr"\?\)/ },
  { kind: "unknown header", files: addColumn("sources.csv", "comment", "x"), where: at(S, 1, "comment"), says: /unknown column "comment"/ },
  { kind: "header with an unnamed column", files: addColumn("programmes.csv", "", "x"), where: at("data/programmes.csv", 1, "column 5"), says: /has no name/ },
  { kind: "missing required column", files: { "milestones.csv": "id,date,label_vi,label_en,kind\nres-202,2025-06-12,Nghị quyết 202,Resolution 202,reorganisation" }, where: at("data/milestones.csv", 1, "source_ids"), says: /missing column/ },
  { kind: "empty file", files: { "observations.csv": "" }, where: at(O, 1, "header"), says: /the file is empty/ },
  { kind: "figures file with no rows", files: headerOnly("observations.csv"), where: at(O, 2, "rows"), says: /header but no rows/ },
  { kind: "sources file with no rows", files: headerOnly("sources.csv"), where: at(S, 2, "rows"), says: /no rows/ },
  { kind: "indicators file with no rows", files: headerOnly("indicators.csv"), where: at(I, 2, "rows"), says: /no rows/ },
  { kind: "programmes file with no rows", files: headerOnly("programmes.csv"), where: at("data/programmes.csv", 2, "rows"), says: /no rows/ },
  { kind: "legal acts file with no rows", files: headerOnly("legal_acts.csv"), where: at(L, 2, "rows"), says: /no rows/ },
  { kind: "row with more cells than the header", files: append("programmes.csv", "extra,Thêm,Extra,,surplus"), where: at("data/programmes.csv", 3, "number of cells"), says: /not readable as CSV/ },
  { kind: "quote never closed", files: append("programmes.csv", 'open,"Mở,Open,'), where: at("data/programmes.csv", 3, "name_vi"), says: /not readable as CSV.*Quote Not Closed/ },
  { kind: "repeated column in an admin file", files: { "admin/districts_focus.csv": adminHeaderDuplicated() }, where: at("data/admin/districts_focus.csv", 1, "notes"), says: /appears twice/ },
  // Encodings
  { kind: "Windows-1258 (Vietnamese Windows)", files: { "observations.csv": windows1258(base("observations.csv")) }, where: at(O, 2, "quote"), says: /not UTF-8: it looks like Windows-1258/ },
  { kind: "Windows-1258 in districts_context.csv", files: { "districts_context.csv": windows1258(contextCsv()) }, where: at("data/districts_context.csv", 2, "name_vi"), says: /Windows-1258/ },
  { kind: "Latin-1", files: { "sources.csv": latin1("id,publisher,title,language,published_on,url,note\nsrc-a,Le Monde,Société,fr,2020,,\nsrc-b,Le Temps,Deux,fr,,,") }, where: at(S, 2, "title"), says: /Latin-1/ },
  { kind: "UTF-16 little-endian with BOM", files: { "sources.csv": utf16(base("sources.csv"), "le", true) }, where: at(S, 1, "encoding"), says: /UTF-16 little-endian \(with byte-order mark\)/ },
  { kind: "UTF-16 big-endian with BOM", files: { "sources.csv": utf16(base("sources.csv"), "be", true) }, where: at(S, 1, "encoding"), says: /UTF-16 big-endian/ },
  { kind: "UTF-16 without BOM (NUL pattern)", files: { "programmes.csv": utf16(base("programmes.csv"), "le", false) }, where: at("data/programmes.csv", 1, "encoding"), says: /UTF-16 little-endian \(without byte-order mark\)/ },
  { kind: "truncated UTF-8 sequence", files: { "programmes.csv": Buffer.concat([Buffer.from(`${base("programmes.csv")}\nx,Ch`), Buffer.from([0xe1, 0xba]), Buffer.from(",X,\n")]) }, where: at("data/programmes.csv", 3, "name_vi"), says: /not UTF-8/ },
  // Invisible and direction-changing characters
  { kind: "right-to-left override in a quote", files: obs({ quote: '"Hỗ trợ \u202E21 trường hợp."' }), where: at(O, 4, "quote"), says: /U\+202E RIGHT-TO-LEFT OVERRIDE/ },
  { kind: "left-to-right override in a name", files: INDICATOR_ROW({ 2: "Chil\u202Ddren" }), where: at(I, 3, "name_en"), says: /U\+202D/ },
  { kind: "bidi isolate in a note", files: obs({ note: "note \u2067x\u2069" }), where: at(O, 4, "note"), says: /U\+2067 RIGHT-TO-LEFT ISOLATE/ },
  { kind: "right-to-left mark in a title", files: source("title", "Bài\u200F báo"), where: at(S, 4, "title"), says: /U\+200F/ },
  { kind: "NUL character", files: source("publisher", "Báo\u0000X"), where: at(S, 4, "publisher"), says: /U\+0000/ },
  { kind: "escape control character", files: append("programmes.csv", "esc,Chương trình\u001B,Programme,"), where: at("data/programmes.csv", 3, "name_vi"), says: /U\+001B/ },
  { kind: "tab inside a cell", files: obs({ quote: '"Hỗ trợ\t12 trường hợp."' }), where: at(O, 4, "quote"), says: /U\+0009 TAB/ },
  { kind: "replacement character from a broken conversion", files: append("programmes.csv", "bad,Ch\uFFFDng trình,Programme,"), where: at("data/programmes.csv", 3, "name_vi"), says: /U\+FFFD/ },
  { kind: "byte-order mark inside a cell", files: append("programmes.csv", "bom,Chương\uFEFF trình,Programme,"), where: at("data/programmes.csv", 3, "name_vi"), says: /U\+FEFF/ },
  { kind: "C1 control character", files: obs({ note: "next\u0085line" }), where: at(O, 4, "note"), says: /U\+0085/ },
  // Numbers
  { kind: "1.234 on a count (Vietnamese thousands)", files: obs({ value: "1.234", quote: '"Hỗ trợ 1.234 trường hợp."' }), where: at(O, 4, "value"), says: /not a whole number.*in Vietnamese "1\.234" means 1 234/ },
  { kind: "decimal on a count", files: obs({ value: "12.5", quote: '"Hỗ trợ 12,5 trường hợp."' }), where: at(O, 4, "value"), says: /"12\.5" is not a whole number.*count/ },
  { kind: "thousands comma", files: obs({ value: '"1,234"' }), where: at(O, 4, "value"), says: /not a finite number/ },
  { kind: "thousands space", files: obs({ value: "1 234" }), where: at(O, 4, "value"), says: /not a finite number/ },
  { kind: "negative value", files: obs({ value: "-5" }), where: at(O, 4, "value"), says: /negative value/ },
  { kind: "Infinity", files: obs({ value: "Infinity" }), where: at(O, 4, "value"), says: /not a finite number/ },
  { kind: "letters in a value", files: obs({ value: "12a" }), where: at(O, 4, "value"), says: /not a finite number/ },
  { kind: "empty value", files: obs({ value: "" }), where: at(O, 4, "value"), says: /value is empty/ },
  { kind: "population not a whole number", files: append("unit_values.csv", "post2025:42,population,1317.2,exact,2022,Another source,"), where: at("data/unit_values.csv", 4, "value"), says: /not a whole number/ },
  // Dates
  { kind: "year before 1945", files: obs({ period_start: "1899" }), where: at(O, 4, "period_start"), says: /1899 is outside 1945–2100/ },
  { kind: "year after 2100", files: obs({ period_end: "2203" }), where: at(O, 4, "period_end"), says: /2203 is outside/ },
  { kind: "month 13", files: obs({ reported_on: "2025-13" }), where: at(O, 4, "reported_on"), says: /does not exist in the calendar/ },
  { kind: "reported before the period starts", files: obs({ reported_on: "2022-06" }), where: at(O, 4, "reported_on"), says: /reported on 2022-06, before the period it covers begins \(2023\)/ },
  { kind: "source published in 1800", files: source("published_on", "1800"), where: at(S, 4, "published_on"), says: /outside 1945–2100/ },
  { kind: "act adopted in 2225", files: act(5, "2225-06-12"), where: at(L, 6, "adopted_on"), says: /2225 is outside/ },
  { kind: "milestone in year 0025", files: withLine("milestones.csv", 2, "res-202,0025-06-12,Nghị quyết 202,Resolution 202,reorganisation,src-b"), where: at("data/milestones.csv", 2, "date"), says: /0025 is outside/ },
  { kind: "as_of in 3025", files: append("unit_values.csv", "post2025:42,area_km2,5990,exact,3025,Another source,"), where: at("data/unit_values.csv", 4, "as_of"), says: /3025 is outside/ },
  { kind: "day that does not exist", files: obs({ period_start: "2023-02-30" }), where: at(O, 4, "period_start"), says: /does not exist in the calendar/ },
  { kind: "date written dd/mm/yyyy", files: obs({ period_start: "12/05/2023" }), where: at(O, 4, "period_start"), says: /expected YYYY, YYYY-MM or YYYY-MM-DD/ },
  { kind: "period ends before it starts", files: obs({ period_start: "2024", period_end: "2023-12" }), where: at(O, 4, "period_end"), says: /ends \(2023-12\) before it starts \(2024\)/ },
  { kind: "phase ends before it starts", files: withLine("phases.csv", 2, "pilot,tmsv,Thí điểm,Pilot,2021-03,2020-02,group:bo-trach-dong-hoi,src-a,"), where: at("data/phases.csv", 2, "end"), says: /ends \(2020-02\) before it starts/ },
  // Addresses
  { kind: "javascript: address", files: source("url", "javascript:alert(1)"), where: at(S, 4, "url"), says: /a javascript: address/ },
  { kind: "data: address", files: source("url", '"data:text/html;base64,PHNjcmlwdD4="'), where: at(S, 4, "url"), says: /a data: address/ },
  { kind: "JavaScript: in mixed case", files: act(7, "JaVaScRiPt:alert(1)"), where: at(L, 6, "url"), says: /a javascript: address/ },
  { kind: "vbscript: address", files: source("url", "vbscript:msgbox"), where: at(S, 4, "url"), says: /a vbscript: address/ },
  { kind: "address without a scheme", files: source("url", "www.example.org/a"), where: at(S, 4, "url"), says: /not a web address/ },
  { kind: "address with markup", files: source("url", '"https://example.org/""><script>"'), where: at(S, 4, "url"), says: /not a web address/ },
  // Formula injection
  { kind: "quote starting with =", files: obs({ quote: '"=HYPERLINK(""http://x"",""12"")"' }), where: at(O, 4, "quote"), says: /starts with "="/ },
  { kind: "note starting with +", files: obs({ note: "+1 from the other article" }), where: at(O, 4, "note"), says: /starts with "\+"/ },
  { kind: "name starting with -", files: INDICATOR_ROW({ 2: "-Children" }), where: at(I, 3, "name_en"), says: /starts with "-"/ },
  { kind: "title starting with @", files: source("title", "@SUM(A1:A9)"), where: at(S, 4, "title"), says: /starts with "@"/ },
  { kind: "alias starting with =", files: withLine("organisations.csv", 2, "iom,Tổ chức Di cư Quốc tế,IOM,OIM;=1+1,"), where: at("data/organisations.csv", 2, "aliases"), says: /starts with "="/ },
  { kind: "issuer starting with =", files: act(4, "=cmd|' /C calc'!A0"), where: at(L, 6, "issuer"), says: /starts with "="/ },
  { kind: "context district name starting with +", files: { "districts_context.csv": contextCsv().split("\n").map((l, i) => (i === 1 ? l.replace(/^([^,]*,[^,]*,[^,]*,[^,]*,)([^,]*)/, "$1+$2") : l)).join("\n") }, where: at("data/districts_context.csv", 2, "name_en"), says: /starts with "\+"/ },
  // References and values the schema refuses
  { kind: "unknown unit", files: obs({ area: "pre2025:999" }), where: at(O, 4, "area"), says: /unknown unit "pre2025:999"/ },
  { kind: "unit of the other vintage", files: obs({ area: "post2025:450" }), where: at(O, 4, "area"), says: /no post2025 unit has this code/ },
  { kind: "unknown source", files: obs({ source_id: "nope" }), where: at(O, 4, "source_id"), says: /unknown source "nope"/ },
  { kind: "unknown indicator", files: obs({ indicator_id: "nope" }), where: at(O, 4, "indicator_id"), says: /unknown indicator "nope"/ },
  { kind: "unknown programme", files: obs({ programme_id: "nope" }), where: at(O, 4, "programme_id"), says: /unknown programme "nope"/ },
  { kind: "unknown partner", files: obs({ partner_ids: "iom;nope" }), where: at(O, 4, "partner_ids"), says: /unknown partner "nope"/ },
  { kind: "unknown group", files: obs({ area: "group:nope" }), where: at(O, 4, "area"), says: /unknown group "nope"/ },
  { kind: "duplicate id", files: append("sources.csv", "src-a,Báo khác,Bài khác,vi,2021,,"), where: at(S, 4, "id"), says: /duplicate id "src-a"/ },
  { kind: "id that is not a slug", files: obs({ id: "Obs 3" }), where: at(O, 4, "id"), says: /lower-case letters/ },
  { kind: "phase of another programme", files: { ...append("programmes.csv", "other,Khác,Other,"), ...obs({ programme_id: "other", phase_id: "pilot" }) }, where: at(O, 4, "phase_id"), says: /belongs to programme "tmsv", not "other"/ },
  { kind: "indicator kind outside the schema", files: INDICATOR_ROW({ 6: "number" }), where: at(I, 3, "kind"), says: /count \(drawn as symbols\) or rate/ },
  { kind: "additive neither yes nor no", files: INDICATOR_ROW({ 7: "maybe" }), where: at(I, 3, "additive"), says: /expected yes or no/ },
  { kind: "qualifier outside the schema", files: obs({ qualifier: "approx" }), where: at(O, 4, "qualifier"), says: /exact, at_least/ },
  { kind: "quote language outside the schema", files: obs({ quote_lang: "de" }), where: at(O, 4, "quote_lang"), says: /vi, en or fr/ },
  { kind: "figure without its quote", files: obs({ quote: "" }), where: at(O, 4, "quote"), says: /empty, but required/ },
  { kind: "unknown group member", files: append("groups.csv", "pair,pre2025,Cặp,Pair,pre2025:455;pre2025:99999,"), where: at("data/groups.csv", 3, "members"), says: /unknown unit "pre2025:99999"/ },
  { kind: "group member of the other vintage", files: append("groups.csv", "pair,pre2025,Cặp,Pair,pre2025:455;post2025:44,"), where: at("data/groups.csv", 3, "members"), says: /is a post2025 unit/ },
  { kind: "release date in year 2202", files: { "release.json": '{\n  "dataVersion": "x",\n  "dataAsOf": "2202-01-02"\n}' }, where: at("data/release.json", 3, "dataAsOf"), says: /2202 is outside 1945–2100/ },
  { kind: "release file that is not JSON", files: { "release.json": "dataVersion = x" }, where: at("data/release.json", 1, "JSON syntax"), says: /not valid JSON/ },
  { kind: "unit value for an unknown unit", files: append("unit_values.csv", "post2025:99,area_km2,5,exact,,Src,"), where: at("data/unit_values.csv", 4, "unit"), says: /unknown unit post2025:99/ },
];
