/**
 * Map first on a laptop (1366x768, 1280x800), in Vietnamese and English: on every map view
 * (explorer, swipe, side by side, national) the map is wholly inside the first screen and at
 * least 380 px tall, nothing scrolls sideways; the explorer's controls (boundaries, search,
 * period, programme, indicator, display) share one toolbar row above the map; side by side
 * each map has at least 40% of the width; the programme's areas (from the shipped files, through the map's own projection) lie
 * inside the visible map; opening and closing the what-changed panel and the profile leaves
 * the map wholly visible. With ATLAS_E2E_REVIEW_SHOTS=1, screenshots of each view (Vietnamese) are written to
 * test/e2e/__screenshots__/laptop/ for review; they are not compared.
 *
 * Positions are read as soon as the canvas exists, not after a full render: on SwiftShader a
 * render may take a minute, and the layout does not wait for it.
 */
import { readFileSync } from "node:fs";
import type { Topology } from "topojson-specification";
import { buildAtlasIndex } from "../../src/data/atlas";
import { indexBoundaries } from "../../src/map/geometry";
import { programmeBounds } from "../../src/map/scene";
import type { CrosswalkFile, FiguresFile, UnitsFile } from "../../src/schema";
import { expect, mapPoint, test, type Page } from "./fixtures";
import { LAPTOP_LANGS, LAPTOP_SIZES, MAP_VIEWS, mapBoxes, openView, type Box, type MapView } from "./laptop-measure";
import { clickLanguage } from "./screens";

const MIN_MAP_HEIGHT = 380;

function readData<T>(file: string): T {
  return JSON.parse(readFileSync(`public/data/${file}`, "utf8")) as T;
}

/** The programme's areas as the app frames them, computed here from the shipped data files. */
const PROGRAMME = (() => {
  const index = buildAtlasIndex(readData<UnitsFile>("units.json"), readData<FiguresFile>("figures.json"), readData<CrosswalkFile>("crosswalk.json"));
  const bounds = programmeBounds(index, indexBoundaries(readData<Topology>("boundaries.topo.json")));
  if (bounds === null) throw new Error("the shipped data has no programme areas");
  return bounds;
})();

async function expectWhollyVisible(page: Page, view: MapView, what: string): Promise<Box[]> {
  const boxes = await mapBoxes(page, view);
  const screen = page.viewportSize();
  if (screen === null) throw new Error("no viewport");
  expect(boxes.length, `${what}: maps found`).toBeGreaterThan(0);
  for (const box of boxes) {
    expect(box.y, `${what}: map top on screen`).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height, `${what}: map bottom (${Math.round(box.y)}+${Math.round(box.height)}) within ${screen.height}`).toBeLessThanOrEqual(screen.height + 0.5);
    expect(box.x, `${what}: map left on screen`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${what}: map right on screen`).toBeLessThanOrEqual(screen.width + 0.5);
    expect(box.height, `${what}: map height`).toBeGreaterThanOrEqual(MIN_MAP_HEIGHT);
  }
  const scroll = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth, y: window.scrollY }));
  expect(scroll.page, `${what}: nothing scrolls sideways`).toBeLessThanOrEqual(scroll.screen);
  expect(scroll.y, `${what}: the page has not scrolled`).toBe(0);
  return boxes;
}

/** Every corner of the programme's bounding box, projected by the map, lies inside its canvas. */
async function expectProgrammeInside(page: Page, mapId: string, box: Box): Promise<void> {
  const [west, south, east, north] = PROGRAMME;
  for (const corner of [[west, south], [west, north], [east, south], [east, north]] as [number, number][]) {
    const p = await mapPoint(page, mapId, corner);
    expect(p.x, `${mapId}: ${corner.join(",")} right of the map's left edge`).toBeGreaterThanOrEqual(box.x);
    expect(p.x, `${mapId}: ${corner.join(",")} left of its right edge`).toBeLessThanOrEqual(box.x + box.width);
    expect(p.y, `${mapId}: ${corner.join(",")} below its top`).toBeGreaterThanOrEqual(box.y);
    expect(p.y, `${mapId}: ${corner.join(",")} above its bottom`).toBeLessThanOrEqual(box.y + box.height);
  }
}

/**
 * The explorer's controls (boundaries, search, period, programme, indicator, display) sit on one
 * toolbar row above the map: every control's box overlaps every other's vertically, and all end
 * above the map. A second row of controls would push the map down a row's height.
 */
async function expectOneToolbarRow(page: Page, map: Box, what: string): Promise<void> {
  const controls = await page.evaluate(() => {
    const box = (selector: string) => {
      const r = document.querySelector(selector)?.getBoundingClientRect();
      return r === undefined ? null : { top: r.top, bottom: r.bottom };
    };
    const inToolbar = (selector: string) => document.querySelector(`.explorer__controls ${selector}`) !== null;
    return {
      boxes: {
        boundaries: box('[data-testid="vintage-switch"]'),
        search: box('[data-slot="search"] input'),
        period: box('[data-testid="period-control"]'),
        programme: box(".explorer-map__control--wide:nth-child(1) select"),
        indicator: box(".explorer-map__control--wide:nth-child(2) select"),
        display: box(".explorer-map__modes"),
      },
      mapControlsInToolbar: inToolbar(".explorer-map__modes") && inToolbar(".explorer-map__control--wide select"),
    };
  });
  expect(controls.mapControlsInToolbar, `${what}: the indicator and display controls are in the toolbar`).toBe(true);
  const entries = Object.entries(controls.boxes);
  for (const [name, b] of entries) {
    expect(b, `${what}: ${name} control found`).not.toBeNull();
    if (b === null) continue;
    expect(b.bottom, `${what}: ${name} ends above the map`).toBeLessThanOrEqual(map.y + 0.5);
    for (const [other, o] of entries) {
      if (o === null || other === name) continue;
      expect(b.top < o.bottom && o.top < b.bottom, `${what}: ${name} (${Math.round(b.top)}–${Math.round(b.bottom)}) on the same row as ${other} (${Math.round(o.top)}–${Math.round(o.bottom)})`).toBe(true);
    }
  }
}

/** The registered map exists (its camera is set at creation, fitted to the programme). */
async function mapRegistered(page: Page, mapId: string): Promise<void> {
  await expect
    .poll(() => page.evaluate((id) => Boolean((window as unknown as { __atlas?: { maps: Record<string, unknown> } }).__atlas?.maps[id]), mapId), { timeout: 60_000 })
    .toBe(true);
}

const view = (name: MapView["name"]): MapView => {
  const found = MAP_VIEWS.find((v) => v.name === name);
  if (found === undefined) throw new Error(name);
  return found;
};

/** Everything measured of one map view as it stands (after a load or a language switch). */
async function expectViewWhole(page: Page, v: MapView, what: string, size: { width: number; height: number }): Promise<void> {
  const boxes = await expectWhollyVisible(page, v, what);
  for (const [i, id] of v.mapIds.entries()) {
    await mapRegistered(page, id);
    const box = boxes[Math.min(i, boxes.length - 1)];
    // Swipe: both maps share one stage and one view; side by side: each its own frame.
    if (box !== undefined) await expectProgrammeInside(page, id, box);
  }
  if (v.name === "explorer" && boxes[0] !== undefined) await expectOneToolbarRow(page, boxes[0], what);
  if (v.name === "side") for (const box of boxes) expect(box.width / size.width, `${what}: each map's share of the width`).toBeGreaterThanOrEqual(0.4);
}

// One test per size: each view is opened in the first language, measured, switched to the
// other by its button (as a reader does, without a reload: longer English labels must not push
// the map down either) and measured again. A load per view and language cost CI twice the time.
const [FIRST_LANG, SECOND_LANG] = LAPTOP_LANGS;
for (const size of LAPTOP_SIZES)
  test(`${size.width}x${size.height}, ${FIRST_LANG} then ${SECOND_LANG}: every map view is whole on the first screen`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.setViewportSize(size);
    for (const v of MAP_VIEWS) {
      await openView(page, v, FIRST_LANG);
      await expectViewWhole(page, v, `${v.name} ${size.width}x${size.height} ${FIRST_LANG} on load`, size);
      // For review only, so only when asked (ATLAS_E2E_REVIEW_SHOTS=1): each page screenshot costs
      // seconds on SwiftShader, and CI's time is budgeted.
      if (process.env.ATLAS_E2E_REVIEW_SHOTS) await page.screenshot({ path: `test/e2e/__screenshots__/laptop/${v.name}-${size.width}x${size.height}.png`, timeout: 90_000 });
      await clickLanguage(page, SECOND_LANG);
      await expect(page.locator("html")).toHaveAttribute("lang", SECOND_LANG);
      await expectViewWhole(page, v, `${v.name} ${size.width}x${size.height} switched to ${SECOND_LANG}`, size);
    }
  });

test.describe("panels keep the map whole", () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test("the what-changed panel opens below the maps and closes, side by side and swipe", async ({ page }) => {
    test.setTimeout(180_000);
    for (const name of ["side", "swipe"] as const) {
      const v = view(name);
      await openView(page, v, "en");
      await page.getByLabel("Area to explain").selectOption("pre2025:450");
      await expect(page.locator('section.what-changed[data-unit-id="pre2025:450"]')).toBeVisible();
      await expectWhollyVisible(page, v, `${name} with the what-changed panel open`);
      await page.getByRole("complementary").getByRole("button", { name: "Close" }).click();
      await expect(page.locator("section.what-changed")).toHaveCount(0);
      await page.evaluate(() => window.scrollTo(0, 0));
      const after = await expectWhollyVisible(page, v, `${name} with the panel closed`);
      if (name === "side") for (const box of after) expect(box.width / 1366).toBeGreaterThanOrEqual(0.4);
    }
  });

  test("the profile opens beside the explorer map without pushing it off the screen", async ({ page }) => {
    test.setTimeout(120_000);
    const v = view("explorer");
    await page.goto("/?lang=en&sel=pre2025:455");
    await page.locator('[data-map-id="explorer"] canvas.maplibregl-canvas').waitFor({ timeout: 60_000 });
    await expect(page.locator('[data-slot="profile"] h2, [data-slot="profile"] h3').first()).toBeVisible({ timeout: 30_000 });
    await expectWhollyVisible(page, v, "explorer with a profile open");
    await page.locator('[data-slot="profile"]').getByRole("button", { name: /^Close/ }).first().click();
    await expectWhollyVisible(page, v, "explorer with the profile closed");
  });
});
