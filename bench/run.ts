/**
 * `npm run bench`: every bench script in turn, each in its own process (own memory, own
 * browser), then one table of what they wrote (.cache/bench/*.json → .cache/bench/table.md).
 * `npm run bench -- --smoke`: one tiny run of each, so that CI notices a script that rots.
 * `npm run bench -- first-render switches`: only these. Needs a build in dist/ for the browser ones.
 * `npm run bench -- --table`: no run; the table of the results already written (for the README).
 * Reports numbers; exits non-zero only when a script could not measure.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { RESULTS_DIR, ROOT, SMOKE, table, type Row } from "./lib";

const SCRIPTS = ["data-model", "pipeline", "first-render", "switches"] as const;
const picked = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const unknown = picked.filter((p) => !(SCRIPTS as readonly string[]).includes(p));
if (unknown.length > 0) {
  console.error(`unknown bench ${unknown.join(", ")}; choose from ${SCRIPTS.join(", ")}`);
  process.exit(2);
}
const run = picked.length > 0 ? picked : [...SCRIPTS];

if (process.argv.includes("--table")) {
  const all = run.flatMap((name) => {
    const result = JSON.parse(readFileSync(join(RESULTS_DIR, `${name}.json`), "utf8")) as { rows: Row[]; at: string; machine: string };
    console.log(`${name}: ${result.at}, ${result.machine}`);
    return result.rows;
  });
  console.log(`\n${table(all)}`);
  process.exit(0);
}

const failed: string[] = [];
const rows: Row[] = [];
const started = performance.now();
for (const name of run) {
  console.log(`\n=== bench/${name}.ts${SMOKE ? " --smoke" : ""}`);
  const t0 = performance.now();
  const args = ["--max-old-space-size=8192", "--import", "tsx", join(ROOT, "bench", `${name}.ts`), ...(SMOKE ? ["--smoke"] : [])];
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: "inherit" });
  console.log(`=== ${name}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  if (result.status !== 0) {
    failed.push(name);
    continue;
  }
  rows.push(...(JSON.parse(readFileSync(join(RESULTS_DIR, `${name}.json`), "utf8")) as { rows: Row[] }).rows);
}
const md = `${SMOKE ? "SMOKE RUN (one tiny run of each; numbers mean nothing)\n\n" : ""}${table(rows)}\n`;
writeFileSync(join(RESULTS_DIR, "table.md"), md);
console.log(`\n${md}`);
console.log(`bench: ${run.length - failed.length}/${run.length} scripts measured in ${((performance.now() - started) / 1000).toFixed(0)} s${failed.length > 0 ? `; FAILED: ${failed.join(", ")}` : ""}`);
process.exit(failed.length > 0 ? 1 : 0);
