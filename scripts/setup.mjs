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
    ensureChromium();
    ensureFirefox();
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

function ensureChromium() {
  if (existsSync(CHROMIUM)) {
    console.log(`setup: ${CHROMIUM} is present`);
    return;
  }
  const aptCommand = `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${APT_PACKAGES.join(" ")}`;
  if (process.getuid?.() !== 0) {
    console.error(
      `setup: the browser tests need Debian's Chromium at ${CHROMIUM}, which is missing.\n` +
        `Install it as root, then run this again:\n\n  sudo sh -c '${aptCommand}'\n`,
    );
    process.exit(2);
  }
  console.log(`setup: ${CHROMIUM} is missing; installing ${APT_PACKAGES.join(" ")} with apt-get`);
  run("apt-get", ["update"]);
  run("apt-get", ["install", "-y", ...APT_PACKAGES], { DEBIAN_FRONTEND: "noninteractive" });
  if (!existsSync(CHROMIUM)) throw new Error(`apt-get finished but ${CHROMIUM} still does not exist`);
}

/** scripts/firefox-offline.mjs drives Debian's Firefox (puppeteer-core, WebDriver BiDi); Playwright's needs a patched build. */
function ensureFirefox() {
  if (existsSync(FIREFOX)) {
    console.log(`setup: ${FIREFOX} is present`);
    return;
  }
  const aptCommand = `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${FIREFOX_PACKAGES.join(" ")}`;
  if (process.getuid?.() !== 0) {
    // Not fatal here: the Chromium tests can still run; the firefox step fails and says the same.
    console.error(`setup: the offline file's Firefox check needs ${FIREFOX}, which is missing. Install it as root:\n\n  sudo sh -c '${aptCommand}'\n`);
    return;
  }
  console.log(`setup: ${FIREFOX} is missing; installing ${FIREFOX_PACKAGES.join(" ")} with apt-get`);
  run("apt-get", ["update"]);
  run("apt-get", ["install", "-y", ...FIREFOX_PACKAGES], { DEBIAN_FRONTEND: "noninteractive" });
  if (!existsSync(FIREFOX)) throw new Error(`apt-get finished but ${FIREFOX} still does not exist`);
}

function run(command, args, extraEnv = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...extraEnv } });
  if (result.error) throw new Error(`could not start ${command}: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${result.status ?? result.signal}`);
}
