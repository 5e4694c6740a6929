#!/usr/bin/env node
/**
 * Installs what a fresh machine lacks, and nothing else. Runs before `npm ci`, so it uses
 * Node built-ins only.
 *
 *   node scripts/setup.mjs            npm dependencies, when node_modules is missing or stale
 *   node scripts/setup.mjs --browser  the same, plus Debian's Chromium at /usr/bin/chromium and
 *                                     Debian's Firefox at /usr/bin/firefox-esr (the offline file's check)
 *
 * Browser tests drive Debian's Chromium, never a browser Playwright downloads: the machines we
 * test on reach the npm registry and the Debian mirror only. PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
 * is set for the install so no package tries to fetch one.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const CHROMIUM = "/usr/bin/chromium";
const APT_PACKAGES = ["chromium", "fonts-noto-core"];
const FIREFOX = "/usr/bin/firefox-esr";
const FIREFOX_PACKAGES = ["firefox-esr"];

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = "1";

const wantBrowser = process.argv.includes("--browser");

try {
  ensureNodeModules();
  if (wantBrowser) {
    ensureBrowsers();
  }
} catch (err) {
  console.error(`setup: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}

function ensureNodeModules() {
  const reason = whyInstall();
  if (reason === null) {
    console.log("setup: npm dependencies are up to date");
    return;
  }
  console.log(`setup: ${reason}; running npm ci`);
  run("npm", ["ci", "--no-audit", "--no-fund"]);
}

/** Why node_modules needs (re)installing, or null when it matches package-lock.json. */
function whyInstall() {
  const lockPath = join(ROOT, "package-lock.json");
  const modules = join(ROOT, "node_modules");
  // npm writes node_modules/.package-lock.json after every install: its age is the install's age.
  const installed = join(modules, ".package-lock.json");
  if (!existsSync(lockPath)) throw new Error("package-lock.json is missing; restore it from git");
  if (!existsSync(modules)) return "node_modules is missing";
  if (!existsSync(installed)) return "node_modules was not installed by npm";
  if (statSync(installed).mtimeMs >= statSync(lockPath).mtimeMs) return null;
  // The lock is newer. A teammate's `npm install x` touches both files within moments of each
  // other, so check the contents before wiping a node_modules that others may be using.
  const missing = packagesNotInstalled(JSON.parse(readFileSync(lockPath, "utf8")));
  if (missing.length === 0) return null;
  const shown = missing.slice(0, 3).join(", ");
  return `node_modules is older than package-lock.json (${shown}${missing.length > 3 ? ", ..." : ""})`;
}

/** Lockfile entries whose package is absent or at another version (optional ones may be absent). */
function packagesNotInstalled(lock) {
  const missing = [];
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    if (path === "" || entry.link) continue;
    const manifest = join(ROOT, path, "package.json");
    if (!existsSync(manifest)) {
      if (!entry.optional && !entry.devOptional) missing.push(`${path} absent`);
      continue;
    }
    const { version } = JSON.parse(readFileSync(manifest, "utf8"));
    if (entry.version && version !== entry.version) missing.push(`${path} ${version} != ${entry.version}`);
  }
  return missing;
}

/**
 * The browsers the tests drive, from Debian: Chromium for Playwright, and Firefox for
 * scripts/firefox-offline.mjs (puppeteer-core over WebDriver BiDi; Playwright's Firefox needs a
 * patched build). Whatever is missing is installed with one apt-get update and one install.
 * Without root, a missing Chromium stops here; a missing Firefox does not, because the Chromium
 * tests can still run and the firefox step fails saying the same.
 */
function ensureBrowsers() {
  const browsers = [
    { path: CHROMIUM, packages: APT_PACKAGES, needed: "the browser tests need Debian's Chromium", fatal: true },
    { path: FIREFOX, packages: FIREFOX_PACKAGES, needed: "the offline file's Firefox check needs Debian's Firefox", fatal: false },
  ];
  const missing = browsers.filter((b) => {
    if (!existsSync(b.path)) return true;
    console.log(`setup: ${b.path} is present`);
    return false;
  });
  if (missing.length === 0) return;
  const packages = missing.flatMap((b) => b.packages);
  const aptCommand = `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${packages.join(" ")}`;
  if (process.getuid?.() !== 0) {
    for (const b of missing) console.error(`setup: ${b.needed} at ${b.path}, which is missing.`);
    console.error(`Install as root, then run this again:\n\n  sudo sh -c '${aptCommand}'\n`);
    if (missing.some((b) => b.fatal)) process.exit(2);
    return;
  }
  console.log(`setup: ${missing.map((b) => b.path).join(" and ")} missing; installing ${packages.join(" ")} with apt-get`);
  run("apt-get", ["update"]);
  run("apt-get", ["install", "-y", ...packages], { DEBIAN_FRONTEND: "noninteractive" });
  for (const b of missing) if (!existsSync(b.path)) throw new Error(`apt-get finished but ${b.path} still does not exist`);
}

function run(command, args, extraEnv = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...extraEnv } });
  if (result.error) throw new Error(`could not start ${command}: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${result.status ?? result.signal}`);
}
