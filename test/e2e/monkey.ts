/**
 * The random walk of monkey.spec.ts: a seeded generator (so a walk replays from its seed) and
 * the actions it draws from — every control a person can reach on the screen they are on
 * (buttons, links to the app, radios, checkboxes, lists, sliders, search boxes, the map
 * canvases and the national map), keys on whatever has focus, edits of the address with valid
 * and invalid values of each of its parameters, and Back/Forward.
 *
 * Each action returns a line for the action list printed when the walk fails. An action whose
 * target has gone (the page moved on) or cannot be clicked (covered) is logged as skipped: a
 * person's click there would do nothing either.
 */
import { readFileSync } from "node:fs";
import type { Page } from "./fixtures";

export type Random = () => number;

function pick<T>(random: Random, list: readonly T[]): T {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

// ---------------------------------------------------------------------------
// Address edits: every parameter of src/store/url.ts, with values it must take and values it must ignore
// ---------------------------------------------------------------------------

const figures = JSON.parse(readFileSync("public/data/figures.json", "utf8")) as { indicators: { id: string }[] };
const units = JSON.parse(readFileSync("public/data/units.json", "utf8")) as { units: { id: string }[]; groups: { members: string[] }[] };

/** Valid values come from the shipped data, so a data update keeps them valid. */
export const URL_VALUES: Record<string, { valid: readonly string[]; invalid: readonly string[] }> = {
  lang: { valid: ["vi", "en", "fr"], invalid: ["xx", "", "EN"] },
  view: { valid: ["explorer", "compare", "national"], invalid: ["map", "", "Compare"] },
  ind: { valid: figures.indicators.map((i) => i.id), invalid: ["no_such_indicator", "../x", "%00"] },
  per: { valid: ["2023-2025", "2024", "2020-2025", "2025"], invalid: ["2025-2023", "abc", "1800", "2024-2025-2026"] },
  sel: {
    valid: [...units.groups.map((g) => g.members.join(",")), ...units.units.slice(0, 400).filter((_, i) => i % 25 === 0).map((u) => u.id)],
    invalid: ["foo", "pre2025:999999", ",,,", "pre2025:"],
  },
  v: { valid: ["pre", "post"], invalid: ["both", "2025"] },
  map: { valid: ["105.9,19.69,5.4", "106.5,17.4,8", "105.2,21.9,9", "106,16.5,4.5"], invalid: ["1,2", "999,0,3", "NaN,NaN,NaN", "106,17,99"] },
  sym: { valid: ["auto", "choropleth", "symbols"], invalid: ["pie"] },
  cmp: { valid: ["swipe", "side"], invalid: ["stack"] },
  sw: { valid: ["0", "35", "100", "62.5"], invalid: ["101", "-5", "abc"] },
  chart: { valid: ["period", "cumulative"], invalid: ["bar"] },
};

function editedUrl(random: Random, current: string): { url: string; line: string } {
  const url = new URL(current);
  const param = pick(random, Object.keys(URL_VALUES));
  const values = URL_VALUES[param] ?? { valid: [], invalid: [] };
  const valid = random() < 0.6;
  const value = pick(random, valid ? values.valid : values.invalid);
  if (random() < 0.1) url.searchParams.delete(param);
  else url.searchParams.set(param, value);
  return { url: url.pathname + url.search, line: `address: ${param}=${JSON.stringify(value)} (${valid ? "valid" : "invalid"}) → ${url.search}` };
}

// ---------------------------------------------------------------------------
// The actions
// ---------------------------------------------------------------------------

/** What a person can operate, as CSS (visibility and same-origin links are checked in the page). */
const CONTROLS = [
  "button",
  "a[href]",
  "summary",
  "select",
  "input[type=radio]",
  "input[type=checkbox]",
  "input[type=range]",
  "input[type=search]",
  "input[type=text]",
  '[role="slider"]',
  '[role="option"]',
].join(",");

const KEYS = ["Tab", "Tab", "Shift+Tab", "Enter", "Space", "Escape", "ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End", "PageUp", "PageDown", "+", "-"];
const SEARCH_TEXT = ["quang", "Bố Trạch", "ha tinh", "Hàm Yên", "xyz", "Đồng", "q", "tuyen quang", "   ", "<b>"];

interface Candidate {
  index: number;
  tag: string;
  type: string;
  name: string;
  options: number;
}

/** Marks the visible, enabled controls with data-monkey="n" and describes them, in document order. */
async function candidates(page: Page): Promise<Candidate[]> {
  return page.evaluate((selector) => {
    const origin = location.origin;
    const out: { index: number; tag: string; type: string; name: string; options: number }[] = [];
    document.querySelectorAll("[data-monkey]").forEach((el) => el.removeAttribute("data-monkey"));
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (el.closest("[inert]") !== null || (el as HTMLButtonElement).disabled) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === "hidden") continue;
      // Inside a closed <details> a control still has a box (Chromium hides the content with
      // content-visibility, and measuring lays it out), but no one can see or press it: a click
      // waited out its 5 s (19 of 41 skipped actions in one walk were the closed commune list's).
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      // Left of the page or above its top (the skip link until it has focus): no scrolling reaches it.
      if (box.right + scrollX <= 0 || box.bottom + scrollY <= 0) continue;
      // Covered where it shows (an open menu over the header, say): a person cannot press it, and
      // a click would only wait out its timeout. A label in front of its own control does not cover it.
      const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
      if (cx >= 0 && cy >= 0 && cx < innerWidth && cy < innerHeight) {
        const hit = document.elementFromPoint(cx, cy);
        const label = hit?.closest("label");
        if (hit !== null && !el.contains(hit) && !hit.contains(el) && label?.control !== el) continue;
      }
      // Sources are links to their publishers: a person may follow them, but this walk stays in the app (and offline).
      if (el instanceof HTMLAnchorElement && (new URL(el.href, location.href).origin !== origin || el.target === "_blank")) continue;
      el.setAttribute("data-monkey", String(out.length));
      const name = (el.getAttribute("aria-label") ?? el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 50);
      const type = el.getAttribute("type") ?? el.getAttribute("role") ?? "";
      out.push({ index: out.length, tag: el.tagName.toLowerCase(), type, name, options: el instanceof HTMLSelectElement ? el.options.length : 0 });
    }
    return out;
  }, CONTROLS);
}

/** Whether the focused element is a link out of the app (Enter there would leave it). */
async function focusLeavesApp(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el instanceof HTMLAnchorElement && (new URL(el.href, location.href).origin !== location.origin || el.target === "_blank");
  });
}

/**
 * A person's click lands or does nothing; 5 s covers a main thread busy drawing maps on SwiftShader.
 * (2.5 s was tried to save time on covered controls: on a loaded machine it skipped clicks on
 * visible tabs and buttons too, so the walk reached fewer screens.)
 */
const QUICK = { timeout: 5_000 };

/** What the current action is about to do, for the log when it is skipped. */
interface Intent {
  what: string;
}

async function operate(page: Page, random: Random, intent: Intent): Promise<string> {
  const list = await candidates(page);
  if (list.length === 0) return "control: none on the page";
  const c = pick(random, list);
  const target = page.locator(`[data-monkey="${c.index}"]`);
  const what = `${c.tag}${c.type ? `[${c.type}]` : ""} "${c.name}"`;
  intent.what = `operate ${what}`;
  if (c.tag === "select") {
    const option = Math.floor(random() * Math.max(1, c.options));
    await target.selectOption({ index: option }, QUICK);
    return `select option ${option} of ${what}`;
  }
  if (c.tag === "input" && (c.type === "search" || c.type === "text")) {
    const text = pick(random, SEARCH_TEXT);
    await target.fill(text, QUICK);
    return `type ${JSON.stringify(text)} into ${what}`;
  }
  if ((c.tag === "input" && c.type === "range") || c.type === "slider") {
    const key = pick(random, ["ArrowLeft", "ArrowRight", "Home", "End", "PageUp", "PageDown", "Shift+ArrowRight"]);
    await target.focus(QUICK);
    await page.keyboard.press(key);
    return `${key} on ${what}`;
  }
  await target.click(QUICK);
  return `click ${what}`;
}

/** A click, drag or wheel on a visible map: a MapLibre canvas or the national SVG. */
async function onMap(page: Page, random: Random, intent: Intent): Promise<string> {
  intent.what = "map gesture";
  const maps = page.locator("canvas.maplibregl-canvas, [data-testid='national-map']");
  const boxes = [];
  for (const m of await maps.all()) {
    const box = await m.boundingBox();
    if (box !== null && box.width > 20 && box.height > 20) boxes.push(box);
  }
  if (boxes.length === 0) return "map: none on the page";
  const box = pick(random, boxes);
  await page.mouse.move(0, 0);
  const [x, y] = [box.x + box.width * (0.1 + 0.8 * random()), box.y + box.height * (0.1 + 0.8 * random())];
  const gesture = pick(random, ["click", "click", "drag", "wheel", "hover"]);
  switch (gesture) {
    case "click":
      await page.mouse.click(x, y);
      break;
    case "hover":
      await page.mouse.move(x, y, { steps: 3 });
      break;
    case "drag": {
      const [dx, dy] = [(random() - 0.5) * 300, (random() - 0.5) * 200];
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x + dx, y + dy, { steps: 5 });
      await page.mouse.up();
      return `drag map at ${Math.round(x)},${Math.round(y)} by ${Math.round(dx)},${Math.round(dy)}`;
    }
    case "wheel": {
      const delta = (random() < 0.5 ? -1 : 1) * 200;
      await page.mouse.move(x, y);
      await page.mouse.wheel(0, delta);
      return `wheel ${delta} on map at ${Math.round(x)},${Math.round(y)}`;
    }
  }
  return `${gesture} map at ${Math.round(x)},${Math.round(y)}`;
}

async function key(page: Page, random: Random, intent: Intent): Promise<string> {
  intent.what = "key";
  let pressed = pick(random, KEYS);
  if ((pressed === "Enter" || pressed === "Space") && (await focusLeavesApp(page))) pressed = "Tab";
  await page.keyboard.press(pressed);
  return `key ${pressed}`;
}

async function history(page: Page, random: Random, intent: Intent): Promise<string> {
  const direction = random() < 0.65 ? "back" : "forward";
  intent.what = direction;
  // The Navigation API lists this origin's entries only: never Back out of the app to about:blank.
  const can = await page.evaluate((d) => {
    const nav = (window as unknown as { navigation?: { canGoBack: boolean; canGoForward: boolean } }).navigation;
    return nav === undefined ? false : d === "back" ? nav.canGoBack : nav.canGoForward;
  }, direction);
  if (!can) return `${direction}: nothing to go ${direction} to`;
  if (direction === "back") await page.goBack({ waitUntil: "commit" });
  else await page.goForward({ waitUntil: "commit" });
  return `${direction} → ${new URL(page.url()).search || "/"}`;
}

async function address(page: Page, random: Random, intent: Intent): Promise<string> {
  const { url, line } = editedUrl(random, page.url());
  intent.what = line;
  await page.goto(url, { waitUntil: "commit" });
  return line;
}

/** The kinds of action and their weights (out of the sum). */
const ACTIONS: [weight: number, run: (page: Page, random: Random, intent: Intent) => Promise<string>][] = [
  [45, operate],
  [20, onMap],
  [20, key],
  [8, history],
  [7, address],
];
const TOTAL_WEIGHT = ACTIONS.reduce((sum, [w]) => sum + w, 0);

/** Draws one action and does it; returns its line for the action list. */
export async function randomAction(page: Page, random: Random): Promise<string> {
  let r = random() * TOTAL_WEIGHT;
  const [, run] = ACTIONS.find(([w]) => (r -= w) < 0) ?? ACTIONS[0] ?? [0, operate];
  const intent: Intent = { what: run.name };
  try {
    return await run(page, random, intent);
  } catch (error) {
    // Timeouts of a quick action: the control went away or is covered. Anything else is a real failure.
    const message = error instanceof Error ? error.message : String(error);
    if (/Timeout|not attached|detached|outside of the viewport|not visible|intercepts pointer events/i.test(message)) {
      return `${intent.what}: skipped (${message.split("\n")[0]?.slice(0, 100)})`;
    }
    throw error;
  }
}
