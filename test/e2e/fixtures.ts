/**
 * The browser tests' shared fixtures. Import `test` and `expect` from here, not from
 * @playwright/test:
 *
 *   import { test, expect, axeCheck, pixelAt, mapPoint, waitForMap } from "./fixtures";
 *
 * The `page` given to every test fails that test, after it has run, when the page
 *  - logged a console error or threw an uncaught exception (`pageerror`), or
 *  - requested anything from another origin than the one `vite preview` serves
 *    (data: and blob: URLs are fine). The product must work offline, for a leader presenting
 *    in a room with no network and for partners embedding it.
 * A test that provokes an error on purpose lists it: `test.use({ allowConsoleErrors: [/figures\.json/] })`.
 * A context a test makes itself (browser.newContext()) is not watched: use `page` where you can.
 *
 * Helpers: axeCheck (accessibility), pixelAt / colourClose / parseColour (map pixels against
 * legend colours), waitForMap / mapPoint (registered MapLibre maps), corruptDataFile /
 * serveChangedDataFile (a broken or altered data file for one page, nothing on disk), requestsMade.
 */
import { AxeBuilder } from "@axe-core/playwright";
import { test as base, expect, type Page, type Request } from "@playwright/test";
import { createHash } from "node:crypto";
import { PNG } from "pngjs";

export { expect };
export type { Page };

export interface AtlasFixtures {
  /** Console errors matching one of these are expected by the test and do not fail it. */
  allowConsoleErrors: RegExp[];
  /** Policy violations ("DIRECTIVE blocked URI at FILE:LINE") matching one of these do not fail the test. */
  allowCspViolations: RegExp[];
}

const requestsByPage = new WeakMap<Page, Request[]>();

/** Every request the page's context has made so far, in order (for tests that check what was loaded). */
export function requestsMade(page: Page): readonly Request[] {
  return requestsByPage.get(page) ?? [];
}

export const test = base.extend<AtlasFixtures>({
  allowConsoleErrors: [[], { option: true }],
  allowCspViolations: [[], { option: true }],
  page: async ({ page, baseURL, allowConsoleErrors, allowCspViolations }, use, testInfo) => {
    const requests: Request[] = [];
    requestsByPage.set(page, requests);
    const origin = new URL(baseURL ?? "http://127.0.0.1:4173").origin;
    const errors: string[] = [];
    const foreign: string[] = [];
    const violations: string[] = [];

    page.on("console", (message) => {
      if (message.type() !== "error") return;
      const text = message.text();
      if (allowConsoleErrors.some((pattern) => pattern.test(text))) return;
      const { url, lineNumber } = message.location();
      errors.push(`console.error: ${text}${url ? `  (${url}:${lineNumber})` : ""}`);
    });
    page.on("pageerror", (error) => {
      if (allowConsoleErrors.some((pattern) => pattern.test(error.message))) return;
      errors.push(`uncaught ${error.name}: ${error.message}`);
    });
    // Listen on the context: it also sees requests made by web workers (MapLibre fetches there).
    page.context().on("request", (request) => {
      requests.push(request);
      if (!isSameOrigin(request.url(), origin)) foreign.push(`${request.method()} ${request.url()}`);
    });
    // Asks the app to publish its maps as window.__atlas.maps[mapId] (src/map/testHook.ts; the app
    // publishes them only where this exists before it starts).
    await page.addInitScript(() => {
      const w = window as unknown as { __atlas?: { maps: Record<string, unknown> } };
      w.__atlas ??= { maps: {} };
    });
    // A binding outlives navigations, so a violation on a page the test has since left still counts.
    await page.exposeBinding("__atlasCspViolation", (_source, line: string) => {
      if (!allowCspViolations.some((pattern) => pattern.test(line))) violations.push(line);
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => {
        const report = (window as unknown as { __atlasCspViolation?: (line: string) => void }).__atlasCspViolation;
        report?.(`${e.effectiveDirective} blocked ${e.blockedURI || "(inline)"} at ${e.sourceFile}:${e.lineNumber}`);
      });
    });

    await use(page);

    if (errors.length > 0) await testInfo.attach("console-errors", { body: errors.join("\n"), contentType: "text/plain" });
    expect(foreign, `requests to another origin than ${origin}`).toEqual([]);
    expect(errors, "console errors and uncaught exceptions").toEqual([]);
    expect(violations, "Content-Security-Policy violations").toEqual([]);
  },
});

function isSameOrigin(url: string, origin: string): boolean {
  if (url.startsWith("data:") || url.startsWith("blob:")) return true;
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------
// Accessibility
// ---------------------------------------------------------------------------

export interface AxeCheckOptions {
  /** CSS selectors to leave out of the scan (say why at the call site). */
  exclude?: string[];
  /** Limit the scan to this part of the page. */
  include?: string;
}

/**
 * Runs axe-core on the page as it is now and fails on serious or critical violations,
 * printing each with the rule, its help page and the offending elements. Minor and moderate
 * findings are printed as notes but do not fail. Returns all violations.
 */
export async function axeCheck(page: Page, options: AxeCheckOptions = {}) {
  let builder = new AxeBuilder({ page });
  if (options.include) builder = builder.include(options.include);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  const blocking = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const describe = (list: typeof violations) =>
    list
      .map((v) => {
        const nodes = v.nodes.map((n) => `    ${n.target.join(" ")}\n      ${n.failureSummary?.replace(/\n/g, "\n      ") ?? ""}`);
        return `[${v.impact}] ${v.id}: ${v.help}\n  ${v.helpUrl}\n${nodes.join("\n")}`;
      })
      .join("\n\n");
  const notes = violations.filter((v) => !blocking.includes(v));
  if (notes.length > 0) console.log(`axe: ${notes.length} minor/moderate finding(s), not failing:\n${describe(notes)}`);
  if (blocking.length > 0) console.log(`axe: ${blocking.length} serious/critical violation(s):\n${describe(blocking)}`);
  expect(blocking.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length} element(s))`), "axe-core serious/critical violations").toEqual([]);
  return violations;
}

// ---------------------------------------------------------------------------
// Pixels and maps
// ---------------------------------------------------------------------------

export type Rgba = [r: number, g: number, b: number, a: number];

/**
 * The colour of the page at CSS pixel (x, y), as [r, g, b, a] from a screenshot, so it
 * includes WebGL canvases and everything composited over them (tooltips, overlays).
 */
export async function pixelAt(page: Page, x: number, y: number): Promise<Rgba> {
  const clip = { x: Math.round(x), y: Math.round(y), width: 1, height: 1 };
  const png = PNG.sync.read(await page.screenshot({ clip, scale: "css", animations: "disabled", caret: "hide" }));
  const [r = 0, g = 0, b = 0, a = 0] = png.data;
  return [r, g, b, a];
}

/** Whether two colours are within `tolerance` of each other on every channel (SwiftShader and antialiasing blur edges). */
export function colourClose(actual: Rgba, expected: readonly number[], tolerance = 12): boolean {
  return expected.every((channel, i) => Math.abs((actual[i] ?? 0) - channel) <= tolerance);
}

/** "#1b9e77" or "rgb(27, 158, 119)" or "rgba(...)" to [r, g, b, a]. */
export function parseColour(css: string): Rgba {
  const hex = /^#([0-9a-f]{6})([0-9a-f]{2})?$/i.exec(css.trim());
  if (hex?.[1]) {
    const n = parseInt(hex[1], 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255, hex[2] ? parseInt(hex[2], 16) : 255];
  }
  const rgb = /^rgba?\(([^)]+)\)$/i.exec(css.trim());
  if (rgb?.[1]) {
    const [r = 0, g = 0, b = 0, a = 1] = rgb[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    return [r, g, b, Math.round(a * 255)];
  }
  throw new Error(`parseColour: cannot read "${css}"`);
}

/**
 * Waits until the map `mapId` has drawn completely once (`data-map-ready="true"` on its container)
 * and its place names too (they follow the first render: no `data-labels-pending`).
 */
export async function waitForMap(page: Page, mapId: string, timeout = 60_000): Promise<void> {
  await page.locator(`[data-map-id="${mapId}"][data-map-ready="true"]:not([data-labels-pending])`).first().waitFor({ state: "attached", timeout });
}

/** The page position (CSS pixels) of a [longitude, latitude] on the registered map `mapId`. */
export async function mapPoint(page: Page, mapId: string, lngLat: [lon: number, lat: number]): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ({ id, coordinate }) => {
      interface ProjectingMap {
        project(lngLat: [number, number]): { x: number; y: number };
        getCanvas(): HTMLCanvasElement;
      }
      const maps = (window as unknown as { __atlas?: { maps: Record<string, ProjectingMap | undefined> } }).__atlas?.maps ?? {};
      const map = maps[id];
      if (!map) throw new Error(`mapPoint: no map "${id}" in window.__atlas.maps (have: ${Object.keys(maps).join(", ") || "none"})`);
      const point = map.project(coordinate);
      const box = map.getCanvas().getBoundingClientRect();
      return { x: box.left + point.x, y: box.top + point.y };
    },
    { id: mapId, coordinate: lngLat },
  );
}

// ---------------------------------------------------------------------------
// Broken data, for one test only
// ---------------------------------------------------------------------------

/** How to break a data file: not JSON at all, a schemaVersion the app does not know, or absent (404). */
export type Corruption = "invalid-json" | "wrong-schema-version" | "missing";

/**
 * Serves a broken version of `public/data/<file>` (e.g. "figures.json") to this page only,
 * through page.route: nothing on disk changes. Call before page.goto.
 */
export async function corruptDataFile(page: Page, file: string, how: Corruption = "invalid-json"): Promise<void> {
  await page.route(dataFileUrl(file), async (route) => {
    switch (how) {
      case "invalid-json":
        await route.fulfill({ status: 200, contentType: "application/json", body: '{"schemaVersion": 1, "truncated' });
        return;
      case "wrong-schema-version": {
        const response = await route.fetch();
        const json = (await response.json()) as Record<string, unknown>;
        await route.fulfill({ response, json: { ...json, schemaVersion: 999 } });
        return;
      }
      case "missing":
        await route.fulfill({ status: 404, contentType: "text/plain", body: "Not found" });
        return;
    }
  });
}

/**
 * Serves `public/data/<file>` changed by `change` to this page only (e.g. a figure of 12345 to
 * check thousands separators), as a release would publish it: manifest.json lists the changed
 * file's sha256, so the app's checksum accepts it. The real files on disk are untouched. Call
 * before page.goto, for one file per page. To serve bytes the manifest does not list (a
 * damaged file), use page.route directly.
 */
export async function serveChangedDataFile<T = unknown>(page: Page, file: string, change: (json: T) => T): Promise<void> {
  let changed: Promise<string> | null = null;
  const changedBody = (url: string) => {
    changed ??= (async () => {
      const original = await page.request.get(url);
      return JSON.stringify(change((await original.json()) as T));
    })();
    return changed;
  };
  await page.route(dataFileUrl(file), async (route) => {
    await route.fulfill({ status: 200, contentType: "application/json", body: await changedBody(route.request().url()) });
  });
  await page.route(dataFileUrl("manifest.json"), async (route) => {
    const response = await route.fetch();
    const manifest = (await response.json()) as { files: { path: string; sha256: string; bytes: number }[] };
    const fileUrl = route.request().url().replace(/manifest\.json(\?.*)?$/, file);
    const body = await changedBody(fileUrl);
    const entry = manifest.files.find((f) => f.path === file);
    if (entry !== undefined) {
      entry.sha256 = createHash("sha256").update(body, "utf8").digest("hex");
      entry.bytes = Buffer.byteLength(body, "utf8");
    }
    await route.fulfill({ response, json: manifest });
  });
}

/** Matches the address of a data file, with or without a query string, under any base path. */
function dataFileUrl(file: string): RegExp {
  const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`/data/${escaped}(\\?.*)?$`);
}
