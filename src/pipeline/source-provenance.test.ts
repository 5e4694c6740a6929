/**
 * sources.csv's provenance columns: optional (an older file without them still reads), carried
 * into figures.json, and checked so a translation always says whose it is.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runPipeline } from "./pipeline";
import { formatProblem } from "./problems";
import { createBoundariesDir, createDataDir, tempDir } from "./testing/fixtures";

const HEADER = "id,publisher,title,language,published_on,url,note,translation_of,translation_publisher,translation_url,title_basis,publisher_basis";

function run(sourcesCsv: string) {
  const dataDir = createDataDir({ "sources.csv": sourcesCsv });
  const outDir = join(tempDir("provenance-out"), "data");
  return { result: runPipeline({ dataDir, boundariesDir: createBoundariesDir(dataDir), outDir, env: {} }), outDir };
}

describe("source provenance columns", () => {
  it("carry a translation, a reconstructed title and an attributed publisher into figures.json", () => {
    const { result, outDir } = run(
      [HEADER, "src-a,Báo Quảng Bình,Bài báo A,en,2020-07-17,https://example.org/a,,vi,Vietnam.vn,,address,", "src-b,Thời Đại,Bài báo B,vi,,,Undated,,,,,attributed"].join("\n"),
    );
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
    const figures = JSON.parse(readFileSync(join(outDir, "figures.json"), "utf8")) as { sources: Record<string, unknown>[] };
    expect(figures.sources[0]).toMatchObject({ translationOf: "vi", translationPublisher: "Vietnam.vn", titleBasis: "address" });
    expect(figures.sources[0]).not.toHaveProperty("translationUrl");
    expect(figures.sources[1]).toMatchObject({ publisherBasis: "attributed" });
  });

  it("refuse a translation without its publisher, naming the line and column", () => {
    const { result } = run([HEADER, "src-a,Báo Quảng Bình,Bài báo A,en,2020-07-17,https://example.org/a,,vi,,,,", "src-b,Thời Đại,Bài báo B,vi,,,Undated,,,,,"].join("\n"));
    expect(result.ok ? [] : result.problems.map(formatProblem).filter((m) => m.startsWith("data/sources.csv:2 translation_publisher: "))).toHaveLength(1);
  });

  it("refuse a 'translation' in the language of its own original", () => {
    const { result } = run([HEADER, "src-a,Báo Quảng Bình,Bài báo A,vi,2020-07-17,https://example.org/a,,vi,Vietnam.vn,,,", "src-b,Thời Đại,Bài báo B,vi,,,Undated,,,,,"].join("\n"));
    expect(result.ok ? [] : result.problems.map(formatProblem).filter((m) => m.startsWith("data/sources.csv:2 translation_of: "))).toHaveLength(1);
  });

  it("refuse a publisher basis that is not one of stated, attributed, author", () => {
    const { result } = run([HEADER, "src-a,Báo Quảng Bình,Bài báo A,vi,2020-07-17,https://example.org/a,,,,,,guessed", "src-b,Thời Đại,Bài báo B,vi,,,Undated,,,,,"].join("\n"));
    expect(result.ok ? [] : result.problems.map(formatProblem).filter((m) => m.startsWith("data/sources.csv:2 publisher_basis: "))).toHaveLength(1);
  });
});
