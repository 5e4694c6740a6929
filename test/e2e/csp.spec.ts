/**
 * The built page's Content-Security-Policy (vite.config.ts): it is there, the browser enforces
 * it, and nothing the app does on any screen violates it — the maps' worker, the fonts, the
 * data, the charts. A violation also logs a console error, which the fixtures turn into a
 * failure; the listener below names the directive and the address for the report.
 */
import vi from "../../src/i18n/locales/vi.json" with { type: "json" };
import { expect, test, waitForMap, type Page } from "./fixtures";

/** Maps draw on SwiftShader on a shared machine: a generous limit. */
const MAP_MS = 150_000;

async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      w.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || "(inline)"} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

async function policy(page: Page): Promise<string> {
  return (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content")) ?? "";
}

test("the policy is strict: own origin only, no inline script, no eval", async ({ page }) => {
  await page.goto("/");
  const csp = await policy(page);
  for (const directive of ["default-src 'self'", "script-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'"]) {
    expect(csp).toContain(directive);
  }
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
});

test.describe("enforced", () => {
  test.use({ allowConsoleErrors: [/^Executing inline script violates the following Content Security Policy directive/] });

  test("an inline script is refused", async ({ page }) => {
    await recordViolations(page);
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(vi.app.title);
    const ran = await page.evaluate(async () => {
      const script = document.createElement("script");
      script.textContent = "window.__inlineRan = true";
      document.head.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    expect(await violations(page)).toEqual([expect.stringMatching(/^script-src(-elem)? blocked inline/)]);
  });
});

// Each screen is opened by its address: moving between screens by click is the business of
// the click-path tests, and this test should fail for the policy only.
test("the explorer, both compare layouts and the national screen draw without a violation", async ({ page }) => {
  // Four screens and five maps on SwiftShader: more than one screen's time.
  test.setTimeout(600_000);
  await recordViolations(page);
  await page.goto("/");
  await waitForMap(page, "explorer", MAP_MS);
  await expect(page.getByRole("region", { name: vi.app.regions.chart }).getByTestId("trend-panel")).toHaveAttribute("aria-labelledby", /.+/, { timeout: 120_000 });
  expect(await violations(page), "explorer").toEqual([]);
  for (const mode of ["swipe", "side"]) {
    await page.goto(`/?view=compare&cmp=${mode}`);
    await waitForMap(page, "compare-before", MAP_MS);
    await waitForMap(page, "compare-after", MAP_MS);
    expect(await violations(page), `compare, ${mode}`).toEqual([]);
  }
  await page.goto("/?view=national");
  await expect(page.locator(".national__map svg")).toBeVisible({ timeout: 120_000 });
  expect(await violations(page), "national").toEqual([]);
});
