import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { createAtlasIndex } from "../data/testing/fixtures";
import { defaultViewState } from "../store";
import { CSV_BOM, downloadFileName, escapeFormula, figuresCsv } from "./download";
import { EXPORT_COLUMNS, figureExportRows } from "./figuresInView";

function rows() {
  const index = createAtlasIndex();
  return figureExportRows(index, index.observations, defaultViewState(), "vi");
}

describe("figuresCsv", () => {
  it("starts with a byte-order mark and a header, then one record per figure", () => {
    const csv = figuresCsv(rows());
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    const records = parse(csv.slice(1)) as string[][];
    expect(records[0]).toEqual([...EXPORT_COLUMNS]);
    expect(records).toHaveLength(rows().length + 1);
  });

  it("keeps a quote with commas, double quotes and a line break intact, and diacritics", () => {
    const r = rows();
    r[0] = { ...r[0]!, quote: 'Hỗ trợ 10 người, "sinh kế"\nvà việc làm.' };
    const records = parse(figuresCsv(r).slice(1), { columns: true }) as Record<string, string>[];
    expect(records[0]?.quote).toBe('Hỗ trợ 10 người, "sinh kế"\nvà việc làm.');
  });

  it("makes a cell that starts like a formula inert, and leaves numbers alone", () => {
    const r = rows();
    r[0] = { ...r[0]!, quote: "=HYPERLINK(\"http://x\")", source_title: "+1", area_name: "@SUM(A1)" };
    const [record] = parse(figuresCsv(r).slice(1), { columns: true }) as Record<string, string>[];
    expect(record?.quote).toBe("'=HYPERLINK(\"http://x\")");
    expect(record?.source_title).toBe("'+1");
    expect(record?.area_name).toBe("'@SUM(A1)");
    expect(record?.value).toBe("10");
  });
});

describe("escapeFormula", () => {
  it("escapes only the characters a spreadsheet reads as a formula's start", () => {
    expect(["=1", "-1", "\tx", "ok", "Đồng Hới", ""].map(escapeFormula)).toEqual(["'=1", "'-1", "'\tx", "ok", "Đồng Hới", ""]);
  });
});

describe("downloadFileName", () => {
  it("names the data version, the view and the date, in safe characters", () => {
    expect(downloadFileName("2026-11-29", "explorer map", new Date("2026-12-05T23:00:00Z"), "csv")).toBe("results-atlas_2026-11-29_explorer-map_2026-12-05.csv");
  });
});
