/**
 * `npm run data` as a function of its arguments, working directory and environment, so that tests
 * can run it in a temporary copy of the repository. cli.ts is the entry point that calls it.
 */
import { dirname, relative, resolve } from "node:path";
import { formatProblem, type Problem } from "./problems";
import { DEFAULT_OUT, runPipeline } from "./pipeline";
import { within } from "./out-guard";

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

  const result = runPipeline({
    dataDir: resolve(cwd, "data"),
    boundariesDir: resolve(cwd, boundaries),
    boundariesShown: relative(cwd, resolve(cwd, boundaries)) || ".",
    outDir,
    outShown,
    cwd,
    workDir,
    ...(killAt !== undefined ? { onStep: (step: string) => (step === killAt ? process.kill(process.pid, "SIGKILL") : undefined) } : {}),
    env,
  });
  for (const r of result.recovered) out.log(`npm run data: ${r}.`);
  for (const w of result.warnings) out.error(`warning: ${formatProblem(w)}`);
  if (!result.ok) return fail(result.problems);

  const { report } = result;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  out.log(`Wrote ${outShown} in ${((Date.now() - started) / 1000).toFixed(1)} s${result.warnings.length > 0 ? ` with ${result.warnings.length} warning(s) above` : ""}`);
  for (const [k, v] of Object.entries(report.counts)) out.log(`  ${k}: ${v}`);
  for (const s of report.sizes) out.log(`  ${s.path}: ${kb(s.bytes)} (${kb(s.gzip)} gzip)`);
  out.log(`  boundaries + basemap: ${kb(report.geometryBytes)} raw, ${kb(report.geometryGzipBytes)} gzip (budget 300 KB gzip)`);
  return 0;
}
