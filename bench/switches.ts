/**
 * Main-thread time to apply a switch in the built explorer, in Debian's Chromium (SwiftShader), on
 * the real data and on the SYNTHETIC national data (bench/national-site.ts: the same build with
 * its data/ replaced by bench/synthetic.ts's 708 districts and 3,321 communes × 72 months × 12
 * indicators, drawn on a grid of synthetic cells): indicator, period, boundaries (vintage) and
 * selection, each switched through the
 * app's store (window.__atlas.store, as the URL sync and the controls do). For each switch, until
 * the page is idle again:
 * - main-thread time: the renderer main thread's busy time (Chrome's Performance.getMetrics
 *   TaskDuration, read before the switch and after the page settles): React, the map's layer
 *   updates and MapLibre's render calls, style, layout, garbage collection;
 * - switch → next frame: wall time from the store change to the end of the first frame after it,
 *   which on SwiftShader also waits for the GPU process to paint the previous frame in software;
 * - the long tasks (> 50 ms) the browser reports.
 * The first switch of each kind is reported on its own row (it also compiles shaders and builds
 * the other vintage's data, once a page), then the rounds. Baseline, measured in the same run,
 * alternating round by round: the bare MapLibre page
 * (bench/bare) drawing the same boundaries with the project's MapLibre build and style, its map
 * repainted by a paint-property change (the floor of any switch that changes the map) and, for
 * the boundaries switch, its style swapped to the other vintage. The synthetic explorer's bare page
 * draws the synthetic boundaries (it reads its data/ folder's), so each baseline has its page's
 * geometry. The four pages (real and synthetic, explorer and bare) take turns, switch by switch.
 * The same data work without the browser is measured in Node by bench/data-model.ts.
 *
 *   tsx bench/switches.ts [--rounds 15] [--smoke] [--indicators N]     needs a build in dist/ (npx vite build)
 * --smoke: SMOKE_SCALE synthetic data and one round; --indicators N: the synthetic site with N of
 * its 12 indicators (every area and month). A synthetic page that cannot be measured (it crashes
 * or never draws its map) is reported as such, the real data is still measured, and the script
 * exits with 1: it could not measure everything it was asked to.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { chromium, type CDPSession, type Page } from "@playwright/test";
import { CHROMIUM_ARGS } from "../playwright.config";
import { ROOT, SMOKE, benchDist, openMapPage, percentile, serveStatic, stats, writeResult, type Row } from "./lib";
import { nationalSiteDir, siteSizeOf, writeNationalSite } from "./national-site";
import { communeId, districtId } from "./synthetic";

const argRounds = process.argv.indexOf("--rounds");
const ROUNDS = SMOKE ? 1 : Number(argRounds >= 0 ? process.argv[argRounds + 1] : 15);
const GOAL_P95_MS = 50;
const GOAL_LONG_TASK_MS = 100;
/** How long the synthetic explorer may take to draw its first map. */
const SYNTHETIC_LOAD_MS = 300_000;
const KINDS = ["indicator", "period", "boundaries", "selection"] as const;
type Kind = (typeof KINDS)[number];

const DIST = benchDist();
const BARE = join(ROOT, ".cache", "bench", "bare");
execFileSync("npx", ["vite", "build", "--config", "bench/bare/vite.config.ts"], { cwd: ROOT, stdio: "inherit" });
const SIZE = siteSizeOf(process.argv, SMOKE);
const SITE = nationalSiteDir(SMOKE);
{
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  writeNationalSite(DIST, SITE, SIZE);
  const c = process.cpuUsage(c0);
  console.log(`SYNTHETIC site written to ${SITE} in ${((performance.now() - t0) / 1000).toFixed(1)} s (${((c.user + c.system) / 1e6).toFixed(1)} s CPU)`);
}
// The synthetic site and its bare page under /synthetic/: the bare page reads ../data/, the synthetic data.
const server = await serveStatic({ "/bare/": BARE, "/synthetic/bare/": BARE, "/synthetic/": SITE, "/": DIST });
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });

/**
 * What each switch sets, round by round. Consecutive switches of a kind always change something,
 * from the page's opening state on (the first indicator with figures, every period, the pre-2025
 * boundaries, nothing selected).
 */
interface SwitchValues {
  indicators: string[];
  periods: ({ from: number; to: number } | null)[];
  selections: string[][];
}

const REAL: SwitchValues = {
  indicators: ["skills_trainees", "vocational_trainees", "livelihood_packages", "cases_supported"],
  periods: [{ from: 2023, to: 2023 }, { from: 2019, to: 2025 }, null],
  selections: [["pre2025:450"], ["pre2025:074"], []],
};
/** Values the synthetic data has: its indicators from the second on (the page opens on the first), years in 2019–2024, a district and a commune. */
const SYNTHETIC: SwitchValues = (() => {
  const n = Math.min(4, SIZE.indicators);
  return {
    indicators: Array.from({ length: n }, (_, i) => `synthetic_${((i + 1) % n) + 1}`),
    periods: [{ from: 2019, to: 2019 }, { from: 2019, to: 2024 }, null],
    selections: [[districtId(Math.min(37, SIZE.districts - 1))], [communeId(Math.min(101, SIZE.communes - 1))], []],
  };
})();

/**
 * Installs the page's side of the measurement: a long-task observer, `frame` (the end of the next
 * frame), `settle` (two frames and 150 ms with no long task, so one switch's work never spills
 * into the next) and `apply` (one switch of a kind, round `r`).
 */
function install({ bare, indicators, periods, selections }: SwitchValues & { bare: boolean }): void {
  type Store = {
    getState(): {
      setIndicator(id: string | null): void;
      setPeriod(p: { from: number; to: number } | null): void;
      setVintage(v: "pre2025" | "post2025"): void;
      select(ids: string[]): void;
    };
  };
  type BareMap = { setPaintProperty(layer: string, name: string, value: string): void; setStyle(style: unknown): void };
  type Bare = { maps: BareMap[]; style(v: "pre2025" | "post2025"): unknown };
  const w = window as unknown as { __atlas?: { store: Store }; __bare?: Bare; __bench: unknown };
  const longTasks: number[] = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push(e.duration);
  }).observe({ type: "longtask" });
  const frame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  // On the provinces' fill, which both vintages have (the districts' is pre-2025 only).
  const colours = ["#d95f02", "#1b9e77", "#7570b3"];
  const apply = (kind: string, r: number): void => {
    if (bare) {
      const map = w.__bare!.maps[0]!;
      if (kind === "boundaries") map.setStyle(w.__bare!.style(r % 2 === 0 ? "post2025" : "pre2025"));
      else map.setPaintProperty("provinces-fill", "fill-color", colours[r % colours.length]!);
      return;
    }
    const s = w.__atlas!.store.getState();
    if (kind === "indicator") s.setIndicator(indicators[r % indicators.length]!);
    if (kind === "period") s.setPeriod(periods[r % periods.length]!);
    if (kind === "boundaries") s.setVintage(r % 2 === 0 ? "post2025" : "pre2025");
    if (kind === "selection") s.select(selections[r % selections.length]!);
  };
  w.__bench = {
    longTasks,
    async switchToFrame(kind: string, r: number): Promise<number> {
      const t0 = performance.now();
      apply(kind, r);
      await frame();
      return performance.now() - t0;
    },
    async settle(from: number): Promise<number[]> {
      for (;;) {
        const before = longTasks.length;
        await frame();
        await frame();
        await new Promise((ok) => setTimeout(ok, 150));
        if (longTasks.length === before) return longTasks.slice(from);
      }
    },
  };
}

type Data = "real" | "synthetic";

interface Sample {
  data: Data;
  page: "explorer" | "bare";
  kind: Kind;
  /** Main-thread busy time, switch → idle. */
  mainMs: number;
  /** Wall time, switch → end of the next frame. */
  frameMs: number;
  longTasks: number[];
}

async function open(path: string, bare: boolean, values: SwitchValues, timeoutMs?: number): Promise<{ page: Page; cdp: CDPSession }> {
  const t0 = performance.now();
  const page = await openMapPage(browser, path, timeoutMs);
  console.log(`${path}: map drawn ${((performance.now() - t0) / 1000).toFixed(1)} s after opening`);
  await page.evaluate(install, { bare, ...values });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  return { page, cdp };
}

/** The renderer main thread's busy time so far, in ms. */
async function taskMs(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send("Performance.getMetrics")) as { metrics: { name: string; value: number }[] };
  return (metrics.find((m) => m.name === "TaskDuration")?.value ?? Number.NaN) * 1000;
}

type BenchWindow = { __bench: { longTasks: number[]; switchToFrame(k: string, r: number): Promise<number>; settle(from: number): Promise<number[]> } };

interface Subject {
  data: Data;
  page: Sample["page"];
  open: { page: Page; cdp: CDPSession };
}

async function measure({ data, page: which, open: { page, cdp } }: Subject, kind: Kind, r: number): Promise<Sample> {
  await page.bringToFront();
  const first = await page.evaluate(() => (window as unknown as BenchWindow).__bench.longTasks.length);
  const before = await taskMs(cdp);
  const frameMs = await page.evaluate(([k, i]) => (window as unknown as BenchWindow).__bench.switchToFrame(k, i), [kind, r] as const);
  const longTasks = await page.evaluate((from) => (window as unknown as BenchWindow).__bench.settle(from), first);
  const mainMs = (await taskMs(cdp)) - before;
  return { data, page: which, kind, mainMs, frameMs, longTasks };
}

/** Why the synthetic pages could not be measured (their renderer crashed, their map never drew); null while they can. */
let syntheticFailure: string | null = null;
// The real pages and the synthetic bare page load at once (nothing is measured before every page
// is drawn and idle: on the CI's smoke run one after the other took ~10 s longer), then the
// synthetic explorer alone: at national scale it loads 190 MiB of figures (70 s alone on a
// loaded machine, over 120 s beside the others).
const [realPages, syntheticPages] = await Promise.all([
  Promise.all([open("/", false, REAL), open("/bare/", true, REAL)]),
  open("/synthetic/bare/", true, SYNTHETIC)
    .then(async (syntheticBare) => [await open("/synthetic/", false, SYNTHETIC, SYNTHETIC_LOAD_MS), syntheticBare] as const)
    .catch((error: unknown) => error),
]);
const subjects: Subject[] = [
  { data: "real", page: "explorer", open: realPages[0] },
  { data: "real", page: "bare", open: realPages[1] },
];
if (Array.isArray(syntheticPages)) {
  subjects.push({ data: "synthetic", page: "explorer", open: syntheticPages[0] }, { data: "synthetic", page: "bare", open: syntheticPages[1] });
} else await giveUpSynthetic("opening the page", syntheticPages);

/**
 * Stops measuring the synthetic pages, saying why, and closes them (one still loading would take
 * the CPU from the real pages' switches); the real data goes on being measured.
 */
async function giveUpSynthetic(when: string, error: unknown): Promise<void> {
  syntheticFailure = `the SYNTHETIC explorer could not be measured (${when}): ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`;
  console.error(syntheticFailure);
  // Each page has a context of its own (openMapPage): every context but the real pages' goes.
  const real = new Set(subjects.filter((x) => x.data === "real").map((x) => x.open.page.context()));
  for (const context of browser.contexts()) if (!real.has(context)) await context.close().catch(() => undefined);
}

/** One switch on each page still measured, in turn. */
async function measureAll(kind: Kind, r: number, into: Sample[]): Promise<void> {
  for (const subject of subjects) {
    if (subject.data === "real") into.push(await measure(subject, kind, r));
    else if (syntheticFailure === null) {
      try {
        into.push(await measure(subject, kind, r));
      } catch (error: unknown) {
        await giveUpSynthetic(`${kind} switch, round ${r}`, error);
      }
    }
  }
}

for (const p of subjects) if (p.data === "real" || syntheticFailure === null) await p.open.page.evaluate(() => (window as unknown as BenchWindow).__bench.settle(0));
// A first round, reported on its own row: the first switch of each kind also does what a page
// does once (compiling the map's shaders for new layers, the other vintage's data and labels).
const first: Sample[] = [];
for (const kind of KINDS) await measureAll(kind, 0, first);
const samples: Sample[] = [];
for (let r = 1; r <= ROUNDS; r++) {
  for (const kind of KINDS) await measureAll(kind, r, samples);
}
await browser.close();
server.close();

const BENCH: Record<Data, string> = { real: "switches (real data, browser)", synthetic: "switches (SYNTHETIC national data, browser)" };
/** The rows of one dataset: each kind and all, then the first switches. */
function rowsFor(data: Data): Row[] {
  const bench = BENCH[data];
  const rows: Row[] = [];
  for (const kind of [...KINDS, "all" as const]) {
    const pick = (page: Sample["page"]) => samples.filter((s) => s.data === data && s.page === page && (kind === "all" || s.kind === kind));
    const ours = pick("explorer");
    const base = pick("bare");
    const main = ours.map((s) => s.mainMs);
    const baseMain = base.map((s) => s.mainMs);
    const tasks = ours.flatMap((s) => s.longTasks);
    const baseTasks = base.flatMap((s) => s.longTasks);
    const worst = tasks.length === 0 ? 0 : Math.max(...tasks);
    const m = stats(main);
    const f = stats(ours.map((s) => s.frameMs));
    const bareWhat = kind === "boundaries" ? "style swapped" : kind === "all" ? "repaint or style swap" : "repainted";
    rows.push({
      bench,
      figure: `${kind}: main-thread time, switch → idle, p95 (p50 ${m.median.toFixed(0)} ms)`,
      value: percentile(main, 95),
      unit: "ms",
      spread: `${m.min.toFixed(0)}–${m.max.toFixed(0)} ms, n=${m.n}; ${tasks.length} long tasks, longest ${worst.toFixed(0)} ms (bare: ${baseTasks.length}, longest ${(baseTasks.length === 0 ? 0 : Math.max(...baseTasks)).toFixed(0)} ms)`,
      baselineLabel: `bare MapLibre, same boundaries ${bareWhat}, p95`,
      baseline: percentile(baseMain, 95),
      goal: `p95 ≤ ${GOAL_P95_MS} ms, no long task > ${GOAL_LONG_TASK_MS} ms`,
      met: percentile(main, 95) <= GOAL_P95_MS && worst <= GOAL_LONG_TASK_MS,
    });
    rows.push({
      bench,
      figure: `${kind}: wall time, switch → next frame painted, p95 (p50 ${f.median.toFixed(0)} ms)`,
      value: percentile(ours.map((s) => s.frameMs), 95),
      unit: "ms",
      spread: `${f.min.toFixed(0)}–${f.max.toFixed(0)} ms, n=${f.n}`,
      baselineLabel: `bare MapLibre, same boundaries ${bareWhat}, p95`,
      baseline: percentile(base.map((s) => s.frameMs), 95),
    });
  }
  const firstOf = (page: Sample["page"]) => first.filter((s) => s.data === data && s.page === page);
  const firstLongest = Math.max(0, ...firstOf("explorer").flatMap((s) => s.longTasks));
  rows.push({
    bench,
    figure: `first switch of each kind (${KINDS.join(", ")}), not in the rows above: main-thread time, the slowest (${firstOf("explorer").map((s) => `${s.kind} ${s.mainMs.toFixed(0)}`).join(", ")} ms)`,
    value: Math.max(...firstOf("explorer").map((s) => s.mainMs)),
    unit: "ms",
    spread: `longest task ${firstLongest.toFixed(0)} ms; bare: ${firstOf("bare").map((s) => `${s.kind} ${s.mainMs.toFixed(0)}`).join(", ")} ms`,
    baselineLabel: "bare MapLibre's slowest first switch",
    baseline: Math.max(...firstOf("bare").map((s) => s.mainMs)),
  });
  return rows;
}
const notMeasured: Row = { bench: BENCH.synthetic, figure: `not measured: ${syntheticFailure ?? ""}`, value: Number.NaN, unit: "ms" };
const rows = [...rowsFor("real"), ...(syntheticFailure === null ? rowsFor("synthetic") : [notMeasured])];
writeResult("switches", { rows, samples, first, synthetic: { size: SIZE, site: SITE, failure: syntheticFailure } });
for (const r of rows) console.log(`${r.bench === BENCH.synthetic ? "SYNTHETIC " : ""}${r.figure.padEnd(70)} ${r.value.toFixed(1)} ms  ${r.spread ?? ""}${r.baseline === undefined ? "" : `  (bare p95 ${r.baseline.toFixed(1)} ms)`}`);
if (syntheticFailure !== null) {
  console.error(syntheticFailure);
  process.exitCode = 1;
}
