/**
 * The map's place names, after the first complete render of every map on the page: the label code
 * (deck.gl, about 255 KB gzip: labelLayer.ts) is fetched only then, so the first maps cost MapLibre alone. Returns
 * whether the labels have been drawn once (the container says so for tests and pictures).
 */
import type { Map as MaplibreMap } from "maplibre-gl";
import { useEffect, useMemo, useState } from "react";
import type { MapLabel } from "./labels";
import type { BaseColours } from "./palette";
import { labelLayerId } from "./useFigureLayers";
import { useMapControl } from "./useMapControl";

type LabelModule = typeof import("./labelLayer");

let labelModule: Promise<LabelModule> | null = null;

/** The label code, fetched once for every map of the page. */
function loadLabelModule(): Promise<LabelModule> {
  labelModule ??= import("./labelLayer").catch((error: unknown) => {
    labelModule = null;
    throw error;
  });
  return labelModule;
}

/**
 * The maps of the page that have not drawn yet. The label code waits for all of them: on the
 * compare view the before map is ready first, and fetching and running deck.gl then would take
 * the main thread and the network from the after map, still drawing its communes.
 */
const drawing = new Set<string>();
const LABELS_FALLBACK_MS = 15_000;
let waiting: (() => void)[] = [];

/** Counts `mapId` as still drawing until the returned function is called. */
export function holdLabels(mapId: string): () => void {
  drawing.add(mapId);
  return () => {
    drawing.delete(mapId);
    if (drawing.size > 0) return;
    const ready = waiting;
    waiting = [];
    for (const resolve of ready) resolve();
  };
}

/** Resolves once no map of the page is still drawing its first complete render. */
export function everyMapDrawn(): Promise<void> {
  return drawing.size === 0 ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve));
}

export interface LabelOverlayInput {
  mapId: string;
  labels: readonly MapLabel[];
  /** The label font is loaded (labelFont.ts): the glyph atlas is drawn once, with the font of that moment. */
  fontReady: boolean;
  /** The base map's colours for the page's theme (palette.ts): the names' colours and halo. */
  colours: BaseColours;
}

export function useLabelOverlay(map: MaplibreMap | null, mapReady: boolean, styleReady: boolean, { mapId, labels, fontReady, colours }: LabelOverlayInput): boolean {
  const [module, setModule] = useState<LabelModule | null>(null);
  useEffect(() => (mapReady ? undefined : holdLabels(mapId)), [mapId, mapReady]);
  useEffect(() => {
    if (!mapReady || module !== null) return;
    let live = true;
    // A map that never draws (its WebGL context lost) holds the others' names no longer than this.
    const fallback = new Promise<void>((resolve) => setTimeout(resolve, LABELS_FALLBACK_MS));
    Promise.race([everyMapDrawn(), fallback]).then(loadLabelModule).then(
      (m) => live && setModule(m),
      // The map keeps its areas, colours and symbols; the names say why they are missing in the console.
      (error: unknown) => console.error("[atlas] the map's place names could not be loaded", error),
    );
    return () => {
      live = false;
    };
  }, [mapReady, module]);
  const overlay = useMemo(() => (module === null || map === null ? null : module.createLabelOverlay()), [module, map]);
  useMapControl(map, overlay?.control ?? null, "top-left");

  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    if (map === null || overlay === null || !styleReady || !fontReady) return;
    overlay.show(map, labelLayerId(mapId), labels, colours);
    if (drawn) return;
    const onIdle = () => setDrawn(true);
    map.once("idle", onIdle);
    return () => {
      map.off("idle", onIdle);
    };
  }, [map, overlay, styleReady, fontReady, mapId, labels, colours, drawn]);
  return drawn;
}
