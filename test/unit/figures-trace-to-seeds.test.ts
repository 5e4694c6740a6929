/**
 * Every figure must trace to the sentence it came from. These tests read the human-edited
 * observations and check that the quote is really in the source document and really says
 * the value: a typo in either the value or the quote fails here, before anyone sees it.
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const seedsDir = resolve(root, "../shared/seeds");
const haveSeeds = existsSync(seedsDir);
if (!haveSeeds) console.warn(`NOTICE: ${seedsDir} is absent: quote-in-seed checks are skipped.`);

interface Row { id: string; value: string; quote: string; source_id: string }

function readObservations(): Row[] {
  return parse(readFileSync(join(root, "data/observations.csv"), "utf8"), { columns: true }) as Row[];
}

const squash = (s: string): string => s.normalize("NFC").replace(/\s+/g, " ").trim();

describe("observations.csv", () => {
  it("has figures to check", () => {
    expect(readObservations().length).toBeGreaterThan(10);
  });

  it.each(readObservations().map((r) => [r.id, r] as const))("%s: the quote states the value", (_id, row) => {
    // The value must appear as a whole number in the quote (not as part of a longer number).
    const pattern = new RegExp(`(^|[^0-9.,])${row.value.replace(".", "\\.")}([^0-9]|$)`);
    expect(squash(row.quote)).toMatch(pattern);
  });

  it.skipIf(!haveSeeds).each(readObservations().map((r) => [r.id, r] as const))(
    "%s: the quote is verbatim in a seed document",
    (_id, row) => {
      const seeds = readdirSync(seedsDir).map((f) => squash(readFileSync(join(seedsDir, f), "utf8")));
      expect(seeds.some((text) => text.includes(squash(row.quote)))).toBe(true);
    },
  );
});
