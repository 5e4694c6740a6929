/**
 * The app as a person moves through it, not as a test opens it: the three screens reached by
 * their header tabs in every order and back to the start, Back and Forward across screens, the
 * language and boundary switches on each screen, the compare layout switched back and forth,
 * and an area chosen on one screen then another screen opened. After every step the new
 * screen must be drawn: its maps ready and their canvas pixels showing land and figures, the
 * national map's provinces coloured (see ./screens.ts). The fixtures fail each test on any
 * page error or console error (a map torn down in the wrong order blanked the whole page on
 * the first tab click, and every other test opened its screen by URL, so none saw it).
 *
 * Paths share page loads (SwiftShader draws slowly): four loads in all, each screen loaded once and
 * left by a tab, the explorer a second time for the switches.
 */
import vi from "../../src/i18n/locales/vi.json" with { type: "json" };
import { expect, test, type Page } from "./fixtures";
import {
  SCREENS,
  SLOWDOWN,
  chooseCompareMode,
  chooseVintage,
  clickLanguage,
  clickTab,
  expectMapDrawn,
  expectScreenDrawn,
  pageLang,
  type Screen,
} from "./screens";

// Long paths on a slow renderer: SwiftShader on two shared cores can take a minute to draw the two compare maps.
test.describe.configure({ timeout: 6 * 60_000 * SLOWDOWN });
// A small laptop's window (1024×640: still the desktop layout, which starts at 64rem). These paths
// check that every screen is drawn after every move, not the layout (laptop.spec.ts measures that
// at 1280×800 and 1366×768), and SwiftShader fills a third fewer pixels for each frame.
test.use({ viewport: { width: 1024, height: 640 } });

const URL_OF: Record<Screen, string> = { explorer: "/", compare: "/?view=compare", national: "/?view=national" };

/** Pixels settle a few frames after a change that does not remount a map (language, boundaries). */
const SETTLE = { timeout: 30_000 * SLOWDOWN, intervals: [250, 500, 1000] };

/**
 * From `start`, a tour that takes every ordered pair of screens once and comes back to the
 * start twice: s → a → b → s → b → a → s (both round trips through the other two screens).
 */
function tourFrom(start: Screen): Screen[] {
  const i = SCREENS.indexOf(start);
  const a = SCREENS[(i + 1) % SCREENS.length] as Screen;
  const b = SCREENS[(i + 2) % SCREENS.length] as Screen;
  return [start, a, b, start, b, a, start];
}

async function open(page: Page, screen: Screen): Promise<void> {
  await page.goto(URL_OF[screen]);
  await expectScreenDrawn(page, screen);
}

/** Clicks through `tour` (its first screen already open), checking each screen is drawn. */
async function clickThrough(page: Page, tour: readonly Screen[]): Promise<void> {
  for (const [step, screen] of tour.entries()) {
    if (step === 0) continue;
    await test.step(`${tour[step - 1]} → ${screen} (tab)`, async () => {
      await clickTab(page, screen);
      await expectScreenDrawn(page, screen);
    });
  }
}

test.describe("every order of the three screens, by their tabs", () => {
  test("from the explorer: every ordered pair, back to the start; then Back to the start and Forward again", async ({ page }) => {
    const tour = tourFrom("explorer");
    await open(page, "explorer");
    await clickThrough(page, tour);
    // Each tab click pushed a history entry: Back walks the tour in reverse, Forward replays it.
    for (let step = tour.length - 2; step >= 0; step--) {
      const screen = tour[step] as Screen;
      await test.step(`Back to ${screen}`, async () => {
        await page.goBack();
        await expectScreenDrawn(page, screen);
      });
    }
    for (const screen of tour.slice(1, 3)) {
      await test.step(`Forward to ${screen}`, async () => {
        await page.goForward();
        await expectScreenDrawn(page, screen);
      });
    }
  });

  // Every ordered pair is walked above (the tour from the explorer holds all six). What a page
  // loaded on another screen adds is that screen, mounted by the load, left by a tab: the compare
  // screen is left that way at the start of the swipe test below, the national screen at the
  // start of the last test. Walking the same six pairs again from each only re-drew the same maps.
});

test("the language and the boundary switch on each screen", async ({ page }) => {
  await open(page, "explorer");
  const explorer = page.locator('[data-map-id="explorer"]');

  await clickLanguage(page, "en");
  await expect(async () => expectScreenDrawn(page, "explorer")).toPass(SETTLE);
  await chooseVintage(page, "post2025");
  await expect(explorer).toHaveAttribute("data-vintage", "post2025");
  await expect(page).toHaveURL(/[?&]v=post(&|$)/);
  await expect(async () => expectScreenDrawn(page, "explorer")).toPass(SETTLE);
  await clickLanguage(page, "fr");
  await expect(async () => expectScreenDrawn(page, "explorer")).toPass(SETTLE);

  // The compare screen shows both boundaries side by side: it has no switch, and keeps the language.
  await clickTab(page, "compare");
  await expectScreenDrawn(page, "compare");
  await expect(page.getByTestId("vintage-switch")).toHaveCount(0);
  await clickLanguage(page, "vi");
  await expect(async () => expectScreenDrawn(page, "compare")).toPass(SETTLE);
  await clickLanguage(page, "en");
  await expect(async () => expectScreenDrawn(page, "compare")).toPass(SETTLE);

  // The national screen follows the boundaries chosen on the explorer, and has its own switch.
  await clickTab(page, "national");
  await expect(page.getByTestId("national-map")).toHaveAttribute("data-count", "34");
  await expectScreenDrawn(page, "national");
  await chooseVintage(page, "pre2025");
  await expect(page.getByTestId("national-map")).toHaveAttribute("data-count", "63");
  await expectScreenDrawn(page, "national");
  await clickLanguage(page, "fr");
  await expectScreenDrawn(page, "national");
  await chooseVintage(page, "post2025");
  await expect(page.getByTestId("national-map")).toHaveAttribute("data-count", "34");
  await expectScreenDrawn(page, "national");

  // Back on the explorer, in French, with the boundaries last chosen on the national screen.
  await clickTab(page, "explorer");
  await expect(explorer).toHaveAttribute("data-vintage", "post2025");
  await expectScreenDrawn(page, "explorer");
  expect(await pageLang(page)).toBe("fr");
  await chooseVintage(page, "pre2025");
  await expect(explorer).toHaveAttribute("data-vintage", "pre2025");
  await expect(async () => expectScreenDrawn(page, "explorer")).toPass(SETTLE);
  await clickLanguage(page, "vi");
  await expect(async () => expectScreenDrawn(page, "explorer")).toPass(SETTLE);
});

test("swipe and side by side, back and forth, with the handle moved in between", async ({ page }) => {
  await open(page, "compare");
  // The compare screen as the page loaded it, left by a tab, and come back to by a tab.
  await test.step("compare (loaded) → national → compare (tabs)", async () => {
    await clickTab(page, "national");
    await expectScreenDrawn(page, "national");
    await clickTab(page, "compare");
    await expectScreenDrawn(page, "compare");
  });
  const handle = () => page.getByTestId("compare-stage").getByRole("slider");
  const keys = ["Home", "End", "PageDown"];
  for (const [round, key] of keys.entries()) {
    await test.step(`round ${round + 1}: side by side, then swipe with ${key}`, async () => {
      await chooseCompareMode(page, "side");
      await expect(page.getByTestId("compare-side")).toBeVisible();
      await expectScreenDrawn(page, "compare");
      await chooseCompareMode(page, "swipe");
      await expect(page.getByTestId("compare-stage")).toBeVisible();
      // Checked drawn once the handle has moved (below): the same maps, after one more step.
      await handle().focus();
      await page.keyboard.press(key);
      await expect(async () => expectScreenDrawn(page, "compare")).toPass(SETTLE);
    });
  }
  // Back undoes nothing here (layout changes replace the address); the explorer is a tab away and draws.
  await clickTab(page, "explorer");
  await expectScreenDrawn(page, "explorer");
  await page.goBack();
  await expectScreenDrawn(page, "compare");
  await expect(page).toHaveURL(/[?&]sw=/);
});

test("an area chosen on one screen, then another screen opened", async ({ page }) => {
  // Loaded on the national screen and left by a tab: the one start screen no other test loads.
  await open(page, "national");
  await clickTab(page, "explorer");
  await expectScreenDrawn(page, "explorer");
  // Bố Trạch + Đồng Hới: a group of two districts with one figure; the last of them is explained on the compare screen.
  await page.locator('[data-slot="map"]').getByRole("button", { name: /^Bố Trạch \+ Đồng Hới/ }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get("sel")).toBe("pre2025:455,pre2025:450");
  await expect(async () => expectMapDrawn(page, "explorer")).toPass(SETTLE);

  await clickTab(page, "compare");
  await expectScreenDrawn(page, "compare");
  await expect(page.locator('section.what-changed[data-unit-id="pre2025:450"]')).toBeVisible();
  // Lệ Thủy, chosen here from the list of areas.
  await page.getByLabel(vi.compare.changed.pick).selectOption("pre2025:457");
  await expect(page.locator('section.what-changed[data-unit-id="pre2025:457"]')).toBeVisible();
  await expect(async () => expectScreenDrawn(page, "compare")).toPass(SETTLE);

  await clickTab(page, "national");
  await expectScreenDrawn(page, "national");
  await clickTab(page, "explorer");
  await expectScreenDrawn(page, "explorer");
  await expect(page.locator('[data-testid="area-profile"] article.profile-unit[data-unit-id="pre2025:457"]')).toBeVisible();

  // Back to the compare screen: it still explains Lệ Thủy.
  await page.goBack();
  await expectScreenDrawn(page, "national");
  await page.goBack();
  await expectScreenDrawn(page, "compare");
  await expect(page.locator('section.what-changed[data-unit-id="pre2025:457"]')).toBeVisible();
});
