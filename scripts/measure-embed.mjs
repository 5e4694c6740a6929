#!/usr/bin/env node
/**
 * Weight of an embed: gzip bytes of everything an embedded map and an embedded chart request
 * before their first complete render (the map's `atlas:map-ready:*` mark; the chart's first
 * drawn SVG), in Debian's Chromium, inside an iframe of a page on another loopback origin.
 * Reports numbers and whether any map code was loaded, and when the map's place names (fetched
 * after its first render) are drawn; asserts nothing. Needs `npm run build`.
 *
 *   npm run bench:embed -- [--dist dist] [--port 4192]
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS } from "../playwright.config.ts";
import { ROOT, cliOptions, startPreview } from "./preview.mjs";

const opt = cliOptions(process.argv.slice(2));
const DIST = resolve(ROOT, opt("--dist", "dist"));
const PORT = Number(opt("--port", "4192"));
const ORIGIN = `http://127.0.0.1:${PORT}`;

const { stop } = await startPreview({ dist: DIST, port: PORT, tries: 100 });

// The host page: another origin (localhost, not 127.0.0.1), one iframe.
const host = createServer((req, res) => {
  const src = decodeURIComponent((req.url ?? "/").replace(/^\/\?src=/, ""));
  res.setHeader("content-type", "text/html; charset=utf-8");
  res.end(`<!doctype html><title>host</title><iframe src="${src}" title="embed" style="width:100%;border:0" height="600"></iframe>`);
}).listen(0, "localhost");
await new Promise((r) => host.once("listening", r));
const HOST = `http://localhost:${host.address().port}`;

const gzipOf = (urlPath) => {
  const body = readFileSync(join(DIST, decodeURIComponent(urlPath.replace(/^\//, "")) || "index.html"));
  return { raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
};

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
const cases = [
  ["map", "/?embed=1", '[data-map-ready="true"]'],
  ["chart", "/?embed=1&part=chart", "svg.trend-chart__svg"],
];
for (const [name, path, ready] of cases) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${HOST}/?src=${encodeURIComponent(ORIGIN + path)}`);
  const frame = page.frameLocator("iframe");
  await frame.locator(ready).first().waitFor({ timeout: 120_000 });
  const f = page.frames().find((fr) => fr.url().startsWith(ORIGIN));
  const { at, names } = await f.evaluate(() => {
    const mark = performance.getEntriesByType("mark").find((m) => m.name.startsWith("atlas:map-ready:"));
    const at = mark ? mark.startTime : performance.now();
    return { at, names: performance.getEntriesByType("resource").filter((r) => r.startTime <= at).map((r) => r.name) };
  });
  const files = new Set(["/index.html"]);
  for (const n of names) {
    const u = new URL(n);
    if (u.origin === ORIGIN) files.add(u.pathname);
  }
  const byKind = { js: 0, css: 0, data: 0, font: 0, html: 0 };
  for (const p of files) {
    const kind = p.endsWith(".js") ? "js" : p.endsWith(".css") ? "css" : p.endsWith(".json") ? "data" : /\.(woff2?|ttf)$/.test(p) ? "font" : "html";
    byKind[kind] += gzipOf(p).gzip;
  }
  const total = Object.values(byKind).reduce((a, b) => a + b, 0);
  const mapCode = [...files].filter((p) => /maplibre|deckgl|AtlasMap/.test(p));
  const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
  console.log(`Embedded ${name} (${path}): ${files.size} files, total ${kb(total)} gzip (${total} bytes) before its first complete render at ${at.toFixed(0)} ms`);
  console.log(`  ${Object.entries(byKind).filter(([, v]) => v > 0).map(([k, v]) => `${k} ${kb(v)}`).join(", ")}`);
  console.log(`  map code loaded: ${mapCode.length === 0 ? "none" : mapCode.join(", ")}`);
  if (name === "map") {
    // The place names follow the first render (deck.gl, fetched then: src/map/useLabelOverlay.ts).
    await frame.locator('[data-map-ready="true"]:not([data-labels-pending])').first().waitFor({ timeout: 120_000 });
    const later = await f.evaluate((at0) => ({ now: performance.now(), names: performance.getEntriesByType("resource").filter((r) => r.startTime > at0).map((r) => r.name) }), at);
    const extra = later.names.map((n) => new URL(n)).filter((u) => u.origin === ORIGIN && !files.has(u.pathname)).reduce((sum, u) => sum + gzipOf(u.pathname).gzip, 0);
    console.log(`  place names drawn by ${later.now.toFixed(0)} ms, after ${kb(extra)} gzip more (deck.gl)`);
  }
  if (process.env.VERBOSE) console.log([...files].sort().map((p) => `    ${p} ${kb(gzipOf(p).gzip)}`).join("\n"));
  await context.close();
}
await browser.close();
host.close();
stop();
