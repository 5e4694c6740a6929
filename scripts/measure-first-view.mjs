#!/usr/bin/env node
/**
 * Measures the first view as a visitor gets it, in Debian's Chromium on this machine:
 *   - bytes (gzip) of the JS, CSS and data the explorer loads before its map is complete;
 *   - time from navigation start to the map's first complete render (the AtlasMap's
 *     `atlas:map-ready:*` performance mark, set on its first 'idle'), median of N fresh loads.
 * Reports numbers only; asserts nothing (shared, noisy machines). Needs a build: `npm run build`.
 *
 *   npm run bench:first-view -- [--runs 5] [--url /?lang=vi] [--dist dist]
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS } from "../playwright.config.ts";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const DIST = resolve(ROOT, opt("--dist", "dist"));
const RUNS = Number(opt("--runs", "5"));
const PATH = opt("--url", "/");
const PORT = 4199;
const ORIGIN = `http://127.0.0.1:${PORT}`;

const portTaken = await fetch(ORIGIN).then(
  () => true,
  () => false,
);
if (portTaken) throw new Error(`port ${PORT} is already serving something: stop it first`);

const server = spawn("npx", ["vite", "preview", "--outDir", DIST, "--host", "127.0.0.1", "--port", String(PORT), "--strictPort", "--bypass-lock"], {
  cwd: ROOT,
  stdio: "ignore",
  detached: true, // its own process group, so stopping it also stops the vite child of npx
});
const stop = () => {
  try {
    process.kill(-server.pid, "SIGTERM");
  } catch {
    /* already gone */
  }
};
process.on("exit", stop);

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(ORIGIN);
      if (r.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("vite preview did not start");
}

const gzipOf = (urlPath) => {
  const file = join(DIST, decodeURIComponent(urlPath.replace(/^\//, "")) || "index.html");
  const body = readFileSync(file);
  return { raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

await waitForServer();
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
const times = [];
let bytes = null;
for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(ORIGIN + PATH);
  await page.waitForSelector('[data-map-ready="true"]', { timeout: 120_000 });
  // What the first view needed: the document plus every resource requested before the map's
  // ready mark (resource timing), not what loads afterwards (e.g. the deferred chart chunk).
  const { ms, before } = await page.evaluate(() => {
    const mark = performance.getEntriesByType("mark").find((m) => m.name.startsWith("atlas:map-ready:"));
    const at = mark ? mark.startTime : NaN;
    const names = performance
      .getEntriesByType("resource")
      .filter((r) => r.startTime <= at)
      .map((r) => r.name);
    return { ms: at, before: names };
  });
  const loaded = new Set(["/index.html"]);
  for (const name of before) {
    const u = new URL(name);
    if (u.protocol === "http:" && u.origin === ORIGIN) loaded.add(u.pathname);
  }
  times.push(ms);
  if (bytes === null) {
    const byKind = { js: 0, css: 0, data: 0, font: 0, html: 0, other: 0 };
    const raw = { ...byKind };
    for (const p of loaded) {
      const kind = p.endsWith(".js") ? "js" : p.endsWith(".css") ? "css" : p.endsWith(".json") ? "data" : /\.(woff2?|ttf)$/.test(p) ? "font" : p.endsWith(".html") ? "html" : "other";
      const size = gzipOf(p);
      byKind[kind] += size.gzip;
      raw[kind] += size.raw;
    }
    bytes = { byKind, raw, files: [...loaded].sort() };
  }
  await context.close();
}
await browser.close();
stop();

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
console.log(`First view of ${PATH} — ${bytes.files.length} files from the page's origin`);
for (const [kind, gz] of Object.entries(bytes.byKind)) if (gz > 0) console.log(`  ${kind.padEnd(6)} ${kb(gz).padStart(10)} gzip  (${kb(bytes.raw[kind])} raw)`);
const total = Object.values(bytes.byKind).reduce((a, b) => a + b, 0);
console.log(`  total  ${kb(total).padStart(10)} gzip`);
console.log(`Navigation → map first complete render: median ${median(times).toFixed(0)} ms over ${RUNS} loads (${times.map((t) => t.toFixed(0)).join(", ")})`);
if (process.env.VERBOSE) console.log(bytes.files.join("\n"));
