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
import { everyMapDrawn } from "./useMapReady";

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

/** How long a map that never draws (its WebGL context lost) holds the other maps' names. */
const LABELS_FALLBACK_MS = 15_000;

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
  useEffect(() => {
    if (!mapReady || module !== null) return;
    let live = true;
    // After every map of the page, not this one alone (useMapReady.ts).
    everyMapDrawn(LABELS_FALLBACK_MS).then(loadLabelModule).then(
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
