/**
 * The data model at national scale, on SYNTHETIC data only (bench/synthetic.ts: the 708 pre-2025
 * districts and 3,321 post-2025 communes × 72 months × 12 indicators, fixed seed), in Node:
 *   - the size of one figures file per indicator and vintage (the layout the manifest's `role`
 *     allows), its JSON.parse and its zod validation;
 *   - building the atlas index;
 *   - the data work of a switch (indicator, period, boundaries, selection): the selectors the
 *     map and the profile call, in this branch's code and in the baseline (bench/baseline.ts: the code before the lookup),
 *     alternating switch by switch. A call over 50 ms would be a long task in the browser.
 * Reports numbers; enforces nothing.
 *
 *   tsx --max-old-space-size=6144 bench/data-model.ts [--smoke]
 */
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { pathToFileURL } from "node:url";
import { FiguresFile, SCHEMA_VERSION, type CrosswalkFile } from "../src/schema/index";
import * as current from "../src/data/atlas";
import * as currentMap from "../src/map/mapData";
import { baselineSrc } from "./baseline";
import { SMOKE, percentile, stats, writeResult, type Row } from "./lib";
import { NATIONAL_SCALE, SMOKE_SCALE, communeId, districtId, syntheticFigures, syntheticUnits } from "./synthetic";

const size = SMOKE ? SMOKE_SCALE : NATIONAL_SCALE;
const ROUNDS = SMOKE ? 2 : 13; // × 4 kinds of switch = 52 switches per code version
const GOAL_MS = 50;

const base = baselineSrc();
const old = (await import(pathToFileURL(`${base.dir}/data/atlas.ts`).href)) as typeof current;
const oldMap = (await import(pathToFileURL(`${base.dir}/map/mapData.ts`).href)) as typeof currentMap;

function time<T>(fn: () => T): [number, T] {
  const t0 = performance.now();
  const out = fn();
  return [performance.now() - t0, out];
}

const rows: Row[] = [];
const label = `SYNTHETIC ${size.districts} districts + ${size.communes} communes × ${size.months} months × ${size.indicators} indicators`;
console.log(label);
const heap0 = process.memoryUsage().heapUsed;
const [genMs, figures] = time(() => syntheticFigures(size));
const units = syntheticUnits(size);
const crosswalk: CrosswalkFile = { schemaVersion: SCHEMA_VERSION, legalActs: [], links: [] };
console.log(`${figures.observations.length.toLocaleString("en")} synthetic figures generated in ${(genMs / 1000).toFixed(1)} s`);

// One file per indicator and vintage: the communes' file of one indicator is the largest.
const slice = { ...figures, observations: figures.observations.filter((o) => o.indicatorId === "synthetic_1" && o.area.kind === "unit" && o.area.unit.startsWith("post2025:")) };
const json = JSON.stringify(slice);
const gz = gzipSync(json, { level: 6 }).length;
const parse: number[] = [];
const validate: number[] = [];
for (let i = 0; i < (SMOKE ? 1 : 5); i++) {
  const [p, parsed] = time(() => JSON.parse(json) as unknown);
  parse.push(p);
  validate.push(time(() => FiguresFile.parse(parsed))[0]);
}
const perFile = `one indicator, post-2025 (${slice.observations.length.toLocaleString("en")} figures)`;
rows.push({ bench: "data-model (synthetic)", figure: `figures file, ${perFile}: gzip`, value: gz / 1024, unit: "KB", spread: `${(json.length / 1048576).toFixed(1)} MiB raw; all figures in one file would be ${size.indicators * 2}× as many rows` });
const sp = stats(parse);
rows.push({ bench: "data-model (synthetic)", figure: `JSON.parse, ${perFile} (median)`, value: sp.median, unit: "ms", spread: `${sp.min.toFixed(0)}–${sp.max.toFixed(0)} ms, n=${sp.n}` });
const sv = stats(validate);
rows.push({
  bench: "data-model (synthetic)",
  figure: `zod validation, ${perFile} (median)`,
  value: sv.median,
  unit: "ms",
  spread: `${sv.min.toFixed(0)}–${sv.max.toFixed(0)} ms, n=${sv.n}; skipped when the file's sha256 is the manifest's`,
});

const [oldBuild, oldIndex] = time(() => old.buildAtlasIndex(units, figures, crosswalk));
const [newBuild, newIndex] = time(() => current.buildAtlasIndex(units, figures, crosswalk));
// The lookup by area and indicator is built on first use; that first use is part of loading.
const [lookupMs] = time(() => current.observationsOfIndicator(newIndex, "synthetic_1"));
rows.push({
  bench: "data-model (synthetic)",
  figure: `load: buildAtlasIndex + lookups, all ${figures.observations.length.toLocaleString("en")} figures`,
  value: newBuild + lookupMs,
  unit: "ms",
  baselineLabel: "before",
  baseline: oldBuild,
});
console.log(`heap after generating and indexing: ${((process.memoryUsage().heapUsed - heap0) / 1048576).toFixed(0)} MiB`);

type Kind = "indicator" | "period" | "boundaries" | "selection";
const kinds: Kind[] = ["indicator", "period", "boundaries", "selection"];
const times: Record<"new" | "old", Record<Kind, number[]>> = {
  new: { indicator: [], period: [], boundaries: [], selection: [] },
  old: { indicator: [], period: [], boundaries: [], selection: [] },
};
const years = [2019, 2020, 2021, 2022, 2023, 2024];
for (let r = 0; r < ROUNDS; r++) {
  const switches: Record<Kind, (atlas: typeof current, map: typeof currentMap, index: current.AtlasIndex) => unknown> = {
    indicator: (_a, m, i) => m.mapFiguresFor(i, { indicatorId: `synthetic_${(r % size.indicators) + 1}`, period: { from: 2023, to: 2023 }, vintage: "pre2025" }),
    period: (_a, m, i) => m.mapFiguresFor(i, { indicatorId: "synthetic_1", period: { from: years[r % years.length]!, to: years[r % years.length]! }, vintage: "pre2025" }),
    boundaries: (_a, m, i) => m.mapFiguresFor(i, { indicatorId: "synthetic_1", period: { from: 2023, to: 2023 }, vintage: r % 2 === 0 ? "post2025" : "pre2025" }),
    selection: (a, _m, i) => a.observationsFor(i, r % 2 === 0 ? districtId((r * 37) % size.districts) : communeId((r * 101) % size.communes)),
  };
  for (const kind of kinds) {
    // Alternate which code goes first, so neither always runs on a cooler machine.
    const order: ("new" | "old")[] = r % 2 === 0 ? ["new", "old"] : ["old", "new"];
    for (const who of order) {
      const [ms] = who === "new" ? time(() => switches[kind](current, currentMap, newIndex)) : time(() => switches[kind](old, oldMap, oldIndex));
      times[who][kind].push(ms);
    }
  }
}
for (const kind of [...kinds, "all" as const]) {
  const pick = (who: "new" | "old") => (kind === "all" ? kinds.flatMap((k) => times[who][k]) : times[who][kind]);
  const now = pick("new");
  const was = pick("old");
  const s = stats(now);
  const over = (xs: number[], ms: number) => xs.filter((x) => x > ms).length;
  rows.push({
    bench: "switches (synthetic, data work in Node)",
    figure: `${kind}: p95 (p50 ${s.median.toFixed(1)} ms; baseline p50 ${percentile(was, 50).toFixed(0)} ms)`,
    value: percentile(now, 95),
    unit: "ms",
    spread: `${s.min.toFixed(1)}–${s.max.toFixed(1)} ms, n=${s.n}; calls > 50 ms: ${over(now, 50)}, > 100 ms: ${over(now, 100)} (before: ${over(was, 50)}, ${over(was, 100)})`,
    baselineLabel: "before p95",
    baseline: percentile(was, 95),
    goal: `p95 ≤ ${GOAL_MS} ms, none > 100 ms`,
    met: percentile(now, 95) <= GOAL_MS && over(now, 100) === 0,
  });
}
writeResult("data-model", { rows, size, baselineCommit: base.commit, label, times });
for (const r of rows) console.log(`${r.figure.padEnd(70)} ${r.value.toFixed(1)} ${r.unit}${r.baseline === undefined ? "" : `  (${(r.value / r.baseline).toFixed(3)}× ${r.baselineLabel} ${r.baseline.toFixed(1)})`}`);
