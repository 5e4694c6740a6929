/**
 * `npm run build:offline`: builds the one-file atlas (vite.offline.config.ts), checks that it is
 * one file that asks for nothing outside itself, and prints its size, then its path on the
 * last line (for scripts and for a person copying it to a USB stick).
 */
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { resolve } from "node:path";

const OUT_DIR = "dist-offline";
const FILE = "results-atlas-offline.html";

execFileSync("npx", ["vite", "build", "--config", "vite.offline.config.ts", "--logLevel", "warn"], { stdio: "inherit" });

const left = readdirSync(OUT_DIR).filter((n) => n !== FILE);
if (left.length > 0) throw new Error(`${OUT_DIR} holds more than the one file: ${left.join(", ")}`);
const path = resolve(OUT_DIR, FILE);
const html = readFileSync(path, "utf8");
// Any src= or href= to a file (not data:, blob:, #, or a web address in text) would fail from a USB stick.
// Only the page's own tags count: the inlined code's text (the embed snippet it writes, for one)
// may hold tags as strings, and an inline script cannot contain "</script>", so its body is dropped.
const tags = html.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/g, "$1</script>");
const external = [...tags.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="(?!data:|blob:|#)([^"]+)"/g)].map((m) => m[1]);
if (external.length > 0) throw new Error(`${FILE} still loads files beside it: ${external.join(", ")}`);
const bytes = statSync(path).size;
console.log(`One file, ${(bytes / 1024 / 1024).toFixed(2)} MB (${bytes} bytes); copy it anywhere and open it in a browser.`);
console.log(path);
