/**
 * Where a switch's main-thread time goes: a CPU profile (Chrome DevTools Protocol) of a few
 * switches of one kind in the built explorer on the real data, summed by function and by chunk.
 * A diagnostic for bench/switches.ts, not part of `npm run bench`.
 *
 *   tsx bench/profile-switch.ts [indicator|period|boundaries|selection] [--times 6]
 */
import { openBuiltExplorer } from "./lib";

const kind = process.argv[2] ?? "indicator";
const timesArg = process.argv.indexOf("--times");
const TIMES = timesArg >= 0 ? Number(process.argv[timesArg + 1]) : 6;
const { page, close } = await openBuiltExplorer();
await page.waitForTimeout(2000);
const cdp = await page.context().newCDPSession(page);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
await cdp.send("Profiler.start");
await page.evaluate(
  async ([k, n]) => {
    type S = { getState(): Record<string, (x: unknown) => void> };
    const store = (window as unknown as { __atlas: { store: S } }).__atlas.store;
    const frame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const indicators = ["cases_supported", "skills_trainees", "vocational_trainees", "livelihood_packages"];
    for (let i = 0; i < (n as number); i++) {
      const s = store.getState();
      if (k === "indicator") s.setIndicator!(indicators[i % indicators.length]);
      if (k === "period") s.setPeriod!(i % 2 === 0 ? { from: 2023, to: 2023 } : null);
      if (k === "boundaries") s.setVintage!(i % 2 === 0 ? "post2025" : "pre2025");
      if (k === "selection") s.select!(i % 2 === 0 ? ["pre2025:450"] : []);
      await frame();
      await new Promise((r) => setTimeout(r, 400));
    }
  },
  [kind, TIMES] as const,
);
const { profile } = (await cdp.send("Profiler.stop")) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; hitCount?: number }[]; samples: number[]; timeDeltas: number[] } };
await close();

const selfByNode = new Map<number, number>();
profile.samples.forEach((id, i) => selfByNode.set(id, (selfByNode.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
const byFn = new Map<string, number>();
const byChunk = new Map<string, number>();
for (const node of profile.nodes) {
  const ms = selfByNode.get(node.id) ?? 0;
  const chunk = node.callFrame.url.replace(/^.*\/assets\//, "").replace(/-[\w-]{8}\.js$/, "") || `(${node.callFrame.functionName || "native"})`;
  const fn = `${node.callFrame.functionName || "(anonymous)"} ${chunk}:${node.callFrame.lineNumber}:${node.callFrame.columnNumber}`;
  byFn.set(fn, (byFn.get(fn) ?? 0) + ms);
  byChunk.set(chunk, (byChunk.get(chunk) ?? 0) + ms);
}
const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
console.log(`${TIMES} ${kind} switches, self time by chunk (ms):`);
for (const [k, v] of top(byChunk, 12)) console.log(`  ${v.toFixed(0).padStart(7)}  ${k}`);
console.log("by function:");
for (const [k, v] of top(byFn, 20)) console.log(`  ${v.toFixed(0).padStart(7)}  ${k}`);
