/**
 * Leaving a screen removes its maps; nothing may throw while they go. The views are reached by
 * clicking, as a person does (every other browser test opens its screen by URL, so a map torn
 * down by navigation was never seen): explorer → before/after → national → explorer, and the
 * before/after layout swipe ↔ side by side several times. The fixtures fail the test on any
 * uncaught exception or console error; each step also waits for the new screen's maps to draw
 * (data-map-ready), so a blanked page fails here and not only in the fixture.
 */
import { expect, test, waitForMap, type Page } from "./fixtures";

const EXPLORER = "explorer";
const BEFORE = "compare-before";
const AFTER = "compare-after";

// Each step draws one or two fresh WebGL maps on SwiftShader, on a CPU shared with other work:
// give the walk room (a timeout here only bounds a hang; it measures nothing).
test.setTimeout(8 * 60_000);
const MAP_WAIT = 150_000;

async function mapDrawn(page: Page, mapId: string): Promise<void> {
  await waitForMap(page, mapId, MAP_WAIT);
}

async function openScreen(page: Page, name: "Explorer" | "Before–after" | "National"): Promise<void> {
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name }).click({ timeout: MAP_WAIT });
  await expect(page.getByRole("link", { name, exact: true })).toHaveAttribute("aria-current", "page", { timeout: MAP_WAIT });
}

async function expectCompareMapsDrawn(page: Page): Promise<void> {
  await mapDrawn(page, BEFORE);
  await mapDrawn(page, AFTER);
}

test("clicking explorer → before/after → national → explorer removes each screen's maps without an error", async ({ page }) => {
  await page.goto("/?lang=en");
  await mapDrawn(page, EXPLORER);

  await openScreen(page, "Before–after");
  await expectCompareMapsDrawn(page);

  await openScreen(page, "National");
  await expect(page.getByTestId("national-map")).toBeVisible({ timeout: MAP_WAIT });
  await expect(page.locator("[data-map-id]")).toHaveCount(0);

  await openScreen(page, "Explorer");
  await mapDrawn(page, EXPLORER);

  // Straight from the explorer to the national screen too (the explorer map is removed there).
  await openScreen(page, "National");
  await expect(page.getByTestId("national-map")).toBeVisible({ timeout: MAP_WAIT });
  await expect(page.locator("[data-map-id]")).toHaveCount(0);

  await openScreen(page, "Explorer");
  await mapDrawn(page, EXPLORER);
  // The page is still there, not a white page.
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator(`[data-map-id="${EXPLORER}"] canvas`)).toBeVisible();
});

test("switching the before/after layout swipe ↔ side by side replaces both maps without an error", async ({ page }) => {
  // Opened by address, so only the layout switch tears maps down here.
  await page.goto("/?view=compare&lang=en");
  await expectCompareMapsDrawn(page);

  // Each layout's maps only need to exist with their controls for the teardown to be tested:
  // wait for both attribution controls (what used to throw), then switch again.
  const layout = page.getByTestId("compare-mode");
  const controlsAdded = page.locator("[data-map-id] .maplibregl-ctrl-attrib");
  for (const [mode, stage] of [
    ["Side by side", "compare-side"],
    ["Swipe", "compare-stage"],
    ["Side by side", "compare-side"],
  ] as const) {
    await layout.getByLabel(mode).check({ timeout: MAP_WAIT });
    await expect(page.getByTestId(stage)).toBeVisible({ timeout: MAP_WAIT });
    await expect(controlsAdded).toHaveCount(2, { timeout: MAP_WAIT });
  }
  await expectCompareMapsDrawn(page);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
