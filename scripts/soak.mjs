#!/usr/bin/env node
/**
 * Soak: one page of the built app, driven for a while (default 10 minutes) through every screen
 * and its controls as a person would, then the JS heap at the start and the end, after forced
 * garbage collection, and its growth. A heap that keeps growing across identical cycles is a
 * leak (maps, listeners or deck.gl layers not released when a screen is left). Reports numbers;
 * enforces nothing: growth over 20% is a bug to look for (--snapshots writes heap snapshots to
 * compare in Chromium's DevTools, Memory tab, "Comparison").
 *
 *   npm run soak -- [--minutes 10] [--port 4193] [--dist dist] [--snapshots DIR] [--json FILE]
 *
 * Needs a build (`npm run build`). Serves dist/ with its own `vite preview` on --port. Exits
 * non-zero when the page logged an error, went blank, or a cycle could not be completed.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS } from "../playwright.config.ts";
import { ROOT, cliOptions, startPreview } from "./preview.mjs";
import vi from "../src/i18n/locales/vi.json" with { type: "json" };

const opt = cliOptions(process.argv.slice(2));
const MINUTES = Number(opt("--minutes", "10"));
const PORT = Number(opt("--port", "4193"));
const DIST = resolve(ROOT, opt("--dist", "dist"));
const SNAPSHOTS = opt("--snapshots", null);
const JSON_OUT = opt("--json", null);
const ORIGIN = `http://127.0.0.1:${PORT}`;
/** Generous: SwiftShader on a shared two-core machine can take a minute to draw the two compare maps. */
const READY_MS = 180_000;

const portTaken = await fetch(ORIGIN).then(
  () => true,
  () => false,
);
if (portTaken) throw new Error(`port ${PORT} is already serving something: stop it or pass --port`);
const { stop: stopServer } = await startPreview({ dist: DIST, port: PORT, tries: 301, extraArgs: ["--bypass-lock"] });

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "vi-VN", serviceWorkers: "block" });
const page = await context.newPage();
page.setDefaultTimeout(60_000);
const errors = [];
page.on("pageerror", (e) => errors.push(`uncaught ${e.name}: ${e.message}`));
page.on("console", (m) => m.type() === "error" && errors.push(`console.error: ${m.text()}`));
const cdp = await context.newCDPSession(page);
await cdp.send("Performance.enable");

/** JS heap and DOM counts after two forced collections (a single one can leave weakly held objects). */
async function measure() {
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  const { metrics } = await cdp.send("Performance.getMetrics");
  const get = (name) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return {
    heapUsedMB: get("JSHeapUsedSize") / 2 ** 20,
    heapTotalMB: get("JSHeapTotalSize") / 2 ** 20,
    nodes: get("Nodes"),
    listeners: get("JSEventListeners"),
    documents: get("Documents"),
  };
}

async function snapshot(name) {
  if (SNAPSHOTS === null) return;
  mkdirSync(SNAPSHOTS, { recursive: true });
  const chunks = [];
  const onChunk = ({ chunk }) => chunks.push(chunk);
  cdp.on("HeapProfiler.addHeapSnapshotChunk", onChunk);
  await cdp.send("HeapProfiler.takeHeapSnapshot", { reportProgress: false });
  cdp.off("HeapProfiler.addHeapSnapshotChunk", onChunk);
  const file = join(SNAPSHOTS, `${name}.heapsnapshot`);
  writeFileSync(file, chunks.join(""));
  console.log(`  heap snapshot: ${file}`);
}

// ---------------------------------------------------------------------------
// One cycle: every screen and its controls, by the names a reader sees (Vietnamese UI, as at start)
// ---------------------------------------------------------------------------

const nav = () => page.getByRole("navigation", { name: vi.header.views });
const tab = (view) => nav().getByRole("link", { name: vi.header.view[view], exact: true }).click();
const mapsReady = (count) => page.waitForFunction((n) => document.querySelectorAll('[data-map-ready="true"]').length >= n, count, { timeout: READY_MS });

async function notBlank(where) {
  const ok = await page.evaluate(() => (document.getElementById("root")?.childElementCount ?? 0) > 0 && document.querySelector("header.app-header") !== null);
  if (!ok) throw new Error(`blank page ${where}`);
}

async function cycle(n) {
  // Explorer: indicator, drawing mode, boundaries, an area from the list, zoom to it, the chart's mode.
  await tab("explorer");
  await mapsReady(1);
  const map = page.locator('[data-slot="map"]');
  // The map's controls are drawn into the explorer's toolbar row (src/map/ExplorerMap.tsx), not inside the map's slot.
  const controls = page.locator("#explorer-map-controls");
  // By its label: the programme filter is the first select in the map's controls.
  const indicator = controls.getByLabel(vi.map.controls.indicator, { exact: true });
  const options = await indicator.locator("option").count();
  await indicator.selectOption({ index: n % Math.max(1, options) });
  // A drawing mode the indicator cannot take is disabled: pick among the enabled ones.
  await controls.locator('input[type="radio"]:enabled').nth(n % Math.max(1, await controls.locator('input[type="radio"]:enabled').count())).check();
  await page.getByTestId("vintage-switch").getByRole("radio", { name: vi.vintage.switch.post2025 }).check();
  await page.getByTestId("vintage-switch").getByRole("radio", { name: vi.vintage.switch.pre2025 }).check();
  const areas = map.locator(".explorer-map__area");
  if ((await areas.count()) > 0) await areas.nth(n % (await areas.count())).click();
  const zoom = map.locator(".explorer-map__zoom");
  if ((await zoom.count()) > 0) await zoom.first().click();
  const canvas = await page.locator('[data-map-id="explorer"] canvas').boundingBox();
  if (canvas !== null) {
    const [x, y] = [canvas.x + canvas.width / 2, canvas.y + canvas.height / 2];
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x - 80, y + 40, { steps: 5 });
    await page.mouse.up();
    await page.mouse.wheel(0, -200);
  }
  await notBlank("on the explorer");

  // Compare: swipe, the handle, side by side, back to swipe, an area from its list.
  await tab("compare");
  await mapsReady(2);
  const handle = page.getByTestId("compare-stage").getByRole("slider");
  await handle.focus();
  for (const key of ["Home", "End", "PageDown", "ArrowLeft"]) await page.keyboard.press(key);
  await page.getByTestId("compare-mode").getByRole("radio", { name: vi.compare.mode.side }).check();
  await mapsReady(2);
  await page.getByTestId("compare-mode").getByRole("radio", { name: vi.compare.mode.swipe }).check();
  await mapsReady(2);
  const picker = page.getByTestId("compare-unit-picker");
  const units = await picker.locator("option").count();
  await picker.selectOption({ index: 1 + ((n * 7) % Math.max(1, units - 1)) });
  await notBlank("on the compare screen");

  // National: both boundaries, a search by a former name, then cleared.
  await tab("national");
  await page.getByTestId("national-map").waitFor();
  await page.getByTestId("vintage-switch").getByRole("radio", { name: vi.vintage.switch.post2025 }).check();
  await page.getByLabel(vi.national.searchLabel).fill("Quảng Bình");
  await page.getByLabel(vi.national.searchLabel).fill("");
  await page.getByTestId("vintage-switch").getByRole("radio", { name: vi.vintage.switch.pre2025 }).check();
  await notBlank("on the national screen");

  // Languages, then Back and Forward across the screens.
  for (const lang of ["en", "fr", "vi"]) {
    await page.getByRole("button", { name: vi.common.languageName[lang], exact: true }).click();
  }
  await page.goBack();
  await page.goBack();
  await mapsReady(1);
  await page.goForward();
  await page.goForward();
  await page.getByTestId("national-map").waitFor();
  await notBlank("after Back and Forward");
}

const fmt = (m) => `heap ${m.heapUsedMB.toFixed(1)} MB used / ${m.heapTotalMB.toFixed(1)} MB, ${m.nodes} DOM nodes, ${m.listeners} listeners, ${m.documents} documents`;

console.log(`soak: ${MINUTES} min on ${ORIGIN}, Chromium ${browser.version()}`);
await page.goto(`${ORIGIN}/`);
await mapsReady(1);
// Warm-up cycle: code chunks, data files and fonts load once; only after that is growth a leak.
const t0 = performance.now();
await cycle(0);
const start = await measure();
console.log(`start (after a warm-up cycle of ${((performance.now() - t0) / 1000).toFixed(0)} s): ${fmt(start)}`);
await snapshot("start");

const samples = [{ cycle: 0, seconds: 0, ...start }];
const began = performance.now();
let cycles = 0;
let failure = null;
while (performance.now() - began < MINUTES * 60_000 && failure === null) {
  try {
    await cycle(++cycles);
  } catch (error) {
    failure = `cycle ${cycles}: ${error instanceof Error ? error.message.split("\n")[0] : error}`;
    break;
  }
  if (errors.length > 0) failure = `cycle ${cycles}: the page logged an error`;
  const m = await measure();
  const seconds = (performance.now() - began) / 1000;
  samples.push({ cycle: cycles, seconds, ...m });
  console.log(`  cycle ${String(cycles).padStart(3)} at ${seconds.toFixed(0).padStart(4)} s: ${fmt(m)}`);
}

const end = samples.at(-1);
await snapshot("end");
const growth = ((end.heapUsedMB - start.heapUsedMB) / start.heapUsedMB) * 100;
console.log(`end after ${cycles} cycles, ${((performance.now() - began) / 60_000).toFixed(1)} min: ${fmt(end)}`);
console.log(`JS heap growth: ${start.heapUsedMB.toFixed(1)} MB -> ${end.heapUsedMB.toFixed(1)} MB = ${growth >= 0 ? "+" : ""}${growth.toFixed(1)}%${growth > 20 ? "  (over 20%: look for a leak, --snapshots)" : ""}`);
console.log(`DOM nodes ${start.nodes} -> ${end.nodes}; listeners ${start.listeners} -> ${end.listeners}; documents ${start.documents} -> ${end.documents}`);
if (JSON_OUT !== null) writeFileSync(JSON_OUT, JSON.stringify({ minutes: MINUTES, cycles, growthPercent: growth, errors, failure, samples }, null, 2));
if (errors.length > 0) console.log(`page errors:\n  ${errors.join("\n  ")}`);
if (failure !== null) console.log(`FAILED: ${failure}`);
await browser.close();
stopServer();
process.exit(failure === null && errors.length === 0 ? 0 : 1);
