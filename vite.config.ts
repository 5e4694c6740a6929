/**
 * Build of the static app. `base: "./"` makes every asset address relative, so the built
 * folder works from any path, inside an iframe, or copied to a USB stick.
 * Unit-test settings live in vitest.config.ts.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

/**
 * The Content-Security-Policy of the built app: only its own origin, no inline script, no eval.
 * - worker-src blob: MapLibre's standard build starts its worker from a blob: URL made of
 *   code in its own bundle (so script-src needs no blob:; MapLibre's "CSP build" exists only
 *   for sites that must forbid blob: workers too).
 * - img-src data: blob: the page icon and MapLibre's control icons are data: images in CSS;
 *   canvases read back as blob:.
 * - style-src 'self' only: React, MapLibre and deck.gl set styles through the CSSOM (el.style),
 *   which CSP does not govern; no library here inserts a <style> element or a style attribute.
 * - form-action 'none': the app has no form to submit. frame-ancestors cannot be set in a <meta>
 *   (and partners embed the atlas), so it is left to the web server if ever wanted.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

/**
 * Puts the policy in the built index.html only: the dev server injects inline scripts for hot
 * reloading, which the policy forbids. Prepended, so it is in force before any script loads.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: "atlas-content-security-policy",
    apply: "build",
    transformIndexHtml: () => [
      { tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY }, injectTo: "head-prepend" },
    ],
  };
}

/**
 * The heavy libraries only the map and the charts need get chunks of their own. They are
 * reached only through React.lazy imports, so the first paint (header + figures table)
 * downloads none of them; naming them keeps the chunks stable and easy to measure.
 */
const LAZY_VENDOR_CHUNKS: [name: string, test: RegExp][] = [
  ["maplibre", /[\\/]node_modules[\\/]maplibre-gl[\\/]/],
  ["deckgl", /[\\/]node_modules[\\/](@deck\.gl|@luma\.gl|@loaders\.gl|@math\.gl|@probe\.gl|mjolnir\.js|gl-matrix)[\\/]/],
  ["recharts", /[\\/]node_modules[\\/]recharts[\\/]/],
];

/**
 * React and the other libraries of the first paint, plus Vite's own preload helper (every
 * lazy import calls it). Grouped at a higher priority so that the lazy groups above, which
 * take their dependencies with them, cannot take these and make the entry import them.
 */
const FIRST_PAINT_VENDOR = /[\\/]node_modules[\\/](react|react-dom|scheduler|use-sync-external-store|react-is|i18next|react-i18next|zustand)[\\/]/;
/**
 * zod: fetched with the schemas (src/schema/index.ts) only when a data file must be validated
 * (src/data/load.ts), never on a first view whose files match the manifest. zod alone: a group
 * takes its modules' imports with it, and the schemas import src/schema/basics.ts, which every page uses.
 */
const SCHEMA_CHUNK = /[\\/]node_modules[\\/]zod[\\/]/;
/** The figures table's library: only the full app's shell uses it, so an embed (src/embed/) does not load it. */
const TABLE_VENDOR = /[\\/]node_modules[\\/]@tanstack[\\/]/;
const VITE_HELPERS = /vite[\\/](preload-helper|modulepreload-polyfill)/;

/**
 * The d3 modules shared by the map (scales, colour schemes) and recharts. Without a group of
 * their own they land in the recharts chunk, and the first map then downloads all of recharts.
 */
const SHARED_D3 = /[\\/]node_modules[\\/](d3-(scale|scale-chromatic|interpolate|color|format|time|time-format))[\\/]/;
/**
 * d3-array on its own: the trend chart takes its value axis from it (src/charts/chartModel.ts),
 * and in the group above it brought the map's scales and colour schemes (23 KB gzip) into an
 * embedded chart. The map's scales import it too, so the map loads this small chunk as well.
 */
const D3_ARRAY = /[\\/]node_modules[\\/](d3-array|internmap)[\\/]/;

/**
 * The sha256 of the manifest.json this build copies from public/data: the app skips zod for a
 * manifest with exactly these bytes (src/data/load.ts), as the pipeline validated it when it
 * wrote it. No manifest yet (a fresh clone before `npm run data`): none, and it is validated.
 */
function builtManifestSha256(): string | null {
  const path = new URL("public/data/manifest.json", import.meta.url);
  return existsSync(path) ? createHash("sha256").update(readFileSync(path)).digest("hex") : null;
}

export default defineConfig({
  base: "./",
  plugins: [react(), contentSecurityPolicy()],
  define: { "import.meta.env.ATLAS_MANIFEST_SHA256": JSON.stringify(builtManifestSha256()) },
  build: {
    target: "es2022",
    sourcemap: true,
    // maplibre alone is ~800 kB minified; it is lazy, so the warning says nothing useful.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: "vendor", test: (id: string) => FIRST_PAINT_VENDOR.test(id) || VITE_HELPERS.test(id), priority: 2 },
            { name: "zod", test: SCHEMA_CHUNK, priority: 1.5 },
            { name: "d3-array", test: D3_ARRAY, priority: 1.6 },
            { name: "d3", test: SHARED_D3, priority: 1.5 },
            { name: "table", test: TABLE_VENDOR, priority: 1.5 },
            ...LAZY_VENDOR_CHUNKS.map(([name, test]) => ({ name, test, priority: 1 })),
          ],
        },
      },
    },
  },
  preview: { host: "127.0.0.1", port: 4173, strictPort: true },
  server: { host: "127.0.0.1" },
});
