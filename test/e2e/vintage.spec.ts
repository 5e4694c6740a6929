/**
 * One switch for the boundary vintage, in the built explorer: the switch sits in
 * the first screen's controls and works by keyboard; switching to the post-2025 boundaries
 * changes the map (its data-vintage, the drawn areas read as pixels, the list of areas), the
 * legend (the dashed "former district" entry), the figures table (where each figure sits
 * under the new map, the method and the totals check), the profile and the URL (v=post); a
 * reload restores it; axe finds nothing serious. Through the fixtures, no request leaves the
 * origin and nothing is logged as an error.
 *
 * Points on the map are computed (in ./areas.ts) from public/data/boundaries.topo.json with the app's own
 * geometry code and checked to lie inside their area.
 */
import en from "../../src/i18n/locales/en.json" with { type: "json" };
import vi from "../../src/i18n/locales/vi.json" with { type: "json" };
import { fillPoint } from "./areas";
import { axeCheck, colourClose, expect, mapPoint, parseColour, pixelAt, test, waitForMap, type Page } from "./fixtures";
import { clickLanguage } from "./screens";

const MAP = "explorer";
/** The former Quảng Trị province: no figure of its own before 2025; part of the new Quảng Trị, which the Bố Trạch + Đồng Hới figure is carried into. */
const OLD_QUANG_TRI = "pre2025:45";


function explorerMap(page: Page) {
  return page.locator(`[data-map-id="${MAP}"]`);
}

function areaList(page: Page) {
  return page.locator('[data-slot="map"] .explorer-map__list');
}

function figuresTable(page: Page) {
  return page.getByRole("table", { name: en.table.caption });
}

async function legendColour(page: Page, selector: string) {
  const colour = await explorerMap(page).locator(selector).first().getAttribute("data-colour");
  expect(colour, `legend entry ${selector} gives its colour`).not.toBeNull();
  return parseColour(colour ?? "");
}

test("switching the vintage changes the map, the legend, the table and the URL, and a reload restores it", async ({ page }) => {
  const point = fillPoint(OLD_QUANG_TRI, 0.15);
  await page.goto(`/?lang=en&ind=cases_supported&sym=choropleth&map=${point[0].toFixed(4)},${point[1].toFixed(4)},8`);
  await waitForMap(page, MAP);

  // Before 1 July 2025: the old provinces; the figure sits on Bố Trạch + Đồng Hới; nothing on the former Quảng Trị.
  await expect(explorerMap(page)).toHaveAttribute("data-vintage", "pre2025");
  await expect(explorerMap(page).locator("[data-legend-former-district]")).toHaveCount(0);
  await expect(areaList(page).getByRole("button", { name: /^Bố Trạch \+ Đồng Hới/ })).toBeVisible();
  await expect(figuresTable(page).getByRole("columnheader", { name: new RegExp(en.vintage.table.column) })).toHaveCount(0);
  const notReported = await legendColour(page, "[data-legend-not-reported]");
  const { x, y } = await mapPoint(page, MAP, point);
  const pixelBefore = await pixelAt(page, x, y);
  expect(colourClose(pixelBefore, notReported, 6), `former Quảng Trị before: ${pixelBefore.join(",")} vs not reported`).toBe(true);

  await page.getByRole("radio", { name: en.vintage.switch.post2025 }).check();

  // From 1 July 2025: the new provinces; the figure is carried into the new Quảng Trị and drawn there.
  await expect(page).toHaveURL(/[?&]v=post(&|$)/);
  await expect(explorerMap(page)).toHaveAttribute("data-vintage", "post2025");
  await expect(explorerMap(page).locator("[data-legend-former-district]")).toBeVisible();
  const carried = areaList(page).getByRole("button", { name: /^Quảng Trị Province/ });
  await expect(carried).toContainText("135–140");
  await expect(carried).toContainText("Bố Trạch + Đồng Hới");
  const classColour = await legendColour(page, '[data-legend-class="0"]');
  await expect
    .poll(async () => colourClose(await pixelAt(page, x, y), classColour), { message: "the former Quảng Trị now shows the new province's carried figure" })
    .toBe(true);

  const table = figuresTable(page);
  await expect(table.getByRole("columnheader", { name: new RegExp(en.vintage.table.column) })).toBeVisible();
  await expect(table.locator('tr[data-placement="carried"]').filter({ hasText: "Bố Trạch + Đồng Hới" }).first()).toContainText(
    "within Quảng Trị Province (new), carried whole from Bố Trạch + Đồng Hới",
  );
  await expect(table.locator('tr[data-placement="not-carried"]').first()).toContainText("not carried: its units went into 2 new provinces — kept with the former units");
  await expect(page.getByTestId("vintage-method")).toContainText(en.vintage.method.title);
  await expect(page.getByTestId("vintage-totals")).toHaveAttribute("data-agree", "true");

  await page.reload();
  await waitForMap(page, MAP);
  await expect(explorerMap(page)).toHaveAttribute("data-vintage", "post2025");
  await expect(page.getByRole("radio", { name: en.vintage.switch.post2025 })).toBeChecked();
  await expect(figuresTable(page).getByRole("columnheader", { name: new RegExp(en.vintage.table.column) })).toBeVisible();
});

test("the vintage switch is on the first screen, labelled, and works with the keyboard", async ({ page }) => {
  await page.goto("/");
  const controls = page.getByRole("group", { name: vi.app.regions.controls });
  const group = controls.getByRole("group", { name: vi.vintage.switch.legend });
  await expect(group).toBeInViewport();
  const before = group.getByRole("radio", { name: vi.vintage.switch.pre2025 });
  await expect(before).toBeChecked();
  await before.focus();
  await page.keyboard.press("ArrowRight");
  await expect(group.getByRole("radio", { name: vi.vintage.switch.post2025 })).toBeChecked();
  await expect.poll(() => new URL(page.url()).searchParams.get("v")).toBe("post");
});

test("a new commune says its former district's figures are not divided, and opens that district", async ({ page }) => {
  await page.goto("/?lang=en&v=post&sel=post2025:19141");
  const note = page.getByTestId("split-former-note");
  await expect(note).toContainText("its figures are not divided among them");
  // The after map draws the communes around the selection first; on SwiftShader that holds the
  // page's thread long enough for a click to miss its deadline on a loaded machine.
  await waitForMap(page, MAP);
  await note.getByRole("button", { name: /Bố Trạch District/ }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get("sel")).toBe("pre2025:455");
  await expect.poll(() => new URL(page.url()).searchParams.get("v")).toBeNull();
});

// One load for both (a load costs CI seconds on SwiftShader): the axe scan, then the profile read in English.
test("the explorer under the post-2025 boundaries passes axe; the profile of the new Quảng Trị shows the figure carried into it, not 'no figures'", async ({ page }) => {
  await page.goto("/?v=post&sel=post2025:44");
  await waitForMap(page, MAP);
  await expect(page.getByTestId("vintage-method")).toBeVisible();
  await axeCheck(page, { include: "#main" });
  await clickLanguage(page, "en");
  const profile = page.getByTestId("area-profile");
  const carried = profile.locator('[data-placement="carried"][data-area-key="group:bo-trach-dong-hoi"]');
  await expect(carried).toContainText("Reported for the former Bố Trạch + Đồng Hới; carried whole into this unit");
  await expect(carried).toContainText("140");
  await expect(profile).not.toContainText(en.profile.noFigures);
});
