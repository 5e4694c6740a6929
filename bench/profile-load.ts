/**
 * Where the first view's main-thread time goes: a CPU profile (Chrome DevTools Protocol) from
 * navigation to the first complete map, summed by chunk and function. A diagnostic beside
 * bench/first-render.ts, not part of `npm run bench`.
 *
 *   tsx bench/profile-load.ts ["/?view=compare"]
 */
import { chromium } from "@playwright/test";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { CHROMIUM_ARGS } from "../playwright.config";
import { BENCH_PORT, ROOT, serveStatic } from "./lib";

const path = process.argv[2] ?? "/";
const dist = join(ROOT, "dist");
if (!existsSync(join(dist, "index.html"))) throw new Error("no build in dist/: run npx vite build first");
const server = await serveStatic({ "/": dist });
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 500 });
await cdp.send("Profiler.start");
const started = performance.now();
await page.goto(`http://127.0.0.1:${BENCH_PORT}${path}`);
await page.waitForFunction(
  () => document.querySelectorAll('[data-map-ready="true"]').length >= (location.search.includes("compare") ? 2 : 1),
  undefined,
  { timeout: 120_000 },
);
const wall = performance.now() - started;
type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] };
const { profile } = (await cdp.send("Profiler.stop")) as { profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] } };
await browser.close();
server.close();

const selfByNode = new Map<number, number>();
profile.samples.forEach((id, i) => selfByNode.set(id, (selfByNode.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
// Total (inclusive) time per function name, to see what a call costs with its callees.
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const name = (n: Node) => {
  const chunk = n.callFrame.url.replace(/^.*\/assets\//, "").replace(/-[\w-]{8}\.js$/, "") || "native";
  return `${n.callFrame.functionName || "(anonymous)"} ${chunk}`;
};
const byFn = new Map<string, number>();
const inclusive = new Map<string, number>();
const byChunk = new Map<string, number>();
for (const node of profile.nodes) {
  const ms = selfByNode.get(node.id) ?? 0;
  if (ms === 0) continue;
  byFn.set(name(node), (byFn.get(name(node)) ?? 0) + ms);
  const chunk = name(node).split(" ").pop()!;
  byChunk.set(chunk, (byChunk.get(chunk) ?? 0) + ms);
  const seen = new Set<string>();
  for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
    const key = name(byId.get(id)!);
    if (seen.has(key)) continue;
    seen.add(key);
    inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
  }
}
const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
console.log(`${path}: navigation -> map ready ${wall.toFixed(0)} ms`);
console.log("self time by chunk (ms):");
for (const [k, v] of top(byChunk, 10)) console.log(`  ${v.toFixed(0).padStart(7)}  ${k}`);
console.log("self time by function (ms):");
for (const [k, v] of top(byFn, 15)) console.log(`  ${v.toFixed(0).padStart(7)}  ${k}`);
console.log("inclusive time by function (ms):");
for (const [k, v] of top(inclusive, 30)) console.log(`  ${v.toFixed(0).padStart(7)}  ${k}`);
