/**
 * Benchmarks at national scale on SYNTHETIC data (see scripts/bench/synthetic.ts): the sizes and
 * times the product must stay within as it grows from 5 districts to 708 × 72 months × 12 indicators.
 * Reports numbers; enforces nothing (these machines are shared and noisy). Run: npm run bench
 */
import { gzipSync } from "node:zlib";
import { performance } from "node:perf_hooks";
import { FiguresFile, SCHEMA_VERSION, type CrosswalkFile } from "../src/schema/index";
import { buildAtlasIndex, observationsFor } from "../src/data/atlas";
import { mapFiguresFor } from "../src/map/mapData";
import { NATIONAL_SCALE, syntheticFigures, syntheticUnits } from "./bench/synthetic";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time<T>(fn: () => T): { ms: number; result: T } {
  const t0 = performance.now();
  const result = fn();
  return { ms: performance.now() - t0, result };
}

function measure<T>(label: string, fn: () => T): T {
  const times: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < RUNS; i++) {
    const { ms, result } = time(fn);
    times.push(ms);
    last = result;
  }
  console.log(`${label.padEnd(58)} median ${median(times).toFixed(1).padStart(8)} ms  (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}, n=${RUNS})`);
  return last as T;
}

const mib = (b: number): string => `${(b / 1024 / 1024).toFixed(2)} MiB`;

console.log(`Results Atlas benchmark — SYNTHETIC data, ${NATIONAL_SCALE.districts} districts × ${NATIONAL_SCALE.months} months × ${NATIONAL_SCALE.indicators} indicators`);
const heap0 = process.memoryUsage().heapUsed;
const units = syntheticUnits(NATIONAL_SCALE);
const figures = syntheticFigures(NATIONAL_SCALE);
const crosswalk: CrosswalkFile = { schemaVersion: SCHEMA_VERSION, legalActs: [], links: [] };
console.log(`observations: ${figures.observations.length.toLocaleString("en")}`);

const json = JSON.stringify(figures);
const gz = gzipSync(json, { level: 9 });
console.log(`figures.json size: ${mib(json.length)} raw, ${mib(gz.length)} gzip (one file; per-indicator files would be 1/${NATIONAL_SCALE.indicators} of that each)`);

measure("JSON.parse(figures.json)", () => JSON.parse(json) as unknown);
const parsed = JSON.parse(json) as unknown;
measure("zod FiguresFile.parse (full validation)", () => FiguresFile.parse(parsed));
const index = measure("buildAtlasIndex", () => buildAtlasIndex(units, figures, crosswalk));
const heap1 = process.memoryUsage().heapUsed;
console.log(`heap used after load + index: ${mib(heap1 - heap0)} (includes the JSON string)`);

const someDistrict = units.units.find((u) => u.level === "district")!.id;
measure("observationsFor(one district)", () => observationsFor(index, someDistrict));
measure("mapFiguresFor(indicator, one year, pre2025)", () =>
  mapFiguresFor(index, { indicatorId: "synthetic_1", period: { from: 2023, to: 2023 }, vintage: "pre2025" }),
);
measure("mapFiguresFor(indicator, whole span, pre2025)", () =>
  mapFiguresFor(index, { indicatorId: "synthetic_1", period: null, vintage: "pre2025" }),
);
