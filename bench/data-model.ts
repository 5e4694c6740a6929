/**
 * The data model at national scale, on SYNTHETIC data only (bench/synthetic.ts: the 708 pre-2025
 * districts and 3,321 post-2025 communes × 72 months × 12 indicators, fixed seed), in Node:
 *   - the size of one figures file per indicator and vintage (the layout the manifest's `role`
 *     allows), its JSON.parse and its zod validation;
 *   - loading: the object path (buildAtlasIndex + its lookups over every figure) against the
 *     column path (one src/model/figureStore.ts store per indicator × vintage file);
 *   - the data work of a switch (indicator, period, boundaries, selection), both paths on the same
 *     data in the same process, alternating switch by switch:
 *       object path: mapFiguresFromObjects (src/map/mapData.ts, the rule as first written) and observationsFor (src/data/atlas.ts);
 *       column path: mapValuesFor over the indicator's two files, and a selection's rows of every
 *       indicator's file of its vintage (rowsForUnit), given back as observations (observationsAt).
 *     A call over 50 ms would be a long task in the browser.
 * Reports numbers (wall and CPU time); enforces nothing; fails only when the two paths disagree.
 *
 *   tsx --max-old-space-size=6144 bench/data-model.ts [--smoke]
 */
import { performance } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { FiguresFile, SCHEMA_VERSION, type CrosswalkFile, type Observation, type Vintage } from "../src/schema/index";
import { areaVintage, buildAtlasIndex, observationsFor, observationsOfIndicator, type AtlasIndex } from "../src/data/atlas";
import { mapFiguresFromObjects as mapFiguresFor } from "../src/map/mapData";
import { buildFigureStore, mapValuesFor, observationsAt, placeStore, rowsForUnit, type FigureStore } from "../src/model/figureStore";
import { SMOKE, percentile, stats, writeResult, type Row } from "./lib";
import { NATIONAL_SCALE, SMOKE_SCALE, communeId, districtId, syntheticFigures, syntheticUnits } from "./synthetic";

const size = SMOKE ? SMOKE_SCALE : NATIONAL_SCALE;
const ROUNDS = SMOKE ? 2 : 13; // × 4 kinds of switch = 52 switches per path
const GOAL_MS = 50;
const BENCH = "data-model (synthetic)";
const SWITCHES = "switches (synthetic, data work in Node)";

/** Wall and CPU (user + system) milliseconds of one call. */
function time<T>(fn: () => T): [number, T, number] {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const out = fn();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return [ms, out, (c.user + c.system) / 1000];
}
const cpuRun0 = process.cpuUsage();
const wallRun0 = performance.now();

const rows: Row[] = [];
const label = `SYNTHETIC ${size.districts} districts + ${size.communes} communes × ${size.months} months × ${size.indicators} indicators`;
console.log(label);
/**
 * The figures as objects and the object path's index: set by setup(), released before the column
 * path's second phase (a page loading one file at a time would hold no figure objects).
 */
let objects: { index: AtlasIndex } | null = null;
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** Generates the data, measures one file and both loads; its locals (the figure objects) die with it. */
function setup(): { atlas: AtlasIndex; storesOf: Map<string, FigureStore[]>; storeOf: Map<string, FigureStore> } {
  const [genMs, generated] = time(() => syntheticFigures(size));
  const units = syntheticUnits(size);
  const crosswalk: CrosswalkFile = { schemaVersion: SCHEMA_VERSION, legalActs: [], links: [] };
  const figureCount = generated.observations.length;
  console.log(`${figureCount.toLocaleString("en")} synthetic figures generated in ${(genMs / 1000).toFixed(1)} s`);

  // One file per indicator and vintage: the communes' file of one indicator is the largest.
  const slice = { ...generated, observations: generated.observations.filter((o) => o.indicatorId === "synthetic_1" && o.area.kind === "unit" && o.area.unit.startsWith("post2025:")) };
  const json = JSON.stringify(slice);
  const jsonMiB = json.length / 1048576;
  const gz = gzipSync(json, { level: 6 }).length;
  const parse: number[] = [];
  const validate: number[] = [];
  for (let i = 0; i < (SMOKE ? 1 : 3); i++) {
    const [p, parsed] = time(() => JSON.parse(json) as unknown);
    parse.push(p);
    validate.push(time(() => FiguresFile.parse(parsed))[0]);
  }
  const perFile = `one indicator, post-2025 (${slice.observations.length.toLocaleString("en")} figures)`;
  rows.push({ bench: BENCH, figure: `figures file, ${perFile}: gzip`, value: gz / 1024, unit: "KB", spread: `${jsonMiB.toFixed(1)} MiB raw; all figures in one file would be ${size.indicators * 2}× as many rows` });
  const sp = stats(parse);
  rows.push({ bench: BENCH, figure: `JSON.parse, ${perFile} (median)`, value: sp.median, unit: "ms", spread: `${sp.min.toFixed(0)}–${sp.max.toFixed(0)} ms, n=${sp.n}` });
  const sv = stats(validate);
  rows.push({
    bench: BENCH,
    figure: `zod validation, ${perFile} (median)`,
    value: sv.median,
    unit: "ms",
    spread: `${sv.min.toFixed(0)}–${sv.max.toFixed(0)} ms, n=${sv.n}; skipped when the file's sha256 is the manifest's`,
  });

  // Load, object path: the index and its lookups over every figure (built on first use).
  const [indexMs, builtIndex, indexCpu] = time(() => buildAtlasIndex(units, generated, crosswalk));
  const [lookupMs, , lookupCpu] = time(() => observationsOfIndicator(builtIndex, "synthetic_1"));
  // The column path's atlas: units, groups and crosswalk, no figure objects.
  const atlas = buildAtlasIndex(units, { ...generated, observations: [] }, crosswalk);

  // Load, column path: one store per indicator × vintage file, built from that file's figures.
  const vintageOf = (o: Observation): Vintage => areaVintage(atlas, o.area) ?? "pre2025";
  const files = new Map<string, Observation[]>();
  for (const o of generated.observations) {
    const key = `${o.indicatorId}|${vintageOf(o)}`;
    const list = files.get(key);
    if (list === undefined) files.set(key, [o]);
    else list.push(o);
  }
  const storesOf = new Map<string, FigureStore[]>();
  const storeOf = new Map<string, FigureStore>();
  const buildMs: number[] = [];
  const buildCpu: number[] = [];
  for (const [key, list] of files) {
    const [indicatorId] = key.split("|") as [string];
    const [ms, store, cpu] = time(() => {
      const built = buildFigureStore(indicatorId, list);
      placeStore(atlas, built);
      return built;
    });
    buildMs.push(ms);
    buildCpu.push(cpu);
    storeOf.set(key, store);
    storesOf.set(indicatorId, [...(storesOf.get(indicatorId) ?? []), store]);
  }
  rows.push({
    bench: BENCH,
    figure: `load, column path: one store per indicator × vintage file, areas placed on both maps, all ${files.size} files (from parsed figures)`,
    value: sum(buildMs),
    unit: "ms",
    spread: `per file median ${stats(buildMs).median.toFixed(0)} ms (${stats(buildMs).min.toFixed(0)}–${stats(buildMs).max.toFixed(0)} ms, n=${buildMs.length}); ${(sum(buildCpu) / 1000).toFixed(1)} s CPU`,
    baselineLabel: "object path, all figures",
    baseline: indexMs + lookupMs,
  });
  rows.push({
    bench: BENCH,
    figure: `load, object path: buildAtlasIndex + lookups, all ${figureCount.toLocaleString("en")} figures`,
    value: indexMs + lookupMs,
    unit: "ms",
    spread: `${((indexCpu + lookupCpu) / 1000).toFixed(1)} s CPU`,
  });
  console.log(`heap after generating, indexing and storing: ${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MiB (both paths' data live in one heap)`);
    objects = { index: builtIndex };
    return { atlas, storesOf, storeOf };
}
const { atlas, storesOf, storeOf } = setup();

type Kind = "indicator" | "period" | "boundaries" | "selection";
type Who = "column" | "object";
const kinds: Kind[] = ["indicator", "period", "boundaries", "selection"];
const blank = (): Record<Kind, number[]> => ({ indicator: [], period: [], boundaries: [], selection: [] });
const times: Record<Who, Record<Kind, number[]>> = { column: blank(), object: blank() };
const cpu: Record<Who, Record<Kind, number[]>> = { column: blank(), object: blank() };
const years = [2019, 2020, 2021, 2022, 2023, 2024];
const indicatorIds = [...storesOf.keys()];

interface Query {
  indicatorId: string;
  period: { from: number; to: number };
  vintage: Vintage;
}
function queryOf(kind: Exclude<Kind, "selection">, r: number): Query {
  switch (kind) {
    case "indicator":
      return { indicatorId: `synthetic_${(r % size.indicators) + 1}`, period: { from: 2023, to: 2023 }, vintage: "pre2025" };
    case "period":
      return { indicatorId: "synthetic_1", period: { from: years[r % years.length]!, to: years[r % years.length]! }, vintage: "pre2025" };
    case "boundaries":
      return { indicatorId: "synthetic_1", period: { from: 2023, to: 2023 }, vintage: r % 2 === 0 ? "post2025" : "pre2025" };
  }
}
const selected = (r: number) => (r % 2 === 0 ? districtId((r * 37) % size.districts) : communeId((r * 101) % size.communes));

const paths: Record<Who, (kind: Kind, r: number) => unknown> = {
  object: (kind, r) => (kind === "selection" ? observationsFor(objects!.index, selected(r)) : mapFiguresFor(objects!.index, queryOf(kind, r))),
  column: (kind, r) => {
    if (kind !== "selection") {
      const q = queryOf(kind, r);
      return mapValuesFor(atlas, storesOf.get(q.indicatorId) ?? [], q);
    }
    const unit = selected(r);
    const vintage = atlas.units.get(unit)?.vintage ?? "pre2025";
    return indicatorIds.map((id) => {
      const store = storeOf.get(`${id}|${vintage}`);
      return store === undefined ? [] : observationsAt(store, rowsForUnit(atlas, store, unit));
    });
  },
};

// The two paths must agree before their times mean anything.
for (const kind of ["indicator", "boundaries"] as const) {
  for (const r of [0, 1]) {
    // 2019: a year every size has (the smoke run has six months).
    const q = { ...queryOf(kind, r), period: { from: 2019, to: 2019 } };
    const a = mapFiguresFor(objects!.index, q).drawn.map((f) => `${f.key}=${f.low}-${f.high}@${f.periodStart}/${f.periodEnd}`);
    const b = mapValuesFor(atlas, storesOf.get(q.indicatorId) ?? [], q).drawn.map((f) => `${f.key}=${f.low}-${f.high}@${f.periodStart}/${f.periodEnd}`);
    if (a.length === 0 || a.join("\n") !== b.join("\n")) throw new Error(`the column path draws ${b.length} figures and the object path ${a.length} for ${JSON.stringify(q)}: not the same figures`);
  }
}
{
  const unit = selected(1);
  const a = observationsFor(objects!.index, unit).map((o) => o.id).sort();
  const b = (paths.column("selection", 1) as Observation[][]).flat().map((o) => o.id).sort();
  if (a.join() !== b.join()) throw new Error(`selection of ${unit}: the paths give different figures`);
}

for (let r = 0; r < ROUNDS; r++) {
  for (const kind of kinds) {
    // Alternate which path goes first, so neither always runs on a cooler machine or a cleaner heap.
    const order: Who[] = r % 2 === 0 ? ["column", "object"] : ["object", "column"];
    for (const who of order) {
      const [ms, , c] = time(() => paths[who](kind, r));
      times[who][kind].push(ms);
      cpu[who][kind].push(c);
    }
  }
}

// Second phase: the column path alone, once the figure objects are released, as a page that
// loads one file at a time holds them (the first phase ran it beside the object path's heap).
objects = null;
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
gc();
// Let the collector's helper threads finish sweeping the released objects: their CPU time is the process's.
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5000);
gc();
// Untimed rounds first: in a first measurement the four rounds after the release paid 40-160 ms of
// CPU each (the collector giving 1.8 GiB back), which a page that never held the objects does not.
for (let r = 0; r < 4; r++) for (const kind of kinds) paths.column(kind, r);
const alone = blank();
const aloneCpu = blank();
for (let r = 0; r < ROUNDS; r++) {
  for (const kind of kinds) {
    const [ms, , c] = time(() => paths.column(kind, r));
    alone[kind].push(ms);
    aloneCpu[kind].push(c);
  }
}
const heapAlone = process.memoryUsage().heapUsed / 1048576;
console.log(`heap with the column stores alone: ${heapAlone.toFixed(0)} MiB`);

const over = (xs: number[], ms: number) => xs.filter((x) => x > ms).length;
const cpuText = (xs: number[]) => `CPU p50 ${percentile(xs, 50).toFixed(1)}, p95 ${percentile(xs, 95).toFixed(1)} ms`;
for (const kind of [...kinds, "all" as const]) {
  const pick = (t: Record<Kind, number[]>) => (kind === "all" ? kinds.flatMap((k) => t[k]) : t[kind]);
  const was = pick(times.object);
  for (const [phase, now, nowCpu] of [
    ["beside the object path's heap", pick(times.column), pick(cpu.column)],
    ["stores alone", pick(alone), pick(aloneCpu)],
  ] as const) {
    const s = stats(now);
    rows.push({
      bench: SWITCHES,
      figure: `${kind}, column path, ${phase}: p95 (p50 ${s.median.toFixed(1)} ms; object path p50 ${percentile(was, 50).toFixed(0)} ms, p50 ratio ${(s.median / percentile(was, 50)).toFixed(3)}×)`,
      value: percentile(now, 95),
      unit: "ms",
      spread: `${s.min.toFixed(1)}–${s.max.toFixed(1)} ms, n=${s.n}; calls > 50 ms: ${over(now, 50)}, > 100 ms: ${over(now, 100)} (object path: ${over(was, 50)}, ${over(was, 100)}); ${cpuText(nowCpu)} (object path ${cpuText(pick(cpu.object))})`,
      baselineLabel: "object path p95",
      baseline: percentile(was, 95),
      goal: `p95 ≤ ${GOAL_MS} ms, none > 100 ms`,
      met: percentile(now, 95) <= GOAL_MS && over(now, 100) === 0,
    });
  }
}
const cpuRun = process.cpuUsage(cpuRun0);
const run = { wallS: (performance.now() - wallRun0) / 1000, cpuS: (cpuRun.user + cpuRun.system) / 1e6 };
console.log(`whole run: ${run.wallS.toFixed(1)} s wall, ${run.cpuS.toFixed(1)} s CPU (user + system)`);
writeResult("data-model", { rows, size, label, times, cpu, alone, aloneCpu, heapAloneMiB: heapAlone, run });
for (const r of rows) console.log(`${r.figure.padEnd(70)} ${r.value.toFixed(1)} ${r.unit}${r.baseline === undefined ? "" : `  (${(r.value / r.baseline).toFixed(3)}× ${r.baselineLabel} ${r.baseline.toFixed(1)})`}  ${r.spread ?? ""}`);
