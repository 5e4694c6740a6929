/**
 * The built page's Content-Security-Policy (vite.config.ts): it is there, the browser enforces
 * it, and nothing the app does on any screen violates it — the maps' worker, the fonts, the
 * data, the charts. A violation also logs a console error, which the fixtures turn into a
 * failure; the listener below names the directive and the address for the report.
 */
import vi from "../../src/i18n/locales/vi.json" with { type: "json" };
import { expect, test, type Page } from "./fixtures";

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

test.describe("enforced", () => {
  test.use({
    allowConsoleErrors: [/^Executing inline script violates the following Content Security Policy directive/],
    allowCspViolations: [/^script-src(-elem)? blocked inline/],
  });

  test("the policy is strict (own origin only, no inline script, no eval), and an inline script is refused", async ({ page }) => {
    await recordViolations(page);
    await page.goto("/");
    const csp = await policy(page);
    for (const directive of ["default-src 'self'", "script-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'"]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
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

// That nothing the app does breaks the policy is checked by every browser test: the fixtures
// (./fixtures.ts) fail a test on any violation, and the click-path tests open every screen and
// both compare layouts. A walk of its own here only repeated them.
