/**
 * The national pipeline path on SYNTHETIC partner submissions (bench/synthetic.ts, the partner
 * CSV format): `npm run data:national` — the same command and code a real submission goes
 * through (src/pipeline/national-cli.ts: header checks, DuckDB's streaming read, every rule on
 * every record, partitions per indicator and vintage, manifest, all-or-nothing publication).
 * Goal at national scale: 6 million records in ≤ 20 s and ≤ 1.5 GB on 2 cores.
 *
 * Measured from outside the process: wall time, CPU time and peak memory (max RSS, which counts
 * DuckDB's native memory too) by /usr/bin/time -v, or by polling /proc/PID/status (VmHWM) where
 * GNU time is missing. DuckDB runs with threads=2 and memory_limit MEMORY_LIMIT. The load average
 * of the shared machine is recorded before and after: the figures mean little without it.
 *
 *   tsx bench/pipeline.ts [--smoke] [--records N]
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync, statSync, writeFileSync, readdirSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { ROOT, SMOKE, writeResult, type Row } from "./lib";
import { partnerRecordCount, partnerSizeFor, writeSyntheticPartnerDataset } from "./synthetic";

const GOAL_S = 20;
const GOAL_MB = 1536;
/** DuckDB's buffer pool; the process's peak adds Node and DuckDB's allocations outside it. */
const MEMORY_LIMIT = process.env.ATLAS_NATIONAL_MEMORY ?? "1GB";
const THREADS = 2;
const arg = process.argv.indexOf("--records");
const TARGET = SMOKE ? 2_000 : arg > 0 ? Number(process.argv[arg + 1]) : 6_000_000;
const BASE = join(ROOT, ".cache", "bench", ...(SMOKE ? ["smoke"] : []));

interface Measured {
  wallS: number;
  cpuS: number;
  maxRssMb: number;
  code: number;
  output: string;
}

/** Runs a command and measures it from outside: GNU time where there is one, else /proc polling. */
function measure(command: string, args: string[]): Promise<Measured> {
  const gnuTime = existsSync("/usr/bin/time");
  const started = performance.now();
  const child = gnuTime ? spawn("/usr/bin/time", ["-v", command, ...args], { cwd: ROOT }) : spawn(command, args, { cwd: ROOT });
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  let hwmKb = 0;
  const poll = gnuTime
    ? undefined
    : setInterval(() => {
        try {
          const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
          if (m !== null) hwmKb = Math.max(hwmKb, Number(m[1]));
        } catch {
          // the process has ended
        }
      }, 20);
  return new Promise((ok) => {
    child.on("close", (code) => {
      if (poll !== undefined) clearInterval(poll);
      const wallS = (performance.now() - started) / 1000;
      const field = (name: string) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(output)?.[1] ?? Number.NaN);
      ok({
        wallS,
        cpuS: gnuTime ? field("User time \\(seconds\\)") + field("System time \\(seconds\\)") : Number.NaN,
        maxRssMb: (gnuTime ? field("Maximum resident set size \\(kbytes\\)") : hwmKb) / 1024,
        code: code ?? 1,
        output,
      });
    });
  });
}

const size = partnerSizeFor(TARGET);
const records = partnerRecordCount(size);
const dataDir = join(BASE, `national-${records}`);
const done = join(dataDir, ".complete");
if (!existsSync(done)) {
  rmSync(dataDir, { recursive: true, force: true });
  const t0 = performance.now();
  writeSyntheticPartnerDataset(dataDir, size);
  writeFileSync(done, `${records}\n`);
  console.log(`wrote ${records.toLocaleString("en")} SYNTHETIC records to ${dataDir} in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}
const submissions = join(dataDir, "submissions");
const csvBytes = readdirSync(submissions).reduce((sum, f) => sum + statSync(join(submissions, f)).size, 0);
const outDir = join(BASE, "national-out");
rmSync(outDir, { recursive: true, force: true });

const loadBefore = loadavg()[0]!;
const m = await measure(process.execPath, [
  "--import",
  "tsx",
  join(ROOT, "src", "pipeline", "national-cli.ts"),
  submissions,
  "--out",
  outDir,
  "--units",
  join(dataDir, "units.json"),
  "--indicators",
  join(dataDir, "indicators.csv"),
  "--threads",
  String(THREADS),
  "--memory",
  MEMORY_LIMIT,
]);
const loadAfter = loadavg()[0]!;
const summary = m.output.split("\n").find((l) => l.startsWith("Wrote ")) ?? "";
if (m.code !== 0 || summary === "") {
  console.error(m.output.slice(-4000));
  throw new Error(`npm run data:national failed on the synthetic data (exit ${m.code}): the bench would measure error reporting`);
}
const manifest = JSON.parse(readFileSync(join(outDir, "manifest.json"), "utf8")) as { records: number; files: { bytes: number }[] };
if (manifest.records !== records) throw new Error(`published ${manifest.records} records of ${records}`);
const outBytes = manifest.files.reduce((s, f) => s + f.bytes, 0);
rmSync(outDir, { recursive: true, force: true });
console.log(summary);
console.log(`${records.toLocaleString("en")} records: ${m.wallS.toFixed(1)} s wall, ${m.cpuS.toFixed(1)} s CPU, max RSS ${m.maxRssMb.toFixed(0)} MB; load ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}`);

const load = `load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after, on 2 shared cores`;
const label = `${records.toLocaleString("en")} records (${(csvBytes / 2 ** 20).toFixed(0)} MiB of CSV in ${readdirSync(submissions).length} files)`;
const rows: Row[] = [
  {
    bench: "pipeline (synthetic, national path)",
    figure: `npm run data:national, ${label}: wall time`,
    value: m.wallS,
    unit: "s",
    spread: `${summary.replace(/^Wrote [^:]+: /, "")}; ${load}`,
    baselineLabel: "goal",
    baseline: GOAL_S,
    goal: `≤ ${GOAL_S} s`,
    met: m.wallS <= GOAL_S,
  },
  {
    bench: "pipeline (synthetic, national path)",
    figure: `${label}: peak memory (max RSS, Node + DuckDB; threads=${THREADS}, memory_limit=${MEMORY_LIMIT})`,
    value: m.maxRssMb,
    unit: "MB",
    baselineLabel: "goal",
    baseline: GOAL_MB,
    goal: `≤ ${GOAL_MB} MB`,
    met: m.maxRssMb <= GOAL_MB,
  },
  {
    bench: "pipeline (synthetic, national path)",
    figure: `${label}: CPU time (user + system)`,
    value: m.cpuS,
    unit: "s",
    spread: `${((m.cpuS * 1e6) / records).toFixed(2)} µs CPU per record; ${(csvBytes / records).toFixed(0)} bytes of CSV in, ${(outBytes / records).toFixed(1)} bytes of Parquet out per record (${(outBytes / 2 ** 20).toFixed(0)} MiB)`,
  },
];
writeResult("pipeline", { rows, records, csvBytes, outBytes, wallS: m.wallS, cpuS: m.cpuS, maxRssMb: m.maxRssMb, loadBefore, loadAfter, memoryLimit: MEMORY_LIMIT, threads: THREADS });
