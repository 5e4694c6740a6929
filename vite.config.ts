/**
 * Build of the static app. `base: "./"` makes every asset address relative, so the built
 * folder works from any path, inside an iframe, or copied to a USB stick.
 * Unit-test settings live in vitest.config.ts.
 */
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

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
const FIRST_PAINT_VENDOR = /[\\/]node_modules[\\/](react|react-dom|scheduler|use-sync-external-store|react-is|i18next|react-i18next|zod|zustand|@tanstack)[\\/]/;
const VITE_HELPERS = /vite[\\/](preload-helper|modulepreload-polyfill)/;

/**
 * The d3 modules shared by the map (scales, colour schemes) and recharts. Without a group of
 * their own they land in the recharts chunk, and the first map then downloads all of recharts.
 */
const SHARED_D3 = /[\\/]node_modules[\\/](d3-(scale|scale-chromatic|interpolate|color|array|format|time|time-format)|internmap)[\\/]/;

export default defineConfig({
  base: "./",
  plugins: [react()],
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
            { name: "d3", test: SHARED_D3, priority: 1.5 },
            ...LAZY_VENDOR_CHUNKS.map(([name, test]) => ({ name, test, priority: 1 })),
          ],
        },
      },
    },
  },
  preview: { host: "127.0.0.1", port: 4173, strictPort: true },
  server: { host: "127.0.0.1" },
});
