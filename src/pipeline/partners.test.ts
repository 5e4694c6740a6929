/**
 * `npm run data -- --add FILE`: a partner file is checked with everything else and kept in
 * data/partner_records/ only when the run publishes; on any problem nothing is added or written.
 * Each case runs the CLI's main() in a fresh temporary repository (data/ from the fixtures).
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FiguresFile, Manifest, PartnerRecordsFile } from "../schema";
import { PARTNER_HEADER_EN, PARTNER_HEADER_VI } from "../schema/partner";
import { main } from "./run-cli";
import { createBoundariesDir, createDataDir, tempDir } from "./testing/fixtures";
import { snapshot } from "./testing/snapshot";

function createRepo(): { root: string; boundaries: string } {
  const root = tempDir("partner-repo");
  cpSync(createDataDir(), join(root, "data"), { recursive: true });
  return { root, boundaries: createBoundariesDir(join(root, "data")) };
}

function run(root: string, boundaries: string, ...args: string[]) {
  const lines: string[] = [];
  const code = main(["--boundaries", boundaries, ...args], root, {}, { log: (l) => lines.push(l), error: (l) => lines.push(l) });
  return { code, output: lines.join("\n") };
}

const QUOTE = '"Hội đã hỗ trợ 12 trường hợp, trong đó 7 ở Bố Trạch."';

/** A partner file in Vietnamese headers: Bố Trạch by code, and Đồng Hới by its full name ("Đồng Hới" alone is also a ward from 1 July 2025). */
function goodCsv(): string {
  return [PARTNER_HEADER_VI.join(","), `Hội Phụ nữ,455,,,2024-03,cases,7,Hội Phụ nữ tỉnh Quảng Bình,2024-04-02,,${QUOTE},vi`, `Hội Phụ nữ,,Thành phố Đồng Hới,,2024-01-01/2024-06-30,cases,5,Hội Phụ nữ tỉnh Quảng Bình,2024-07-01,https://example.org/bao-cao,${QUOTE},vi`].join("\n");
}

function writeFile(root: string, name: string, text: string): string {
  mkdirSync(join(root, "incoming"), { recursive: true });
  writeFileSync(join(root, "incoming", name), `${text}\n`);
  return `incoming/${name}`;
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));

describe("npm run data -- --add FILE", () => {
  it("adds a valid file: kept in data/partner_records/, published in its own file, never in the figures, and kept by a later run", () => {
    const { root, boundaries } = createRepo();
    const file = writeFile(root, "hoi-phu-nu-2024.csv", goodCsv());
    const added = run(root, boundaries, "--add", file);
    expect(added.output).toContain("Added incoming/hoi-phu-nu-2024.csv as data/partner_records/hoi-phu-nu-2024.csv");
    expect(added.code).toBe(0);
    expect(readFileSync(join(root, "data/partner_records/hoi-phu-nu-2024.csv"), "utf8")).toBe(readFileSync(join(root, file), "utf8"));

    const published = PartnerRecordsFile.parse(readJson(join(root, "public/data/partner_records.json")));
    expect(published.files).toEqual(["data/partner_records/hoi-phu-nu-2024.csv"]);
    expect(published.records.map((r) => [r.area, r.areaAsWritten, r.periodStart, r.periodEnd, r.value, r.file, r.line])).toEqual([
      ["pre2025:455", "455", "2024-03", "2024-03", 7, "data/partner_records/hoi-phu-nu-2024.csv", 2],
      ["pre2025:450", "Thành phố Đồng Hới", "2024-01-01", "2024-06-30", 5, "data/partner_records/hoi-phu-nu-2024.csv", 3],
    ]);
    const manifest = Manifest.parse(readJson(join(root, "public/data/manifest.json")));
    expect(manifest.files.find((f) => f.role === "partnerRecords")?.path).toBe("partner_records.json");
    // The programme's figures are exactly the fixture's two: the partner's never enter them.
    expect(FiguresFile.parse(readJson(join(root, "public/data/figures.json"))).observations.map((o) => o.id)).toEqual(["obs-1", "obs-2"]);

    const before = readFileSync(join(root, "public/data/partner_records.json"), "utf8");
    expect(run(root, boundaries).code).toBe(0);
    expect(readFileSync(join(root, "public/data/partner_records.json"), "utf8")).toBe(before);
  });

  it("adds nothing and writes nothing on any problem, and names each with file, line, column and what to do", () => {
    const { root, boundaries } = createRepo();
    expect(run(root, boundaries).code).toBe(0);
    const bad = [
      PARTNER_HEADER_EN.join(","),
      `Hội Phụ nữ,455,,,2024-03,cases,7,Hội Phụ nữ,2024-04-02,,${QUOTE},vi`,
      `Hội Phụ nữ,,Quảng Trị,,2024-03,cases,"1,234",Hội Phụ nữ,2024-04-02,,${QUOTE},vi`,
      `Hội Phụ nữ,999,,,March 2024,cases_suported,7,Hội Phụ nữ,2024-04-02,,${QUOTE},vi`,
    ].join("\n");
    const file = writeFile(root, "bad.csv", bad);
    const before = snapshot(root);
    const { code, output } = run(root, boundaries, "--add", file);
    expect(code).toBe(1);
    expect(output).toContain("npm run data: 5 problem(s); nothing was added or written.");
    expect(output).toContain("incoming/bad.csv:3 area_name: \"Quảng Trị\" is the name of 2 units: Tỉnh Quảng Trị (pre2025:45, before 1 July 2025) and Tỉnh Quảng Trị (post2025:44, from 1 July 2025) — give the code");
    expect(output).toContain('incoming/bad.csv:3 value: "1,234" uses "," to separate thousands — write 1234');
    expect(output).toContain('incoming/bad.csv:4 area_code: no unit has the code "999"');
    expect(output).toContain('incoming/bad.csv:4 indicator: unknown indicator "cases_suported" — use an id from data/indicators.csv: cases');
    expect(output).toContain('incoming/bad.csv:4 period: "March 2024" is neither a month (YYYY-MM) nor a period');
    expect(snapshot(root)).toEqual(before);
    expect(existsSync(join(root, "data/partner_records"))).toBe(false);
  });

  it("refuses a file with a wrong header, and a second file of the same name", () => {
    const { root, boundaries } = createRepo();
    const header = writeFile(root, "header.csv", goodCsv().replace("gia_tri", "so_lieu"));
    const refused = run(root, boundaries, "--add", header);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('incoming/header.csv:1 so_lieu: unknown column "so_lieu"');
    expect(refused.output).toContain("incoming/header.csv:1 value: missing column value (gia_tri)");

    const file = writeFile(root, "twice.csv", goodCsv());
    expect(run(root, boundaries, "--add", file).code).toBe(0);
    const again = run(root, boundaries, "--add", file);
    expect(again.code).toBe(1);
    expect(again.output).toContain("data/partner_records/twice.csv already exists");
  });
});
