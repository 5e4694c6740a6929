/**
 * A picture of a WebGL map. The canvas is made without preserveDrawingBuffer (keeping it costs
 * every frame), so its pixels are only readable in the same task as a draw: `redraw()` draws
 * MapLibre's layers and the interleaved deck.gl labels synchronously, and toDataURL reads the frame
 * before the browser composites it (MapLibre's documented way to export without
 * preserveDrawingBuffer).
 */
import type { Map as MaplibreMap } from "maplibre-gl";

/**
 * Resolves once every map has drawn its place names (they follow the first render: the map's
 * container loses data-labels-pending, src/map/AtlasMap.tsx), or after `timeoutMs`: a picture
 * taken just after the map appeared would otherwise lack them, the archipelagos' names included.
 */
export async function labelsDrawn(maps: readonly MaplibreMap[], timeoutMs = 10_000): Promise<void> {
  const pending = () => maps.some((map) => map.getContainer().closest(".atlas-map")?.hasAttribute("data-labels-pending") === true);
  const until = Date.now() + timeoutMs;
  while (pending() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 100));
}

/** The map as a PNG data URL at its current size and pixel ratio. */
export function snapshotMap(map: MaplibreMap): string {
  map.redraw();
  return map.getCanvas().toDataURL("image/png");
}

/**
 * For print: a picture of each map placed over its canvas (hidden in print by share.css)
 * before printing, removed after.
 */
export function startPrintSnapshots(maps: () => readonly MaplibreMap[]): () => void {
  const before = () => {
    for (const map of maps()) {
      const container = map.getContainer().closest(".atlas-map") ?? map.getContainer();
      container.querySelector("[data-print-snapshot]")?.remove();
      const img = document.createElement("img");
      img.setAttribute("data-print-snapshot", "");
      img.alt = "";
      img.src = snapshotMap(map);
      container.append(img);
    }
  };
  const after = () => {
    for (const img of document.querySelectorAll("[data-print-snapshot]")) img.remove();
  };
  window.addEventListener("beforeprint", before);
  window.addEventListener("afterprint", after);
  return () => {
    window.removeEventListener("beforeprint", before);
    window.removeEventListener("afterprint", after);
  };
}
