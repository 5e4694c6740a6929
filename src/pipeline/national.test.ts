/**
 * The national path (national.ts, DuckDB) on small fixtures: every rule can fail, each problem
 * names file, line and column, nothing is written on any problem, and the SQL gives the same
 * verdicts as the format's own check (checkPartnerTable, src/schema/partner.ts) run through the
 * small path's CSV reader, rule by rule.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterEach, describe, expect, it } from "vitest";
import { matchKeySql, runNational, type NationalResult } from "./national";
import { matchKey } from "../schema/text";
import { checkPartnerTable, PARTNER_RULES, type PartnerContext, type PartnerProblem } from "../schema/partner";
import { parseCsvText } from "./csv";
import { formatProblem, ProblemList } from "./problems";

const UNITS = [
  { id: "pre2025:42", vintage: "pre2025", code: "42", nameVi: "Tỉnh Hà Tĩnh", shortVi: "Hà Tĩnh", nameEn: "Ha Tinh Province" },
  { id: "post2025:42", vintage: "post2025", code: "42", nameVi: "Tỉnh Hà Tĩnh", shortVi: "Hà Tĩnh", nameEn: "Ha Tinh Province" },
  { id: "pre2025:450", vintage: "pre2025", code: "450", nameVi: "Thành phố Đồng Hới", shortVi: "Đồng Hới", nameEn: "Dong Hoi City" },
  { id: "pre2025:455", vintage: "pre2025", code: "455", nameVi: "Huyện Bố Trạch", shortVi: "Bố Trạch", nameEn: "Bo Trach District" },
  { id: "pre2025:436", vintage: "pre2025", code: "436", nameVi: "Huyện Kỳ Anh", shortVi: "Kỳ Anh", nameEn: "Ky Anh District" },
  { id: "pre2025:18001", vintage: "pre2025", code: "18001", nameVi: "Xã Kỳ Anh", shortVi: "Kỳ Anh", nameEn: "Ky Anh Commune" },
];
const INDICATORS = `id,name_vi,name_en,name_fr,unit_vi,unit_en,unit_fr,kind,additive,definition_vi,definition_en
cases_supported,Trường hợp,Cases,,trường hợp,cases,,count,yes,Định nghĩa,Definition
share_employed,Tỷ lệ,Share,,%,%,,rate,no,Định nghĩa,Definition
`;
const HEADER = "partner,area_code,area_name,vintage,period,indicator,value,source_publisher,source_date,source_url,quote,quote_lang";
const VI_HEADER = "doi_tac,ma_dia_ban,ten_dia_ban,ranh_gioi,ky,chi_so,gia_tri,nguon,ngay_nguon,dia_chi_nguon,trich_dan,ngon_ngu";

/** A record: the good one with some cells replaced. */
function row(change: Partial<Record<string, string>> = {}): string {
  const cells: Record<string, string> = {
    partner: "Test partner",
    area_code: "450",
    area_name: "Thành phố Đồng Hới",
    vintage: "pre2025",
    period: "2024-03",
    indicator: "cases_supported",
    value: "12",
    source_publisher: "Báo Test",
    source_date: "2024-04-02",
    source_url: "https://example.org/a",
    quote: "Test quote: 12 cases",
    quote_lang: "vi",
    ...change,
  };
  return HEADER.split(",")
    .map((c) => {
      const v = cells[c] ?? "";
      return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
    })
    .join(",");
}

const GOOD = [
  row(),
  row({ area_code: "", area_name: "Đồng Hới", vintage: "" }),
  row({ area_code: "42", area_name: "", vintage: "post2025", period: "2025-07-01/2025-09-30", indicator: "share_employed", value: "12.5", source_date: "2025-10-05" }),
  row({ area_code: "", area_name: "huyện bố trạch".normalize("NFD"), source_url: "" }),
  row({ value: "  7 ", quote: " Test quote, with a comma " }),
  row({ indicator: "share_employed", value: "0.5" }),
];
/** Good too, and each read by a rule of the format the lines above do not reach. */
const GOOD_MORE = [
  // Without tone marks or type word; a unique exact name wins over a loose match of two units.
  row({ area_code: "", area_name: "bo trach" }),
  row({ area_code: "", area_name: "Huyện Kỳ Anh" }),
  // A code with a name that gives the same unit loosely; a unit id; a whole count written 12.0.
  row({ area_code: "455", area_name: "BO TRACH district" }),
  row({ area_code: "pre2025:450", area_name: "", vintage: "" }),
  row({ value: "12.0", source_date: "2024-03-01" }),
  // At the edges of the SQL's fast path for clean rows (GOOD_ROW_RE2): the first and last years,
  // 30 digits, a line break inside a quote, an address in capitals; and just past it (31 digits).
  row({ period: "1945-01", source_date: "2100-12-31", value: "1".repeat(30), quote: "Line one\nline two", source_url: "HTTPS://EXAMPLE.ORG/A" }),
  row({ value: "2".repeat(31) }),
];

/** One bad record per rule (the rule it breaks first, on that field), in file order. */
const BAD: [string, string, Partial<Record<string, string>>][] = [
  ["characters", "quote", { quote: "Test \u202Equote" }],
  // A row with an invisible character is checked for nothing else.
  ["characters", "partner", { partner: "Test\u200Fpartner", value: "abc", quote_lang: "de" }],
  ["formula", "partner", { partner: "=HYPERLINK(1)" }],
  ["formula", "area_name", { area_code: "", area_name: "@Đồng Hới" }],
  ["required", "quote", { quote: "" }],
  ["noArea", "area_code", { area_code: "", area_name: "" }],
  ["unknownCode", "area_code", { area_code: "999" }],
  ["unknownCode", "area_code", { area_code: "pre2025:450", vintage: "post2025" }],
  ["ambiguousCode", "area_code", { area_code: "42", area_name: "", vintage: "" }],
  ["unknownName", "area_name", { area_code: "", area_name: "Xã Không Có" }],
  ["ambiguousName", "area_name", { area_code: "", area_name: "Kỳ Anh" }],
  ["ambiguousName", "area_name", { area_code: "", area_name: "ky anh" }],
  ["nameNotCode", "area_code", { area_name: "Huyện Bố Trạch" }],
  ["vintage", "vintage", { vintage: "2025" }],
  // An unknown vintage: the area is not looked up (checkPartnerTable cannot tell which units to search).
  ["vintage", "vintage", { vintage: "2025", area_code: "999" }],
  ["periodShape", "period", { period: "03/2024" }],
  ["invalidDate", "period", { period: "2024-13" }],
  ["invalidDate", "period", { period: "2024-02-30/2024-03-31" }],
  ["yearRange", "period", { period: "2203-01" }],
  ["yearRange", "period", { period: "2024-01-01/2224-03-31" }],
  ["periodOrder", "period", { period: "2024-05-01/2024-04-30" }],
  ["unknownIndicator", "indicator", { indicator: "cases" }],
  ["notANumber", "value", { value: "1,234" }],
  ["notANumber", "value", { value: "1.234,5" }],
  ["notANumber", "value", { value: "12,5" }],
  ["notANumber", "value", { value: "1e3" }],
  ["notANumber", "value", { value: ".5" }],
  ["negative", "value", { value: "-5" }],
  ["countNotWhole", "value", { value: "1.234" }],
  ["dateShape", "source_date", { source_date: "2024-04" }],
  ["invalidDate", "source_date", { source_date: "2024-02-30" }],
  ["yearRange", "source_date", { source_date: "0024-04-02" }],
  ["sourceBeforePeriod", "source_date", { source_date: "2024-02-29" }],
  ["url", "source_url", { source_url: "javascript:alert(1)" }],
  ["quoteLang", "quote_lang", { quote_lang: "de" }],
  // Just outside the fast path's shapes: a year before 1945 or after 2100, a space in an address, a formula in the quote.
  ["yearRange", "period", { period: "1944-12" }],
  ["yearRange", "period", { period: "2024-01-01/2101-01-31" }],
  ["yearRange", "source_date", { source_date: "2101-01-01" }],
  ["url", "source_url", { source_url: "https://example.org/a b" }],
  ["formula", "quote", { quote: "-12 cases" }],
  ["notANumber", "value", { value: "1e400" }],
  ["notANumber", "value", { value: `1${"0".repeat(400)}` }],
];
/** Several problems on one record. */
const MIXED = row({ value: "abc", quote_lang: "xx", period: "" });

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

function fixture(files: Record<string, string>): { root: string; input: string; out: string; ref: PartnerContext; run: () => Promise<NationalResult> } {
  const root = mkdtempSync(join(tmpdir(), "atlas-national-"));
  dirs.push(root);
  const input = join(root, "in");
  mkdirSync(input);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(input, name), text);
  writeFileSync(join(root, "units.json"), JSON.stringify({ schemaVersion: 1, units: UNITS, groups: [] }));
  writeFileSync(join(root, "indicators.csv"), INDICATORS);
  const out = join(root, "out");
  const ref: PartnerContext = {
    units: UNITS.map((u) => ({ ...u, id: u.id as `pre2025:${string}`, vintage: u.vintage as "pre2025" | "post2025" })),
    indicators: [
      { id: "cases_supported", kind: "count" },
      { id: "share_employed", kind: "rate" },
    ],
  };
  const run = () => runNational({ inputDir: input, unitsFile: join(root, "units.json"), indicatorsFile: join(root, "indicators.csv"), outDir: out, cwd: root, workDir: root, threads: 1, memoryLimit: "256MB", env: { SOURCE_DATE_EPOCH: "1767225600" } });
  return { root, input, out, ref, run };
}

async function readParquet(path: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(":memory:");
  const db = await instance.connect();
  try {
    return (await db.runAndReadAll(`SELECT * FROM read_parquet('${path}') ORDER BY area, period_start, value`)).getRowObjectsJS();
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}

describe("national path (DuckDB)", () => {
  it("publishes good records as one Parquet file per indicator and vintage, listed in a manifest with sha256", async () => {
    const viRows = [VI_HEADER, "Đối tác,455,,pre2025,2024-01,cases_supported,3,Nguồn,2024-02-01,,Trích dẫn,vi"].join("\n");
    const f = fixture({ "a.csv": `\uFEFF${[HEADER, ...GOOD].join("\r\n")}\r\n` });
    mkdirSync(join(f.input, "b"));
    writeFileSync(join(f.input, "b", "vi.csv"), `${viRows}\n`);
    // source_url is an optional column (src/schema/partner.ts): a file may leave it out.
    writeFileSync(join(f.input, "c.csv"), `${HEADER.replace(",source_url", "")}\n${row({ source_url: "" }).replace(",,Test quote", ",Test quote")}\n`);
    const result = await f.run();
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
    if (!result.ok) return;
    expect(result.records).toBe(GOOD.length + 2);
    const manifest = JSON.parse(readFileSync(join(f.out, "manifest.json"), "utf8")) as { files: { path: string; sha256: string; role: string; records: number }[]; format: string };
    expect(manifest.format).toBe("parquet");
    expect(manifest.files.map((e) => [e.path, e.records])).toEqual([
      ["figures-cases_supported-pre2025.parquet", 6],
      ["figures-share_employed-post2025.parquet", 1],
      ["figures-share_employed-pre2025.parquet", 1],
    ]);
    expect(readdirSync(f.out).sort()).toEqual([...manifest.files.map((e) => e.path), "manifest.json"].sort());
    for (const e of manifest.files) {
      expect(e.role).toBe("figures");
      expect(createHash("sha256").update(readFileSync(join(f.out, e.path))).digest("hex")).toBe(e.sha256);
    }
    const cases = await readParquet(join(f.out, "figures-cases_supported-pre2025.parquet"));
    expect(cases.map((r) => [r.area, r.period_start, r.period_end, r.value])).toEqual([
      ["pre2025:450", "2024-03", "2024-03", 7],
      ["pre2025:450", "2024-03", "2024-03", 12],
      ["pre2025:450", "2024-03", "2024-03", 12],
      ["pre2025:450", "2024-03", "2024-03", 12],
      ["pre2025:455", "2024-01", "2024-01", 3],
      ["pre2025:455", "2024-03", "2024-03", 12],
    ]);
    expect(cases.every((r) => r.problem === null)).toBe(true);
    expect(cases.find((r) => r.value === 7)?.quote).toBe("Test quote, with a comma");
    const rate = await readParquet(join(f.out, "figures-share_employed-post2025.parquet"));
    expect(rate.map((r) => [r.area, r.period_start, r.period_end, r.value, r.source_url])).toEqual([["post2025:42", "2025-07-01", "2025-09-30", 12.5, "https://example.org/a"]]);
  });

  it("fails every rule on the record that breaks it, names file, line and column, and writes nothing", async () => {
    const lines = [HEADER, GOOD[0]!, ...BAD.map(([, , change]) => row(change)), MIXED];
    const f = fixture({ "bad.csv": `${lines.join("\n")}\n` });
    mkdirSync(f.out);
    writeFileSync(join(f.out, "manifest.json"), JSON.stringify({ schemaVersion: 1, files: [] }));
    const result = await f.run();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // Nothing written: the previous output is as it was, no work folder is left.
    expect(readdirSync(f.out)).toEqual(["manifest.json"]);
    expect(readdirSync(f.root).sort()).toEqual(["in", "indicators.csv", "out", "units.json"]);
    const listed = result.problems.map((p) => [p.line, p.field, p.message] as const);
    BAD.forEach(([rule, field], i) => {
      const line = i + 3;
      const problem = result.problems.find((p) => p.line === line && p.field === field);
      expect(problem, `${rule} on line ${line}`).toBeDefined();
      expect(problem!.file).toBe("in/bad.csv");
      expect(problem!.hint.length).toBeGreaterThan(5);
      expect((problem as PartnerProblem).rule, `${rule} on line ${line}`).toBe(rule);
      // No other column of that record is blamed.
      expect([...new Set(listed.filter(([l]) => l === line).map(([, c]) => c))], `${rule} on line ${line}`).toEqual([field]);
      // The count per field and rule comes from the SQL alone.
      expect(result.counts.find((c) => c.field === field && c.rule === rule), `${rule} on line ${line}`).toBeDefined();
    });
    expect(listed.filter(([l]) => l === BAD.length + 3).map(([, c]) => c).sort()).toEqual(["period", "quote_lang", "value"]);
    const line = (rule: string, change: Partial<Record<string, string>>) => 3 + BAD.findIndex(([r, , c]) => r === rule && JSON.stringify(c) === JSON.stringify(change));
    expect(result.problems.find((p) => p.line === line("ambiguousName", { area_code: "", area_name: "Kỳ Anh" }))?.message).toContain(
      "Xã Kỳ Anh (pre2025:18001, before 1 July 2025) and Huyện Kỳ Anh (pre2025:436, before 1 July 2025)",
    );
    expect(result.problems.find((p) => p.line === line("ambiguousCode", { area_code: "42", area_name: "", vintage: "" }))?.message).toContain(
      "Tỉnh Hà Tĩnh (pre2025:42, before 1 July 2025) and Tỉnh Hà Tĩnh (post2025:42, from 1 July 2025)",
    );
    // Every rule is counted.
    expect([...new Set(result.counts.map((c) => c.rule))].sort()).toEqual([...PARTNER_RULES].sort());
  });

  it("gives the same verdicts as the reference rules through the small path's CSV reader", async () => {
    // An empty line in the middle: csv-parse skips it, and the engine must read it the same way.
    const text = `${[HEADER, ...GOOD, "", ...BAD.map(([, , change]) => row(change)), MIXED, ...GOOD_MORE, GOOD[1]!].join("\n")}\n`;
    const f = fixture({ "mixed.csv": text });
    const result = await f.run();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // The reference: the small path's CSV reader (csv.ts), then the format's own check.
    const csv = parseCsvText(text, "in/mixed.csv", [], new ProblemList())!;
    const checked = checkPartnerTable(csv, f.ref);
    const reference = checked.ok ? [] : checked.problems;
    const key = (p: { line: number | null; field: string | null; message: string }) => `${p.line} ${p.field} ${p.message}`;
    expect(result.problems.map(key).sort()).toEqual(reference.map(key).sort());
    // Counts per field and rule come from the SQL alone: they must be the reference's (the rule
    // of the first problem on a field of a record, as the SQL gives one rule per field).
    const referenceCounts = new Map<string, number>();
    const seen = new Set<string>();
    for (const p of reference) {
      if (seen.has(`${p.line} ${p.field}`)) continue;
      seen.add(`${p.line} ${p.field}`);
      referenceCounts.set(`${p.field} ${p.rule}`, (referenceCounts.get(`${p.field} ${p.rule}`) ?? 0) + 1);
    }
    expect(new Map(result.counts.map((c) => [`${c.field} ${c.rule}`, c.records]))).toEqual(referenceCounts);
  });

  it("folds names in SQL to the same key as the format's matchKey, for every unit name of the project", async () => {
    const units = (JSON.parse(readFileSync(new URL("../../public/data/units.json", import.meta.url), "utf8")) as { units: { nameVi: string; shortVi: string; nameEn: string }[] }).units;
    const names = units.flatMap((u) => [u.nameVi, u.shortVi, u.nameEn]);
    const spellings = [...names, ...names.map((n) => n.toUpperCase()), ...names.map((n) => `TP. ${n.normalize("NFD")} - City`), "Huyện", "  thị xã  Ba-Đồn ", "Đảo Cồn Cỏ"];
    const instance = await DuckDBInstance.create(":memory:");
    const db = await instance.connect();
    try {
      await db.run("CREATE TABLE n (i INTEGER, name VARCHAR)");
      await db.run(`INSERT INTO n VALUES ${spellings.map((n, i) => `(${i}, '${n.replace(/'/g, "''")}')`).join(", ")}`);
      const keys = (await db.runAndReadAll(`SELECT i, ${matchKeySql("nfc_normalize(name)")} FROM n ORDER BY i`)).getRowsJS().map(([, k]) => k);
      expect(names.length).toBeGreaterThan(100);
      expect(keys).toEqual(spellings.map(matchKey));
    } finally {
      db.closeSync();
      instance.closeSync();
    }
  });

  it("refuses headers it cannot read, naming the column, before reading any record", async () => {
    const f = fixture({
      "dup.csv": `${HEADER},doi_tac\n${row()},x\n`,
      "missing.csv": `partner,area_code,period,indicator,value\nP,450,2024-03,cases_supported,1\n`,
      "unknown.csv": `${HEADER.replace("quote_lang", "quote_language")}\n${row()}\n`,
      "empty.csv": "",
      "header-only.csv": `${HEADER}\n\n`,
    });
    const result = await f.run();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const shown = result.problems.map((p) => `${p.file}:${p.line} ${p.field}`);
    expect(shown).toEqual(
      expect.arrayContaining(["in/dup.csv:1 doi_tac", "in/missing.csv:1 source_publisher", "in/unknown.csv:1 quote_language", "in/empty.csv:1 header", "in/header-only.csv:2 rows"]),
    );
    expect(result.problems.find((p) => p.file === "in/dup.csv")?.message).toContain('same column as "partner"');
    expect(existsSync(f.out)).toBe(false);
  });

  it("reports a record it cannot read as CSV with its line", async () => {
    const f = fixture({ "broken.csv": `${HEADER}\n${row()}\n${row()},extra\n${row()}\n` });
    const result = await f.run();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => `${p.file}:${p.line}`)).toContain("in/broken.csv:3");
    expect(result.problems[0]?.message).toContain("not readable as CSV");
    expect(existsSync(f.out)).toBe(false);
  });
});
