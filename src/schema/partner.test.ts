/** The partner format's checks, row by row: what is accepted, and every kind of problem with its line, column and what to do. */
import { describe, expect, it } from "vitest";
import { checkPartnerTable, parsePartnerValue, PARTNER_HEADER_EN, PARTNER_HEADER_VI, type PartnerContext, type PartnerTable } from "./partner";

function createContext(): PartnerContext {
  return {
    units: [
      { id: "pre2025:44", vintage: "pre2025", code: "44", nameVi: "Tỉnh Quảng Bình", shortVi: "Quảng Bình", nameEn: "Quang Binh Province" },
      { id: "pre2025:45", vintage: "pre2025", code: "45", nameVi: "Tỉnh Quảng Trị", shortVi: "Quảng Trị", nameEn: "Quang Tri Province" },
      { id: "pre2025:450", vintage: "pre2025", code: "450", nameVi: "Thành phố Đồng Hới", shortVi: "Đồng Hới", nameEn: "Dong Hoi City" },
      { id: "pre2025:455", vintage: "pre2025", code: "455", nameVi: "Huyện Bố Trạch", shortVi: "Bố Trạch", nameEn: "Bo Trach District" },
      { id: "post2025:44", vintage: "post2025", code: "44", nameVi: "Tỉnh Quảng Trị", shortVi: "Quảng Trị", nameEn: "Quang Tri Province" },
    ],
    indicators: [
      { id: "cases_supported", kind: "count" },
      { id: "share_employed", kind: "rate" },
    ],
  };
}

const QUOTE = "Dự án đã hỗ trợ 12 trường hợp.";

/** A table from CSV-like lines (no quoting needed here): the header is line 1. */
function table(header: readonly string[], ...rows: string[][]): PartnerTable {
  return {
    file: "partner.csv",
    columns: header,
    rows: rows.map((cells, i) => ({ line: i + 2, cells: Object.fromEntries(header.map((h, j) => [h, cells[j] ?? ""])) })),
  };
}

/** A valid English row; `over` replaces cells by column. */
function row(over: Partial<Record<(typeof PARTNER_HEADER_EN)[number], string>> = {}): string[] {
  const base: Record<string, string> = {
    partner: "Hội Phụ nữ",
    area_code: "455",
    area_name: "",
    vintage: "",
    period: "2024-03",
    indicator: "cases_supported",
    value: "12",
    source_publisher: "Hội Phụ nữ tỉnh Quảng Bình",
    source_date: "2024-04-02",
    source_url: "",
    quote: QUOTE,
    quote_lang: "vi",
    ...over,
  };
  return PARTNER_HEADER_EN.map((h) => base[h] ?? "");
}

function problemsOf(t: PartnerTable) {
  const result = checkPartnerTable(t, createContext());
  if (result.ok) throw new Error("expected problems");
  return result.problems.map((p) => ({ line: p.line, field: p.field, message: p.message, hint: p.hint }));
}

describe("the partner format", () => {
  it("accepts a file with English headers and reads each row as a record", () => {
    const result = checkPartnerTable(table(PARTNER_HEADER_EN, row(), row({ area_code: "", area_name: "bo trach", period: "2024-01-01/2024-06-30", value: "7" })), createContext());
    expect(result).toMatchObject({
      ok: true,
      records: [
        { partner: "Hội Phụ nữ", area: "pre2025:455", areaAsWritten: "455", periodStart: "2024-03", periodEnd: "2024-03", value: 12, line: 2, file: "partner.csv" },
        { area: "pre2025:455", areaAsWritten: "bo trach", periodStart: "2024-01-01", periodEnd: "2024-06-30", value: 7, line: 3 },
      ],
    });
  });

  it("accepts the Vietnamese headers, in any case and order", () => {
    const header = [...PARTNER_HEADER_VI].reverse().map((h, i) => (i % 2 === 0 ? h.toUpperCase() : h));
    const cells = [...row()].reverse();
    const result = checkPartnerTable(table(header, cells), createContext());
    expect(result).toMatchObject({ ok: true, records: [{ area: "pre2025:455", value: 12, quote: QUOTE }] });
  });

  it("names an unknown column and a missing required one on line 1", () => {
    const header = PARTNER_HEADER_EN.filter((h) => h !== "quote").map((h) => (h === "value" ? "values" : h));
    const problems = problemsOf(table(header, row()));
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [1, "values"],
      [1, "value"],
      [1, "quote"],
    ]);
    expect(problems[0]?.message).toBe('unknown column "values": its values would be ignored');
    expect(problems[2]?.message).toMatch(/^missing column quote \(trich_dan\)/);
  });

  it("refuses the same column named twice, once in each language", () => {
    const problems = problemsOf(table([...PARTNER_HEADER_EN, "gia_tri"], [...row(), "13"]));
    expect(problems).toEqual([expect.objectContaining({ line: 1, field: "gia_tri", message: expect.stringContaining('same column as "value"') })]);
  });

  it("says what is wrong with a period and how to write one", () => {
    const problems = problemsOf(table(PARTNER_HEADER_EN, row({ period: "03/2024" }), row({ period: "2024-13" }), row({ period: "2024-06-30/2024-01-01" }), row({ period: "2024-02-30/2024-03-01" })));
    expect(problems.map((p) => [p.line, p.field, p.message])).toEqual([
      [2, "period", '"03/2024" is neither a month (YYYY-MM) nor a period (YYYY-MM-DD/YYYY-MM-DD)'],
      [3, "period", '"2024-13": there is no month 13'],
      [4, "period", "the period ends (2024-01-01) before it starts (2024-06-30)"],
      [5, "period", '"2024-02-30" does not exist in the calendar'],
    ]);
    expect(problems[0]?.hint).toContain("YYYY-MM (2024-03)");
  });

  it("refuses thousands separators and decimal commas, saying what to write", () => {
    expect(parsePartnerValue("1.234,5")).toEqual({ error: '"1.234,5" uses "." to separate thousands and "," for decimals', hint: 'write 1234.5: digits, "." as the decimal mark, no thousands separators' });
    expect(parsePartnerValue("1,234")).toEqual({ error: '"1,234" uses "," to separate thousands', hint: 'write 1234: digits, "." as the decimal mark, no thousands separators' });
    expect(parsePartnerValue("12,5")).toMatchObject({ error: '"12,5" uses "," as the decimal mark' });
    expect(parsePartnerValue("-3")).toMatchObject({ error: expect.stringContaining("negative") });
    expect(parsePartnerValue("12.5")).toEqual({ value: 12.5 });
    const problems = problemsOf(table(PARTNER_HEADER_EN, row({ value: "1,234" }), row({ value: "1.234" }), row({ value: "1.5", indicator: "share_employed" }), row({ value: "" })));
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [2, "value"],
      [3, "value"],
      [5, "value"],
    ]);
    expect(problems[1]?.message).toContain('in Vietnamese "1.234" means 1 234');
    expect(problems[2]?.message).toBe("is empty");
  });

  it("names an unknown indicator and lists the ids to use", () => {
    const problems = problemsOf(table(PARTNER_HEADER_EN, row({ indicator: "cases" })));
    expect(problems).toEqual([{ line: 2, field: "indicator", message: 'unknown indicator "cases"', hint: "use an id from data/indicators.csv: cases_supported, share_employed" }]);
  });

  it("names an unknown area by code and by name", () => {
    const problems = problemsOf(table(PARTNER_HEADER_EN, row({ area_code: "999" }), row({ area_code: "", area_name: "Huyện Không Có" })));
    expect(problems.map((p) => [p.line, p.field, p.message])).toEqual([
      [2, "area_code", 'no unit has the code "999"'],
      [3, "area_name", 'no unit is called "Huyện Không Có"'],
    ]);
  });

  it("refuses a name of two units, naming both, and takes the vintage to tell them apart", () => {
    const problems = problemsOf(table(PARTNER_HEADER_EN, row({ area_code: "", area_name: "Quảng Trị" })));
    expect(problems).toEqual([
      {
        line: 2,
        field: "area_name",
        message: '"Quảng Trị" is the name of 2 units: Tỉnh Quảng Trị (pre2025:45, before 1 July 2025) and Tỉnh Quảng Trị (post2025:44, from 1 July 2025)',
        hint: "give the code in area_code (pre2025:45, post2025:44), or write pre2025 or post2025 in the vintage column if that tells them apart",
      },
    ]);
    const loose = problemsOf(table(PARTNER_HEADER_EN, row({ area_code: "", area_name: "quang tri" })));
    expect(loose[0]?.message).toContain("(ignoring tone marks and case): Tỉnh Quảng Trị (pre2025:45");
    const result = checkPartnerTable(table(PARTNER_HEADER_EN, row({ area_code: "", area_name: "Quảng Trị", vintage: "post2025" })), createContext());
    expect(result).toMatchObject({ ok: true, records: [{ area: "post2025:44" }] });
  });

  it("refuses a code of two units, naming both; a unit id or the vintage decides", () => {
    const problems = problemsOf(table(PARTNER_HEADER_EN, row({ area_code: "44" })));
    expect(problems[0]).toMatchObject({ line: 2, field: "area_code", message: 'the code "44" is the code of Tỉnh Quảng Bình (pre2025:44, before 1 July 2025) and Tỉnh Quảng Trị (post2025:44, from 1 July 2025)' });
    const result = checkPartnerTable(table(PARTNER_HEADER_EN, row({ area_code: "pre2025:44" }), row({ area_code: "44", vintage: "post2025" })), createContext());
    expect(result).toMatchObject({ ok: true, records: [{ area: "pre2025:44" }, { area: "post2025:44" }] });
  });

  it("refuses a code and a name that give two different units", () => {
    const problems = problemsOf(table(PARTNER_HEADER_EN, row({ area_code: "450", area_name: "Bố Trạch" })));
    expect(problems[0]).toMatchObject({ field: "area_code", message: 'the code "450" is Thành phố Đồng Hới (pre2025:450, before 1 July 2025), but the name says "Bố Trạch"' });
  });

  it("checks the source, the quote and the text as the programme's files are checked", () => {
    const problems = problemsOf(
      table(
        PARTNER_HEADER_EN,
        row({ source_date: "2024-02-30" }),
        row({ source_date: "2024-01-15" }),
        row({ source_url: "javascript:alert(1)" }),
        row({ quote: "=HYPERLINK(1)" }),
        row({ quote_lang: "de" }),
        row({ partner: "Hội\u202EPhụ nữ" }),
      ),
    );
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [2, "source_date"],
      [3, "source_date"],
      [4, "source_url"],
      [5, "quote"],
      [6, "quote_lang"],
      [7, "partner"],
    ]);
    expect(problems[1]?.message).toContain("before the period it reports on begins");
    expect(problems[5]?.message).toContain("U+202E RIGHT-TO-LEFT OVERRIDE");
  });

  it("refuses a run of digits too long to be a number, which would otherwise reach the record check as Infinity", () => {
    expect(parsePartnerValue(`1${"0".repeat(400)}`)).toMatchObject({ error: expect.stringContaining("(401 digits) is too large to be a figure") });
    expect(parsePartnerValue(`1${"0".repeat(300)}`)).toEqual({ value: 1e300 });
  });

  it("names the rule each problem of a record breaks, for the national path's counts", () => {
    const result = checkPartnerTable(
      table(PARTNER_HEADER_EN, row({ value: "-3" }), row({ value: "1,234", period: "2024-02-30/2024-03-01" }), row({ source_date: "2024-04", area_code: "450", area_name: "Bố Trạch" }), row({ partner: "Hội\u202EPhụ nữ", value: "x" })),
      createContext(),
    );
    expect(result.ok ? [] : result.problems.map((p) => [p.line, p.field, p.rule])).toEqual([
      [2, "value", "negative"],
      [3, "period", "invalidDate"],
      [3, "value", "notANumber"],
      [4, "area_code", "nameNotCode"],
      [4, "source_date", "dateShape"],
      [5, "partner", "characters"],
    ]);
    expect(problemsOf(table(["partner"], ["x"])).every((p) => !("rule" in p) || p.rule === undefined)).toBe(true);
  });

  it("adds nothing from a file with one bad row among good ones", () => {
    const result = checkPartnerTable(table(PARTNER_HEADER_EN, row(), row({ value: "x" }), row()), createContext());
    expect(result.ok).toBe(false);
    expect("records" in result).toBe(false);
  });
});

describe("the templates the app offers for download", () => {
  it("are the format's header rows, in Vietnamese and in English", async () => {
    const { readFileSync } = await import("node:fs");
    const { partnerTemplate } = await import("./partner");
    for (const lang of ["vi", "en"] as const) {
      expect(readFileSync(new URL(`../../public/partner-template-${lang}.csv`, import.meta.url), "utf8")).toBe(partnerTemplate(lang));
    }
    expect(partnerTemplate("en")).toBe("partner,area_code,area_name,vintage,period,indicator,value,source_publisher,source_date,source_url,quote,quote_lang\n");
    expect(partnerTemplate("vi")).toBe("doi_tac,ma_dia_ban,ten_dia_ban,ranh_gioi,ky,chi_so,gia_tri,nguon,ngay_nguon,dia_chi_nguon,trich_dan,ngon_ngu\n");
  });
});
