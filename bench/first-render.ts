/**
 * First complete map render, and the bytes it needed, in Debian's Chromium (SwiftShader, as CI):
 * the explorer (/), an embedded map (/?embed=1) and the compare view (/?view=compare) of the built app, against a bare page
 * that draws the same boundary files with the project's own MapLibre build (bench/bare): one map
 * for the explorer and the embedded map; for the compare view two, the after one with its communes.
 * The pages are loaded in turn, round after round, each in a fresh browser context (nothing
 * cached), so that a busy machine slows all of them alike. Reports medians, spread and ratios.
 *
 *   tsx bench/first-render.ts [--rounds 7] [--smoke]     needs a build in dist/ (npx vite build)
 *   ATLAS_BENCH_DIST=<folder> tsx bench/first-render.ts  another build, against the same bare pages
 *   ATLAS_BENCH_BASE_DIST=<folder> tsx bench/first-render.ts   also that build's pages ("<page>@base",
 *                                          served on ATLAS_BENCH_PORT + 1), interleaved with these in every round
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "@playwright/test";
import { CHROMIUM_ARGS } from "../playwright.config";
import { BENCH_PORT, ROOT, SMOKE, benchDist, serveStatic, stats, waitForEveryMap, writeResult, type Row } from "./lib";

// Another build measured back to back with this one (the same bare pages): ATLAS_BENCH_DIST=<folder>.
const DIST = benchDist();
const BARE = join(ROOT, ".cache", "bench", "bare");
const argRounds = process.argv.indexOf("--rounds");
const ROUNDS = SMOKE ? 1 : Number(argRounds >= 0 ? process.argv[argRounds + 1] : 7);
const ORIGIN = `http://127.0.0.1:${BENCH_PORT}`;

interface PageSpec {
  name: string;
  path: string;
  /** The bytes budget of this page before its first complete map, in KB gzip. */
  budgetKb?: number;
  /** The bare page its time is compared with, when not the one-map "bare". */
  bare?: string;
  /** Another build's page (ATLAS_BENCH_BASE_DIST): its server and folder. */
  origin?: string;
  dist?: string;
}
const PAGES: PageSpec[] = [
  { name: "bare", path: "/bare/" },
  { name: "explorer", path: "/", budgetKb: 750 },
  // An embedded map as a partner's iframe loads it (the embed's own page; `npm run bench:embed`
  // measures it inside a host page of another origin, with the embedded chart).
  { name: "embed-map", path: "/?embed=1", budgetKb: 700 },
  // The compare view draws two maps, one per vintage: besides the one-map page (the issue's
  // baseline) it is set against a bare page drawing the same maps: the before map from
  // boundaries.topo.json and basemap.topo.json, the after map from the same two and
  // communes.topo.json (the app's after map is not ready before its communes are drawn:
  // src/map/AtlasMap.tsx), stacked on a box of the size of the compare view's swipe stage (its
  // default layout) at this viewport: two canvases of 1244 × 572 CSS px (bench/profile-first-render.ts prints them).
  ...(SMOKE ? [] : [{ name: "bare-2", path: "/bare/?maps=2&box=1244x572" }, { name: "compare", path: "/?view=compare", bare: "bare-2" }]),
];

// A build to set these pages against in the same rounds (same load, same bare pages): the app's pages again, from it.
const BASE_DIST = process.env.ATLAS_BENCH_BASE_DIST === undefined ? undefined : resolve(ROOT, process.env.ATLAS_BENCH_BASE_DIST);
const BASE_ORIGIN = `http://127.0.0.1:${BENCH_PORT + 1}`;
if (BASE_DIST !== undefined) {
  for (const page of PAGES.filter((p) => !p.name.startsWith("bare"))) PAGES.push({ ...page, name: `${page.name}@base`, origin: BASE_ORIGIN, dist: BASE_DIST });
}

execFileSync("npx", ["vite", "build", "--config", "bench/bare/vite.config.ts"], { cwd: ROOT, stdio: "inherit" });

const server = await serveStatic({ "/bare/": BARE, "/": DIST });
const baseServer = BASE_DIST === undefined ? null : await serveStatic({ "/": BASE_DIST }, BENCH_PORT + 1);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });

const gzipOf = (urlPath: string, dist = DIST): { raw: number; gzip: number } => {
  const rel = urlPath.startsWith("/bare/") ? join(BARE, urlPath.slice(6) || "index.html") : join(dist, urlPath.slice(1) || "index.html");
  const file = rel.endsWith("/") ? join(rel, "index.html") : rel;
  // A request the server answered 404 (the bare page's favicon) transferred nothing worth counting.
  if (!existsSync(file)) return { raw: 0, gzip: 0 };
  const body = readFileSync(file);
  return { raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
};

interface Load {
  ms: number;
  maps: number;
  files: string[];
}

async function load(b: Browser, page: PageSpec): Promise<Load> {
  const context = await b.newContext({ viewport: { width: 1280, height: 800 } });
  const tab = await context.newPage();
  try {
    await tab.goto((page.origin ?? ORIGIN) + page.path);
    await waitForEveryMap(tab);
    return await tab.evaluate(() => {
      const marks = performance.getEntriesByType("mark").filter((m) => m.name.startsWith("atlas:map-ready:"));
      const at = Math.max(...marks.map((m) => m.startTime));
      const files = performance
        .getEntriesByType("resource")
        .filter((r) => r.startTime <= at)
        .map((r) => new URL(r.name))
        .filter((u) => u.origin === location.origin)
        .map((u) => u.pathname);
      return { ms: at, maps: marks.length, files: [location.pathname, ...files] };
    });
  } finally {
    await context.close();
  }
}

/**
 * The trend chart's code waits for the first map, or for 4 s (src/ui/slots.tsx); on a busy
 * machine the 4 s come first and the chart's chunks are requested before the map is complete.
 * The compare view's charts wait for both maps (src/compare/CompareView.tsx; a build from before
 * that imported recharts with the view, so requested it before either map).
 * They are counted in "requested" and left out of "needed", which is what the first map needs.
 */
const DEFERRED = /\/assets\/(recharts|TrendPanel|BeforeAfterCharts)-/;

const times: Record<string, number[]> = Object.fromEntries(PAGES.map((p) => [p.name, []]));
const bytes: Record<string, { gzip: number; raw: number; deferred: number; byKind: Record<string, number>; files: string[] }> = {};
for (let round = 0; round < ROUNDS; round++) {
  // Rotate the order each round, so no page always goes first (or last) on a warming machine.
  const order = PAGES.map((_, i) => PAGES[(i + round) % PAGES.length]!);
  for (const page of order) {
    const result = await load(browser, page);
    times[page.name]!.push(result.ms);
    console.log(`round ${round + 1}/${ROUNDS} ${page.name.padEnd(14)} ${result.ms.toFixed(0)} ms (${result.maps} map${result.maps === 1 ? "" : "s"})`);
    if (bytes[page.name] === undefined) {
      const byKind: Record<string, number> = {};
      let gzip = 0;
      let raw = 0;
      let deferred = 0;
      const unique = [...new Set(result.files.map((f) => (f.endsWith("/") ? `${f}index.html` : f)))].sort();
      for (const f of unique) {
        const size = gzipOf(f, page.dist);
        if (DEFERRED.test(f)) {
          deferred += size.gzip;
          continue;
        }
        const kind = f.endsWith(".js") ? "js" : f.endsWith(".css") ? "css" : f.endsWith(".json") ? "data" : /\.woff2?$/.test(f) ? "font" : "html";
        byKind[kind] = (byKind[kind] ?? 0) + size.gzip;
        gzip += size.gzip;
        raw += size.raw;
      }
      bytes[page.name] = { gzip, raw, deferred, byKind, files: unique };
    }
  }
}
await browser.close();
server.close();
baseServer?.close();

const bare = stats(times.bare!);
const rows: Row[] = [];
for (const page of PAGES) {
  const s = stats(times[page.name]!);
  const spread = `${s.min.toFixed(0)}–${s.max.toFixed(0)} ms, n=${s.n}`;
  const isBare = page.name.startsWith("bare");
  if (page.bare !== undefined) {
    const two = stats(times[page.bare]!);
    rows.push({
      bench: "first-render",
      figure: `${page.name}: navigation → first complete maps, against the same maps bare (median)`,
      value: s.median,
      unit: "ms",
      spread,
      baselineLabel: `bare page with the same maps (${page.bare})`,
      baseline: two.median,
      goal: "≤ 1.5× bare",
      met: s.median <= 1.5 * two.median,
    });
  }
  if (isBare && page.name !== "bare") {
    rows.push({ bench: "first-render", figure: `${page.name}: bare MapLibre, both vintages (the after map with its communes) stacked as the swipe: navigation → both maps complete (median)`, value: s.median, unit: "ms", spread });
  }
  if (!isBare) {
    rows.push({
      bench: "first-render",
      figure: `${page.name}: navigation → first complete map (median)`,
      value: s.median,
      unit: "ms",
      spread,
      baselineLabel: "bare MapLibre",
      baseline: bare.median,
      // The goal is against a bare page drawing the same maps: for a page with its own (the
      // compare view's two), the row above; this one says what the second map costs.
      ...(page.bare === undefined ? { goal: "≤ 1.5× bare", met: s.median <= 1.5 * bare.median } : {}),
    });
  }
  const b = bytes[page.name]!;
  const kinds = Object.entries(b.byKind)
    .map(([k, v]) => `${k} ${(v / 1024).toFixed(0)}`)
    .join(", ");
  rows.push({
    bench: "first-render",
    figure: `${page.name}: gzip KB the first complete map needs`,
    value: b.gzip / 1024,
    unit: "KB",
    spread: `${kinds}${b.deferred > 0 ? `; chart chunks requested before the map by the 4 s fallback, not counted: ${(b.deferred / 1024).toFixed(0)}` : ""}`,
    ...(page.name === "bare" ? {} : { baselineLabel: "bare", baseline: bytes.bare!.gzip / 1024 }),
    ...(page.budgetKb === undefined ? {} : { goal: `≤ ${page.budgetKb} KB`, met: b.gzip / 1024 <= page.budgetKb }),
  });
}
rows.splice(0, 0, {
  bench: "first-render",
  figure: "bare MapLibre page: navigation → first complete map (median)",
  value: bare.median,
  unit: "ms",
  spread: `${bare.min.toFixed(0)}–${bare.max.toFixed(0)} ms, n=${bare.n}`,
});
writeResult("first-render", { rows, times, bytes });
for (const r of rows) console.log(`${r.figure.padEnd(60)} ${r.value.toFixed(1)} ${r.unit}${r.baseline === undefined ? "" : `  (${(r.value / r.baseline).toFixed(2)}× ${r.baselineLabel})`}`);
