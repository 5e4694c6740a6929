/**
 * Property-based companions of malformed.test.ts (fast-check): whichever file, row and column of
 * the inputs is damaged, and however, the run fails with a message on exactly that file, line and
 * field, and the previous output stays byte-identical. Seeds are printed on failure; replay one
 * with `fc.check(property, { seed, path })`.
 */
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COLUMN_RULES, FIRST_YEAR, LAST_YEAR } from "./cell-checks";
import { runPipeline } from "./pipeline";
import { formatProblem } from "./problems";
import { createDataDir, createPreviousOutput, figureCsvs } from "./testing/fixtures";
import { windows1258, utf16 } from "./testing/encodings";
import { snapshot } from "./testing/snapshot";

/** Runs per property: each run is a whole pipeline run, so few; the table covers each kind once. */
const RUNS = 8;

type Table = string[][];
const tables = (): Record<string, Table> =>
  Object.fromEntries(Object.entries(figureCsvs()).map(([name, text]) => [name, parse(text, { bom: true }) as Table]));
const serialise = (t: Table): string => t.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(",")).join("\n");

/** Every (file, line, column) of a fixture file whose column is of the given kind. */
function cells(kind: "text" | "dates"): { file: string; line: number; column: string }[] {
  const out: { file: string; line: number; column: string }[] = [];
  for (const [file, table] of Object.entries(tables())) {
    const header = table[0] ?? [];
    const rules = COLUMN_RULES[file] ?? {};
    const columns = kind === "text" ? [...(rules.text ?? []), ...(rules.lists ?? [])] : (rules.dates ?? []);
    for (const column of columns.filter((c) => header.includes(c))) {
      for (let line = 2; line <= table.length; line++) out.push({ file, line, column });
    }
  }
  return out;
}

/** Runs the pipeline on the fixtures with one file replaced; what it says about one place, and whether the output stayed. */
function runWith(file: string, content: string | Uint8Array, where: { line: number; field: string | null }) {
  const previous = createPreviousOutput();
  const before = snapshot(previous.dir);
  const dataDir = createDataDir({ [file]: content });
  const result = runPipeline({ dataDir, boundariesDir: join(dataDir, "no-boundaries"), outDir: previous.dir, env: {} });
  const problems = result.ok ? [] : result.problems;
  const at = problems.filter((p) => p.file === `data/${file}` && p.line === where.line && (where.field === null || p.field === where.field));
  return { ok: result.ok, at: at.map(formatProblem), untouched: JSON.stringify(snapshot(previous.dir)) === JSON.stringify(before), all: problems.map(formatProblem) };
}

function withCell(file: string, line: number, column: string, change: (old: string) => string): string {
  const table = tables()[file] ?? [];
  const index = (table[0] ?? []).indexOf(column);
  const row = table[line - 1] ?? [];
  row[index] = change(row[index] ?? "");
  return serialise(table);
}

const FORBIDDEN = ["\u0000", "\u0007", "\u0009", "\u001B", "\u007F", "\u0085", "\u061C", "\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\uFEFF", "\uFFFD"];

/** Checks a property; what a failure shows: the counterexample and the seed and path to replay it. */
function check<T>(property: fc.IProperty<T>) {
  const details = fc.check(property, { numRuns: RUNS });
  return { failed: details.failed, counterexample: details.counterexample, seed: details.seed, path: details.counterexamplePath };
}

const fails = (r: ReturnType<typeof runWith>, words: RegExp) => r.ok === false && r.untouched && r.at.some((m) => words.test(m));

describe("malformed input, whatever cell it is in (fast-check)", () => {
  it("an invisible or direction-changing character inside any text cell", () => {
    const targets = cells("text");
    expect(check(
      fc.property(fc.constantFrom(...targets), fc.constantFrom(...FORBIDDEN), fc.nat(), ({ file, line, column }, ch, at) => {
        const content = withCell(file, line, column, (old) => {
          const text = old === "" ? "ab" : `a${old}b`;
          const i = 1 + (at % (text.length - 1));
          return `${text.slice(0, i)}${ch}${text.slice(i)}`;
        });
        const r = runWith(file, content, { line, field: column });
        return fails(r, /invisible character U\+/) || (console.error(r.all), false);
      }),
    )).toMatchObject({ failed: false });
  });

  it("a text cell that starts as a spreadsheet formula", () => {
    expect(check(
      fc.property(fc.constantFrom(...cells("text")), fc.constantFrom("=", "+", "-", "@"), ({ file, line, column }, sign) => {
        const r = runWith(file, withCell(file, line, column, (old) => `${sign}${old.split(";")[0] ?? ""}`), { line, field: column });
        return fails(r, /a spreadsheet .* would run it as a formula/) || (console.error(r.all), false);
      }),
    )).toMatchObject({ failed: false });
  });

  it("a year outside 1945–2100 in any date cell", () => {
    const year = fc.oneof(fc.integer({ min: 1000, max: FIRST_YEAR - 1 }), fc.integer({ min: LAST_YEAR + 1, max: 9999 }));
    expect(check(
      fc.property(fc.constantFrom(...cells("dates")), year, ({ file, line, column }, y) => {
        const r = runWith(file, withCell(file, line, column, (old) => `${y}${old.slice(4)}`), { line, field: column });
        return fails(r, new RegExp(`${y} is outside`)) || (console.error(r.all), false);
      }),
    )).toMatchObject({ failed: false });
  });

  it("a count that is not a whole number", () => {
    expect(check(
      fc.property(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 1, max: 999 }), fc.constantFrom(2, 3), (whole, fraction, line) => {
        const value = `${whole}.${String(fraction).padStart(3, "0")}`;
        const r = runWith("observations.csv", withCell("observations.csv", line, "value", () => value), { line, field: "value" });
        return fails(r, /is not a whole number/) || (console.error(r.all), false);
      }),
    )).toMatchObject({ failed: false });
  });

  it("a header renamed to anything the file does not know", () => {
    const headers = Object.entries(tables()).flatMap(([file, t]) => (t[0] ?? []).map((column) => ({ file, column })));
    expect(check(
      fc.property(fc.constantFrom(...headers), fc.stringMatching(/^[a-z_]{1,12}$/), ({ file, column }, name) => {
        const known = tables()[file]?.[0] ?? [];
        fc.pre(!known.includes(name) && name !== "unit_fr");
        const table = tables()[file] ?? [];
        (table[0] ?? [])[known.indexOf(column)] = name;
        const r = runWith(file, serialise(table), { line: 1, field: null });
        return fails(r, new RegExp(`data/${file.replace(".", "\\.")}:1 (${name}: unknown column|${column}: missing column)`)) || (console.error(r.all), false);
      }),
    )).toMatchObject({ failed: false });
  });

  it("any figure file saved as Windows-1258 or UTF-16", () => {
    const files = Object.keys(figureCsvs()).filter((f) => [...(figureCsvs()[f] ?? "")].some((c) => c.charCodeAt(0) > 0x7f));
    expect(check(
      fc.property(fc.constantFrom(...files), fc.constantFrom("windows-1258", "utf-16le", "utf-16be"), (file, encoding) => {
        const text = figureCsvs()[file] ?? "";
        const bytes = encoding === "windows-1258" ? windows1258(text) : utf16(text, encoding === "utf-16le" ? "le" : "be", true);
        const r = runWith(file, bytes, { line: encoding === "windows-1258" ? 2 : 1, field: null });
        return fails(r, encoding === "windows-1258" ? /not UTF-8: it looks like Windows-1258/ : /not UTF-8: it looks like UTF-16/) || (console.error(r.all), false);
      }),
    )).toMatchObject({ failed: false });
  });
});
