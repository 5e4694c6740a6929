/**
 * Where each map view's map sits on a laptop screen (used by laptop.spec.ts): the two laptop
 * sizes, the languages, the four map views with their addresses, and the maps' boxes.
 */
import type { Page } from "./fixtures";

export const LAPTOP_SIZES = [
  { width: 1366, height: 768 },
  { width: 1280, height: 800 },
] as const;

export const LAPTOP_LANGS = ["vi", "en"] as const;

export interface MapView {
  name: "explorer" | "swipe" | "side" | "national";
  query: string;
  /** MapLibre map ids (empty for the national view's SVG map). */
  mapIds: string[];
  /** What is measured: the maps' canvases, or the national SVG. */
  selector: string;
}

export const MAP_VIEWS: MapView[] = [
  { name: "explorer", query: "", mapIds: ["explorer"], selector: '[data-map-id="explorer"] canvas.maplibregl-canvas' },
  { name: "swipe", query: "view=compare&cmp=swipe", mapIds: ["compare-before", "compare-after"], selector: '[data-map-id="compare-after"] canvas.maplibregl-canvas' },
  {
    name: "side",
    query: "view=compare&cmp=side",
    mapIds: ["compare-before", "compare-after"],
    selector: '[data-map-id^="compare-"] canvas.maplibregl-canvas',
  },
  { name: "national", query: "view=national", mapIds: [], selector: '[data-testid="national-map"]' },
];

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export async function openView(page: Page, view: MapView, lang: string): Promise<void> {
  await page.goto(`/?lang=${lang}${view.query === "" ? "" : `&${view.query}`}`);
  // The canvas's place is set once it exists; waiting for a full render (SwiftShader) is not needed to measure it.
  for (const id of view.mapIds) await page.locator(`[data-map-id="${id}"] canvas.maplibregl-canvas`).waitFor({ timeout: 60_000 });
  if (view.mapIds.length === 0) await page.locator(view.selector).waitFor();
}

/** The boxes (CSS px, relative to the viewport at the current scroll) of the view's maps, in document order; read in one step. */
export async function mapBoxes(page: Page, view: MapView): Promise<Box[]> {
  return page.evaluate((selector) => {
    return [...document.querySelectorAll(selector)].map((element) => {
      const r = element.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
  }, view.selector);
}
