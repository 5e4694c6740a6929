/**
 * Moving through the app as a person does, and checking that what they land on is drawn:
 * the header tabs, the language and boundary switches, the compare layout, found by the
 * names a reader sees (from the message files, in the page's current language); and checks
 * that read the pixels of each screen's maps (WebGL canvases through a screenshot, the
 * national SVG likewise), not only the DOM. Used by click-paths.spec.ts and monkey.spec.ts.
 *
 * The checks avoid window.__atlas: they find maps by their container's data-map-id and
 * data-map-ready, which are part of the page.
 */
import en from "../../src/i18n/locales/en.json" with { type: "json" };
import fr from "../../src/i18n/locales/fr.json" with { type: "json" };
import vi from "../../src/i18n/locales/vi.json" with { type: "json" };
import { BASE_COLOURS } from "../../src/map/palette";
import { PNG } from "pngjs";
import { colourClose, expect, parseColour, waitForMap, type Page, type Rgba } from "./fixtures";

export type Screen = "explorer" | "compare" | "national";
export type Lang = "vi" | "en" | "fr";
export const SCREENS: readonly Screen[] = ["explorer", "compare", "national"];
export const LANGS: readonly Lang[] = ["vi", "en", "fr"];
export const MESSAGES = { vi, en, fr } as const;

/** Map ids on each screen (the compare ids are src/compare/CompareMaps.tsx's COMPARE_MAP_IDS). */
export const MAP_IDS = { explorer: ["explorer"], compare: ["compare-before", "compare-after"], national: [] } as const satisfies Record<
  Screen,
  readonly string[]
>;

/**
 * ATLAS_E2E_SLOWDOWN=N multiplies the waits and test limits of the person-path specs, for a
 * machine shared with other work (a limit here bounds a hang; it measures nothing).
 */
export const SLOWDOWN = Math.max(1, Number(process.env.ATLAS_E2E_SLOWDOWN ?? 1) || 1);

/** How long a map may take to draw once: SwiftShader on two shared cores can take a minute for the two compare maps. */
const MAP_READY_MS = 120_000 * SLOWDOWN;

/** The national map's fills (src/compare/NationalView.tsx): provinces not merged, and merged from two. */
const NATIONAL_FILLS = { unchanged: parseColour("#e3ddd0"), mergedFromTwo: parseColour("#8c96c6") };

/** The page's language, as the app sets it on <html lang>. */
export async function pageLang(page: Page): Promise<Lang> {
  const lang = await page.locator("html").getAttribute("lang");
  expect(LANGS, `<html lang="${lang}"> is one of the app's languages`).toContain(lang);
  return lang as Lang;
}

/** The screen the header marks as current. */
export async function currentScreen(page: Page): Promise<Screen> {
  const lang = await pageLang(page);
  const current = page.locator('.view-tabs a[aria-current="page"]');
  await expect(current).toHaveCount(1);
  const text = (await current.textContent())?.trim();
  const screen = SCREENS.find((s) => MESSAGES[lang].header.view[s] === text);
  if (screen === undefined) throw new Error(`the current tab "${text}" names no screen`);
  return screen;
}

/** Clicks the header tab of `screen`, found by its name in the page's language. */
export async function clickTab(page: Page, screen: Screen): Promise<void> {
  const m = MESSAGES[await pageLang(page)];
  await page.getByRole("navigation", { name: m.header.views }).getByRole("link", { name: m.header.view[screen], exact: true }).click();
}

/** Clicks the language button (each is named in its own language). */
export async function clickLanguage(page: Page, lang: Lang): Promise<void> {
  await page.getByRole("group", { name: MESSAGES[await pageLang(page)].header.language }).getByRole("button", { name: vi.common.languageName[lang], exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
}

/** Checks the boundary switch's radio for a vintage (explorer and national screens). */
export async function chooseVintage(page: Page, vintage: "pre2025" | "post2025"): Promise<void> {
  const m = MESSAGES[await pageLang(page)];
  await page.getByTestId("vintage-switch").getByRole("radio", { name: m.vintage.switch[vintage] }).check();
}

/** Chooses the compare screen's layout: "swipe" or "side" (by side). */
export async function chooseCompareMode(page: Page, mode: "swipe" | "side"): Promise<void> {
  const m = MESSAGES[await pageLang(page)];
  await page.getByTestId("compare-mode").getByRole("radio", { name: m.compare.mode[mode] }).check();
}

/** The page is not blank: #root has content and the header, its title and its tabs are visible. */
export async function expectNotBlank(page: Page): Promise<void> {
  // A page that is still loading (just after an address edit) is not blank: give it time to render.
  // page.evaluate waits as long as the page's main thread is busy (SwiftShader compiling shaders on a loaded machine).
  await expect.poll(() => page.evaluate(() => document.getElementById("root")?.childElementCount ?? 0), { message: "#root has content", timeout: 30_000 }).toBeGreaterThan(0);
  await expect(page.locator("header.app-header"), "the header is visible").toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator(".view-tabs a")).toHaveCount(SCREENS.length);
}

export interface DrawnOptions {
  /**
   * true (default): every map must show figure colours (symbols, classes, programme-area or
   * former-district outlines). false: only a map whose legend lists such an entry must (a
   * random period or indicator may legitimately have nothing to draw).
   */
  requireFigures?: boolean;
}

/**
 * The screen a person should see now: the header marks it as current, its own region is
 * there, and its maps are drawn (every WebGL map ready and showing land and the figures'
 * layers; the national SVG showing provinces merged and not).
 */
export async function expectScreenDrawn(page: Page, screen: Screen, options: DrawnOptions = {}): Promise<void> {
  await expectNotBlank(page);
  await expect(page.locator('.view-tabs a[aria-current="page"]')).toHaveText(MESSAGES[await pageLang(page)].header.view[screen]);
  await expect(page.locator(`[data-slot="${screen === "explorer" ? "map" : screen}"]`)).toBeVisible();
  // Away from the maps, so no tooltip or hover outline covers what is read.
  await page.mouse.move(1, 1);
  switch (screen) {
    case "explorer":
      await waitForMap(page, "explorer", MAP_READY_MS);
      await expectMapDrawn(page, "explorer", options);
      return;
    case "compare": {
      for (const id of MAP_IDS.compare) await waitForMap(page, id, MAP_READY_MS);
      if ((await page.getByTestId("compare-side").count()) > 0) {
        for (const id of MAP_IDS.compare) await expectMapDrawn(page, id, options);
      } else {
        await expectSwipeDrawn(page, options);
      }
      return;
    }
    case "national":
      await expectNationalDrawn(page);
      return;
  }
}

// ---------------------------------------------------------------------------
// Pixels
// ---------------------------------------------------------------------------

/** Minimum shares of a drawn map's pixels: land (MapLibre's base style) and the figures' colours (the figure layers, src/map/layers.ts). */
const MIN_LAND_SHARE = 0.02;
const MIN_FIGURE_PIXELS = 25;

interface PixelCounts {
  total: number;
  land: number;
  figures: number;
}

/** The overlays drawn over a map canvas (legends, MapLibre's buttons, the swipe handle and tags): not the map. */
function overlaysOf(page: Page) {
  return [
    page.locator(".atlas-legend"),
    page.locator(".maplibregl-control-container"),
    page.getByTestId("map-tooltip"),
    page.locator(".compare-stage__tag"),
    page.locator(".swipe-handle"),
  ];
}

/** Colours that only the figure layers (src/map/layers.ts) draw: symbols, class fills, programme-area and former-district outlines. */
async function figureColours(page: Page, mapId: string): Promise<Rgba[]> {
  const classes = await page.locator(`[data-map-id="${mapId}"] [data-legend-class]`).evaluateAll((items) => items.map((i) => i.getAttribute("data-colour") ?? ""));
  return [BASE_COLOURS.symbol, BASE_COLOURS.programmeArea, BASE_COLOURS.formerDistrict, ...classes.filter(Boolean)].map(parseColour);
}

/** Counts the land (Viet Nam's or a neighbour's) and figure pixels in a PNG, in the columns [fromX, toX) (fractions of its width). */
function countPixels(png: PNG, figures: readonly Rgba[], fromX = 0, toX = 1): PixelCounts {
  const lands = [parseColour(BASE_COLOURS.land), parseColour(BASE_COLOURS.neighbour)];
  const counts: PixelCounts = { total: 0, land: 0, figures: 0 };
  const [x0, x1] = [Math.floor(png.width * fromX), Math.ceil(png.width * toX)];
  for (let y = 0; y < png.height; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * png.width + x) * 4;
      const pixel: Rgba = [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0, png.data[i + 3] ?? 0];
      counts.total++;
      if (lands.some((c) => colourClose(pixel, c, 4))) counts.land++;
      else if (figures.some((c) => colourClose(pixel, c, 10))) counts.figures++;
    }
  }
  return counts;
}

function expectCounts(counts: PixelCounts, what: string, figuresExpected: boolean): void {
  const landShare = counts.land / Math.max(1, counts.total);
  const minFigures = figuresExpected ? MIN_FIGURE_PIXELS : 0;
  const summary = `${what}: ${counts.total} px, land ${(landShare * 100).toFixed(1)}%, figure colours ${counts.figures} px`;
  expect(landShare >= MIN_LAND_SHARE && counts.figures >= minFigures, `${summary} (drawn needs land >= ${MIN_LAND_SHARE * 100}% and >= ${minFigures} figure px)`).toBe(true);
}

/** Whether the map's legend lists something the figure layers draw (classes, programme areas, former districts). */
async function figuresExpected(page: Page, mapId: string, options: DrawnOptions): Promise<boolean> {
  if (options.requireFigures ?? true) return true;
  const entries = page.locator(`[data-map-id="${mapId}"] :is([data-legend-class], [data-legend-programme-areas], [data-legend-former-district])`);
  return (await entries.count()) > 0;
}

/**
 * The element's pixels, from a screenshot of the page clipped to its box (read once, after
 * scrolling it into view). Not an element screenshot: that first waits until the element has
 * kept its box over several animation frames, which on SwiftShader under load took longer than
 * the action limit while the maps did not move; these checks need the pixels, not the wait.
 */
async function screenshotOf(page: Page, selector: string): Promise<PNG> {
  const box = await page
    .locator(selector)
    .first()
    .evaluate((element) => {
      element.scrollIntoView({ block: "nearest", inline: "nearest" });
      const r = element.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
  const screen = page.viewportSize() ?? { width: 1280, height: 800 };
  const x = Math.max(0, Math.round(box.x));
  const y = Math.max(0, Math.round(box.y));
  const clip = { x, y, width: Math.min(screen.width, Math.round(box.x + box.width)) - x, height: Math.min(screen.height, Math.round(box.y + box.height)) - y };
  expect(clip.width > 0 && clip.height > 0, `${selector} is on the screen (${JSON.stringify(box)})`).toBe(true);
  // A capture waits for the compositor's next frame: on SwiftShader with the machine busy that has taken over 20 s.
  const buffer = await page.screenshot({ clip, animations: "disabled", caret: "hide", mask: overlaysOf(page), maskColor: "#ff00ff", timeout: 60_000 * SLOWDOWN });
  return PNG.sync.read(buffer);
}

/** A WebGL map is drawn: its canvas shows land and the figures' layers. */
export async function expectMapDrawn(page: Page, mapId: string, options: DrawnOptions = {}): Promise<void> {
  const png = await screenshotOf(page, `[data-map-id="${mapId}"] canvas.maplibregl-canvas`);
  expectCounts(countPixels(png, await figureColours(page, mapId)), `map ${mapId}`, await figuresExpected(page, mapId, options));
}

/**
 * Swipe layout: left of the handle shows the before map, right of it the after map. Each side
 * at least 30% wide must show land (so each map was drawn); the stage as a whole must show
 * the figures (the programme's areas lie mid-stage, on one side of the handle or both).
 */
async function expectSwipeDrawn(page: Page, options: DrawnOptions): Promise<void> {
  const value = Number(await page.getByTestId("compare-stage").getByRole("slider").getAttribute("aria-valuenow"));
  const png = await screenshotOf(page, '[data-testid="compare-stage"]');
  const colours = [...(await figureColours(page, "compare-before")), ...(await figureColours(page, "compare-after"))];
  if (value >= 30) expectCounts(countPixels(png, colours, 0, value / 100), `swipe, before side (0–${value}%)`, false);
  if (value <= 70) expectCounts(countPixels(png, colours, value / 100, 1), `swipe, after side (${value}–100%)`, false);
  const figures = (await figuresExpected(page, "compare-before", options)) || (await figuresExpected(page, "compare-after", options));
  expectCounts(countPixels(png, colours), "swipe, whole stage", figures);
}

/** The national SVG map shows its provinces: some merged (and coloured so), some not. */
async function expectNationalDrawn(page: Page): Promise<void> {
  const map = page.getByTestId("national-map");
  await expect(map).toBeVisible();
  const vintage = await page.locator("figure.national__map").getAttribute("data-vintage");
  await expect(map).toHaveAttribute("data-count", vintage === "post2025" ? "34" : "63");
  const png = await screenshotOf(page, '[data-testid="national-map"]');
  let unchanged = 0;
  let merged = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const pixel: Rgba = [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0, png.data[i + 3] ?? 0];
    if (colourClose(pixel, NATIONAL_FILLS.unchanged, 4)) unchanged++;
    else if (colourClose(pixel, NATIONAL_FILLS.mergedFromTwo, 4)) merged++;
  }
  const total = png.data.length / 4;
  expect(unchanged / total > 0.005 && merged / total > 0.01, `national map: ${total} px, not merged ${unchanged}, merged from two ${merged}`).toBe(true);
}
