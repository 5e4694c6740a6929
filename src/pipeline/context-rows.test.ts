/**
 * partners.csv and context.csv: optional files, carried into figures.json when present, and every
 * id they name checked, so a partner or a caveat never points at nothing.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runPipeline } from "./pipeline";
import { formatProblem } from "./problems";
import { createBoundariesDir, createDataDir, tempDir } from "./testing/fixtures";

const PARTNERS = "organisation_id,programme_id,phase_id,role_vi,role_en,role_fr,source_id,quote_lang,quote";
const CONTEXT = "id,subjects,kind,text_vi,text_en,text_fr,source_ids,basis,quote_lang,quote";

function run(files: Record<string, string>) {
  const dataDir = createDataDir(files);
  const outDir = join(tempDir("context-out"), "data");
  const result = runPipeline({ dataDir, boundariesDir: createBoundariesDir(dataDir), outDir, env: {} });
  return { result, outDir, messages: result.ok ? [] : result.problems.map(formatProblem) };
}

describe("partners.csv and context.csv", () => {
  it("are optional: without them figures.json has neither key", () => {
    const { result, outDir } = run({});
    expect(result.ok).toBe(true);
    const figures = JSON.parse(readFileSync(join(outDir, "figures.json"), "utf8")) as Record<string, unknown>;
    expect(Object.keys(figures)).not.toContain("partnerships");
    expect(Object.keys(figures)).not.toContain("context");
  });

  it("carry a partner and a note into figures.json", () => {
    const { result, outDir, messages } = run({
      "partners.csv": [PARTNERS, "iom,tmsv,,Thực hiện,Implements,Met en œuvre,src-a,vi,Câu trích."].join("\n"),
      "context.csv": [CONTEXT, "aim-1,programme:tmsv,aim,Mục tiêu,Aim,Objectif,src-a,,vi,Câu trích."].join("\n"),
    });
    expect(messages).toEqual([]);
    expect(result.ok).toBe(true);
    const figures = JSON.parse(readFileSync(join(outDir, "figures.json"), "utf8")) as { partnerships: unknown[]; context: { subjects: string[] }[] };
    expect(figures.partnerships).toHaveLength(1);
    expect(figures.context[0]?.subjects).toEqual(["programme:tmsv"]);
  });

  it("refuse a partner that is not in organisations.csv", () => {
    const { messages } = run({ "partners.csv": [PARTNERS, "nobody,tmsv,,a,b,c,src-a,vi,Câu."].join("\n") });
    expect(messages.filter((m) => m.startsWith('data/partners.csv:2 organisation_id: unknown organisation "nobody"'))).toHaveLength(1);
  });

  it("refuse a note about a unit the admin facts do not define", () => {
    const { messages } = run({ "context.csv": [CONTEXT, "q-1,unit:post2025:99999,quality,a,b,c,src-a,,en,Quote."].join("\n") });
    expect(messages.filter((m) => m.startsWith('data/context.csv:2 subjects: unknown unit "post2025:99999"'))).toHaveLength(1);
  });

  it("refuse a note that rests on nothing (no source, no basis)", () => {
    const { messages } = run({ "context.csv": [CONTEXT, "q-1,programme:tmsv,aim,a,b,c,,,en,Quote."].join("\n") });
    expect(messages.filter((m) => m.startsWith("data/context.csv:2 basis: "))).toHaveLength(1);
  });
});
