/**
 * Publishing replaces the output folder as a whole, so the folder must be one this pipeline wrote:
 * `--out data` once deleted every CSV, and `--out .` or an empty `--out=` the whole working copy
 * with its .git. Refused: the working directory and its ancestors, the input folders and anything
 * inside or above them, a file, and any non-empty folder that is not a previous output.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { SCHEMA_VERSION } from "../schema";
import type { Problem } from "./problems";

/** The path with symbolic links resolved as far as it exists, so a link cannot hide where it points. */
function real(path: string): string {
  const abs = resolve(path);
  const rest: string[] = [];
  let at = abs;
  while (!existsSync(at) && dirname(at) !== at) {
    rest.unshift(basename(at));
    at = dirname(at);
  }
  return join(realpathSync(at), ...rest);
}

/** True when `inner` is `outer` or lies inside it. */
export function within(inner: string, outer: string): boolean {
  const rel = relative(real(outer), real(inner));
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

function refusal(shown: string, message: string, hint: string): Problem {
  return { file: shown, line: null, field: "--out", message, hint };
}

const HINT = "give --out a new or empty folder, or a folder a previous `npm run data` wrote (default: public/data)";

/** Refusals that depend only on where the folder is. */
export function refuseOutPath(outDir: string, shown: string, cwd: string, inputs: readonly { dir: string; name: string }[]): Problem[] {
  if (within(cwd, outDir)) {
    const what = real(outDir) === real(cwd) ? "is the working directory" : "contains the working directory";
    return [refusal(shown, `${what}: publishing would delete everything in it (the repository, its .git)`, HINT)];
  }
  for (const input of inputs) {
    if (within(outDir, input.dir)) return [refusal(shown, `is ${real(outDir) === real(input.dir) ? "" : "inside "}the ${input.name} folder: publishing would delete input files`, HINT)];
    if (within(input.dir, outDir)) return [refusal(shown, `contains the ${input.name} folder: publishing would delete input files`, HINT)];
  }
  return [];
}

/**
 * A non-empty folder may be replaced only when it is a previous output: its manifest.json has a
 * schemaVersion this pipeline wrote (this one or an earlier one, so that a schema change can be
 * published) and every entry of the folder is a file that manifest lists.
 */
export function refuseOutContents(outDir: string, shown: string): Problem[] {
  if (!existsSync(outDir)) return [];
  if (!statSync(outDir).isDirectory()) return [refusal(shown, "is a file, not a folder", HINT)];
  const entries = readdirSync(outDir);
  if (entries.length === 0) return [];
  let manifest: unknown = null;
  try {
    manifest = JSON.parse(readFileSync(resolve(outDir, "manifest.json"), "utf8"));
  } catch {
    manifest = null;
  }
  const m = manifest as { schemaVersion?: unknown; files?: unknown } | null;
  const version = m?.schemaVersion;
  const listed = Array.isArray(m?.files) ? (m.files as { path?: unknown }[]).map((f) => f.path).filter((p): p is string => typeof p === "string") : null;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1 || version > SCHEMA_VERSION || listed === null) {
    return [refusal(shown, "is a folder that is not empty and holds no manifest.json of this pipeline: it is not a previous output, and publishing would delete what is in it", HINT)];
  }
  const foreign = entries.filter((e) => e !== "manifest.json" && (!listed.includes(e) || !statSync(resolve(outDir, e)).isFile()));
  if (foreign.length > 0) {
    const names = foreign.slice(0, 3).map((e) => `"${e}"`).join(", ");
    return [refusal(shown, `holds ${foreign.length} entr${foreign.length === 1 ? "y" : "ies"} its manifest.json does not list (${names}${foreign.length > 3 ? ", ..." : ""}): publishing would delete them`, "move them elsewhere, or give --out another folder")];
  }
  return [];
}
