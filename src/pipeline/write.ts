/**
 * All-or-nothing output: files go to a temporary folder beside the output folder, which then
 * replaces it by rename. A failed run leaves the old output exactly as it was.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

export function writeAtomically(outDir: string, files: { path: string; content: string }[]): void {
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const tmp = join(parent, `.${basename(outDir)}.tmp-${process.pid}`);
  const old = join(parent, `.${basename(outDir)}.old-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp);
  try {
    for (const f of files) writeFileSync(join(tmp, f.path), f.content);
    if (existsSync(outDir)) {
      renameSync(outDir, old);
      try {
        renameSync(tmp, outDir);
      } catch (error: unknown) {
        renameSync(old, outDir); // put the previous output back
        throw error;
      }
      rmSync(old, { recursive: true, force: true });
    } else {
      renameSync(tmp, outDir);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
