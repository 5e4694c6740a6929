/**
 * Presenting at a review conference: a story stepped through by keyboard alone, the themes (dark
 * with its map's pixels against its legend), the one-file offline build opened from disk with no
 * network, and the normal build served from a sub-path. Three page loads in all (SwiftShader time is the CI budget).
 *
 * The offline file must exist: `npm run build:offline` (scripts/test-all.mjs builds it).
 */
import { existsSync, readFileSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { PNG } from "pngjs";
import type { BrowserContext, Page } from "@playwright/test";
import { axeCheck, expect, parseColour, test, waitForMap, type Rgba } from "./fixtures";

const OFFLINE_FILE = resolve("dist-offline/results-atlas-offline.html");
const DIST = resolve("dist");

/** WCAG 2 contrast ratio of two opaque colours. */
function contrast(a: Rgba, b: Rgba): number {
  const lum = ([r, g, b2]: Rgba) =>
    [r, g, b2]
      .map((c) => c / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
      .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The map canvas's pixels right of the legend, as a PNG. */
async function mapPixels(page: Page, mapId: string): Promise<PNG> {
  const canvas = page.locator(`[data-map-id="${mapId}"] canvas.maplibregl-canvas`).first();
  const box = (await canvas.boundingBox())!;
  const clip = { x: box.x + box.width * 0.4, y: box.y, width: box.width * 0.6, height: box.height };
  return PNG.sync.read(await page.screenshot({ clip, scale: "css", animations: "disabled", timeout: 60_000 }));
}

function countClose(png: PNG, colour: Rgba, tolerance = 20): number {
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if ([0, 1, 2].every((c) => Math.abs(png.data[i + c]! - colour[c]!) <= tolerance)) n++;
  }
  return n;
}

function differingPixels(a: PNG, b: PNG): number {
  let n = 0;
  const len = Math.min(a.data.length, b.data.length);
  for (let i = 0; i < len; i += 4) if (Math.abs(a.data[i]! - b.data[i]!) + Math.abs(a.data[i + 1]! - b.data[i + 1]!) + Math.abs(a.data[i + 2]! - b.data[i + 2]!) > 30) n++;
  return n;
}

/** Console errors and uncaught exceptions of a context this spec makes itself (the fixture page watches only its own origin). */
function watchErrors(context: BrowserContext): string[] {
  const errors: string[] = [];
  context.on("page", (p) => {
    p.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    p.on("pageerror", (e) => errors.push(e.message));
  });
  return errors;
}

test("a story stepped through by keyboard alone; every theme passes axe (dark with its map); the projector theme meets AA contrast", async ({ page }) => {
  test.setTimeout(360_000);
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("./?story=reorganisation&slide=1");
  const panel = page.getByTestId("present-panel");
  const counter = panel.locator(".present-panel__counter");
  const caption = panel.locator(".present-panel__caption");
  await expect(counter).toHaveText("1 / 6", { timeout: 60_000 });
  await expect(caption).toContainText("Can Lộc và Nghi Xuân");
  await expect(page.locator(".app-header")).toHaveCount(0);
  await waitForMap(page, "explorer", 90_000);
  const first = await mapPixels(page, "explorer");

  await page.keyboard.press("PageDown");
  await expect(counter).toHaveText("2 / 6");
  await expect(caption).toContainText("202/2025/QH15");
  await expect(page).toHaveURL(/story=reorganisation&slide=2/);
  // Reduced motion: the camera jumps to the slide's view. A jump moves the map once; a flight
  // moves it on every frame. Counted by events, not by time, which a loaded machine stretches.
  await page.evaluate(() => {
    const w = window as unknown as { __moves: number; __atlas: { maps: Record<string, { on(type: string, f: () => void): void }> } };
    w.__moves = 0;
    w.__atlas.maps.explorer?.on("move", () => void w.__moves++);
  });
  await page.keyboard.press("PageDown");
  await expect(counter).toHaveText("3 / 6");
  await expect(caption).toContainText("1665/NQ-UBTVQH15");
  await expect
    .poll(() => page.evaluate(() => {
      const map = (window as unknown as { __atlas: { maps: Record<string, { getCenter(): { lng: number; lat: number }; getZoom(): number; isMoving(): boolean }> } }).__atlas.maps.explorer;
      return map === undefined ? null : { lng: Math.round(map.getCenter().lng * 100) / 100, lat: Math.round(map.getCenter().lat * 100) / 100, zoom: Math.round(map.getZoom() * 10) / 10, moving: map.isMoving() };
    }), { timeout: 20_000 })
    .toEqual({ lng: 105.75, lat: 18.55, zoom: 8.8, moving: false });
  expect(await page.evaluate(() => (window as unknown as { __moves: number }).__moves), "map moves on the way to slide 3").toBeLessThanOrEqual(2);
  await waitForMap(page, "explorer");
  expect(differingPixels(first, await mapPixels(page, "explorer")), "map pixels change with the slide").toBeGreaterThan(2000);

  await page.keyboard.press("End");
  await expect(counter).toHaveText("6 / 6");
  await page.keyboard.press("PageDown");
  await expect(counter).toHaveText("6 / 6");
  await page.keyboard.press("Home");
  await expect(counter).toHaveText("1 / 6");
  await page.keyboard.press("PageUp");
  await expect(counter).toHaveText("1 / 6");
  await page.keyboard.press("s");
  await expect(panel.getByRole("note")).toContainText("cấp huyện");
  await axeCheck(page);

  await page.keyboard.press("Escape");
  await expect(panel).toHaveCount(0);
  await expect(page.locator(".app-header")).toBeVisible();
  await expect(page).not.toHaveURL(/story=/);

  // Each theme, chosen with the control, and kept in the URL. The controls open from the
  // header's action row.
  await page.locator("summary", { hasText: "Trình chiếu và giao diện" }).click();
  const themeSelect = page.getByLabel("Giao diện", { exact: true });
  for (const theme of ["dark", "contrast", "projector"] as const) {
    await themeSelect.selectOption(theme);
    await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
    await expect(page).toHaveURL(new RegExp(`theme=${theme}`));
    if (theme === "dark") {
      const darkStarted = Date.now();
      // The page is dark, and the map redraws in the dark base map: its land in the legend's
      // "not reported" key, TMSV's areas in their key's outline colour (the data keeps its colours).
      expect(contrast(parseColour(await page.locator("body").evaluate((e) => getComputedStyle(e).backgroundColor)), [0, 0, 0, 255])).toBeLessThan(1.5);
      const key = (selector: string, property: "backgroundColor" | "borderTopColor") =>
        page.locator(`${selector} .atlas-legend__swatch`).first().evaluate((e, p) => getComputedStyle(e)[p], property).then(parseColour);
      const land = await key("[data-legend-not-reported]", "backgroundColor");
      const tmsv = await key('[data-legend-programme-areas="tmsv"]', "borderTopColor");
      expect(contrast(land, [255, 255, 255, 255]), "the not-reported key is the dark land").toBeGreaterThan(4);
      await expect
        .poll(async () => {
          const png = await mapPixels(page, "explorer");
          return { land: countClose(png, land, 6) > 2000, tmsv: countClose(png, tmsv) > 20 };
        }, { timeout: 60_000, intervals: [1_000, 2_000, 4_000] })
        .toEqual({ land: true, tmsv: true });
      console.log(`dark theme: page and map checked ${Date.now() - darkStarted} ms after choosing it`);
    }
    await axeCheck(page);
  }

  // Projector: the slide's words and the legend's text and keys against their backgrounds.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.getByRole("button", { name: "Trình chiếu", exact: true }).click();
  await expect(counter).toHaveText("1 / 6");
  const pairs = await page.evaluate(() => {
    const background = (el: Element | null): string => {
      for (let e = el; e !== null; e = e.parentElement) {
        const bg = getComputedStyle(e).backgroundColor;
        if (bg !== "rgba(0, 0, 0, 0)" && bg !== "transparent") return bg;
      }
      return "rgb(255, 255, 255)";
    };
    const text = [...document.querySelectorAll(".present-panel__title, .present-panel__caption, .present-panel__counter, .present-panel__bar button, .atlas-legend__title, .atlas-legend li")].map((e) => ({
      what: `text ${e.className || e.tagName}`,
      fg: getComputedStyle(e).color,
      bg: background(e),
      min: 4.5,
    }));
    const keys = [...document.querySelectorAll(".atlas-legend__swatch--programme, .atlas-legend__swatch--former")].map((e) => ({
      what: `legend key ${e.className}`,
      fg: getComputedStyle(e).borderTopColor,
      bg: background(e.parentElement),
      min: 3,
    }));
    return { text, keys, titlePx: parseFloat(getComputedStyle(document.querySelector(".present-panel__title")!).fontSize) };
  });
  expect(pairs.text.length).toBeGreaterThan(4);
  expect(pairs.keys.length).toBeGreaterThan(1);
  const failing = [...pairs.text, ...pairs.keys]
    .map((p) => ({ ...p, ratio: Math.round(contrast(parseColour(p.fg), parseColour(p.bg)) * 100) / 100 }))
    .filter((p) => p.ratio < p.min);
  expect(failing).toEqual([]);
  expect(pairs.titlePx, "the slide title is large at 1920×1080").toBeGreaterThanOrEqual(40);
  await axeCheck(page);
});

test("the one-file offline build works from file:// with every request blocked; the normal build works from a sub-path", async ({ browser }) => {
  test.setTimeout(240_000);
  expect(existsSync(OFFLINE_FILE), "run npm run build:offline first").toBe(true);

  // 1. The offline file, opened from disk, nothing reachable.
  const offline = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "vi-VN" });
  const errors = watchErrors(offline);
  const blocked: string[] = [];
  await offline.route(/^(https?|wss?|ftp):/, (route) => {
    blocked.push(route.request().url());
    return route.abort();
  });
  await offline.addInitScript(() => {
    (window as unknown as { __atlas: object }).__atlas = { maps: {} };
  });
  const page = await offline.newPage();
  const started = Date.now();
  await page.goto(`file://${OFFLINE_FILE}?story=reorganisation&slide=1`);
  await expect(page.getByTestId("present-panel").locator(".present-panel__counter")).toHaveText("1 / 6", { timeout: 30_000 });
  console.log(`offline file: first slide's words after ${Date.now() - started} ms`);
  await waitForMap(page, "explorer", 90_000);
  console.log(`offline file: first slide's map drawn after ${Date.now() - started} ms`);
  await page.keyboard.press("Escape");
  // The map draws: pixels in the colour of the legend's key for TMSV's areas.
  const tmsv = parseColour(await page.locator('[data-legend-programme-areas="tmsv"] .atlas-legend__swatch').first().evaluate((e) => getComputedStyle(e).borderTopColor));
  await waitForMap(page, "explorer", 60_000);
  expect(countClose(await mapPixels(page, "explorer"), tmsv), "pixels in TMSV's outline colour").toBeGreaterThan(20);
  // A chart draws.
  await expect(page.getByTestId("trend-panel").locator("svg.trend-chart__svg").first()).toBeVisible({ timeout: 60_000 });
  // Language switch and the compare view.
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("h1")).toHaveText("Results Atlas");
  await page.getByRole("link", { name: "Before–after" }).click();
  await waitForMap(page, "compare-before", 90_000);
  await expect(page.locator('[data-map-id^="compare-"] canvas.maplibregl-canvas')).toHaveCount(2);
  expect(blocked, "requests to the network").toEqual([]);
  expect(errors, "console errors").toEqual([]);
  await offline.close();

  // 2. The normal build, served from /partners/atlas/ of another host.
  const hosted = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "vi-VN" });
  const hostedErrors = watchErrors(hosted);
  const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".woff2": "font/woff2", ".woff": "font/woff", ".map": "application/json" };
  await hosted.route(/^https?:/, (route) => {
    const url = new URL(route.request().url());
    if (url.host !== "atlas.test" || !url.pathname.startsWith("/partners/atlas/")) return route.abort();
    const rel = url.pathname.slice("/partners/atlas/".length) || "index.html";
    const path = join(DIST, rel);
    if (!path.startsWith(DIST) || !existsSync(path)) return route.fulfill({ status: 404, body: "" });
    return route.fulfill({ status: 200, contentType: TYPES[extname(path)] ?? "application/octet-stream", body: readFileSync(path) });
  });
  const sub = await hosted.newPage();
  await sub.goto("http://atlas.test/partners/atlas/?lang=en");
  await expect(sub.locator("h1")).toHaveText("Results Atlas");
  await expect(sub.locator(".atlas-map canvas.maplibregl-canvas").first()).toBeVisible({ timeout: 60_000 });
  await expect(sub.locator("#figures table tbody tr").first()).toBeVisible({ timeout: 30_000 });
  expect(hostedErrors, "console errors under a sub-path").toEqual([]);
  await hosted.close();
});
