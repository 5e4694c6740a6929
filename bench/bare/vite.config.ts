/** Builds the bare MapLibre baseline page into .cache/bench/bare (never into dist/). */
import { defineConfig } from "vite";

export default defineConfig({
  root: new URL(".", import.meta.url).pathname,
  base: "./",
  logLevel: "warn",
  // MapLibre alone is ~1 MB minified; the page is a baseline, the warning says nothing useful.
  build: { target: "es2022", chunkSizeWarningLimit: 1200, outDir: new URL("../../.cache/bench/bare", import.meta.url).pathname, emptyOutDir: true },
});
