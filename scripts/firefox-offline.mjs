#!/usr/bin/env node
/**
 * The one-file offline atlas (dist-offline/, `npm run build:offline`) in Firefox, opened from
 * file:// as from a USB stick, with every network request refused. Playwright's Firefox needs a
 * patched build that these machines cannot get, so Debian's stock firefox-esr is driven over
 * WebDriver BiDi by puppeteer-core (../shared/notes/testing-browsers.md). One page load, checked
 * for several things, each reported as a test:
 *
 *   the explorer opens; the map draws (pixels in its legend's colours); the language switches
 *   vi -> en -> fr; the compare view and the national view open by clicking their tabs; a story
 *   opens in presentation mode; no request left the file, and nothing was written to the console
 *   as an error.
 *
 * Prints one line per check and `N passed, N failed`; writes the same counts to --report FILE
 * (JSON: passed, failed, skipped, tests) for scripts/test-all.mjs. Exits 1 when a check failed,
 * or when Firefox or the offline file is missing (each counted as a failed check, with what to do).
 *
 *   node scripts/firefox-offline.mjs [--report FILE] [--firefox PATH] [--file OFFLINE_HTML]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { PNG } from "pngjs";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const argv = process.argv.slice(2);
const option = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const OFFLINE_FILE = resolve(option("--file", resolve(ROOT, "dist-offline/results-atlas-offline.html")));
const FIREFOX = option("--firefox", process.env.ATLAS_FIREFOX ?? "/usr/bin/firefox-esr");
const REPORT = option("--report", null);
/** ms for one check's waits; SwiftShader-like software GL (llvmpipe) on a busy machine is slow. */
const TIMEOUT = Number(process.env.ATLAS_FIREFOX_TIMEOUT ?? 60_000);

const locale = (lang) => JSON.parse(readFileSync(resolve(ROOT, `src/i18n/locales/${lang}.json`), "utf8"));
const text = { vi: locale("vi"), en: locale("en"), fr: locale("fr") };

/** @type {{ name: string, ok: boolean, ms: number, error?: string }[]} */
const results = [];
const started = performance.now();

async function check(name, body) {
  const t0 = performance.now();
  try {
    await body();
    results.push({ name, ok: true, ms: Math.round(performance.now() - t0) });
    console.log(`  ok      ${name} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    results.push({ name, ok: false, ms: Math.round(performance.now() - t0), error });
    console.log(`  FAILED  ${name}\n          ${error.split("\n").join("\n          ")}`);
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

function finish() {
  const failed = results.filter((r) => !r.ok).length;
  const passed = results.length - failed;
  if (REPORT) {
    mkdirSync(dirname(REPORT), { recursive: true });
    writeFileSync(REPORT, JSON.stringify({ passed, failed, skipped: 0, seconds: (performance.now() - started) / 1000, tests: results }, null, 2));
  }
  console.log(`firefox: ${((performance.now() - started) / 1000).toFixed(1)} s in all`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

// What this check cannot run without fails it, saying what to do; it never passes silently.
if (!existsSync(FIREFOX)) {
  await check("Firefox is installed", () => {
    throw new Error(`${FIREFOX} is missing. Install Debian's Firefox as root: apt-get update && apt-get install -y firefox-esr (or run \`node scripts/setup.mjs --browser\` as root)`);
  });
  finish();
}
if (!existsSync(OFFLINE_FILE)) {
  await check("the offline file exists", () => {
    throw new Error(`${OFFLINE_FILE} is missing: run npm run build:offline first`);
  });
  finish();
}

const { default: puppeteer } = await import("puppeteer-core");
// Software WebGL 2 (llvmpipe): without these Firefox blocklists WebGL on a machine with no GPU.
const browser = await puppeteer
  .launch({
  browser: "firefox",
  executablePath: FIREFOX,
  headless: true,
  env: { ...process.env, LIBGL_ALWAYS_SOFTWARE: "1", MOZ_WEBGL_FORCE_EGL: "1" },
  extraPrefsFirefox: {
    "webgl.force-enabled": true,
    // No network at all: every http(s) request goes to a proxy on the discard port, which refuses it.
    "network.proxy.type": 1,
    "network.proxy.http": "127.0.0.1",
    "network.proxy.http_port": 9,
    "network.proxy.ssl": "127.0.0.1",
    "network.proxy.ssl_port": 9,
    "network.proxy.share_proxy_settings": true,
    "network.proxy.allow_hijacking_localhost": true,
    "network.proxy.no_proxies_on": "",
    "intl.accept_languages": "vi-VN, vi",
  },
  })
  .catch(async (err) => {
    await check("Firefox starts", () => {
      throw new Error(`${FIREFOX} did not start: ${err instanceof Error ? err.message : err}`);
    });
    finish();
  });

try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  const requests = [];
  const errors = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e instanceof Error ? e.message : String(e)));

  const waitForTitle = (want) => page.waitForFunction((w) => document.querySelector("h1")?.textContent?.trim() === w, { timeout: TIMEOUT }, want);
  const clickText = async (selector, want) => {
    const handles = await page.$$(selector);
    for (const h of handles) if ((await h.evaluate((e) => e.textContent?.trim() ?? "")) === want) return h.click();
    throw new Error(`no ${selector} reads "${want}"`);
  };
  const mapReady = (selector) => page.waitForSelector(`${selector}[data-map-ready="true"]`, { timeout: TIMEOUT });

  await check("the explorer opens from file:// (Vietnamese first)", async () => {
    await page.goto(pathToFileURL(OFFLINE_FILE).href, { waitUntil: "load", timeout: TIMEOUT });
    await waitForTitle(text.vi.app.title);
    await page.waitForSelector("#figures table tbody tr", { timeout: TIMEOUT });
  });

  await check("the map draws: pixels in its legend's colours", async () => {
    await mapReady('[data-map-id="explorer"]');
    const swatch = await page.waitForSelector('[data-legend-programme-areas="tmsv"] .atlas-legend__swatch', { timeout: TIMEOUT });
    const outline = parseColour(await swatch.evaluate((e) => getComputedStyle(e).borderTopColor));
    const canvas = await page.waitForSelector('[data-map-id="explorer"] canvas.maplibregl-canvas', { timeout: TIMEOUT });
    const box = await canvas.boundingBox();
    assert(box !== null && box.width > 100 && box.height > 100, `the map's canvas is ${JSON.stringify(box)}`);
    // Right of the legend; a few tries, as the last tiles may still be drawing.
    let best = 0;
    for (let i = 0; i < 5 && best <= 20; i++) {
      if (i > 0) await new Promise((r) => setTimeout(r, 1000));
      const clip = { x: box.x + box.width * 0.4, y: box.y, width: box.width * 0.6, height: box.height };
      const png = PNG.sync.read(Buffer.from(await page.screenshot({ clip, type: "png" })));
      best = Math.max(best, countClose(png, outline));
    }
    assert(best > 20, `${best} pixels in TMSV's outline colour rgb(${outline.join(", ")}) on the map (want more than 20): WebGL did not draw`);
  });

  await check("the language switches: vi -> en -> fr", async () => {
    await clickText(".language-switch__button", "English");
    await waitForTitle(text.en.app.title);
    await clickText(".language-switch__button", "Français");
    await waitForTitle(text.fr.app.title);
    const lang = await page.evaluate(() => document.documentElement.lang);
    assert(lang === "fr", `<html lang> is "${lang}" after choosing Français`);
  });

  await check("the compare view opens by clicking its tab", async () => {
    await clickText(".view-tabs__link", text.fr.header.view.compare);
    await mapReady('[data-map-id^="compare-"]');
    const maps = await page.$$('[data-map-id^="compare-"] canvas.maplibregl-canvas');
    assert(maps.length === 2, `${maps.length} compare maps (want the before and after maps)`);
  });

  await check("the national view opens by clicking its tab", async () => {
    await clickText(".view-tabs__link", text.fr.header.view.national);
    await page.waitForSelector(".national__map svg path", { timeout: TIMEOUT });
    const shapes = await page.$$eval(".national__shape", (s) => s.length);
    assert(shapes >= 34, `${shapes} provinces on the national map (want at least 34)`);
  });

  await check("a story opens in presentation mode", async () => {
    await clickText("summary", text.fr.present.controls);
    await clickText(".room-controls__present", text.fr.present.start);
    const counter = await page.waitForSelector('[data-testid="present-panel"] .present-panel__counter', { timeout: TIMEOUT });
    const shown = await counter.evaluate((e) => e.textContent?.trim() ?? "");
    assert(/^1 \/ \d+$/.test(shown), `the slide counter reads "${shown}"`);
    const caption = await page.$eval('[data-testid="present-panel"] .present-panel__title', (e) => e.textContent?.trim() ?? "");
    assert(caption.length > 0, "the first slide has no title");
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction(() => (document.querySelector(".present-panel__counter")?.textContent ?? "").startsWith("2 /"), { timeout: TIMEOUT });
  });

  await check("no request left the file, and no console errors", async () => {
    const outside = requests.filter((u) => !/^(file|data|blob|about):/.test(u));
    assert(outside.length === 0, `requests outside the file: ${outside.slice(0, 5).join(", ")}`);
    assert(errors.length === 0, `console errors: ${errors.slice(0, 5).join(" | ")}`);
    assert(requests.length > 0, "no request was seen at all: the recorder is not working");
    console.log(`          (${requests.length} requests, all file:, data: or blob:)`);
  });
} finally {
  await browser.close();
}
finish();

/** "rgb(r, g, b)" or "rgba(r, g, b, a)" to [r, g, b]. */
function parseColour(css) {
  const m = /^rgba?\(([^)]+)\)$/.exec(css.trim());
  if (!m) throw new Error(`cannot read colour "${css}"`);
  return m[1].split(/[\s,/]+/).filter(Boolean).slice(0, 3).map(Number);
}

function countClose(png, colour, tolerance = 20) {
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if (Math.abs(png.data[i] - colour[0]) <= tolerance && Math.abs(png.data[i + 1] - colour[1]) <= tolerance && Math.abs(png.data[i + 2] - colour[2]) <= tolerance) n++;
  }
  return n;
}
