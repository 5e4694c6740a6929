/**
 * Where a page's first complete map render goes: the network waterfall (each request's start and
 * end after navigation, from Resource Timing), the `atlas:map-ready:*` marks, and a CPU profile
 * of the main thread from navigation to the last mark (Chrome DevTools Protocol), summed by chunk
 * and function and cut into time slices. A diagnostic for bench/first-render.ts, not part of
 * `npm run bench`.
 *
 *   tsx bench/profile-first-render.ts [path, default "/?view=compare"] [--runs 1] [--no-profile]
 *                                                       needs a build in dist/ (npx vite build)
 */
import { execFileSync } from "node:child_process";
import { join, resolve } from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS } from "../playwright.config";
import { BENCH_PORT, ROOT, serveStatic, waitForEveryMap } from "./lib";

const path = process.argv[2]?.startsWith("/") ? process.argv[2] : "/?view=compare";
const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 1;
const PROFILE = !process.argv.includes("--no-profile");
const SLICE_MS = 250;
const ORIGIN = `http://127.0.0.1:${BENCH_PORT}`;

if (path.startsWith("/bare/")) execFileSync("npx", ["vite", "build", "--config", "bench/bare/vite.config.ts"], { cwd: ROOT, stdio: "inherit" });
// ATLAS_BENCH_DIST=<folder>: another build, as bench/first-render.ts.
const server = await serveStatic({ "/bare/": join(ROOT, ".cache", "bench", "bare"), "/": resolve(ROOT, process.env.ATLAS_BENCH_DIST ?? "dist") });
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // A page of the same origin first, so the navigation measured stays in the renderer the profiler is attached to.
  await page.goto(`${ORIGIN}/data/manifest.json`);
  const cdp = await context.newCDPSession(page);
  if (PROFILE) {
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 500 });
    await cdp.send("Profiler.start");
  }
  await page.goto(ORIGIN + path);
  await waitForEveryMap(page);
  const profile = PROFILE ? ((await cdp.send("Profiler.stop")) as { profile: CpuProfile }).profile : null;
  const timeline = await page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    return {
      canvases: [...document.querySelectorAll("canvas")].map((c) => `${c.closest("[data-map-id]")?.getAttribute("data-map-id") ?? "bare"} ${c.clientWidth}×${c.clientHeight}`),
      nav: { responseEnd: nav.responseEnd, domInteractive: nav.domInteractive, domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd },
      resources: performance.getEntriesByType("resource").map((r) => {
        const e = r as PerformanceResourceTiming;
        return { name: new URL(e.name).pathname.replace(/^.*\//, ""), start: e.startTime, end: e.responseEnd, kb: e.encodedBodySize / 1024, initiator: e.initiatorType };
      }),
      marks: performance
        .getEntriesByType("mark")
        .filter((m) => m.name.startsWith("atlas:"))
        .map((m) => ({ name: m.name, at: m.startTime })),
    };
  });
  await context.close();

  const last = Math.max(...timeline.marks.filter((m) => m.name.startsWith("atlas:map-ready:")).map((m) => m.at));
  console.log(`\n=== ${path} run ${run + 1}/${RUNS}: last map-ready at ${last.toFixed(0)} ms`);
  console.log(`navigation: html ${timeline.nav.responseEnd.toFixed(0)}, domInteractive ${timeline.nav.domInteractive.toFixed(0)}, DOMContentLoaded ${timeline.nav.domContentLoaded.toFixed(0)}, load ${timeline.nav.load.toFixed(0)} ms`);
  console.log("requests (start → end ms, KB transferred):");
  for (const r of [...timeline.resources].sort((a, b) => a.start - b.start)) {
    const after = r.start > last ? "  (after the last map)" : "";
    console.log(`  ${r.start.toFixed(0).padStart(6)} → ${r.end.toFixed(0).padStart(6)}  ${r.kb.toFixed(1).padStart(7)}  ${r.initiator.padEnd(6)} ${r.name}${after}`);
  }
  console.log(`map canvases (CSS px): ${timeline.canvases.join(", ")}`);
  console.log("marks:");
  for (const m of timeline.marks) console.log(`  ${m.at.toFixed(0).padStart(6)}  ${m.name}`);
  if (profile === null) continue;

  const nodeById = new Map(profile.nodes.map((n) => [n.id, n]));
  const chunkOf = (id: number) => {
    const frame = nodeById.get(id)!.callFrame;
    return frame.url.replace(/^.*\/assets\//, "").replace(/-[\w-]{8}\.js$/, "") || `(${frame.functionName || "native"})`;
  };
  let t = profile.startTime;
  const stamped: { at: number; id: number; ms: number }[] = [];
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    t += delta;
    stamped.push({ at: t, id, ms: delta / 1000 });
  });
  // The profile clock and the page's clock differ by an offset: the page's first script sample
  // (the first non-idle sample of an app or bare chunk) is placed by its request's end; a rough
  // placement, good to a few tens of ms, enough for 250 ms slices.
  const firstScript = stamped.find((s) => /assets\//.test(nodeById.get(s.id)!.callFrame.url));
  const firstScriptEnd = Math.min(...timeline.resources.filter((r) => r.name.endsWith(".js")).map((r) => r.end));
  const offset = firstScript === undefined ? 0 : firstScript.at / 1000 - firstScriptEnd;
  const byChunk = new Map<string, number>();
  const byFn = new Map<string, number>();
  const slices = new Map<number, Map<string, number>>();
  for (const s of stamped) {
    const at = s.at / 1000 - offset;
    if (at > last) break;
    const frame = nodeById.get(s.id)!.callFrame;
    const chunk = chunkOf(s.id);
    if (chunk === "((idle))") continue;
    byChunk.set(chunk, (byChunk.get(chunk) ?? 0) + s.ms);
    const fn = `${frame.functionName || "(anonymous)"} ${chunk}:${frame.lineNumber}:${frame.columnNumber}`;
    byFn.set(fn, (byFn.get(fn) ?? 0) + s.ms);
    const slice = Math.floor(at / SLICE_MS);
    const m = slices.get(slice) ?? new Map<string, number>();
    m.set(chunk, (m.get(chunk) ?? 0) + s.ms);
    slices.set(slice, m);
  }
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  const busy = [...byChunk.values()].reduce((a, b) => a + b, 0);
  console.log(`main thread busy before the last mark: ${busy.toFixed(0)} ms of ${last.toFixed(0)}; self time by chunk (ms):`);
  for (const [k, v] of top(byChunk, 14)) console.log(`  ${v.toFixed(0).padStart(7)}  ${k}`);
  console.log("by function:");
  for (const [k, v] of top(byFn, 25)) console.log(`  ${v.toFixed(0).padStart(7)}  ${k}`);
  console.log(`busy per ${SLICE_MS} ms slice (top chunks):`);
  for (const [slice, m] of [...slices].sort((a, b) => a[0] - b[0])) {
    const sum = [...m.values()].reduce((a, b) => a + b, 0);
    console.log(`  ${String(slice * SLICE_MS).padStart(6)}  ${sum.toFixed(0).padStart(4)}  ${top(m, 4).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(", ")}`);
  }
}
await browser.close();
server.close();
