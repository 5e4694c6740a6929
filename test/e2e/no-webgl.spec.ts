/**
 * A browser with no WebGL (the "no-webgl" project in playwright.config.ts starts Chromium with
 * --disable-gpu --disable-webgl --disable-3d-apis; only this file runs there). Every map falls
 * back to the SVG map (src/map/svg/) with the same areas, colours, symbols and legend, a
 * one-line note, the indicator picker and the list of areas still there, and (through the
 * fixtures) no console error and no request to another origin.
 */
import vi from "../../src/i18n/locales/vi.json" with { type: "json" };
import { axeCheck, colourClose, expect, parseColour, pixelAt, test, type Page } from "./fixtures";

const NOTE_EN = "This browser cannot draw the WebGL map; showing a simpler map.";
const NOTE_VI = "Trình duyệt này không vẽ được bản đồ WebGL; đây là bản đồ đơn giản.";
const SYMBOL = [217, 95, 2];

test.beforeEach(async ({ page }) => {
  // The premise of this file: if this browser could draw WebGL, every test below would prove nothing.
  await page.goto("/?lang=en");
  const webgl = await page.evaluate(() => document.createElement("canvas").getContext("webgl2") !== null);
  expect(webgl, "this project's browser must have no WebGL").toBe(false);
});

/** Waits for the SVG map `mapId` to be drawn and returns its container. */
async function svgMap(page: Page, mapId: string) {
  const map = page.locator(`[data-map-id="${mapId}"]`);
  // The map's code (with MapLibre and deck.gl, loaded even when unused) takes long to parse on a busy machine.
  await expect(map).toHaveAttribute("data-renderer", "svg", { timeout: 60_000 });
  await expect(map).toHaveAttribute("data-map-ready", "true");
  await expect(map.getByTestId("svg-map")).toBeVisible();
  return map;
}

/** The legend colour of class 0 on map `mapId`, as "#rrggbb". */
async function legendClass0(page: Page, mapId: string): Promise<string> {
  const colour = await page.locator(`[data-map-id="${mapId}"] [data-legend-class="0"]`).first().getAttribute("data-colour");
  expect(colour, "legend class 0 gives its colour").not.toBeNull();
  return colour ?? "";
}

/**
 * A page point where the figure area `figureKey` of map `mapId` is what the reader sees (the
 * topmost element there), found by scanning its box; null when none is uncovered.
 */
async function visiblePointOf(page: Page, mapId: string, figureKey: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    ({ mapId, figureKey }) => {
      const path = document.querySelector(`[data-map-id="${mapId}"] path[data-figure-key="${CSS.escape(figureKey)}"]`);
      if (!(path instanceof SVGGeometryElement)) return null;
      const box = path.getBoundingClientRect();
      const svg = path.ownerSVGElement;
      const borders = [...(svg?.querySelectorAll('path[data-outline^="commune"]') ?? [])].filter((p): p is SVGGeometryElement => p instanceof SVGGeometryElement);
      const origin = svg?.getBoundingClientRect() ?? { left: 0, top: 0 };
      const onCommuneBorder = (x: number, y: number) => {
        for (let dx = -2; dx <= 2; dx++)
          for (let dy = -2; dy <= 2; dy++) {
            const point = new DOMPoint(x + dx - origin.left, y + dy - origin.top);
            if (borders.some((b) => b.isPointInStroke(point))) return true;
          }
        return false;
      };
      for (let fy = 0.5; fy < 1; fy += 0.05)
        for (let fx = 0.5; fx < 1; fx += 0.05)
          for (const [x, y] of [
            [box.left + box.width * fx, box.top + box.height * fy],
            [box.left + box.width * (1 - fx), box.top + box.height * (1 - fy)],
          ] as const) {
            // 3 px in from every side, clear of antialiased edges and the outline.
            const clear = [[0, 0], [3, 0], [-3, 0], [0, 3], [0, -3]].every(([dx = 0, dy = 0]) => document.elementFromPoint(x + dx, y + dy) === path);
            // Nor under a commune border (after map), which is drawn over the figures and lets the pointer through.
            if (clear && !onCommuneBorder(x, y)) return { x, y };
          }
      return null;
    },
    { mapId, figureKey },
  );
}

/** The first figure area of map `mapId`: its fill is its legend colour, in the DOM and on screen. */
async function expectFigureInLegendColour(page: Page, mapId: string): Promise<void> {
  const expected = await legendClass0(page, mapId);
  const area = page.locator(`[data-map-id="${mapId}"] path[data-figure-key]`).first();
  await expect(area).toHaveAttribute("fill", expected);
  await expect(area).toHaveAttribute("fill-opacity", "1");
  const key = (await area.getAttribute("data-figure-key")) ?? "";
  const point = await visiblePointOf(page, mapId, key);
  expect(point, `a visible point of ${key}`).not.toBeNull();
  const pixel = await pixelAt(page, point?.x ?? 0, point?.y ?? 0);
  expect(colourClose(pixel, parseColour(expected)), `pixel ${pixel.join(",")} vs legend ${expected}`).toBe(true);
}

test.describe("explorer", () => {
  test("draws the SVG map, in its legend colours, with the note, the indicator picker and the list", async ({ page }) => {
    await page.goto("/?lang=en&ind=workers_abroad&sym=choropleth");
    const map = await svgMap(page, "explorer");
    await expect(map.getByTestId("map-fallback-note")).toHaveText(NOTE_EN);
    await expectFigureInLegendColour(page, "explorer");
    await expect(page.getByLabel("Indicator")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Areas with figures" })).toBeVisible();
    // No raw error text reaches the reader.
    await expect(page.locator("body")).not.toContainText(/Failed to initialize|WebGL2RenderingContext|TypeError|Error:/);
  });

  test("says so in Vietnamese by default; outlines each programme in its own colour and follows the programme filter", async ({ page }) => {
    await page.goto("/");
    const map = await svgMap(page, "explorer");
    await expect(map.getByTestId("map-fallback-note")).toHaveText(NOTE_VI);
    // As on the WebGL map (src/map/programmeAreas.ts): one outline colour per programme, one legend key each.
    const outlines = () =>
      map.locator('[data-outline="programme"]').evaluateAll((paths) => [...new Set(paths.map((p) => `${p.getAttribute("data-programme")} ${p.getAttribute("stroke")}`))].sort());
    const all = await outlines();
    expect(all.length, `programmes outlined: ${all.join("; ")}`).toBeGreaterThanOrEqual(3);
    expect(new Set(all.map((o) => o.split(" ")[1])).size, "each programme in its own colour").toBe(all.length);
    await expect(map.locator("[data-legend-programme-areas]")).toHaveCount(all.length);
    await page.getByLabel(vi.map.controls.programme, { exact: true }).selectOption("hamyen-vet");
    await expect.poll(outlines).toEqual([all.find((o) => o.startsWith("hamyen-vet ")) ?? "hamyen-vet"]);
    await expect(map.locator("[data-legend-programme-areas]")).toHaveCount(1);
  });

  test("counts are one proportional circle per figure, in the symbol colour", async ({ page }) => {
    await page.goto("/?lang=en&sym=symbols");
    const map = await svgMap(page, "explorer");
    await expect(map).toHaveAttribute("data-draw-mode", "symbols");
    const circles = map.locator("circle[data-figure-key]");
    const areas = map.locator("path[data-figure-key]");
    await expect(circles.first()).toBeVisible();
    expect(await circles.count()).toBe(await areas.count());
    const box = await circles.last().boundingBox();
    expect(box).not.toBeNull();
    const pixel = await pixelAt(page, (box?.x ?? 0) + (box?.width ?? 0) / 2, (box?.y ?? 0) + (box?.height ?? 0) / 2);
    expect(colourClose(pixel, SYMBOL), `circle pixel ${pixel.join(",")}`).toBe(true);
  });

  test("an area with a figure is a button: Tab to it and Enter selects it, outlined", async ({ page }) => {
    await page.goto("/?lang=en&ind=workers_abroad&sym=choropleth");
    const map = await svgMap(page, "explorer");
    await expect(map.locator('[data-outline="selection"]')).toHaveCount(0);
    const area = map.getByRole("button").first();
    await area.focus();
    await expect(area).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(map.locator('[data-outline="selection"]')).toHaveCount(1);
    await expect(page).toHaveURL(/[?&]sel=/);
  });

  test("clicking an area in the list selects it on the SVG map too", async ({ page }) => {
    await page.goto("/?lang=en");
    const map = await svgMap(page, "explorer");
    await page.locator(".explorer-map__area").first().click();
    await expect(map.locator('[data-outline="selection"]')).toHaveCount(1);
  });

  test("the profile's zoom-to moves the SVG map to the area", async ({ page }) => {
    await page.goto("/?lang=en&ind=workers_abroad&sym=choropleth&sel=pre2025:074");
    const map = await svgMap(page, "explorer");
    const area = map.locator("path[data-figure-key]").first();
    const before = await area.boundingBox();
    await page.getByRole("region", { name: "Area profile" }).getByRole("button", { name: /^Zoom the map to Hàm Yên/ }).click();
    await expect(page).toHaveURL(/[?&]map=/);
    await expect.poll(async () => (await area.boundingBox())?.width ?? 0).toBeGreaterThan((before?.width ?? 0) * 2);
  });

  test("has no serious or critical axe violations", async ({ page }) => {
    await page.goto("/?lang=en");
    await svgMap(page, "explorer");
    await axeCheck(page);
  });
});

test.describe("before and after", () => {
  test.use({ viewport: { width: 1280, height: 1000 } });

  for (const [layout, query] of [
    ["swipe", "cmp=swipe"],
    ["side by side", "cmp=side"],
  ] as const) {
    test(`${layout}: both maps fall back to SVG in their legend colours, each with the note`, async ({ page }) => {
      await page.goto(`/?view=compare&lang=en&${query}&ind=workers_abroad&sym=choropleth`);
      for (const id of ["compare-before", "compare-after"]) {
        const map = await svgMap(page, id);
        await expect(map.getByTestId("map-fallback-note")).toHaveText(NOTE_EN);
        await expect(map.locator(`[data-legend-class="0"]`).first()).toBeAttached();
        const expected = await legendClass0(page, id);
        await expect(map.locator("path[data-figure-key]").first()).toHaveAttribute("fill", expected);
      }
      // The after map draws the communes from 1 July 2025 (fetched for it alone), the 29 of the five former districts selectable and outlined darker.
      const after = page.locator('[data-map-id="compare-after"]');
      await expect(after.locator("path[data-commune]")).toHaveCount(271);
      await expect(after.locator("path[data-commune][data-unit-id]")).toHaveCount(29);
      await expect(after.locator('[data-outline="commune-focus"]')).toHaveCount(1);
      await expect(page.locator('[data-map-id="compare-before"] [data-outline^="commune"]')).toHaveCount(0);
      // On screen: the swipe shows the before map left of the handle (where the figure is); side by side shows both whole.
      await expectFigureInLegendColour(page, layout === "swipe" ? "compare-before" : "compare-after");
    });
  }

  test("switching swipe to side by side and back keeps the SVG maps", async ({ page }) => {
    await page.goto("/?view=compare&lang=en&cmp=swipe");
    await svgMap(page, "compare-before");
    await page.goto("/?view=compare&lang=en&cmp=side");
    await svgMap(page, "compare-before");
    await svgMap(page, "compare-after");
  });
});

test.describe("national", () => {
  test("the province map is drawn (it is SVG already) with its legend, before and after", async ({ page }) => {
    for (const [v, count] of [
      ["pre", 63],
      ["post", 34],
    ] as const) {
      await page.goto(`/?view=national&lang=en&v=${v}`);
      const map = page.getByTestId("national-map");
      await expect(map).toBeVisible();
      await expect(map.locator("path")).toHaveCount(count);
      const legendFill = await page.getByTestId("national-legend").locator(".swatch").first().evaluate((e) => getComputedStyle(e).backgroundColor);
      const fills = await map.locator("path").evaluateAll((paths) => paths.map((p) => getComputedStyle(p).fill));
      expect(fills, `a province in the legend's first colour ${legendFill}`).toContain(legendFill);
    }
  });
});
