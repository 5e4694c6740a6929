/**
 * Browser tests: the built app (dist/, from `vite build`) served by `vite preview` on loopback,
 * driven in Debian's Chromium. WebGL runs on SwiftShader (CPU), so timeouts are generous and
 * one worker is the default: two cores are shared by the browser, the server and the test runner.
 *
 * Environment: CI=true forbids test.only and a reused server; ATLAS_E2E_PORT moves the server
 * off 4173 (to run beside a teammate's); ATLAS_E2E_WORKERS overrides the worker count;
 * ATLAS_E2E_TRACE=1 keeps a trace of each failed test.
 */
import { defineConfig } from "@playwright/test";

const CI = Boolean(process.env.CI);
const PORT = Number(process.env.ATLAS_E2E_PORT ?? 4173);
const BASE_URL = `http://127.0.0.1:${PORT}`;

/** The browser flags every run uses. Never --disable-gpu: WebGL needs SwiftShader. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Chromium with WebGL switched off, as on a browser or machine that blocks it. */
export const NO_WEBGL_ARGS = ["--disable-gpu", "--disable-webgl", "--disable-3d-apis"];
/** Runs only in the "no-webgl" project, and only that file runs there. */
const NO_WEBGL_SPEC = /no-webgl\.spec\.ts$/;

export default defineConfig({
  testDir: "test/e2e",
  outputDir: "test-results",
  snapshotPathTemplate: "{testDir}/__screenshots__/{testFilePath}/{arg}{ext}",
  fullyParallel: false,
  forbidOnly: CI,
  // One retry in CI: SwiftShader on a shared two-core machine can miss a draw deadline now and
  // then; a test that passes on its retry is reported as flaky (scripts/test-all.mjs counts it).
  retries: CI ? 1 : 0,
  workers: Number(process.env.ATLAS_E2E_WORKERS ?? 1),
  timeout: 90_000,
  // The person-path specs (click paths, random walk, laptop sizes, no WebGL) take the browser
  // suite past the old 20 minutes; CI gives a run 90 minutes, so a hung run stops well before that.
  globalTimeout: CI ? 75 * 60_000 : 0,
  expect: {
    timeout: 20_000,
    toHaveScreenshot: { maxDiffPixelRatio: 0.01, animations: "disabled", caret: "hide" },
  },
  reporter: CI ? [["line"]] : [["list"]],
  use: {
    baseURL: BASE_URL,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    actionTimeout: 20_000,
    navigationTimeout: 45_000,
    screenshot: "only-on-failure",
    trace: process.env.ATLAS_E2E_TRACE ? "retain-on-failure" : "off",
    video: "off",
    serviceWorkers: "block",
  },
  projects: [
    {
      name: "chromium",
      testIgnore: NO_WEBGL_SPEC,
      use: {
        browserName: "chromium",
        launchOptions: { executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS },
      },
    },
    {
      // A browser with no WebGL at all: every map must fall back to the SVG map (src/map/svg/).
      name: "no-webgl",
      testMatch: NO_WEBGL_SPEC,
      use: {
        browserName: "chromium",
        launchOptions: { executablePath: "/usr/bin/chromium", args: [...CHROMIUM_ARGS, ...NO_WEBGL_ARGS] },
      },
    },
  ],
  webServer: {
    // Serves the already-built dist/; `npm test` builds it first (scripts/test-all.mjs).
    // --bypass-lock: Vite refuses a second preview of one project, but teammates (and the
    // benchmark) may be serving this checkout on other ports at the same time.
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --bypass-lock`,
    url: BASE_URL,
    reuseExistingServer: !CI,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
