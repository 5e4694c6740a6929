/**
 * The explorer map in the built app: it draws figures in their legend
 * colour and areas without figures in the "not reported" style, hover shows value and source,
 * clicking selects (and the URL follows), the list of areas does the same by keyboard, and no
 * request leaves the origin (the fixtures fail any test that makes one, or logs an error).
 *
 * Points to read are computed (in ./areas.ts) from public/data/boundaries.topo.json with the app's own
 * geometry code, and checked to lie inside their area, so a boundary update cannot make the
 * test read the wrong place silently.
 */
import vi from "../../src/i18n/locales/vi.json" with { type: "json" };
import { labelPoint } from "../../src/map/geometry";
import { fillPoint, shapeOf } from "./areas";
import { axeCheck, colourClose, expect, mapPoint, parseColour, pixelAt, test, waitForMap, type Page } from "./fixtures";

const MAP = "explorer";

const BO_TRACH_DONG_HOI = ["pre2025:455", "pre2025:450"];
const HAM_YEN = "pre2025:074";
const LE_THUY = "pre2025:457";



async function colourAt(page: Page, lngLat: [number, number]) {
  const { x, y } = await mapPoint(page, MAP, lngLat);
  return pixelAt(page, x, y);
}

async function legendColour(page: Page, selector: string): Promise<number[]> {
  const colour = await page.locator(`[data-map-id="${MAP}"] ${selector}`).first().getAttribute("data-colour");
  expect(colour, `legend entry ${selector} gives its colour`).not.toBeNull();
  return parseColour(colour ?? "");
}

function mapParam([lon, lat]: [number, number], zoom: number): string {
  return `${lon.toFixed(4)},${lat.toFixed(4)},${zoom}`;
}

test.describe("the explorer map draws the figures", () => {
  test("a district with a figure has its legend colour (choropleth)", async ({ page }) => {
    const point = fillPoint([HAM_YEN]);
    await page.goto(`/?ind=workers_abroad&sym=choropleth&map=${mapParam(point, 9)}`);
    await waitForMap(page, MAP);
    const expected = await legendColour(page, '[data-legend-class="0"]');
    const actual = await colourAt(page, point);
    expect(colourClose(actual, expected), `pixel ${actual.join(",")} vs legend ${expected.join(",")}`).toBe(true);
  });

  test("a group's figure colours the whole group; a district with none shows the not-reported style, and hovering it says so", async ({ page }) => {
    const group = fillPoint(BO_TRACH_DONG_HOI, 0.1);
    const leThuy = fillPoint([LE_THUY]);
    await page.goto(`/?ind=cases_supported&sym=choropleth&map=${mapParam([106.6, 17.3], 8)}`);
    await waitForMap(page, MAP);
    const classColour = await legendColour(page, '[data-legend-class="0"]');
    const notReported = await legendColour(page, "[data-legend-not-reported]");
    const atGroup = await colourAt(page, group);
    const atLeThuy = await colourAt(page, leThuy);
    expect(colourClose(atGroup, classColour), `group pixel ${atGroup.join(",")} vs legend ${classColour.join(",")}`).toBe(true);
    expect(colourClose(atLeThuy, notReported, 6), `Lệ Thủy pixel ${atLeThuy.join(",")} vs not reported ${notReported.join(",")}`).toBe(true);
    expect(colourClose(atLeThuy, classColour)).toBe(false);
    // The same view serves the hover check of an area without a figure (a load costs CI seconds).
    const { x, y } = await mapPoint(page, MAP, leThuy);
    await page.mouse.move(x, y);
    const tooltip = page.getByTestId("map-tooltip");
    await expect(tooltip).toContainText("Lệ Thủy");
    await expect(tooltip).toContainText(vi.map.tooltip.notReported);
  });
});

// The default first view, loaded once per way of using it (mouse; keyboard and screen reader):
// a load costs CI seconds on SwiftShader. Steps name each check.
test("with the mouse: counts are one proportional symbol per figure in the symbol colour; hovering names area, values and sources; clicking the group's symbol selects both its districts", async ({ page }) => {
  await page.goto("/");
  await waitForMap(page, MAP);
  const { x, y } = await mapPoint(page, MAP, labelPoint(shapeOf(BO_TRACH_DONG_HOI)));
  const tooltip = page.getByTestId("map-tooltip");
  await test.step("counts are drawn as one proportional symbol per figure, in the symbol colour", async () => {
    await expect(page.locator(`[data-map-id="${MAP}"]`)).toHaveAttribute("data-draw-mode", "symbols");
    // 10 px below the centre: inside the circle, clear of the district name drawn over it.
    const actual = await pixelAt(page, x, y + 10);
    expect(colourClose(actual, [217, 95, 2]), `symbol pixel ${actual.join(",")}`).toBe(true);
  });
  await test.step("hovering the symbol shows the area, the range of values and both sources", async () => {
    await page.mouse.move(x, y + 8);
    await expect(tooltip).toContainText("Bố Trạch + Đồng Hới");
    await expect(tooltip).toContainText("135–140");
    await expect(tooltip).toContainText("Báo Quảng Trị");
    await expect(tooltip).toContainText("Thời Đại");
    await expect(tooltip).toContainText("2023–2025");
  });
  await test.step("clicking the group's symbol selects both its districts, and the URL says so", async () => {
    await page.mouse.click(x, y + 8);
    await expect.poll(() => new URL(page.url()).searchParams.get("sel")).toBe(BO_TRACH_DONG_HOI.join(","));
  });
});

test("by keyboard and screen reader: the map region passes axe; choosing an area from the list selects it; 'zoom to' moves the map onto it", async ({ page }) => {
  await page.goto("/");
  await waitForMap(page, MAP);
  await test.step("the map region has no serious accessibility problems", async () => {
    await axeCheck(page, { include: '[data-slot="map"]' });
  });
  await test.step("choosing an area from the list selects it, as a click on the map does", async () => {
    const button = page.locator('[data-slot="map"]').getByRole("button", { name: /^Bố Trạch \+ Đồng Hới/ });
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(button).toHaveAttribute("aria-pressed", "true");
    await expect.poll(() => new URL(page.url()).searchParams.get("sel")).toBe(BO_TRACH_DONG_HOI.join(","));
  });
  await test.step("'zoom to' moves the map onto the area", async () => {
    // The fitted first view reaches the URL a moment after the map is ready.
    await expect.poll(() => new URL(page.url()).searchParams.get("map")).not.toBeNull();
    const before = new URL(page.url()).searchParams.get("map");
    await page.getByRole("button", { name: vi.map.list.zoomLabel.replace("{{name}}", "Bố Trạch + Đồng Hới") }).first().click();
    await expect.poll(() => new URL(page.url()).searchParams.get("map")).not.toBe(before);
    const zoom = Number((new URL(page.url()).searchParams.get("map") ?? "").split(",")[2]);
    expect(zoom).toBeGreaterThan(7);
  });
});

test.describe("after 1 July 2025", () => {
  test("a former group's figure is drawn on the new province, marked as reported for the former units", async ({ page }) => {
    await page.goto("/?v=post");
    await waitForMap(page, MAP);
    const item = page.locator('[data-slot="map"]').getByRole("button", { name: /^Tỉnh Quảng Trị/ });
    await expect(item).toContainText("135–140");
    await expect(item).toContainText("Bố Trạch + Đồng Hới");
    await expect(page.locator(`[data-map-id="${MAP}"] [data-legend-former-district]`)).toBeVisible();
  });
});

// For review only, so only when asked (ATLAS_E2E_REVIEW_SHOTS=1), as in laptop.spec.ts: two page
// loads and two screenshots cost half a minute of SwiftShader time that CI's budget needs.
if (process.env.ATLAS_E2E_REVIEW_SHOTS) test("reference screenshot of the explorer map, for review (not compared)", async ({ page }) => {
  await page.goto("/");
  await waitForMap(page, MAP);
  await page.locator(`[data-slot="map"]`).screenshot({ path: "test/e2e/__screenshots__/map.spec.ts/explorer-map-vi.png", animations: "disabled" });
  await page.goto(`/?lang=en&ind=cases_supported&sym=choropleth&map=${mapParam([106.4, 17.6], 8)}`);
  await waitForMap(page, MAP);
  await page.locator(`[data-slot="map"]`).screenshot({ path: "test/e2e/__screenshots__/map.spec.ts/explorer-map-choropleth-en.png", animations: "disabled" });
});
