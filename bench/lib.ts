/**
 * What every bench script shares: order statistics, the JSON result file, the table row, and a
 * static server for the built app and the bare MapLibre page. Benchmarks report numbers; they
 * never fail on a number (these machines are shared and noisy), only when they cannot measure.
 */
import { createServer, type Server } from "node:http";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { cpus as cpus_, loadavg, totalmem } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "@playwright/test";
import { CHROMIUM_ARGS } from "../playwright.config";

export const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
export const SMOKE = process.argv.includes("--smoke");
/** Where each script writes its JSON result (one file per script, the latest run); a smoke run apart, so it never replaces a real one. */
export const RESULTS_DIR = join(ROOT, ".cache", "bench", ...(SMOKE ? ["smoke"] : []));
/** Bench servers of this checkout listen here, away from the browser tests' port. */
export const BENCH_PORT = Number(process.env.ATLAS_BENCH_PORT ?? 4194);

export interface Stats {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

/** Nearest-rank percentile of a sample (p in 0..100). */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * s.length);
  return s[Math.min(s.length - 1, Math.max(0, rank - 1))]!;
}

export function stats(xs: readonly number[]): Stats {
  return { n: xs.length, median: percentile(xs, 50), p95: percentile(xs, 95), min: Math.min(...xs), max: Math.max(...xs) };
}

/**
 * One line of the summary table: a measured figure, its baseline (measured in the same run,
 * or the goal where the baseline is a fixed budget) and their ratio.
 */
export interface Row {
  bench: string;
  figure: string;
  value: number;
  unit: string;
  /** e.g. "min–max 610–744 ms, n=7" */
  spread?: string;
  baselineLabel?: string;
  baseline?: number;
  goal?: string;
  met?: boolean;
}

export function ratio(row: Row): number | undefined {
  return row.baseline === undefined || row.baseline === 0 ? undefined : row.value / row.baseline;
}

export function writeResult(name: string, body: { rows: Row[]; [key: string]: unknown }): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, `${name}.json`);
  const out = { bench: name, smoke: SMOKE, at: new Date().toISOString(), machine: machine(), ...body };
  writeFileSync(file, `${JSON.stringify(out, null, 1)}\n`);
  console.log(`wrote ${file}`);
}

/** The machine, for the table's heading: numbers from different machines do not compare. */
export function machine(): string {
  const cpus = cpus_();
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load ${loadavg()[0]!.toFixed(1)}, node ${process.version}`;
}

const fmt = (x: number, unit: string): string => {
  if (unit === "KB") return `${x.toFixed(1)} KB`;
  if (unit === "count") return String(x);
  if (unit === "s") return `${x.toFixed(1)} s`;
  if (unit === "MB") return `${x.toFixed(0)} MB`;
  return `${x < 10 ? x.toFixed(2) : x.toFixed(0)} ${unit}`;
};

/** The rows as a Markdown table (the README carries the latest one). */
export function table(rows: readonly Row[]): string {
  const lines = ["| bench | figure | value | spread | baseline | ratio | goal | met |", "|---|---|---:|---|---|---:|---|---|"];
  for (const r of rows) {
    const q = ratio(r);
    const base = r.baseline === undefined ? "" : `${r.baselineLabel ?? ""} ${fmt(r.baseline, r.unit)}`.trim();
    const met = r.met === undefined ? "" : r.met ? "yes" : "**no**";
    lines.push(`| ${r.bench} | ${r.figure} | ${fmt(r.value, r.unit)} | ${r.spread ?? ""} | ${base} | ${q === undefined ? "" : `${q.toFixed(2)}×`} | ${r.goal ?? ""} | ${met} |`);
  }
  return lines.join("\n");
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".map": "application/json",
};

/**
 * A plain static server: `mounts` maps a URL prefix to a folder. The app and the bare page are
 * served by the same server, the same way (no compression, no caching), so only the pages differ.
 */
export function serveStatic(mounts: Record<string, string>, port = BENCH_PORT): Promise<Server> {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const prefix = prefixes.find((p) => path.startsWith(p));
    if (prefix === undefined) return void res.writeHead(404).end();
    const base = mounts[prefix]!;
    let file = normalize(join(base, path.slice(prefix.length)));
    if (!file.startsWith(base)) return void res.writeHead(403).end();
    try {
      if (statSync(file).isDirectory()) file = join(file, "index.html");
      const body = readFileSync(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok, fail) => {
    server.once("error", (e) => fail(new Error(`bench server could not listen on 127.0.0.1:${port} (${e.message}); set ATLAS_BENCH_PORT`)));
    server.listen(port, "127.0.0.1", () => ok(server));
  });
}

/** The build to measure: dist/, or the folder ATLAS_BENCH_DIST names (another build measured back to back with this one, under the same load). */
export function benchDist(): string {
  const dist = resolve(ROOT, process.env.ATLAS_BENCH_DIST ?? "dist");
  if (!existsSync(join(dist, "index.html"))) throw new Error("no build in dist/: run npx vite build first");
  return dist;
}

/** A page of the bench server opened at 1280×800 in `browser`, returned once its map has drawn (within `timeoutMs`). */
export async function openMapPage(browser: Browser, path: string, timeoutMs = 120_000): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // tsx names functions with a helper (__name) that the page does not have.
  await page.addInitScript("globalThis.__name = (f) => f;");
  await page.goto(`http://127.0.0.1:${BENCH_PORT}${path}`);
  await page.waitForSelector('[data-map-ready="true"]', { timeout: timeoutMs });
  return page;
}

/**
 * The built explorer (benchDist()) served on BENCH_PORT and opened in Debian's Chromium at
 * 1280×800, returned once its map has drawn. Close with `close()`.
 */
export async function openBuiltExplorer(): Promise<{ page: Page; close: () => Promise<void> }> {
  const server = await serveStatic({ "/": benchDist() });
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  const page = await openMapPage(browser, "/");
  return {
    page,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}

/** Waits until every map on the page has drawn completely (its ready mark set; the compare view has two). */
export async function waitForEveryMap(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const marks = performance.getEntriesByType("mark").filter((m) => m.name.startsWith("atlas:map-ready:"));
      const containers = document.querySelectorAll("[data-map-ready]");
      return marks.length > 0 && [...containers].every((c) => (c as HTMLElement).dataset.mapReady === "true");
    },
    undefined,
    { timeout: 120_000, polling: 50 },
  );
}
