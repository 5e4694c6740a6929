/**
 * Unit tests: next to the code (src/**\/foo.test.ts) plus test/unit. Node by default; a file
 * that needs a DOM says so with `// @vitest-environment jsdom` on its first line.
 * Browser tests (test/e2e) belong to Playwright and are excluded here.
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    environment: "node",
    include: ["src/**/*.test.{ts,tsx}", "test/unit/**/*.test.{ts,tsx}"],
    exclude: ["test/e2e/**", "node_modules/**", "dist/**"],
    // The app fetches English and French messages on demand; tests switch languages at once.
    setupFiles: ["src/i18n/testing/allLanguages.ts"],
    // The pipeline's reproducibility test rebuilds all data; two shared cores make that slow.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Two cores, shared with the browser tests and with teammates.
    maxWorkers: 2,
    restoreMocks: true,
    unstubEnvs: true,
    unstubGlobals: true,
  },
});
