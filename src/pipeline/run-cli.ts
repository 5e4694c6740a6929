/**
 * `npm run data` as a function of its arguments, working directory and environment, so that tests
 * can run it in a temporary copy of the repository. cli.ts is the entry point that calls it.
 */
import { copyFileSync, existsSync, mkdirSync, renameSync, rmdirSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { formatProblem, type Problem } from "./problems";
import { DEFAULT_OUT, runPipeline } from "./pipeline";
import { within } from "./out-guard";
import { PARTNER_DIR, type PartnerInput } from "./partners";

export interface CliOutput {
  log(line: string): void;
  error(line: string): void;
}

/** The value of `--name VALUE` or `--name=VALUE`; null when the option is given without a value. */
function option(args: string[], name: string): string | null | undefined {
  const inline = args.find((a) => a.startsWith(`${name}=`));
  if (inline !== undefined) return inline.slice(name.length + 1);
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  return value === undefined || value.startsWith("--") ? null : value;
}

/**
 * Test-only: the name of a publishing step (write.ts) at which the process kills itself, to prove
 * that a killed run never leaves the output missing or partial.
 */
export const KILL_AT_STEP_ENV = "RESULTS_ATLAS_KILL_AT_STEP";

export function main(args: string[], cwd: string, env: Record<string, string | undefined>, out: CliOutput): number {
  const started = Date.now();
  const fail = (problems: Problem[], note = "nothing was written") => {
    out.error(`npm run data: ${problems.length} problem(s); ${note}.\n`);
    for (const p of problems) out.error(formatProblem(p));
    return 1;
  };
  const outOption = option(args, "--out");
  if (outOption !== undefined && (outOption === null || outOption.trim() === "")) {
    return fail([{ file: "command line", line: null, field: "--out", message: "has no value: an empty --out would mean the working directory, and publishing would delete it", hint: "write --out DIR with a folder name, or leave --out out (default: public/data)" }]);
  }
  const boundaries = option(args, "--boundaries") ?? env.RESULTS_ATLAS_BOUNDARIES ?? "../shared/data/boundaries";
  const outDir = resolve(cwd, outOption ?? DEFAULT_OUT);
  const outShown = relative(cwd, outDir) || ".";
  // Vite copies all of public/ into a build: stage beside public/, never inside it.
  const publicDir = resolve(cwd, "public");
  const workDir = within(outDir, publicDir) && outDir !== publicDir ? dirname(publicDir) : dirname(outDir);
  const killAt = env[KILL_AT_STEP_ENV];

  // --add FILE: a partner file, checked with everything else; kept in data/partner_records/ only when the run publishes.
  const addOption = option(args, "--add");
  let adding: (PartnerInput & { dest: string; madeDir: boolean }) | undefined;
  if (addOption !== undefined) {
    const prepared = prepareAdd(addOption, cwd);
    if ("problem" in prepared) return fail([prepared.problem], "nothing was added or written");
    adding = prepared;
  }
  const addFailed = (problems: Problem[]) => {
    if (adding !== undefined) {
      rmSync(adding.path, { force: true });
      if (adding.madeDir) rmdirSync(dirname(adding.path));
    }
    return fail(problems, adding === undefined ? "nothing was written" : "nothing was added or written");
  };

  let result: ReturnType<typeof runPipeline>;
  try {
    result = runPipeline({
      dataDir: resolve(cwd, "data"),
      boundariesDir: resolve(cwd, boundaries),
      boundariesShown: relative(cwd, resolve(cwd, boundaries)) || ".",
      outDir,
      outShown,
      cwd,
      workDir,
      ...(killAt !== undefined ? { onStep: (step: string) => (step === killAt ? process.kill(process.pid, "SIGKILL") : undefined) } : {}),
      ...(adding !== undefined ? { addPartner: { path: adding.path, shown: adding.shown, keptAs: `data/${PARTNER_DIR}/${basename(adding.dest)}` } } : {}),
      env,
    });
  } catch (error: unknown) {
    if (adding !== undefined) addFailed([]);
    throw error;
  }
  for (const r of result.recovered) out.log(`npm run data: ${r}.`);
  for (const w of result.warnings) out.error(`warning: ${formatProblem(w)}`);
  if (!result.ok) return addFailed(result.problems);
  if (adding !== undefined) {
    renameSync(adding.path, adding.dest);
    out.log(`Added ${adding.shown} as ${relative(cwd, adding.dest)}: a later npm run data reads it again`);
  }

  const { report } = result;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  out.log(`Wrote ${outShown} in ${((Date.now() - started) / 1000).toFixed(1)} s${result.warnings.length > 0 ? ` with ${result.warnings.length} warning(s) above` : ""}`);
  for (const [k, v] of Object.entries(report.counts)) out.log(`  ${k}: ${v}`);
  for (const s of report.sizes) out.log(`  ${s.path}: ${kb(s.bytes)} (${kb(s.gzip)} gzip)`);
  out.log(`  boundaries + basemap: ${kb(report.geometryBytes)} raw, ${kb(report.geometryGzipBytes)} gzip (budget 300 KB gzip)`);
  return 0;
}

/**
 * Checks what `--add FILE` names and copies it, hidden, into data/partner_records/ (the pipeline
 * reads the hidden copy as the file being added; a copy that a killed run leaves behind is never
 * read, since hidden files are skipped). The caller renames it into place only when the run publishes.
 */
function prepareAdd(given: string | null, cwd: string): (PartnerInput & { dest: string; madeDir: boolean }) | { problem: Problem } {
  const field = "--add";
  if (given === null || given.trim() === "") {
    return { problem: { file: "command line", line: null, field, message: "has no file", hint: "write --add FILE with the partner's CSV file (see data/README.md, \"Partners' records\")" } };
  }
  const source = resolve(cwd, given);
  const shown = relative(cwd, source) || given;
  if (!existsSync(source) || !statSync(source).isFile()) {
    return { problem: { file: shown, line: null, field: null, message: "file not found", hint: "check the path of the partner's CSV file" } };
  }
  const name = basename(source);
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*\.csv$/i.test(name)) {
    return { problem: { file: shown, line: null, field: null, message: `the file name "${name}" is not a plain .csv name`, hint: "rename it to letters, digits, '-', '_' or '.', ending in .csv (e.g. partner-2025-06.csv): it is kept under that name in data/partner_records/" } };
  }
  const dir = resolve(cwd, "data", PARTNER_DIR);
  const dest = join(dir, name.replace(/\.csv$/i, ".csv"));
  if (existsSync(dest)) {
    return { problem: { file: shown, line: null, field: null, message: `data/${PARTNER_DIR}/${basename(dest)} already exists: this file, or one of the same name, was added before`, hint: `to replace it, delete data/${PARTNER_DIR}/${basename(dest)} first; to add more records, give the new file another name` } };
  }
  const madeDir = !existsSync(dir);
  mkdirSync(dir, { recursive: true });
  const staged = join(dir, `.${basename(dest)}.adding`);
  copyFileSync(source, staged);
  return { path: staged, shown, dest, madeDir };
}
