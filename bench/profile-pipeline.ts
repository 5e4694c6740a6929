/**
 * Where the national path's CPU goes: DuckDB's profile (operator by operator) of the one pass of
 * src/pipeline/national.ts over a folder of partner CSV files, and the process's CPU time for the
 * check alone and for the check with the partitioned Parquet write. A diagnostic for
 * bench/pipeline.ts, not part of `npm run bench`; run it on SYNTHETIC data (bench/synthetic.ts), e.g.
 * a few files of `.cache/bench/national-6000480` with its units.json and indicators.csv beside them.
 *
 *   tsx bench/profile-pipeline.ts DIR   (DIR holds submissions/, units.json, indicators.csv)
 *
 * Operator times are DuckDB's (summed over its threads): on a machine shared with other work they
 * include waiting for a core, so read them as shares, and the CPU times as the figures.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { parse } from "csv-parse/sync";
import { checkSql, listInputFiles, loadReference, PARTS_COPY_OPTIONS, readReference, type Group } from "../src/pipeline/national";
import { ProblemList } from "../src/pipeline/problems";
import { readPartnerHeader } from "../src/schema/partner";

const dir = resolve(process.argv[2] ?? "");
const problems = new ProblemList();
const ref = readReference(join(dir, "units.json"), join(dir, "indicators.csv"), (p) => p, problems);
if (ref === null) throw new Error(`${dir}: no units.json or indicators.csv (${problems.sorted().map((p) => p.message).join("; ")})`);
// The header layouts as runNational groups them (consecutive files with the same header).
const groups: Group[] = [];
listInputFiles(join(dir, "submissions")).forEach((path, i) => {
  const columns = (parse(readFileSync(path, "utf8").slice(0, 4096).split(/\r?\n/)[0]!) as string[][])[0]!.map((c) => c.trim());
  const header = readPartnerHeader(path, columns);
  if ("problems" in header) throw new Error(`${path}: ${header.problems.map((p) => p.message).join("; ")}`);
  const last = groups.at(-1);
  if (last !== undefined && last.columns.join("\u0000") === columns.join("\u0000")) last.files.push(path);
  else groups.push({ files: [path], written: header.fields, columns, base: i });
});

const work = mkdtempSync(join(tmpdir(), "atlas-profile-"));
// The settings of runNational.
const instance = await DuckDBInstance.create(":memory:", {
  threads: "2",
  memory_limit: "1GB",
  temp_directory: join(work, "tmp"),
  preserve_insertion_order: "false",
  partitioned_write_flush_threshold: "131072",
  write_buffer_row_group_count: "1",
});
const db = await instance.connect();
await loadReference(db, ref);
await db.run("SET disabled_optimizers = 'build_side_probe_side'");
const sql = checkSql(groups);
const cpu = async (what: string, run: () => Promise<unknown>) => {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await run();
  const c = process.cpuUsage(c0);
  console.log(`${what}: ${((c.user + c.system) / 1e6).toFixed(2)} s CPU, ${((performance.now() - t0) / 1000).toFixed(2)} s wall`);
};

// Every column of every record is hashed, so that no expression is left out of the plan.
await cpu("check (every rule, no write)", () => db.run(`SELECT count(*), sum(hash(COLUMNS(*))) FROM (${sql})`));
await cpu("check + partitioned Parquet write", () =>
  db.run(`COPY (${sql}) TO '${join(work, "parts")}' (${PARTS_COPY_OPTIONS})`),
);
const profile = join(work, "profile.json");
await db.run("PRAGMA enable_profiling = 'json'");
await db.run(`PRAGMA profiling_output = '${profile}'`);
await cpu("check, profiled", () => db.run(`SELECT count(*), sum(hash(COLUMNS(*))) FROM (${sql})`));
await db.run("PRAGMA disable_profiling");

interface Node {
  operator_name?: string;
  operator_timing?: number;
  operator_cardinality?: number;
  children?: Node[];
}
const root = JSON.parse(readFileSync(profile, "utf8")) as Node;
let total = 0;
const lines: string[] = [];
const walk = (n: Node, depth: number) => {
  if (depth > 0) {
    total += n.operator_timing ?? 0;
    lines.push(`${"  ".repeat(depth - 1)}${n.operator_name ?? "?"}  ${(n.operator_timing ?? 0).toFixed(3)} s  ${n.operator_cardinality ?? ""} rows`);
  }
  for (const c of n.children ?? []) walk(c, depth + 1);
};
walk(root, 0);
console.log(`\nDuckDB's operators (time summed over threads; ${total.toFixed(2)} s in all):\n${lines.join("\n")}`);
db.closeSync();
instance.closeSync();
rmSync(work, { recursive: true, force: true });
