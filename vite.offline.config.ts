/**
 * `npm run build:offline`: the whole atlas as ONE html file for a USB stick, opened by a
 * double-click (file://) with no network. Everything is inside: code (no code splitting, so no
 * module is fetched), styles, fonts (as data: URLs), the generated data and stories (a JSON block
 * read by src/data/inlineData.ts instead of fetch), and MapLibre's worker (a text block holding a
 * copy of MapLibre's self-contained worker, started from a blob: URL by src/map/offlineWorker.ts).
 *
 * The policy below forbids every network request by design (connect-src allows only data: and
 * blob:), so the file cannot reach out even where a network exists. Inline code needs
 * 'unsafe-inline': a file opened from disk has no origin for 'self' to name.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { viteSingleFile } from "vite-plugin-singlefile";

/** MapLibre's self-contained worker script (src/map/offlineWorker.ts says why this one). */
const MAPLIBRE_WORKER = resolve("node_modules/maplibre-gl/dist/maplibre-gl-csp-worker.js");

export const OFFLINE_OUT_DIR = "dist-offline";
export const OFFLINE_FILE = "results-atlas-offline.html";

export const OFFLINE_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'unsafe-inline' blob:",
  "worker-src blob:",
  "style-src 'unsafe-inline'",
  "img-src data: blob:",
  "font-src data:",
  "connect-src data: blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

/** JSON inside <script>: "<" escaped, so "</script>" or "<!--" in a caption cannot end the block. */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/** A classic script as the text of a non-running block: "</script" and "<!--" cannot end it early. */
function scriptSafeText(code: string): string {
  return code.replace(/<\/script/gi, "<\\/script").replace(/<!--/g, "<\\!--");
}

/** Every file of public/data (written by `npm run data`), by name. */
function readDataFolder(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    if (name.endsWith(".json")) files[name] = readFileSync(join(dir, name), "utf8");
  }
  if (!("manifest.json" in files)) throw new Error(`${dir} has no manifest.json: run npm run data first.`);
  return files;
}

function inlineDataAndPolicy(dataDir: string): Plugin {
  return {
    name: "atlas-offline-inline-data",
    apply: "build",
    // Written as text, not as a tag object: Vite would escape the policy's quotes as &#39;, which
    // browsers read correctly but vite-plugin-singlefile's own policy check does not.
    transformIndexHtml: (html) =>
      html
        .replace("<head>", `<head>\n    <meta http-equiv="Content-Security-Policy" content="${OFFLINE_CONTENT_SECURITY_POLICY}" />`)
        .replace(
          "</body>",
          `<script type="application/json" id="atlas-inline-data">${scriptSafeJson(readDataFolder(dataDir))}</script>\n` +
            `<script type="text/plain" id="atlas-maplibre-worker">${scriptSafeText(readFileSync(MAPLIBRE_WORKER, "utf8"))}</script>\n  </body>`,
        ),
  };
}

export default defineConfig({
  base: "./",
  // The data goes inside the page; nothing is copied beside it.
  publicDir: false,
  plugins: [react(), inlineDataAndPolicy(resolve("public/data")), viteSingleFile({ outputFileName: OFFLINE_FILE })],
  build: {
    target: "es2022",
    outDir: OFFLINE_OUT_DIR,
    emptyOutDir: true,
    sourcemap: false,
    modulePreload: false,
    reportCompressedSize: false,
  },
});
