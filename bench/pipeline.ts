/**
 * The pipeline's record stages on SYNTHETIC figures (bench/synthetic.ts) in the format of
 * data/observations.csv: read (UTF-8 check, csv-parse, characters, column rules) and the per-row
 * schema checks, through the same code `npm run data` runs (src/pipeline/csv.ts, cell-checks.ts,
 * rows.ts, figures-rows.ts). Each size runs in its own Node process, so its peak memory (max RSS)
 * is its own. Goal at national scale: 6 million records in ≤ 20 s and ≤ 1.5 GB on 2 cores.
 * The sizes measured here are below 6 million (the machine is shared); the 6-million figure is
 * extrapolated linearly from the largest, and says so.
 *
 *   tsx bench/pipeline.ts [--smoke]
 */
import { execFileSync } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { ROOT, SMOKE, writeResult, type Row } from "./lib";
import { LABEL, forEachSyntheticFigure, type SyntheticSize } from "./synthetic";

const NATIONAL_RECORDS = 6_000_000;
const GOAL_S = 20;
const GOAL_MB = 1536;
const DIR = join(ROOT, ".cache", "bench", "pipeline");

/** A size with about `records` figures: districts and communes × 72 months × 12 indicators, fewer areas when smaller. */
function sizeFor(records: number): SyntheticSize {
  const areas = Math.max(1, Math.round(records / (72 * 12)));
  const districts = Math.min(708, Math.round(areas * 0.18));
  return { districts, communes: areas - districts, months: 72, indicators: 12 };
}

const HEADER = "id,indicator_id,value,qualifier,period_start,period_end,reported_on,area,programme_id,phase_id,partner_ids,source_id,quote_lang,quote,same_as,note";

async function writeCsv(records: number): Promise<string> {
  mkdirSync(DIR, { recursive: true });
  const file = join(DIR, `observations-${records}.csv`);
  if (existsSync(file)) return file;
  const out = createWriteStream(file);
  out.write(`${HEADER}\n`);
  let buffer = "";
  forEachSyntheticFigure(sizeFor(records), (unit, a, period, i, value) => {
    buffer += `s-${a}-${period}-${i},synthetic_${i + 1},${value},exact,${period},${period},,${unit},synthetic,,,synthetic,en,"${LABEL}: ${value}",,\n`;
    if (buffer.length > 1 << 20) {
      out.write(buffer);
      buffer = "";
    }
  });
  out.write(buffer);
  await new Promise<void>((ok) => out.end(ok));
  return file;
}

if (process.argv[2] === "--child") {
  // One measurement, in a fresh process: read and check every row of the file.
  const file = process.argv[3]!;
  const { ProblemList } = await import("../src/pipeline/problems");
  const { readCsv } = await import("../src/pipeline/csv");
  const { checkCharacters, checkColumns, COLUMN_RULES } = await import("../src/pipeline/cell-checks");
  const { parseRows } = await import("../src/pipeline/rows");
  const { OBSERVATION_COLUMNS, observationSpec } = await import("../src/pipeline/figures-rows");
  const problems = new ProblemList();
  const t0 = performance.now();
  const csv = readCsv(file, "data/observations.csv", OBSERVATION_COLUMNS, problems);
  if (csv === null) throw new Error("could not read the synthetic file");
  checkCharacters(csv, problems);
  checkColumns(csv, COLUMN_RULES["observations.csv"] ?? {}, problems);
  const rows = parseRows(csv, observationSpec, problems);
  const ms = performance.now() - t0;
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ rows: rows.length, problems: problems.items.length, ms, maxRssMb }));
  process.exit(0);
}

const sizes = SMOKE ? [2_000] : [100_000, 400_000];
const rows: Row[] = [];
const points: { records: number; bytes: number; ms: number; maxRssMb: number; problems: number }[] = [];
for (const target of sizes) {
  const file = await writeCsv(target);
  const out = execFileSync(process.execPath, ["--import", "tsx", join(ROOT, "bench", "pipeline.ts"), "--child", file], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 26 });
  const m = JSON.parse(out.trim().split("\n").at(-1)!) as { rows: number; problems: number; ms: number; maxRssMb: number };
  if (m.problems > 0) throw new Error(`the synthetic file has ${m.problems} problems: the bench would measure error reporting`);
  points.push({ records: m.rows, bytes: statSync(file).size, ms: m.ms, maxRssMb: m.maxRssMb, problems: m.problems });
  console.log(`${m.rows.toLocaleString("en")} records: ${(m.ms / 1000).toFixed(1)} s, max RSS ${m.maxRssMb.toFixed(0)} MB`);
  rows.push({
    bench: "pipeline (synthetic)",
    figure: `read + row checks, ${m.rows.toLocaleString("en")} records (${(statSync(file).size / 1048576).toFixed(0)} MiB CSV)`,
    value: m.ms / 1000,
    unit: "s",
    spread: `max RSS ${m.maxRssMb.toFixed(0)} MB; ${((m.ms * 1000) / m.rows).toFixed(1)} µs and ${((m.maxRssMb * 1048576) / m.rows).toFixed(0)} bytes per record`,
  });
}
const last = points.at(-1)!;
const scale = NATIONAL_RECORDS / last.records;
const predictedS = (last.ms / 1000) * scale;
const predictedMb = last.maxRssMb * scale;
rows.push({
  bench: "pipeline (synthetic)",
  figure: `6,000,000 records, EXTRAPOLATED linearly from ${last.records.toLocaleString("en")}: wall time`,
  value: predictedS,
  unit: "s",
  baselineLabel: "goal",
  baseline: GOAL_S,
  goal: `≤ ${GOAL_S} s`,
  met: predictedS <= GOAL_S,
});
rows.push({
  bench: "pipeline (synthetic)",
  figure: `6,000,000 records, EXTRAPOLATED: peak memory`,
  value: predictedMb,
  unit: "MB",
  baselineLabel: "goal",
  baseline: GOAL_MB,
  goal: `≤ ${GOAL_MB} MB`,
  met: predictedMb <= GOAL_MB,
});
writeResult("pipeline", { rows, points });
