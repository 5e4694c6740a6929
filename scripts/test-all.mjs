#!/usr/bin/env node
/**
 * Runs every check, in order, and keeps going after a failure so that each suite reports:
 *
 *   typecheck  npm run typecheck   (tsc --noEmit)
 *   lint       npm run lint        (oxlint --deny-warnings)
 *   unit       npm run test:unit   (vitest; JSON report in .cache/test-results/unit.json)
 *   bench      npm run bench -- --smoke data-model pipeline   (one tiny run of the Node benchmarks)
 *   bench-browser  npm run bench -- --smoke first-render switches  (one load of each browser benchmark, on dist/)
 *   build      npm run build       (vite build -> dist/)
 *   build-offline  npm run build:offline  (the one-file atlas -> dist-offline/)
 *   firefox    npm run test:firefox  (that file from file:// in Debian's Firefox, no network; JSON in .cache/test-results/firefox.json)
 *   e2e        npm run test:e2e    (Playwright on dist/; JSON report in .cache/test-results/e2e.json)
 *
 * Prints a summary with each step's result and time, then exactly one last line:
 * `N passed, N failed` (unit, Firefox and browser tests added up; `, N skipped` when any were skipped).
 * Exits non-zero when a test failed or a step failed. Node built-ins only.
 *
 *   node scripts/test-all.mjs                 everything
 *   node scripts/test-all.mjs --only unit,e2e just these steps (e2e still needs a build in dist/)
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const REPORTS = join(ROOT, ".cache", "test-results");
const UNIT_JSON = join(REPORTS, "unit.json");
const E2E_JSON = join(REPORTS, "e2e.json");
const FIREFOX_JSON = join(REPORTS, "firefox.json");

const env = { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1" };

/** @typedef {{ passed: number, failed: number, skipped: number }} Counts */
/** @typedef {{ name: string, ok: boolean, note: string, seconds: number, counts?: Counts }} StepResult */

const STEPS = [
  { name: "typecheck", args: ["run", "-s", "typecheck"] },
  // oxlint forces colours when CI is set, whatever NO_COLOR says; it reads nothing else from CI.
  { name: "lint", args: ["run", "-s", "lint"], unsetEnv: ["CI"] },
  {
    name: "unit",
    args: ["run", "-s", "test:unit", "--", "--reporter=default", "--reporter=json", `--outputFile.json=${UNIT_JSON}`],
    report: UNIT_JSON,
    count: countVitest,
  },
  // One tiny run of the Node benchmarks, so none rots (~25 s); it fails only when a script cannot
  // measure, never on a number. The browser benchmarks' smoke runs after the build (bench-browser).
  { name: "bench", args: ["run", "-s", "bench", "--", "--smoke", "data-model", "pipeline"] },
  { name: "build", args: ["run", "-s", "build"] },
  // The one-file offline build (dist-offline/), opened from file:// by test/e2e/present.spec.ts.
  { name: "build-offline", args: ["run", "-s", "build:offline"] },
  // One load of each browser benchmark (bare page, explorer, embedded map; one round of the four
  // switches) on the build just made, so neither rots; it fails only when a script cannot measure.
  { name: "bench-browser", args: ["run", "-s", "bench", "--", "--smoke", "first-render", "switches"], needs: "build" },
  // The offline file in Firefox (Playwright drives Chromium only): each check counts as a test.
  // Firefox missing is a failed check that says how to install it, never a silent pass.
  {
    name: "firefox",
    args: ["run", "-s", "test:firefox", "--", "--report", FIREFOX_JSON],
    report: FIREFOX_JSON,
    count: countChecks,
    needs: "build-offline",
  },
  {
    name: "e2e",
    args: ["run", "-s", "test:e2e", "--", "--reporter=list,json"],
    env: { PLAYWRIGHT_JSON_OUTPUT_FILE: E2E_JSON },
    report: E2E_JSON,
    count: countPlaywright,
    needs: "build",
  },
];

const only = parseOnly(process.argv.slice(2));
mkdirSync(REPORTS, { recursive: true });

/** @type {StepResult[]} */
const results = [];
for (const step of STEPS) {
  if (only && !only.has(step.name)) continue;
  const prerequisite = step.needs ? results.find((r) => r.name === step.needs) : undefined;
  if (prerequisite && !prerequisite.ok) {
    results.push({ name: step.name, ok: false, note: `not run: ${step.needs} failed`, seconds: 0 });
    continue;
  }
  results.push(await runStep(step));
}
printSummary(results);
process.exit(results.every((r) => r.ok) ? 0 : 1);

async function runStep(step) {
  console.log(`\n=== ${step.name}: npm ${step.args.join(" ")}\n`);
  if (step.report) rmSync(step.report, { force: true });
  const started = performance.now();
  const stepEnv = { ...env, ...step.env };
  for (const name of step.unsetEnv ?? []) delete stepEnv[name];
  const exit = await spawnInherit("npm", step.args, stepEnv);
  const seconds = (performance.now() - started) / 1000;
  if (!step.count) return { name: step.name, ok: exit === 0, note: exit === 0 ? "ok" : `exit ${exit}`, seconds };

  let counts;
  try {
    counts = step.count(JSON.parse(readFileSync(step.report, "utf8")));
  } catch (err) {
    const why = existsSync(step.report) ? `unreadable report (${err instanceof Error ? err.message : err})` : "no report written";
    return { name: step.name, ok: false, note: `exit ${exit}, ${why}`, seconds };
  }
  // A runner can fail with no failed test (a file that does not load, a server that does not start).
  const ok = exit === 0 && counts.failed === 0;
  const note = ok ? "ok" : counts.failed > 0 ? "tests failed" : `exit ${exit}, errors outside tests`;
  return { name: step.name, ok, note, seconds, counts };
}

/** Vitest's JSON report (Jest-compatible). */
function countVitest(report) {
  return {
    passed: report.numPassedTests ?? 0,
    failed: report.numFailedTests ?? 0,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

/** scripts/firefox-offline.mjs's report: its own counts. */
function countChecks(report) {
  return { passed: report.passed ?? 0, failed: report.failed ?? 0, skipped: report.skipped ?? 0 };
}

/** Playwright's JSON report. With retries at 0 nothing is flaky; a flaky test passed in the end. */
function countPlaywright(report) {
  const stats = report.stats ?? {};
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: stats.unexpected ?? 0,
    skipped: stats.skipped ?? 0,
  };
}

function spawnInherit(command, args, childEnv) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { cwd: ROOT, env: childEnv, stdio: "inherit" });
    child.on("error", (err) => {
      console.error(`could not start ${command}: ${err.message}`);
      resolvePromise(127);
    });
    child.on("close", (code, signal) => resolvePromise(code ?? (signal ? 128 : 1)));
  });
}

function printSummary(list) {
  const total = { passed: 0, failed: 0, skipped: 0 };
  console.log("\n=== summary");
  for (const r of list) {
    const counts = r.counts ? `  ${r.counts.passed} passed, ${r.counts.failed} failed, ${r.counts.skipped} skipped` : "";
    console.log(`  ${r.name.padEnd(10)} ${(r.ok ? "ok" : "FAILED").padEnd(7)} ${r.seconds.toFixed(1).padStart(6)}s  ${r.ok ? "" : r.note}${counts}`);
    if (r.counts) for (const key of /** @type {const} */ (["passed", "failed", "skipped"])) total[key] += r.counts[key];
  }
  const failedSteps = list.filter((r) => !r.ok).map((r) => r.name);
  if (failedSteps.length > 0) console.log(`  failed steps: ${failedSteps.join(", ")}`);
  console.log(`${total.passed} passed, ${total.failed} failed${total.skipped > 0 ? `, ${total.skipped} skipped` : ""}`);
}

function parseOnly(argv) {
  const i = argv.indexOf("--only");
  if (i < 0) return null;
  const names = new Set((argv[i + 1] ?? "").split(",").filter(Boolean));
  const unknown = [...names].filter((n) => !STEPS.some((s) => s.name === n));
  if (names.size === 0 || unknown.length > 0) {
    console.error(`--only takes a comma-separated list of: ${STEPS.map((s) => s.name).join(", ")}`);
    process.exit(2);
  }
  return names;
}
