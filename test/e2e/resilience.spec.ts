/**
 * Faults in the built app: a region that throws, and data that is missing, stalled, damaged,
 * or a broken crosswalk or manifest. Each shows a panel that names what failed, in the
 * reader's language, with a retry; and the header, the navigation and the other regions keep
 * working.
 *
 * A region is made to throw through `window.__atlasFaults` (src/ui/RegionBoundary.tsx),
 * which only a test sets. Data faults go through page.route; nothing on disk changes. A
 * stalled request is cut short by `?loadTimeout=MS` (src/data/hooks.ts), so the test waits
 * seconds, not the readers' default of a minute.
 */
import en from "../../src/i18n/locales/en.json" with { type: "json" };
import vi from "../../src/i18n/locales/vi.json" with { type: "json" };
import { corruptDataFile, expect, test, waitForMap, type Page } from "./fixtures";

// Several screens and maps per test, on SwiftShader, on a shared machine: generous limits for
// what appears first on a screen (SLOW) and for maps (MAP_MS).
test.describe.configure({ timeout: 300_000 });
test.use({ actionTimeout: 120_000 });
const SLOW = { timeout: 120_000 };
const MAP_MS = 150_000;

function figuresTable(page: Page) {
  return page.getByRole("table", { name: vi.table.caption });
}

/** The alert that names `file` (a data file error panel). */
function filePanel(page: Page, file: string) {
  return page.locator(`[role="alert"][data-error-file="${file}"]`).first();
}

function regionPanel(page: Page, region: string) {
  return page.locator(`[data-region-error="${region}"] [role="alert"]`);
}

async function injectFaults(page: Page, regions: string[]): Promise<void> {
  await page.addInitScript((names) => {
    (window as unknown as { __atlasFaults: string[] }).__atlasFaults = names;
  }, regions);
}

async function clearFaults(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __atlasFaults: string[] }).__atlasFaults = [];
  });
}

/**
 * The header still switches screens (national and back). Called while the explorer has no
 * live map: leaving a drawn map is the map teardown's business (src/map/), tested by the
 * click-path tests.
 */
async function navigationWorks(page: Page): Promise<void> {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(vi.app.title);
  await page.getByRole("link", { name: vi.header.view.national }).click();
  await expect(page.getByRole("region", { name: vi.app.regions.national })).toBeVisible(SLOW);
  await expect(page.getByRole("link", { name: vi.header.view.national })).toHaveAttribute("aria-current", "page");
  await page.getByRole("link", { name: vi.header.view.explorer }).click();
  await expect(figuresOrPanel(page)).toBeVisible(SLOW);
}

/** The header still switches language. */
async function languageWorks(page: Page): Promise<void> {
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.app.title);
}

/** The figures table, or the panel that replaced it. */
function figuresOrPanel(page: Page) {
  return page.getByRole("region", { name: vi.app.regions.figures });
}

test.describe("a region that fails", () => {
  test.use({ allowConsoleErrors: [/^\[atlas\] a region failed and shows its error panel: Error: test fault injected in region/] });

  test("the map region shows a named panel; the table, the header and retry work", async ({ page }) => {
    await injectFaults(page, ["map"]);
    await page.goto("/");
    const panel = regionPanel(page, "map");
    await expect(panel).toContainText(vi.errors.component.message.replace("{{part}}", vi.app.regions.map), SLOW);
    await expect(figuresTable(page)).toBeVisible(SLOW);
    await expect(page.getByRole("region", { name: vi.app.regions.profile })).toBeVisible();
    await navigationWorks(page);
    await expect(panel).toBeVisible(SLOW);
    await clearFaults(page);
    await panel.getByRole("button", { name: vi.errors.retry }).click();
    await waitForMap(page, "explorer", MAP_MS);
    await expect(regionPanel(page, "map")).toHaveCount(0);
  });

  test("the figures table fails alone; the map still draws", async ({ page }) => {
    await injectFaults(page, ["figures"]);
    await page.goto("/");
    await expect(regionPanel(page, "figures")).toContainText(vi.app.regions.figures, SLOW);
    await waitForMap(page, "explorer", MAP_MS);
    await clearFaults(page);
    await regionPanel(page, "figures").getByRole("button", { name: vi.errors.retry }).click();
    await expect(figuresTable(page)).toBeVisible();
  });

  test("on the compare screen, failed maps leave the what-changed panel working", async ({ page }) => {
    await injectFaults(page, ["compare-maps"]);
    await page.goto("/?view=compare&sel=pre2025:450");
    await expect(regionPanel(page, "compare-maps")).toContainText(vi.app.regions.compareMaps, SLOW);
    await expect(page.getByTestId("compare-unit-picker")).toBeVisible();
    await expect(page.getByRole("heading", { name: vi.compare.totals.title })).toBeVisible();
    await clearFaults(page);
    await regionPanel(page, "compare-maps").getByRole("button", { name: vi.errors.retry }).click();
    await waitForMap(page, "compare-before", MAP_MS);
    await waitForMap(page, "compare-after", MAP_MS);
  });

  test("a failure outside every region replaces the page with a panel, not a white page", async ({ page }) => {
    await injectFaults(page, ["app"]);
    await page.goto("/");
    await expect(regionPanel(page, "app")).toContainText(vi.app.title, SLOW);
    await expect(page.getByRole("banner")).toHaveCount(0);
    await clearFaults(page);
    await regionPanel(page, "app").getByRole("button", { name: vi.errors.retry }).click();
    await expect(figuresTable(page)).toBeVisible(SLOW);
    await languageWorks(page);
  });
});

test.describe("data that does not arrive as published", () => {
  test.describe("a missing file", () => {
    // Chromium logs every 404 as a console error.
    test.use({ allowConsoleErrors: [/status of 404/] });

    test("says 'missing' and names the file; the header works", async ({ page }) => {
      await corruptDataFile(page, "figures.json", "missing");
      await page.goto("/");
      const panel = filePanel(page, "figures.json");
      await expect(panel).toContainText(vi.errors.missing.message.replace("{{file}}", "figures.json"), SLOW);
      await expect(panel).not.toContainText("JSON");
      await navigationWorks(page);
      // The national screen does not hang on "loading" either: it names the file too.
      await page.getByRole("link", { name: vi.header.view.national }).click();
      await expect(page.getByRole("region", { name: vi.app.regions.national }).locator('[data-error-file="figures.json"]')).toBeVisible(SLOW);
    });
  });

  test("a file the server answers with its index page (a single-page fallback) is called missing", async ({ page }) => {
    await page.route(/\/data\/figures\.json(\?.*)?$/, (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>x</title>" }));
    await page.goto("/");
    await expect(filePanel(page, "figures.json")).toContainText(vi.errors.missing.message.replace("{{file}}", "figures.json"), SLOW);
  });

  test("a stalled request ends in a panel naming the file, and retry loads it", async ({ page }) => {
    let stall = true;
    await page.route(/\/data\/units\.json(\?.*)?$/, async (route) => {
      if (stall) return; // never answered: the request hangs until the app gives up on it
      await route.continue();
    });
    await page.goto("/?loadTimeout=1500");
    const panel = filePanel(page, "units.json");
    await expect(panel).toHaveAttribute("data-error-kind", "timeout", SLOW);
    await expect(panel).toContainText("units.json");
    // Nothing is left saying "loading" once the chart's turn has come (it waits for the map, or 4 s).
    await expect(page.getByRole("region", { name: vi.app.regions.chart }).locator('[data-error-file="units.json"]')).toBeVisible(SLOW);
    await expect(page.getByText(vi.app.loading, { exact: true })).toHaveCount(0);
    await expect(page.getByText(vi.map.loading, { exact: true })).toHaveCount(0);
    stall = false;
    await panel.getByRole("button", { name: vi.errors.retry }).click();
    await expect(figuresTable(page)).toBeVisible(SLOW);
    await waitForMap(page, "explorer", MAP_MS);
    await expect(page.locator('[role="alert"][data-error-file]')).toHaveCount(0);
  });

  test("bytes that differ from the manifest's checksum are called corrupt or outdated", async ({ page }) => {
    // Valid JSON of the right version, one figure changed, the manifest as published: only the checksum can tell.
    await page.route(/\/data\/figures\.json(\?.*)?$/, async (route) => {
      const response = await route.fetch();
      const json = (await response.json()) as { observations: { value: number }[] };
      const [first] = json.observations;
      if (first !== undefined) first.value += 1;
      await route.fulfill({ response, json });
    });
    await page.goto("/");
    const panel = filePanel(page, "figures.json");
    await expect(panel).toHaveAttribute("data-error-kind", "checksum", SLOW);
    await expect(panel).toContainText(vi.errors.checksum.message.replace("{{file}}", "figures.json"));
    await navigationWorks(page);
  });

  test("a broken crosswalk leaves the map, chart and table up, and names the file where it is needed", async ({ page }) => {
    await corruptDataFile(page, "crosswalk.json", "invalid-json");
    await page.goto("/");
    await waitForMap(page, "explorer", MAP_MS);
    await expect(figuresTable(page)).toBeVisible(SLOW);
    const mapRegion = page.getByRole("region", { name: vi.app.regions.map });
    await expect(mapRegion.locator('[data-error-file="crosswalk.json"]')).toContainText(vi.errors.crosswalkNote);
    const chart = page.getByRole("region", { name: vi.app.regions.chart }).getByTestId("trend-panel");
    await expect(chart).toHaveAttribute("aria-labelledby", /.+/, SLOW);
    await expect(chart).not.toContainText(vi.chart.unavailable);
    // Opened by address: leaving the drawn explorer map is the click-path tests' business.
    await page.goto("/?view=compare");
    const comparePanel = page.getByRole("region", { name: vi.app.regions.compare }).locator('[data-error-file="crosswalk.json"]');
    await expect(comparePanel).toContainText("crosswalk.json", SLOW);
  });

  test("a broken manifest costs the data version and credits, not the atlas", async ({ page }) => {
    await corruptDataFile(page, "manifest.json", "invalid-json");
    await page.goto("/");
    await expect(page.getByRole("contentinfo").locator('[data-error-file="manifest.json"]')).toContainText(vi.errors.manifestNote, SLOW);
    await expect(figuresTable(page)).toBeVisible(SLOW);
    await waitForMap(page, "explorer", MAP_MS);
    await languageWorks(page);
  });
});
