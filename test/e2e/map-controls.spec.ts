/**
 * The map's own buttons speak the app's language: MapLibre names them in English once, at
 * creation, and a Vietnamese presenter's screen reader would otherwise hear "Zoom in".
 */
import en from "../../src/i18n/locales/en.json" with { type: "json" };
import vi from "../../src/i18n/locales/vi.json" with { type: "json" };
import { expect, test, waitForMap } from "./fixtures";

test("zoom buttons are named in Vietnamese, then in English after the switch", async ({ page }) => {
  await page.goto("/");
  await waitForMap(page, "explorer");
  const map = page.locator('[data-map-id="explorer"]');
  await expect(map.getByRole("button", { name: vi.map.controls.zoomIn, exact: true })).toBeVisible();
  await expect(map.getByRole("button", { name: vi.map.controls.zoomOut, exact: true })).toBeVisible();

  await page.getByRole("button", { name: "English", exact: true }).click();
  await expect(map.getByRole("button", { name: en.map.controls.zoomIn, exact: true })).toBeVisible();
  await expect(map.getByRole("button", { name: vi.map.controls.zoomIn, exact: true })).toHaveCount(0);
});
