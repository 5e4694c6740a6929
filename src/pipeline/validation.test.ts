/**
 * One test per kind of bad input: the run fails, the message names file, line and field, and the
 * previous output is left exactly as it was.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { runPipeline } from "./pipeline";
import { formatProblem } from "./problems";
import { createBoundariesDir, createDataDir, createPreviousOutput, figureCsvs } from "./testing/fixtures";

/** Replaces one line (1-based) of a fixture figure file. */
function withLine(file: string, line: number, text: string): Record<string, string> {
  const lines = (figureCsvs()[file] ?? "").split("\n");
  lines[line - 1] = text;
  return { [file]: lines.join("\n") };
}

function appendLine(file: string, text: string): Record<string, string> {
  return { [file]: `${figureCsvs()[file] ?? ""}\n${text}` };
}

function runWith(overrides: Record<string, string>) {
  const dataDir = createDataDir(overrides);
  const previous = createPreviousOutput();
  const result = runPipeline({ dataDir, boundariesDir: createBoundariesDir(dataDir), outDir: previous.dir, env: {} });
  return { result, previous };
}

/**
 * What a rejected run left: the message for that file, line and field (null if none), and whether
 * the previous output is untouched with no temporary folder left behind.
 */
function rejection(run: ReturnType<typeof runWith>, where: { file: string; line: number; field: string }) {
  const { result, previous } = run;
  const messages = result.ok ? [] : result.problems.map(formatProblem);
  const message = messages.find((m) => m.startsWith(`${where.file}:${where.line} ${where.field}: `)) ?? null;
  const sameFiles = JSON.stringify(readdirSync(previous.dir).sort()) === JSON.stringify(Object.keys(previous.files).sort());
  const sameContent = Object.entries(previous.files).every(([name, content]) => readFileSync(join(previous.dir, name), "utf8") === content);
  const noLeftovers = JSON.stringify(readdirSync(dirname(previous.dir))) === JSON.stringify(["data"]);
  return { ok: result.ok, message: message ?? messages.join("\n"), outputUntouched: sameFiles && sameContent && noLeftovers };
}

/** Every message says what is wrong, then " — " and what to do. */
const says = (words: RegExp, where: { file: string; line: number; field: string }) => ({
  ok: false,
  message: expect.stringMatching(new RegExp(`^${where.file.replace(/\./g, "\\.")}:${where.line} ${where.field}: (?=.*${words.source}).+ — .+`)),
  outputUntouched: true,
});

const OBS = "data/observations.csv";
const obsRow = (changes: Partial<Record<string, string>>): string => {
  const base: Record<string, string> = {
    id: "obs-3", indicator_id: "cases", value: "12", qualifier: "exact", period_start: "2023", period_end: "2024",
    reported_on: "", area: "pre2025:450", programme_id: "tmsv", phase_id: "", partner_ids: "", source_id: "src-a",
    quote_lang: "vi", quote: '"Hỗ trợ 12 trường hợp."', same_as: "", note: "",
  };
  return Object.values({ ...base, ...changes }).join(",");
};

describe("npm run data rejects bad input and writes nothing", () => {
  it("a value outside the schema (indicator kind)", () => {
    const run = runWith(withLine("indicators.csv", 2, "cases,Trường hợp,Cases,,trường hợp,cases,number,yes,Định nghĩa.,Definition."));
    const where = { file: "data/indicators.csv", line: 2, field: "kind" };
    expect(rejection(run, where)).toEqual(says(/count \(drawn as symbols\) or rate/, where));
  });

  it("an unknown unit", () => {
    const run = runWith(appendLine("observations.csv", obsRow({ area: "pre2025:999" })));
    const where = { file: OBS, line: 4, field: "area" };
    expect(rejection(run, where)).toEqual(says(/unknown unit "pre2025:999"/, where));
  });

  it("a unit of the wrong vintage shape", () => {
    const run = runWith(appendLine("observations.csv", obsRow({ area: "post2025:450" })));
    const where = { file: OBS, line: 4, field: "area" };
    expect(rejection(run, where)).toEqual(says(/no post2025 unit has this code/, where));
  });

  it("an unknown source", () => {
    const run = runWith(appendLine("observations.csv", obsRow({ source_id: "src-missing" })));
    const where = { file: OBS, line: 4, field: "source_id" };
    expect(rejection(run, where)).toEqual(says(/unknown source "src-missing".*sources\.csv/, where));
  });

  it("a negative value", () => {
    const run = runWith(appendLine("observations.csv", obsRow({ value: "-5" })));
    const where = { file: OBS, line: 4, field: "value" };
    expect(rejection(run, where)).toEqual(says(/negative value/, where));
  });

  it("a value that is not a finite number", () => {
    const run = runWith(appendLine("observations.csv", obsRow({ value: "Infinity" })));
    const where = { file: OBS, line: 4, field: "value" };
    expect(rejection(run, where)).toEqual(says(/not a finite number/, where));
  });

  it("a date that does not exist", () => {
    const run = runWith(appendLine("observations.csv", obsRow({ period_start: "2023-02-30" })));
    const where = { file: OBS, line: 4, field: "period_start" };
    expect(rejection(run, where)).toEqual(says(/does not exist in the calendar.*YYYY, YYYY-MM or YYYY-MM-DD/, where));
  });

  it("a period that ends before it starts", () => {
    const run = runWith(appendLine("observations.csv", obsRow({ period_start: "2024", period_end: "2023-12" })));
    const where = { file: OBS, line: 4, field: "period_end" };
    expect(rejection(run, where)).toEqual(says(/ends \(2023-12\) before it starts \(2024\)/, where));
  });

  it("a duplicate id", () => {
    const run = runWith(appendLine("sources.csv", "src-a,Báo khác,Bài khác,vi,2021,,"));
    const where = { file: "data/sources.csv", line: 4, field: "id" };
    expect(rejection(run, where)).toEqual(says(/duplicate id "src-a" \(first used on line 2\)/, where));
  });

  it("a figure without its quote", () => {
    const run = runWith(appendLine("observations.csv", obsRow({ quote: "" })));
    const where = { file: OBS, line: 4, field: "quote" };
    expect(rejection(run, where)).toEqual(says(/verbatim/, where));
  });

  it("an unknown group member", () => {
    const run = runWith(appendLine("groups.csv", "pair,pre2025,Cặp,Pair,pre2025:455;pre2025:99999,"));
    const where = { file: "data/groups.csv", line: 3, field: "members" };
    expect(rejection(run, where)).toEqual(says(/unknown unit "pre2025:99999" in group "pair"/, where));
  });

  it("a group member of the other vintage", () => {
    const run = runWith(appendLine("groups.csv", "pair,pre2025,Cặp,Pair,pre2025:455;post2025:44,"));
    const where = { file: "data/groups.csv", line: 3, field: "members" };
    expect(rejection(run, where)).toEqual(says(/post2025:44 is a post2025 unit but group "pair" is pre2025/, where));
  });

  it("counts lines of quoted multi-line cells, so later rows keep their real line", () => {
    const twoLineQuote = obsRow({ id: "obs-3", quote: '"Dòng một.\nDòng hai."' });
    const run = runWith(appendLine("observations.csv", `${twoLineQuote}\n${obsRow({ id: "obs-4", source_id: "nope" })}`));
    const where = { file: OBS, line: 6, field: "source_id" };
    expect(rejection(run, where)).toEqual(says(/unknown source "nope"/, where));
  });

  it("reports every problem of a run together", () => {
    const run = runWith({
      ...appendLine("observations.csv", obsRow({ value: "-1", source_id: "nope" })),
      ...appendLine("sources.csv", "src-a,X,Y,vi,,,"),
    });
    const fields = run.result.ok ? [] : run.result.problems.map((p) => `${p.file}:${p.line} ${p.field}`);
    expect(fields).toEqual(expect.arrayContaining([`${OBS}:4 value`, `${OBS}:4 source_id`, "data/sources.csv:4 id"]));
  });
});
