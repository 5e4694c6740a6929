/**
 * npm run data:national -- DIR --out OUT [--units FILE] [--indicators FILE] [--threads N] [--memory 1GB]
 * Checks every partner CSV under DIR (national.ts) and, when nothing is wrong, publishes one
 * Parquet file per indicator and vintage with a manifest in OUT. Units default to
 * public/data/units.json (both vintages), indicators to data/indicators.csv.
 */
import { resolve } from "node:path";
import { formatProblem, type Problem } from "./problems";
import { refuseOutContents, refuseOutPath, within } from "./out-guard";
import { PROBLEM_LIST_LIMIT, runNational } from "./national";

function option(args: string[], name: string): string | undefined {
  const inline = args.find((a) => a.startsWith(`${name}=`));
  if (inline !== undefined) return inline.slice(name.length + 1);
  const i = args.indexOf(name);
  return i < 0 ? undefined : args[i + 1];
}

export async function nationalMain(args: string[], cwd: string, env: Record<string, string | undefined>, out: { log(l: string): void; error(l: string): void }): Promise<number> {
  const started = performance.now();
  const valued = new Set(["--out", "--units", "--indicators", "--threads", "--memory"]);
  const positional = args.filter((a, i) => !a.startsWith("--") && !valued.has(args[i - 1] ?? ""));
  const outOption = option(args, "--out");
  const fail = (problems: Problem[], note = "nothing was written") => {
    out.error(`npm run data:national: ${problems.length} problem(s); ${note}.\n`);
    for (const p of problems) out.error(formatProblem(p));
    return 1;
  };
  if (positional.length !== 1 || outOption === undefined || outOption.trim() === "") {
    return fail([{ file: "command line", line: null, field: positional.length !== 1 ? "DIR" : "--out", message: positional.length !== 1 ? "give one folder of partner CSV files" : "--out is required", hint: "npm run data:national -- DIR --out OUT [--units FILE] [--indicators FILE]" }]);
  }
  const inputDir = resolve(cwd, positional[0]!);
  const outDir = resolve(cwd, outOption);
  const refused = [
    ...refuseOutPath(outDir, outOption, cwd, [
      { dir: inputDir, name: "input" },
      { dir: resolve(cwd, "data"), name: "data" },
    ]),
    ...(within(outDir, resolve(cwd, "public")) ? [{ file: outOption, line: null, field: "--out", message: "is inside public/: Vite would copy the national files into every build, and public/data is npm run data's", hint: "give --out a folder outside public/" }] : []),
    ...refuseOutContents(outDir, outOption),
  ];
  if (refused.length > 0) return fail(refused);
  const threads = Number(option(args, "--threads") ?? env.ATLAS_NATIONAL_THREADS ?? 2);
  const result = await runNational({
    inputDir,
    unitsFile: resolve(cwd, option(args, "--units") ?? "public/data/units.json"),
    indicatorsFile: resolve(cwd, option(args, "--indicators") ?? "data/indicators.csv"),
    outDir,
    cwd,
    workDir: resolve(outDir, ".."),
    threads,
    memoryLimit: option(args, "--memory") ?? env.ATLAS_NATIONAL_MEMORY ?? "1GB",
    env,
  });
  const time = ((performance.now() - started) / 1000).toFixed(1);
  if (!result.ok) {
    if (result.counts.length > 0) {
      out.error(`npm run data:national: records breaking each rule (the first ${PROBLEM_LIST_LIMIT} records are listed below):`);
      for (const c of result.counts) out.error(`  ${c.field}: ${c.rule}: ${c.records.toLocaleString("en")}`);
    }
    return fail(result.problems, `nothing was written (${time} s)`);
  }
  out.log(`Wrote ${outOption}: ${result.records.toLocaleString("en")} records in ${result.files.length} files in ${time} s (${Object.entries(result.seconds).map(([k, v]) => `${k} ${v.toFixed(1)} s`).join(", ")})`);
  return 0;
}

// Run as the command (not when imported by a test).
if (process.argv[1] !== undefined && process.argv[1].endsWith("national-cli.ts")) {
  let code: number;
  try {
    code = await nationalMain(process.argv.slice(2), process.cwd(), process.env, { log: (l) => console.log(l), error: (l) => console.error(l) });
  } catch (error: unknown) {
    console.error(`npm run data:national: internal error: ${error instanceof Error ? error.message : String(error)} (set DEBUG=1 for the stack); nothing was written.`);
    if (process.env.DEBUG !== undefined && error instanceof Error) console.error(error.stack);
    code = 2;
  }
  process.exit(code);
}
