/**
 * The committed public/data is exactly what the pipeline makes from the committed data/:
 * rebuild into a temporary folder and compare byte for byte.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runPipeline } from "./pipeline";
import { formatProblem } from "./problems";
import { REPO_DATA, SHARED_BOUNDARIES, tempDir } from "./testing/fixtures";

const COMMITTED = fileURLToPath(new URL("../../public/data", import.meta.url));
const hasShared = existsSync(SHARED_BOUNDARIES);
if (!hasShared) {
  console.warn(`NOTICE: reproducibility test skipped: the boundary files (${SHARED_BOUNDARIES}) are absent on this machine.`);
}

describe("committed public/data", () => {
  it.skipIf(!hasShared)("is reproduced byte for byte by running the pipeline on the committed data/", () => {
    const outDir = join(tempDir("reproduce"), "data");
    // No SOURCE_DATE_EPOCH: the manifest's date comes from data/release.json, as in the committed build.
    const result = runPipeline({ dataDir: REPO_DATA, boundariesDir: SHARED_BOUNDARIES, outDir, env: {} });
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
    const committed = readdirSync(COMMITTED).sort();
    expect(readdirSync(outDir).sort()).toEqual(committed);
    // A file listed here differs from what the inputs produce: run `npm run data` and commit public/data.
    const differing = committed.filter((name) => !readFileSync(join(outDir, name)).equals(readFileSync(join(COMMITTED, name))));
    expect(differing).toEqual([]);
  });
});
