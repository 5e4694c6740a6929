/**
 * The code a bench compares against: the project's src/ at BASELINE_REF, unpacked into
 * .cache/bench/baseline/src, so that the same data can be run through the old and the new code
 * side by side in one process, alternating. By default the last commit before the atlas got its
 * lookup by area and indicator (every selector then scanned all figures); ATLAS_BENCH_BASELINE
 * names another (a branch, or main once these changes are in it).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./lib";

export const BASELINE_REF = process.env.ATLAS_BENCH_BASELINE ?? "e4d87f4";

/** Unpacks src/ of BASELINE_REF (once per commit); returns its folder and commit. */
export function baselineSrc(): { dir: string; commit: string } {
  const commit = execFileSync("git", ["rev-parse", `${BASELINE_REF}^{commit}`], { cwd: ROOT, encoding: "utf8" }).trim();
  const dir = join(ROOT, ".cache", "bench", "baseline");
  const stamp = join(dir, "COMMIT");
  if (!existsSync(stamp) || readFileSync(stamp, "utf8") !== commit) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const tar = execFileSync("git", ["archive", commit, "src"], { cwd: ROOT, maxBuffer: 1 << 30 });
    execFileSync("tar", ["-x", "-C", dir], { input: tar });
    writeFileSync(stamp, commit);
  }
  return { dir: join(dir, "src"), commit };
}
