/**
 * Every kind of malformed input we know of, table-driven: the run fails, every message names the
 * file, line and field and says what to do, and the previous output folder is byte-identical
 * afterwards, with nothing left beside it. Boundary files have no lines: their messages name the
 * file, the feature (index and name) and the field.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { ADM1_FILE, ADM2_FILE } from "./boundaries";
import { runPipeline } from "./pipeline";
import { formatProblem } from "./problems";
import { createBoundariesDir, createDataDir, createPreviousOutput, figureCsvs } from "./testing/fixtures";
import { MALFORMED_CASES } from "./testing/malformed-cases";
import { snapshot } from "./testing/snapshot";

type Collection = { type: string; features: { properties: Record<string, string>; geometry: { type: string; coordinates: unknown } | null }[] };

interface BoundaryCase {
  kind: string;
  file: typeof ADM1_FILE | typeof ADM2_FILE;
  /** Breaks the parsed file in place, or returns the whole replacement text. */
  breaks: (c: Collection) => string | undefined;
  field: RegExp;
  says: RegExp;
}

const firstRing = (c: Collection, i: number) => ((c.features[i]?.geometry?.coordinates as number[][][] | undefined) ?? [])[0] ?? [];

/** Broken boundary files. */
export const BOUNDARY_CASES: BoundaryCase[] = [
  { kind: "boundary file that is not JSON", file: ADM1_FILE, breaks: () => "<html>502 Bad Gateway</html>", field: /^JSON syntax$/, says: /not valid JSON, so not GeoJSON/ },
  { kind: "JSON that is not a FeatureCollection", file: ADM1_FILE, breaks: () => '{"type":"Topology","objects":{}}', field: /^type$/, says: /not a GeoJSON FeatureCollection/ },
  { kind: "collection with no features", file: ADM2_FILE, breaks: () => '{"type":"FeatureCollection","features":[]}', field: /^features$/, says: /no features/ },
  { kind: "coordinates written as text", file: ADM2_FILE, breaks: (c) => void (firstRing(c, 2)[1] = ["104.5", "20.1"] as never), field: /^feature 2 \(.+\) geometry\.coordinates\[0\]\[1\]\[0\]$/, says: /longitude is the text "104\.5", not a number/ },
  { kind: "null geometry", file: ADM1_FILE, breaks: (c) => void ((c.features[5] as { geometry: unknown }).geometry = null), field: /^feature 5 \(.+\) geometry$/, says: /geometry is empty \(null\)/ },
  { kind: "empty coordinates", file: ADM2_FILE, breaks: (c) => void ((c.features[0]?.geometry ?? { coordinates: 0 }).coordinates = []), field: /^feature 0 \(.+\) geometry\.coordinates$/, says: /geometry is empty/ },
  { kind: "point instead of polygon", file: ADM1_FILE, breaks: (c) => void (c.features[1] && (c.features[1].geometry = { type: "Point", coordinates: [105, 20] })), field: /^feature 1 \(.+\) geometry\.type$/, says: /expected Polygon or MultiPolygon, found "Point"/ },
  { kind: "ring that is not closed", file: ADM2_FILE, breaks: (c) => void (firstRing(c, 3)[4] = [1, 1]), field: /^feature 3 \(.+\) geometry\.coordinates\[0\]$/, says: /not closed/ },
  { kind: "ring with three positions", file: ADM2_FILE, breaks: (c) => void firstRing(c, 1).splice(1, 2), field: /^feature 1 \(.+\) geometry\.coordinates\[0\]$/, says: /at least 4 positions \(found 3\)/ },
  { kind: "longitude off the globe", file: ADM1_FILE, breaks: (c) => void ((firstRing(c, 7)[2] ?? [])[0] = 500), field: /^feature 7 \(.+\) geometry\.coordinates\[0\]\[2\]\[0\]$/, says: /longitude 500 is off the globe/ },
  { kind: "null coordinate", file: ADM2_FILE, breaks: (c) => void ((firstRing(c, 4)[1] ?? [])[1] = null as never), field: /^feature 4 \(.+\) geometry\.coordinates\[0\]\[1\]\[1\]$/, says: /latitude is null, not a number/ },
  {
    kind: "district outside its province",
    file: ADM2_FILE,
    breaks: (c) => {
      for (const p of firstRing(c, 0)) p.splice(0, 2, (p[0] ?? 0) + 3, (p[1] ?? 0) + 3);
      return undefined;
    },
    field: /^feature 0 \(.+\) geometry$/,
    says: /district pre2025:\d{3} lies outside its province pre2025:\d{2}/,
  },
];

/** At least this many kinds are tested; the count is printed in the test titles. */
export const MALFORMED_KIND_COUNT = MALFORMED_CASES.length + BOUNDARY_CASES.length;

function outcome(run: { ok: boolean; problems?: { file: string }[] }, outDir: string, before: Record<string, string>) {
  return {
    ok: run.ok,
    outputUntouched: JSON.stringify(snapshot(outDir)) === JSON.stringify(before),
    leftovers: readdirSync(dirname(outDir)).filter((n) => n !== "data"),
  };
}

describe(`npm run data refuses ${MALFORMED_KIND_COUNT} kinds of malformed input`, () => {
  it("knows at least 60 kinds, all differently named", () => {
    expect(MALFORMED_KIND_COUNT).toBeGreaterThanOrEqual(60);
    const kinds = [...MALFORMED_CASES, ...BOUNDARY_CASES].map((c) => c.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
  });

  it.each(MALFORMED_CASES.map((c) => [c.kind, c] as const))("%s", (_kind, c) => {
    const dataDir = createDataDir(c.files);
    const previous = createPreviousOutput();
    const before = snapshot(previous.dir);
    // A run that fails on its inputs never reads the boundaries: a missing folder proves it.
    const result = runPipeline({ dataDir, boundariesDir: join(dataDir, "no-boundaries"), outDir: previous.dir, env: {} });
    const messages = result.ok ? [] : result.problems.map(formatProblem);
    const { file, line, field } = c.where;
    expect(outcome({ ok: result.ok }, previous.dir, before)).toEqual({ ok: false, outputUntouched: true, leftovers: [] });
    expect(messages.find((m) => m.startsWith(`${file}:${line} ${field}: `)) ?? messages).toEqual(expect.stringMatching(c.says));
    // Every message: file:line field: what is wrong — what to do.
    const unlocated = result.ok ? [] : result.problems.filter((p) => p.file === "" || p.line === null || p.field === null || p.hint === "");
    expect(unlocated.map(formatProblem)).toEqual([]);
  });

  it.each(BOUNDARY_CASES.map((c) => [c.kind, c] as const))("%s", (_kind, c) => {
    const dataDir = createDataDir();
    const boundariesDir = createBoundariesDir(dataDir);
    const path = join(boundariesDir, c.file);
    const parsed = JSON.parse(readFileSync(path, "utf8")) as Collection;
    writeFileSync(path, c.breaks(parsed) ?? JSON.stringify(parsed));
    const previous = createPreviousOutput();
    const before = snapshot(previous.dir);
    const result = runPipeline({ dataDir, boundariesDir, boundariesShown: "boundaries", outDir: previous.dir, env: {} });
    expect(outcome(result, previous.dir, before)).toEqual({ ok: false, outputUntouched: true, leftovers: [] });
    const problems = result.ok ? [] : result.problems;
    const named = problems.find((p) => p.file === `boundaries/${c.file}` && c.field.test(p.field ?? ""));
    expect(named === undefined ? problems.map(formatProblem) : formatProblem(named)).toEqual(expect.stringMatching(c.says));
  });
});

describe("what npm run data lets through", () => {
  it("accepts a UTF-8 byte-order mark", () => {
    const dataDir = createDataDir({ "sources.csv": `\uFEFF${figureCsvs()["sources.csv"] ?? ""}` });
    const result = runPipeline({ dataDir, boundariesDir: createBoundariesDir(dataDir), outDir: join(createPreviousOutput().dir), env: {} });
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  it("warns, and still publishes, when a value's digits do not occur in its quote", () => {
    const lines = (figureCsvs()["observations.csv"] ?? "").split("\n");
    const dataDir = createDataDir({ "observations.csv": [lines[0], lines[1]?.replace(",140,", ",104,")].join("\n") });
    const result = runPipeline({ dataDir, boundariesDir: createBoundariesDir(dataDir), outDir: createPreviousOutput().dir, env: {} });
    expect({ ok: result.ok, warnings: result.warnings.map(formatProblem) }).toEqual({
      ok: true,
      warnings: [expect.stringMatching(/^data\/observations\.csv:2 value: the value 104 does not occur in its quote — /)],
    });
  });
});
