/**
 * The figures on the map, as MapLibre sources and layers (layers.ts), kept in step with the
 * content: a source whose data changed gets the new data, a group no longer drawn is removed,
 * and everything is added again after a new style (the vintage changed). Returns how many
 * times complete layers were handed to the map (useMapReady waits for the first).
 */
import type { GeoJSONSource, Map as MaplibreMap } from "maplibre-gl";
import { useEffect, useRef, useState } from "react";
import type { CommuneFeature } from "./communes";
import { communesLayer, figureAreasLayer, formerDistrictsLayer, programmeAreasLayer, proportionalSymbolsLayer, selectionLayer, symbolRangeRingsLayer, type MapLayerGroup } from "./layers";
import type { MapContent } from "./useMapContent";
import { FILL_BEFORE_LAYER } from "./style";

export interface FigureLayersInput {
  mapId: string;
  content: Pick<MapContent, "scene" | "programme" | "formerShapes" | "selectionShape">;
  /** The communes from 1 July 2025, once loaded (after map only); empty otherwise. */
  communes: readonly CommuneFeature[];
}

/** Ids of the layers hover and click look in, for a map. */
export function pickLayerIds(mapId: string) {
  return { symbols: `${mapId}-symbols`, communes: `${mapId}-communes`, areas: `${mapId}-areas` };
}

/** The id of the labels' layer (labelLayer.ts), which stays above every figure layer. */
export function labelLayerId(mapId: string): string {
  return `${mapId}-labels`;
}

/** The layer groups of a map, bottom to top. */
export function figureLayerGroups({ mapId, content, communes }: FigureLayersInput): MapLayerGroup[] {
  const { scene, programme, formerShapes, selectionShape } = content;
  const ids = pickLayerIds(mapId);
  const groups: (MapLayerGroup | null)[] = [
    figureAreasLayer({ id: ids.areas, features: scene.areas, beforeId: FILL_BEFORE_LAYER }),
    // Above the figures' colours, under the province borders and the former districts' dashes.
    communes.length > 0 ? communesLayer({ id: ids.communes, features: communes, beforeId: FILL_BEFORE_LAYER }) : null,
    // Under the former districts' dashes (the same districts on the new map), the symbols and the selection.
    ...programme.map((g) => programmeAreasLayer({ id: `${mapId}-programme-${g.programmeId}`, shapes: g.areas.map((a) => a.shape), colour: g.outline.colour, widthPx: g.outline.widthPx })),
    formerShapes.length > 0 ? formerDistrictsLayer({ id: `${mapId}-former`, shapes: formerShapes }) : null,
    scene.mode === "symbols" ? proportionalSymbolsLayer({ id: ids.symbols, data: scene.symbols }) : null,
    // A conflict's range (135–140): an inner ring at the lowest value on the disc of the highest.
    scene.mode === "symbols" ? symbolRangeRingsLayer({ id: `${mapId}-symbol-ranges`, data: scene.symbols }) : null,
    selectionShape === null ? null : selectionLayer({ id: `${mapId}-selection`, shapes: [selectionShape] }),
  ];
  return groups.filter((g): g is MapLayerGroup => g !== null);
}

function removeGroup(map: MaplibreMap, group: MapLayerGroup): void {
  for (const layer of group.layers) if (map.getLayer(layer.id) !== undefined) map.removeLayer(layer.id);
  if (map.getSource(group.id) !== undefined) map.removeSource(group.id);
}

/**
 * Puts `groups` on the map in their order: new data into existing sources (no flicker), missing
 * sources and layers added under the next group already there (or under the labels), gone ones removed.
 */
export function syncLayerGroups(map: MaplibreMap, groups: readonly MapLayerGroup[], previous: readonly MapLayerGroup[], labelsId: string): void {
  const keep = new Set(groups.map((g) => g.id));
  for (const old of previous) if (!keep.has(old.id)) removeGroup(map, old);
  let above: string | undefined = map.getLayer(labelsId) !== undefined ? labelsId : undefined;
  for (const group of [...groups].reverse()) {
    const source = map.getSource<GeoJSONSource>(group.id);
    if (source === undefined) map.addSource(group.id, { type: "geojson", data: group.data });
    else source.setData(group.data);
    const before = group.beforeId !== undefined && map.getLayer(group.beforeId) !== undefined ? group.beforeId : above;
    for (const layer of group.layers) if (map.getLayer(layer.id) === undefined) map.addLayer(layer, before);
    above = group.layers[0]?.id ?? above;
  }
}

export function useFigureLayers(map: MaplibreMap | null, styleReady: boolean, input: FigureLayersInput): number {
  const { mapId, communes } = input;
  const { scene, programme, formerShapes, selectionShape } = input.content;
  const [shown, setShown] = useState(0);
  const previous = useRef<MapLayerGroup[]>([]);
  useEffect(() => {
    if (map === null || !styleReady) return;
    const groups = figureLayerGroups({ mapId, content: { scene, programme, formerShapes, selectionShape }, communes });
    syncLayerGroups(map, groups, previous.current, labelLayerId(mapId));
    previous.current = groups;
    map.triggerRepaint();
    setShown((n) => n + 1);
  }, [map, styleReady, mapId, scene, programme, formerShapes, selectionShape, communes]);
  return shown;
}
