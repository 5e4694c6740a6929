/**
 * What the explorer map tells a screen reader and what its figure layers hold: shared by the
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

/** Layer id -> number of shapes, for the explorer's figure layers (MapLibre layers, src/map/layers.ts) whose id starts with `prefix`. */
export async function mapLayers(page: Page, prefix: string): Promise<Record<string, number>> {
  return page.evaluate(async (start) => {
    interface TestMap {
      getStyle: () => { layers: { id: string; source?: string }[] };
      getSource: (id: string) => { getData?: () => Promise<{ features?: unknown[] }> } | undefined;
    }
    const map = (window as unknown as { __atlas?: { maps: Record<string, TestMap | undefined> } }).__atlas?.maps["explorer"];
    const out: Record<string, number> = {};
    for (const layer of map?.getStyle().layers ?? []) {
      if (!layer.id.startsWith(start) || layer.source === undefined) continue;
      const data = await map?.getSource(layer.source)?.getData?.();
      out[layer.id] = data?.features?.length ?? 0;
    }
    return out;
  }, prefix);
}
