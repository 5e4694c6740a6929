/**
 * The period control drives the map: a figure whose period lies outside
 * the chosen years is not drawn, and its area falls back to the "not reported" style. Moved by
 * keyboard, as a presenter would step through years.
 */
import en from "../../src/i18n/locales/en.json" with { type: "json" };
import { fillPoint } from "./areas";
import { colourClose, expect, mapPoint, parseColour, pixelAt, test, waitForMap, type Page, type Rgba } from "./fixtures";

const MAP = "explorer";
const HAM_YEN = "pre2025:074";


async function legendColour(page: Page, selector: string): Promise<Rgba> {
  const colour = await page.locator(`[data-map-id="${MAP}"] ${selector}`).first().getAttribute("data-colour");
  expect(colour, `legend entry ${selector} gives its colour`).not.toBeNull();
  return parseColour(colour ?? "");
}

async function colourAt(page: Page, lngLat: [number, number]): Promise<Rgba> {
  const { x, y } = await mapPoint(page, MAP, lngLat);
  return pixelAt(page, x, y);
}

test("stepping the period past a figure's half-year takes it off the map", async ({ page }) => {
  const point = fillPoint(HAM_YEN);
  // Hàm Yên's 68 workers abroad cover January–June 2023.
  await page.goto(`/?lang=en&ind=workers_abroad&sym=choropleth&map=${point[0].toFixed(4)},${point[1].toFixed(4)},9`);
  await waitForMap(page, MAP);
  const reported = await legendColour(page, '[data-legend-class="0"]');
  const notReported = await legendColour(page, "[data-legend-not-reported]");
  await expect.poll(async () => colourClose(await colourAt(page, point), reported)).toBe(true);

  // From 2019 to 2024, by keyboard: the window 2024–2026 no longer holds the 2023 figure.
  const from = page.getByLabel(en.explore.period.from, { exact: true });
  await from.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/[?&]per=2024-2026(&|$)/);
  await expect
    .poll(async () => colourClose(await colourAt(page, point), notReported, 6), { message: "Hàm Yên shows 'not reported' for 2024–2026" })
    .toBe(true);

  // And back to 2023: the figure returns.
  for (let i = 0; i < 1; i++) await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL(/[?&]per=2023-2026(&|$)/);
  await expect.poll(async () => colourClose(await colourAt(page, point), reported)).toBe(true);
});
