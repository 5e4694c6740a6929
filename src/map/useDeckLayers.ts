/**
 * deck.gl on the map: one MapboxOverlay per map, interleaved (its layers are drawn in MapLibre's
 * own WebGL context, between MapLibre's layers), added and removed with the map like any other
 * control, and the atlas's layers handed to it once the style has loaded.
 */
import { MapboxOverlay } from "@deck.gl/mapbox";
import type { Map as MaplibreMap } from "maplibre-gl";
import { useEffect, useMemo, useState } from "react";
import type { CommuneFeature } from "./communes";
import { communesLayer, figureAreasLayer, formerDistrictsLayer, labelsLayer, programmeAreasLayer, programmeCasingLayer, proportionalSymbolsLayer, selectionLayer, symbolRangeRingsLayer } from "./layers";
import type { MapLabel } from "./labels";
import type { BaseColours } from "./palette";
import type { MapContent } from "./useMapContent";
import { useMapControl } from "./useMapControl";
import { FILL_BEFORE_LAYER } from "./style";
import { NO_PARTNER_DATA, partnerLayers, type PartnerMapData } from "./partnerLayer";

/** What deck.gl keeps of the canvas it draws on; private to deck.gl, so typed here only as far as used. */
interface DeckWithCanvas {
  _canvasContext?: { destroy?: () => void } | null;
}

/**
 * MapboxOverlay that lets go of its map's canvas when removed. deck.gl 9's Deck.finalize() drops
 * its canvas context without destroying it, so luma.gl's resize and device-pixel-ratio observers
 * stay on the window and keep every map ever shown (canvas, WebGL context, the detached page
 * around it) in memory: the soak test (scripts/soak.mjs) measured +58% heap per tour of the
 * screens. Destroying the context after the overlay is removed stops those observers. Remove
 * this class once deck.gl destroys the context itself.
 */
class AtlasOverlay extends MapboxOverlay {
  override onRemove(): void {
    const deck = (this as unknown as { _deck?: DeckWithCanvas })._deck;
    const canvasContext = deck?._canvasContext ?? null;
    super.onRemove();
    canvasContext?.destroy?.();
  }
}

export function useDeckOverlay(map: MaplibreMap | null): MapboxOverlay | null {
  const overlay = useMemo(() => (map === null ? null : new AtlasOverlay({ interleaved: true, layers: [] })), [map]);
  useMapControl(map, overlay, "top-left");
  return overlay;
}

export interface DeckLayersInput {
  mapId: string;
  content: Pick<MapContent, "scene" | "programme" | "formerShapes" | "selectionShape">;
  labels: readonly MapLabel[];
  fontReady: boolean;
  /** The communes from 1 July 2025, once loaded (after map only); empty otherwise. */
  communes: readonly CommuneFeature[];
  /** The base map's colours for the page's theme (palette.ts). */
  colours: BaseColours;
  /** The casing under the programmes' outlines (palette.ts, outlineCasing), or null for none. */
  casing: string | null;
  /** A partner's previewed records (partnerLayer.ts); absent or empty when there is no preview. */
  partner?: PartnerMapData;
}

/** Hands the layers to the overlay; returns how many times complete layers (labels included) were handed over. */
export function useDeckLayers(map: MaplibreMap | null, overlay: MapboxOverlay | null, styleReady: boolean, input: DeckLayersInput): number {
  const { mapId, labels, fontReady, communes, colours, casing, partner = NO_PARTNER_DATA } = input;
  const { scene, programme, formerShapes, selectionShape } = input.content;
  const [shown, setShown] = useState(0);
  useEffect(() => {
    if (map === null || overlay === null || !styleReady) return;
    overlay.setProps({
      layers: [
        figureAreasLayer({ id: `${mapId}-areas`, features: scene.areas, beforeId: FILL_BEFORE_LAYER, pickable: true, colours }),
        // Above the figures' colours, under the province borders and the former districts' dashes.
        communes.length > 0 ? communesLayer({ id: `${mapId}-communes`, features: communes, beforeId: FILL_BEFORE_LAYER, colours }) : null,
        // Under the former districts' dashes (the same districts on the new map), the symbols and the selection.
        ...programme.flatMap((g) => [
          casing === null ? null : programmeCasingLayer({ id: `${mapId}-programme-casing-${g.programmeId}`, shapes: g.areas.map((a) => a.shape), colour: casing, widthPx: g.outline.widthPx }),
          programmeAreasLayer({ id: `${mapId}-programme-${g.programmeId}`, shapes: g.areas.map((a) => a.shape), colour: g.outline.colour, widthPx: g.outline.widthPx }),
        ]),
        formerShapes.length > 0 ? formerDistrictsLayer({ id: `${mapId}-former`, shapes: formerShapes, colours }) : null,
        scene.mode === "symbols" ? proportionalSymbolsLayer({ id: `${mapId}-symbols`, data: scene.symbols }) : null,
        // A conflict's range (135–140): an inner ring at the lowest value on the disc of the highest.
        scene.mode === "symbols" ? symbolRangeRingsLayer({ id: `${mapId}-symbol-ranges`, data: scene.symbols }) : null,
        selectionShape === null ? null : selectionLayer({ id: `${mapId}-selection`, shapes: [selectionShape], colours }),
        // A partner's preview, above the programme's symbols and the selection, under the labels.
        ...partnerLayers(`${mapId}-partner`, partner),
        // No labels yet (zoom unknown): an empty text layer would upload a zero-size glyph atlas.
        fontReady && labels.length > 0 ? labelsLayer({ id: `${mapId}-labels`, labels, colours }) : null,
      ],
    });
    map.triggerRepaint();
    if (fontReady) setShown((n) => n + 1);
  }, [overlay, map, styleReady, mapId, scene, programme, formerShapes, selectionShape, labels, fontReady, communes, colours, casing, partner]);
  return shown;
}
