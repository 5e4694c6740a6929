/**
 * A seeded random walk ("monkey"): at least 300 actions drawn from every control on every
 * screen, keys, address edits with valid and invalid values, and Back/Forward (see ./monkey.ts).
 * It fails on any page error or console error (as soon as the action that caused it is done),
 * on a blank page (checked every few actions: #root has content and the header shows), and on
 * a map screen not drawn (pixels, checked now and then after bringing the programme's areas
 * into view).
 *
 * Replay: the seed is printed; `ATLAS_MONKEY_SEED=1234 npx playwright test monkey.spec.ts`
 * walks the same way (a comma-separated list runs one walk per seed). ATLAS_MONKEY_ACTIONS
 * sets the walk's length (default and minimum for CI: 300). On failure the numbered action
 * list is printed and attached to the report.
 */
import { expect, test, type Page } from "./fixtures";
import { createRandom } from "../../src/model/random";
import { randomAction } from "./monkey";
import { SLOWDOWN, currentScreen, expectNotBlank, expectScreenDrawn } from "./screens";

const DEFAULT_SEEDS = [20261205];
const SEEDS = (process.env.ATLAS_MONKEY_SEED ?? "").split(",").filter((s) => s.trim() !== "").map(Number);
const ACTIONS = Number(process.env.ATLAS_MONKEY_ACTIONS ?? 300);
/**
 * Blank-page check every this many actions; pixel check (the costly part: it waits for every map
 * of the screen to draw on SwiftShader) every PIXEL_EVERY and after the last action. No pause
 * between actions: the next action's own page.evaluate waits for the page to take it, and errors
 * are collected by listeners, so a fixed wait only added time.
 */
const BLANK_EVERY = 10;
const PIXEL_EVERY = 100;
/** A view that holds every area of the programme on each map layout (the fitted first view, rounded out). */
const WHOLE_PROGRAMME = "105.9,19.69,5.4";

for (const seed of SEEDS.length > 0 ? SEEDS : DEFAULT_SEEDS) {
  test(`random walk: ${ACTIONS} actions, seed ${seed}`, async ({ page }, testInfo) => {
    // Budget in CI: under 5 minutes; the limit leaves room for a loaded machine.
    test.setTimeout(Math.max(8 * 60_000, ACTIONS * 1_600) * SLOWDOWN);
    expect(Number.isInteger(seed) && ACTIONS >= 1, `ATLAS_MONKEY_SEED=${seed} is an integer, ATLAS_MONKEY_ACTIONS=${ACTIONS} at least 1`).toBe(true);
    console.log(`monkey: seed ${seed}, ${ACTIONS} actions (replay with ATLAS_MONKEY_SEED=${seed})`);
    const log: string[] = [];
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(`after action ${log.length}: uncaught ${error.name}: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(`after action ${log.length}: console.error: ${message.text()}`);
    });

    const random = createRandom(seed);
    const start = ["/", "/?view=compare", "/?view=national"][Math.floor(random() * 3)] ?? "/";
    log.push(`0. open ${start}`);
    const started = performance.now();
    try {
      await page.goto(start);
      for (let n = 1; n <= ACTIONS; n++) {
        log.push(`${n}. ${await randomAction(page, random)}`);
        expect(errors, "page errors and console errors").toEqual([]);
        if (n % BLANK_EVERY === 0) await expectNotBlank(page);
        if (n % PIXEL_EVERY === 0 || n === ACTIONS) {
          log.push(`   check: the screen is drawn (${await pixelCheck(page)})`);
          expect(errors, "page errors and console errors").toEqual([]);
        }
      }
    } catch (error) {
      const report = [`monkey: seed ${seed} FAILED after ${log.length - 1} of ${ACTIONS} actions`, ...errors, "actions:", ...log].join("\n");
      console.log(report);
      await testInfo.attach("monkey-actions", { body: report, contentType: "text/plain" });
      throw error;
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    console.log(`monkey: seed ${seed}, ${ACTIONS} actions done in ${seconds} s`);
    testInfo.annotations.push({ type: "monkey", description: `seed ${seed}, ${ACTIONS} actions, ${seconds} s` });
    await testInfo.attach("monkey-actions", { body: log.join("\n"), contentType: "text/plain" });
  });
}

/**
 * Brings every programme area into view through the app's own Back/Forward path (a new
 * history entry and a popstate, no reload), then checks the screen's maps are drawn.
 */
async function pixelCheck(page: Page): Promise<string> {
  await expectNotBlank(page);
  const screen = await currentScreen(page);
  if (screen !== "national") {
    await page.evaluate((view) => {
      const url = new URL(location.href);
      url.searchParams.set("map", view);
      history.pushState(null, "", url);
      dispatchEvent(new PopStateEvent("popstate"));
    }, WHOLE_PROGRAMME);
  }
  await expect(async () => expectScreenDrawn(page, screen, { requireFigures: false })).toPass({ timeout: 60_000 * SLOWDOWN, intervals: [250, 500, 1000, 2000] });
  return screen;
}
