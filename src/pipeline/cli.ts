/**
 * npm run data [-- --boundaries DIR] [-- --out DIR]
 * Boundaries default to ../shared/data/boundaries (or $RESULTS_ATLAS_BOUNDARIES); output to public/data.
 */
import { relative, resolve } from "node:path";
import { formatProblem } from "./problems";
import { DEFAULT_OUT, runPipeline } from "./pipeline";

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i >= 0) return args[i + 1];
  const inline = args.find((a) => a.startsWith(`${name}=`));
  return inline?.slice(name.length + 1);
}

const args = process.argv.slice(2);
const boundaries = option(args, "--boundaries") ?? process.env.RESULTS_ATLAS_BOUNDARIES ?? "../shared/data/boundaries";
const out = option(args, "--out") ?? DEFAULT_OUT;
const started = Date.now();

const result = runPipeline({
  dataDir: resolve("data"),
  boundariesDir: resolve(boundaries),
  boundariesShown: relative(process.cwd(), resolve(boundaries)) || ".",
  outDir: resolve(out),
  env: process.env,
});

if (!result.ok) {
  console.error(`npm run data: ${result.problems.length} problem(s); nothing was written.\n`);
  for (const p of result.problems) console.error(formatProblem(p));
  process.exit(1);
}

const { report } = result;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(`Wrote ${relative(process.cwd(), resolve(out)) || out} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
for (const [k, v] of Object.entries(report.counts)) console.log(`  ${k}: ${v}`);
for (const s of report.sizes) console.log(`  ${s.path}: ${kb(s.bytes)} (${kb(s.gzip)} gzip)`);
console.log(`  boundaries + basemap: ${kb(report.geometryBytes)} raw, ${kb(report.geometryGzipBytes)} gzip (budget 300 KB gzip)`);
