/**
 * The foundation, in the built app: it loads cleanly, shows every figure with its
 * source and quote, speaks Vietnamese and English, survives a broken data file, stays on its
 * own origin and passes an accessibility scan. Every test also fails on any console error or
 * request to another origin (see fixtures.ts).
 *
 * UI wording comes from the message files, so a reworded label does not break a test while a
 * missing translation (a raw key on screen) still does. Figures, places and publishers are
 * written out: they are what a donor reads and must not change silently.
 */
import en from "../../src/i18n/locales/en.json" with { type: "json" };
import vi from "../../src/i18n/locales/vi.json" with { type: "json" };
import { axeCheck, corruptDataFile, expect, requestsMade, serveChangedDataFile, test, type Page } from "./fixtures";

/** The figures table, found by its caption as a screen-reader user finds it. */
function figuresTable(page: Page, lang: "vi" | "en" = "vi") {
  return page.getByRole("table", { name: (lang === "vi" ? vi : en).table.caption });
}

/** The table row(s) of an area that show a given number as a whole word (663, not 1663). */
function figureRow(page: Page, area: string, value: string, lang: "vi" | "en" = "vi") {
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return figuresTable(page, lang)
    .getByRole("row")
    .filter({ hasText: area })
    .filter({ hasText: new RegExp(`(^|[^\\d.,])${escaped}([^\\d.,]|$)`) });
}

async function openExplorer(page: Page, path = "/") {
  await page.goto(path);
  await expect(figuresTable(page)).toBeVisible();
}

// Each test walks several checks on one page load (steps name them): on SwiftShader a load costs
// seconds of CI's budgeted time, and a reader does these things one after another anyway.
test("the first screen, in Vietnamese: the programme's figures with sources and quotes, sorting, its own origin only, axe", async ({ page, baseURL }) => {
  await openExplorer(page);
  await test.step("loads in Vietnamese with the programme's figures", async () => {
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(vi.app.title);
    // Header row plus at least the five seed documents' figures.
    expect(await figuresTable(page).getByRole("row").count()).toBeGreaterThan(5);
  });
  await test.step("shows the two disagreeing figures for Bố Trạch + Đồng Hới side by side, with both sources", async () => {
    const row = figureRow(page, "Bố Trạch + Đồng Hới", "140").filter({ hasText: /(^|\D)135(\D|$)/ });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(vi.table.conflict);
    await expect(row).toContainText("Thời Đại");
    await expect(row).toContainText("Báo Quảng Trị");
    // Reported for the pair as a group of districts, not for either district.
    await expect(row).toContainText(vi.common.level.group.district);
  });
  await test.step("opens the verbatim quotes of the conflict in their own languages", async () => {
    await figureRow(page, "Bố Trạch + Đồng Hới", "140").getByRole("button", { expanded: false }).first().click();
    await expect(page.locator('blockquote[lang="fr"]').filter({ hasText: "Le projet a soutenu 135 cas" })).toBeVisible();
    await expect(page.locator('blockquote[lang="vi"]').filter({ hasText: "hỗ trợ cho 140 trường hợp" })).toBeVisible();
  });
  await test.step("shows Hà Tĩnh's 663 trainees as a province-level figure from Báo Hà Tĩnh, dated the Vietnamese way, with its quote", async () => {
    const row = figureRow(page, "Hà Tĩnh", "663");
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(vi.common.level.province);
    await expect(row.getByRole("link", { name: /Báo Hà Tĩnh/ })).toHaveAttribute("href", /^https:\/\/baohatinh\.vn\//);
    // Short (table cell) or long (detail) style, day first either way; never the English month.
    await expect(row).toContainText(/27\/5\/2025|27 tháng 5,? (năm )?2025/);
    await expect(row).not.toContainText("May");
    await row.getByRole("button", { expanded: false }).first().click();
    await expect(page.locator('blockquote[lang="en"]').filter({ hasText: "for 663 students" }).first()).toBeVisible();
  });
  await test.step("loads everything from its own origin: code, fonts and data", async () => {
    // Lazy chunks and every data file have arrived, so a late error would have been logged.
    await page.waitForLoadState("networkidle");
    const urls = requestsMade(page).map((r) => r.url());
    const origin = new URL(baseURL ?? "").origin;
    for (const file of ["manifest.json", "units.json", "figures.json"]) {
      expect(urls, `${file} requested from ${origin}`).toContainEqual(`${origin}/data/${file}`);
    }
    expect(urls.some((u) => u.startsWith(`${origin}/assets/`) && /\.woff2?$/.test(u)), "a bundled web font").toBe(true);
    // The fixture fails this test (and every other) on any request to another origin.
  });
  await test.step("axe-core finds no serious or critical problem, with quotes open", async () => {
    await axeCheck(page);
  });
  await test.step("sorts by value when the column header is pressed", async () => {
    const header = figuresTable(page).getByRole("columnheader", { name: vi.table.columns.value });
    const sort = header.getByRole("button");
    await sort.click();
    await expect(header).toHaveAttribute("aria-sort", /ascending|descending/);
    if ((await header.getAttribute("aria-sort")) !== "descending") await sort.click();
    await expect(header).toHaveAttribute("aria-sort", "descending");
    // The largest figure of the programme comes first.
    await expect(figuresTable(page).getByRole("row").nth(1)).toContainText(/(^|\D)663(\D|$)/);
  });
});

test.describe("language", () => {
  test("switched to English: interface text, page language, dates, the address; axe with a quote open; a reload stays in English", async ({ page }) => {
    await openExplorer(page);
    await page.getByRole("button", { name: "English" }).click();
    await test.step("the interface text and the page language change", async () => {
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.app.title);
      await expect(figuresTable(page, "en")).toBeVisible();
      await expect(figuresTable(page, "en").getByRole("columnheader", { name: en.table.columns.source })).toBeVisible();
      await expect(page.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
    });
    await test.step("dates read the English way: 27 May 2025", async () => {
      await expect(figureRow(page, "Hà Tĩnh", "663", "en")).toContainText("27 May 2025");
    });
    await test.step("axe-core finds no serious or critical problem in English with a quote open", async () => {
      await figureRow(page, "Bố Trạch + Đồng Hới", "140", "en").getByRole("button", { expanded: false }).first().click();
      await expect(page.locator('blockquote[lang="fr"]').first()).toBeVisible();
      await page.waitForLoadState("networkidle");
      await axeCheck(page);
    });
    await test.step("the language is kept in the address, so a reload stays in English", async () => {
      await expect(page).toHaveURL(/[?&]lang=en(&|$)/);
      await page.reload();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.app.title);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
    });
  });

  test("formats numbers for the language: 12.345 in Vietnamese, 12,345 in English", async ({ page }) => {
    // The programme has no figure of 1,000 or more yet; serve one, to this page only.
    await serveChangedDataFile<{ observations: { id: string; value: number }[] }>(page, "figures.json", (figures) => ({
      ...figures,
      observations: figures.observations.map((o) => (o.id === "ha-tinh-skills-trainees-2023-2025" ? { ...o, value: 12345 } : o)),
    }));
    await openExplorer(page);
    await expect(figureRow(page, "Hà Tĩnh", "12.345")).toHaveCount(1);
    await page.getByRole("button", { name: "English" }).click();
    await expect(figureRow(page, "Hà Tĩnh", "12,345", "en")).toHaveCount(1);
  });
});

test.describe("broken data", () => {
  test("an unreadable figures.json shows an error panel naming the file; the rest still works", async ({ page }) => {
    await corruptDataFile(page, "figures.json", "invalid-json");
    await page.goto("/");
    const panel = page.getByRole("alert").filter({ hasText: "figures.json" }).first();
    await expect(panel).toBeVisible();
    await expect(panel).toContainText("npm run data");
    // What does not need figures.json: header, language switch, data credits from the manifest.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(vi.app.title);
    await expect(page.getByRole("contentinfo")).toContainText("geoBoundaries");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.app.title);
    await expect(page.getByRole("alert").filter({ hasText: "figures.json" }).first()).toBeVisible();
  });

  test("a figures.json of another schema version is refused with both versions named", async ({ page }) => {
    await corruptDataFile(page, "figures.json", "wrong-schema-version");
    await page.goto("/");
    const panel = page.getByRole("alert").filter({ hasText: "figures.json" }).first();
    await expect(panel).toBeVisible();
    await expect(panel).toContainText("999");
    await expect(figuresTable(page)).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(vi.app.title);
  });
});
