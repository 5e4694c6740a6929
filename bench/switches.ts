/**
 * Main-thread time to apply a switch in the built explorer, on the real data, in Debian's Chromium
 * (SwiftShader): indicator, period, boundaries (vintage) and selection, each switched through the
 * app's store (window.__atlas.store, as the URL sync and the controls do). For each switch: the
 * time from the store change to the end of the first frame after it (React render, map and
 * the map's layer updates), and the long tasks (> 50 ms) the browser reports until the page is idle again.
 * The synthetic national dataset's switches are measured in Node by bench/data-model.ts.
 *
 *   tsx bench/switches.ts [--rounds 15] [--smoke]     needs a build in dist/ (npx vite build)
 */
import { SMOKE, openBuiltExplorer, percentile, stats, writeResult, type Row } from "./lib";

const argRounds = process.argv.indexOf("--rounds");
const ROUNDS = SMOKE ? 1 : Number(argRounds >= 0 ? process.argv[argRounds + 1] : 15);
const GOAL_P95_MS = 50;
const GOAL_LONG_TASK_MS = 100;

const { page, close } = await openBuiltExplorer();

type Kind = "indicator" | "period" | "boundaries" | "selection";
interface Sample {
  kind: Kind;
  ms: number;
  longTasks: number[];
}

const samples: Sample[] = await page.evaluate(async (rounds: number) => {
  type Store = {
    getState(): {
      setIndicator(id: string | null): void;
      setPeriod(p: { from: number; to: number } | null): void;
      setVintage(v: "pre2025" | "post2025"): void;
      select(ids: string[]): void;
    };
  };
  const store = (window as unknown as { __atlas: { store: Store } }).__atlas.store;
  const longTasks: number[] = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push(e.duration);
  }).observe({ type: "longtask" });
  const frame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  /** Idle: two frames and 150 ms with no long task, so one switch's work never spills into the next. */
  const settle = async () => {
    for (;;) {
      const before = longTasks.length;
      await frame();
      await frame();
      await new Promise((r) => setTimeout(r, 150));
      if (longTasks.length === before) return;
    }
  };
  const indicators = ["cases_supported", "skills_trainees", "vocational_trainees", "livelihood_packages"];
  const periods = [{ from: 2023, to: 2023 }, { from: 2019, to: 2025 }, null];
  const selections = [["pre2025:450"], ["pre2025:074"], []];
  const switches: [string, () => void][] = [];
  for (let r = 0; r < rounds; r++) {
    switches.push(["indicator", () => store.getState().setIndicator(indicators[r % indicators.length]!)]);
    switches.push(["period", () => store.getState().setPeriod(periods[r % periods.length]!)]);
    switches.push(["boundaries", () => store.getState().setVintage(r % 2 === 0 ? "post2025" : "pre2025")]);
    switches.push(["selection", () => store.getState().select(selections[r % selections.length]!)]);
  }
  const out: { kind: string; ms: number; longTasks: number[] }[] = [];
  await settle();
  for (const [kind, apply] of switches) {
    const first = longTasks.length;
    const t0 = performance.now();
    apply();
    await frame();
    const ms = performance.now() - t0;
    await settle();
    out.push({ kind, ms, longTasks: longTasks.slice(first) });
  }
  return out;
}, ROUNDS) as Sample[];
await close();

const rows: Row[] = [];
const kinds: Kind[] = ["indicator", "period", "boundaries", "selection"];
for (const kind of [...kinds, "all" as const]) {
  const these = samples.filter((s) => kind === "all" || s.kind === kind);
  const ms = these.map((s) => s.ms);
  const tasks = these.flatMap((s) => s.longTasks);
  const s = stats(ms);
  const worst = tasks.length === 0 ? 0 : Math.max(...tasks);
  rows.push({
    bench: "switches (real data, browser)",
    figure: `${kind}: switch → next frame, p95 (p50 ${s.median.toFixed(0)} ms)`,
    value: percentile(ms, 95),
    unit: "ms",
    spread: `${s.min.toFixed(0)}–${s.max.toFixed(0)} ms, n=${s.n}; ${tasks.length} long tasks, longest ${worst.toFixed(0)} ms`,
    baselineLabel: "goal",
    baseline: GOAL_P95_MS,
    goal: `p95 ≤ ${GOAL_P95_MS} ms, no long task > ${GOAL_LONG_TASK_MS} ms`,
    met: percentile(ms, 95) <= GOAL_P95_MS && worst <= GOAL_LONG_TASK_MS,
  });
}
writeResult("switches", { rows, samples });
for (const r of rows) console.log(`${r.figure.padEnd(50)} ${r.value.toFixed(1)} ms  ${r.spread}`);
