/**
 * What the explorer map tells a screen reader and what its deck.gl layers hold: shared by the
 * programme-areas and programme-filter tests (an outline is too thin for a reliable pixel read).
 */
import { expect, type Page } from "./fixtures";

const MAP = "explorer";

/** The text the map canvas is described by (its description and the legend's text). */
export async function canvasDescription(page: Page): Promise<string> {
  const canvas = page.locator(`[data-map-id="${MAP}"] canvas.maplibregl-canvas`);
  const ids = ((await canvas.getAttribute("aria-describedby")) ?? "").split(/\s+/).filter(Boolean);
  expect(ids.length, "the canvas is described").toBeGreaterThan(0);
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()));
  return texts.join(" ");
}

/** Layer id -> number of shapes, for the explorer's deck.gl layers whose id starts with `prefix`. @deck.gl/mapbox keeps its Deck on the map as `__deck`. */
export async function deckLayers(page: Page, prefix: string): Promise<Record<string, number>> {
  return page.evaluate((start) => {
    interface DeckLayer {
      id: string;
      props: { data?: unknown };
    }
    const maps = (window as unknown as { __atlas?: { maps: Record<string, { __deck?: { props: { layers?: (DeckLayer | null)[] } } } | undefined> } }).__atlas?.maps ?? {};
    const out: Record<string, number> = {};
    for (const layer of maps["explorer"]?.__deck?.props.layers ?? []) {
      if (layer !== null && layer.id.startsWith(start)) out[layer.id] = Array.isArray(layer.props.data) ? layer.props.data.length : 0;
    }
    return out;
  }, prefix);
}

