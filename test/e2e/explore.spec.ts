/**
 * The explorer's selection, time and search, in the built app: choosing an
 * area updates the profile, the trend chart and the URL; the URL restores the view; the
 * period control drives the charts; phone width does not scroll sideways; axe finds nothing
 * serious. Every test also fails on a console error or a request to another origin (fixtures).
 *
 * Labels come from the message files, so rewording does not break a test; place names and
 * figures are written out because they are what a reader sees.
 */
import en from "../../src/i18n/locales/en.json" with { type: "json" };
import vi from "../../src/i18n/locales/vi.json" with { type: "json" };
import { axeCheck, expect, test, type Page } from "./fixtures";

const THIS_YEAR = new Date().getUTCFullYear();

function searchBox(page: Page, lang: "vi" | "en" = "vi") {
  return page.getByRole("combobox", { name: (lang === "vi" ? vi : en).explore.search.label });
}

/** The search's own options: the page has other options too (the story and theme pickers). */
function searchOptions(page: Page) {
  return page.getByRole("listbox").getByRole("option");
}

function profile(page: Page) {
  return page.getByTestId("area-profile");
}

function trendPanel(page: Page) {
  return page.getByTestId("trend-panel");
}

function slider(page: Page, which: "from" | "to") {
  return page.getByRole("slider", { name: vi.explore.period[which], exact: true });
}

async function searchAndChoose(page: Page, query: string) {
  const box = searchBox(page);
  await box.fill(query);
  await expect(searchOptions(page).first()).toBeVisible();
  await box.press("Enter");
}

function searchParams(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

// Each test walks several checks on one page load: on SwiftShader a load costs seconds of CI's
// budgeted time, and a person does these things one after another anyway. Steps name each check.
test("search lists both vintages; choosing an area updates the profile, the chart and the URL; closing clears it", async ({ page }) => {
  await page.goto("/?ind=cases_supported");
  await test.step("'dong hoi' lists both vintages with level and vintage", async () => {
    await searchBox(page).fill("dong hoi");
    const options = searchOptions(page);
    await expect(options.nth(0)).toContainText("Thành phố Đồng Hới");
    await expect(options.nth(0)).toContainText(vi.common.vintage.pre2025);
    await expect(options.nth(1)).toContainText("Phường Đồng Hới");
    await expect(options.nth(1)).toContainText(vi.common.vintage.post2025);
  });
  await test.step("choosing Đồng Hới updates the profile, the chart and the URL", async () => {
    await searchAndChoose(page, "dong hoi");
    await expect(profile(page).getByRole("heading", { level: 2, name: "Thành phố Đồng Hới" })).toBeVisible();
    // The figure is the pair's, shown under the pair with both sources and the disagreement.
    const group = profile(page).locator('[data-area-key="group:bo-trach-dong-hoi"]');
    await expect(group).toContainText("140");
    await expect(group).toContainText("135");
    await expect(group).toContainText("Thời Đại");
    await expect(group).toContainText("Báo Quảng Trị");
    await expect(profile(page)).toContainText("1680/NQ-UBTVQH15");
    const chart = trendPanel(page).locator('figure[data-area-key="group:bo-trach-dong-hoi"]');
    await expect(chart).toContainText(vi.chart.summary.disagree);
    await expect(chart.locator("svg.trend-chart__svg")).toBeVisible();
    await expect.poll(() => searchParams(page).get("sel")).toBe("pre2025:450");
  });
  await test.step("typing 'bo trach' selects Huyện Bố Trạch", async () => {
    await searchAndChoose(page, "bo trach");
    await expect(profile(page).getByRole("heading", { level: 2, name: "Huyện Bố Trạch" })).toBeVisible();
    await expect.poll(() => searchParams(page).get("sel")).toBe("pre2025:455");
  });
  await test.step("closing the profile clears the selection", async () => {
    await profile(page).getByRole("button", { name: vi.profile.closeLabel.replace("{{name}}", "Huyện Bố Trạch") }).click();
    await expect(profile(page).getByRole("heading", { level: 2, name: vi.profile.emptyTitle })).toBeVisible();
    await expect.poll(() => searchParams(page).get("sel")).toBeNull();
  });
});

test("the period control changes the URL and what the chart shows; a reload restores selection, indicator and period", async ({ page }) => {
  await page.goto("/?ind=cases_supported&sel=pre2025:455");
  const figure = trendPanel(page).locator('figure[data-area-key="group:bo-trach-dong-hoi"]');
  await test.step("the period changes the address and the chart", async () => {
    await expect(figure.locator("svg.trend-chart__svg")).toBeVisible();
    // Move the end of the window back to 2021, before the 2023–2025 figures.
    await slider(page, "to").focus();
    await page.keyboard.press("Home");
    await expect.poll(() => searchParams(page).get("per")).toBe("2019");
    for (let i = 0; i < 2; i++) await page.keyboard.press("ArrowRight");
    await expect.poll(() => searchParams(page).get("per")).toBe("2019-2021");
    await expect(figure.locator("svg.trend-chart__svg")).toHaveCount(0);
    const none = vi.chart.summary.none.split("{{indicator}}")[0]?.replace("{{area}}", "Bố Trạch + Đồng Hới") ?? "";
    await expect(figure).toContainText(none);
    await expect(trendPanel(page)).toContainText("2019–2021");
    // And back to every year.
    await page.getByRole("button", { name: vi.explore.period.all }).click();
    await expect.poll(() => searchParams(page).get("per")).toBeNull();
    await expect(figure.locator("svg.trend-chart__svg")).toBeVisible();
  });
  await test.step("reloading restores the same selection, indicator and period", async () => {
    await slider(page, "from").focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => searchParams(page).get("per")).toBe(`2021-${THIS_YEAR}`);
    const before = page.url();
    await page.reload();
    expect(page.url()).toBe(before);
    await expect(profile(page).getByRole("heading", { level: 2, name: "Huyện Bố Trạch" })).toBeVisible();
    await expect(slider(page, "from")).toHaveValue("2021");
    await expect(slider(page, "to")).toHaveValue(String(THIS_YEAR));
    await expect(trendPanel(page)).toContainText(`2021–${THIS_YEAR}`);
    await expect(figure).toContainText("140");
  });
});

test.describe("for every user", () => {
  test("does not scroll sideways at 375 px with an area open", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto("/?ind=cases_supported&sel=pre2025:455");
    await expect(profile(page).getByRole("heading", { level: 2, name: "Huyện Bố Trạch" })).toBeVisible();
    await trendPanel(page).getByText(vi.chart.table.show).first().click();
    await expect(trendPanel(page).getByRole("table").first()).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
  });

  test("with an area open, axe-core finds no serious or critical violations; switched to English, the profile, chart and period control speak it", async ({ page }) => {
    await page.goto("/?ind=cases_supported&sel=pre2025:455");
    await test.step("axe-core, in Vietnamese, with the search's options open", async () => {
      await expect(profile(page).getByRole("heading", { level: 2, name: "Huyện Bố Trạch" })).toBeVisible();
      await expect(trendPanel(page).locator("svg.trend-chart__svg").first()).toBeVisible();
      await searchBox(page).fill("quang");
      await expect(searchOptions(page).first()).toBeVisible();
      await axeCheck(page);
      await searchBox(page).fill("");
    });
    await test.step("the language switch turns the profile, the chart and the period control to English", async () => {
      await page.getByRole("button", { name: "English" }).click();
      await expect(profile(page).getByRole("heading", { level: 2, name: "Bố Trạch District" })).toBeVisible();
      await expect(trendPanel(page).getByRole("heading", { name: en.chart.heading })).toBeVisible();
      await expect(page.getByRole("slider", { name: en.explore.period.from, exact: true })).toBeVisible();
      await expect(trendPanel(page)).toContainText(en.chart.summary.disagree);
    });
  });
});
