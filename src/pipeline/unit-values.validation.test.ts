/** One bad row of data/unit_values.csv per rule: `npm run data` names file, line and column, and writes nothing. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UnitsFile } from "../schema";
import { runPipeline } from "./pipeline";
import { formatProblem } from "./problems";
import { createBoundariesDir, createDataDir, createPreviousOutput, figureCsvs, tempDir } from "./testing/fixtures";

/** The fixture's unit_values.csv with one more row (line 4). */
function withRow(row: string): Record<string, string> {
  return { "unit_values.csv": `${figureCsvs()["unit_values.csv"] ?? ""}\n${row}` };
}

function messages(overrides: Record<string, string>): string[] {
  const dataDir = createDataDir(overrides);
  const previous = createPreviousOutput();
  const result = runPipeline({ dataDir, boundariesDir: createBoundariesDir(dataDir), outDir: previous.dir, env: {} });
  const untouched = readFileSync(join(previous.dir, "units.json"), "utf8") === previous.files["units.json"];
  return result.ok ? [] : [...result.problems.map(formatProblem), ...(untouched ? [] : ["previous output was replaced"])];
}

const at = (field: string, words: string) => expect.arrayContaining([expect.stringMatching(new RegExp(`^data/unit_values\\.csv:4 ${field}: .*${words}.* — .+`))]);

describe("npm run data rejects a bad row of data/unit_values.csv", () => {
  it("a value that is not a finite number", () => {
    expect(messages(withRow("post2025:42,area_km2,Infinity,exact,,wiki,"))).toEqual(at("value", "not a finite number"));
  });

  it("a negative value", () => {
    expect(messages(withRow("post2025:42,area_km2,-5,exact,,wiki,"))).toEqual(at("value", "negative value"));
  });

  it("a field other than area_km2 or population", () => {
    expect(messages(withRow("post2025:42,density,120,exact,,wiki,"))).toEqual(at("field", "density"));
  });

  it("an unknown qualifier", () => {
    expect(messages(withRow("post2025:42,area_km2,120,more_than,,wiki,"))).toEqual(at("qualifier", "more_than"));
  });

  it("a unit id that no admin fact defines", () => {
    expect(messages(withRow("post2025:99,area_km2,120,exact,,wiki,"))).toEqual(at("unit", "unknown unit post2025:99"));
  });

  it("a second value for the same unit, field and source", () => {
    expect(messages(withRow("post2025:44,area_km2,12000,exact,,Provincial proposal,"))).toEqual(at("source", "first on line 2"));
  });
});

describe("npm run data with data/unit_values.csv", () => {
  it("shows the new Quảng Trị's area from both sources side by side, each flagged", () => {
    const dataDir = createDataDir();
    const outDir = join(tempDir("out"), "data");
    expect(runPipeline({ dataDir, boundariesDir: createBoundariesDir(dataDir), outDir, env: {} }).ok).toBe(true);
    const units = UnitsFile.parse(JSON.parse(readFileSync(join(outDir, "units.json"), "utf8")));
    const quangTri = units.units.find((u) => u.id === "post2025:44");
    expect(quangTri?.areaKm2.map((v) => [v.value, v.qualifier ?? "exact", v.conflict])).toEqual([
      [12700, "exact", true],
      [12699, "at_least", true],
    ]);
  });
});
