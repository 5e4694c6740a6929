/**
 * The WebGL context lost mid-session (a GPU reset, a driver crash, too many maps open), in the
 * default project's browser, which has WebGL: the map that lost it turns into the SVG map
 * (src/map/svg/) with the same figures and a note, and nothing is logged as an error.
 * WEBGL_lose_context makes the browser take the context away as it would on its own.
 */
import { expect, test, waitForMap, type Page } from "./fixtures";

/** Takes the WebGL context of map `mapId` away, as the browser would. */
async function loseContext(page: Page, mapId: string): Promise<void> {
  const lost = await page.evaluate((id) => {
    const canvas = document.querySelector(`[data-map-id="${id}"] canvas.maplibregl-canvas`);
    if (!(canvas instanceof HTMLCanvasElement)) return false;
    const gl = canvas.getContext("webgl2");
    const extension = gl?.getExtension("WEBGL_lose_context");
    if (extension === null || extension === undefined) return false;
    extension.loseContext();
    return true;
  }, mapId);
  expect(lost, `map ${mapId} had a WebGL context to lose`).toBe(true);
}

test("the explorer map turns into the SVG map, with its figures and the note, when WebGL is lost", async ({ page }) => {
  // The WebGL map on SwiftShader: on a shared 2-core machine its first complete draw has taken over 60 s.
  test.setTimeout(240_000);
  await page.goto("/?lang=en&ind=workers_abroad&sym=choropleth");
  await waitForMap(page, "explorer", 180_000);
  const map = page.locator('[data-map-id="explorer"]');
  await expect(map).not.toHaveAttribute("data-renderer", "svg");
  const figuresBefore = await page.locator(".explorer-map__area").count();
  expect(figuresBefore).toBeGreaterThan(0);

  await loseContext(page, "explorer");

  await expect(map).toHaveAttribute("data-renderer", "svg");
  await expect(map).toHaveAttribute("data-fallback-reason", "lost");
  await expect(map.getByTestId("svg-map")).toBeVisible();
  await expect(map.getByTestId("map-fallback-note")).toHaveText("The browser stopped drawing the WebGL map; showing a simpler map.");
  await expect(map.locator("canvas")).toHaveCount(0);
  await expect(map.locator("path[data-figure-key]")).toHaveCount(figuresBefore);
  const legendColour = await map.locator('[data-legend-class="0"]').first().getAttribute("data-colour");
  await expect(map.locator("path[data-figure-key]").first()).toHaveAttribute("fill", legendColour ?? "none");
  // The page still works: the indicator picker changes what the SVG map shows.
  await page.getByLabel("Indicator").selectOption({ index: 0 });
  await expect(map.getByTestId("svg-map")).toBeVisible();
});

test("in the side-by-side view only the map that lost its context falls back", async ({ page }) => {
  // Two WebGL maps on SwiftShader: on a shared 2-core machine the first complete draw has taken over 90 s.
  test.setTimeout(240_000);
  await page.goto("/?view=compare&lang=en&cmp=side");
  await waitForMap(page, "compare-before", 180_000);
  await waitForMap(page, "compare-after", 180_000);
  await loseContext(page, "compare-after");
  await expect(page.locator('[data-map-id="compare-after"]')).toHaveAttribute("data-renderer", "svg");
  await expect(page.locator('[data-map-id="compare-before"] canvas.maplibregl-canvas')).toBeVisible();
});
