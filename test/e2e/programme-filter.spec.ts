/**
 * The reader can keep to one programme: a control in the explorer, kept in the URL (prog=), that
 * changes what the map draws — its figures (pixels), its programme outlines and its description.
 */
import en from "../../src/i18n/locales/en.json" with { type: "json" };
import { fillPoint } from "./areas";
import { colourClose, expect, mapPoint, parseColour, pixelAt, test, waitForMap, type Page, type Rgba } from "./fixtures";
import { canvasDescription, mapLayers } from "./programmeMap";

const MAP = "explorer";
const BO_TRACH = "pre2025:455";

async function legendColour(page: Page, selector: string): Promise<Rgba> {
  const colour = await page.locator(`[data-map-id="${MAP}"] ${selector}`).first().getAttribute("data-colour");
  expect(colour, `legend entry ${selector} gives its colour`).not.toBeNull();
  return parseColour(colour ?? "");
}

test("choosing a programme changes the map, and the choice is kept in the address", async ({ page }) => {
  const point = fillPoint(BO_TRACH);
  // TMSV's cases supported on Bố Trạch + Đồng Hới, as coloured areas, framed on Bố Trạch.
  await page.goto(`/?lang=en&ind=cases_supported&sym=choropleth&map=${point[0].toFixed(4)},${point[1].toFixed(4)},9`);
  await waitForMap(page, MAP);
  const reported = await legendColour(page, '[data-legend-class="0"]');
  const colourAt = async () => {
    const { x, y } = await mapPoint(page, MAP, point);
    return pixelAt(page, x, y);
  };
  await expect.poll(async () => colourClose(await colourAt(), reported), { message: "Bố Trạch is coloured as reported" }).toBe(true);

  const programme = page.getByLabel(en.map.controls.programme, { exact: true });
  await programme.selectOption("hamyen-vet");
  await expect(page).toHaveURL(/[?&]prog=hamyen-vet(&|$)/);
  // Hàm Yên's programme has no figure on Bố Trạch: its land is "not reported" now.
  const notReported = await legendColour(page, "[data-legend-not-reported]");
  await expect.poll(async () => colourClose(await colourAt(), notReported, 6), { message: "Bố Trạch shows 'not reported' under the Hàm Yên programme" }).toBe(true);
  // The indicator list holds the programme's indicators only, and the outlines are the programme's.
  await expect(page.getByLabel(en.map.controls.indicator, { exact: true })).toHaveValue("vocational_classes");
  await expect.poll(() => mapLayers(page, `${MAP}-programme-`)).toEqual({ [`${MAP}-programme-hamyen-vet`]: 1 });
  const description = await canvasDescription(page);
  expect(description).toContain("Hàm Yên");
  expect(description).not.toContain("Can Lộc");

  // Back to every programme: the address drops prog= and Bố Trạch's figure returns.
  await programme.selectOption("");
  await expect(page).not.toHaveURL(/[?&]prog=/);
  await expect.poll(async () => colourClose(await colourAt(), reported)).toBe(true);
});

test("a link with prog= opens the map on that programme", async ({ page }) => {
  await page.goto("/?lang=en&prog=iom-ht-livelihoods&map=105.9,18.3,7");
  await waitForMap(page, MAP);
  await expect(page.getByLabel(en.map.controls.programme, { exact: true })).toHaveValue("iom-ht-livelihoods");
  await expect(page.getByLabel(en.map.controls.indicator, { exact: true })).toHaveValue("skills_courses");
  expect(await mapLayers(page, `${MAP}-programme-`)).toEqual({ [`${MAP}-programme-iom-ht-livelihoods`]: 1 });
});
