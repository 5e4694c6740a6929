/**
 * The figures on the map, as MapLibre sources and layers (layers.ts), kept in step with the
 * content: a source whose data changed gets the new data, a layer whose paint changed (the page's
 * theme) gets the new paint, a group no longer drawn is removed, and everything is added again
 * after a new style (the theme changed; a boundaries switch keeps the style: useMapStyle.ts). Returns how many
 * times complete layers were handed to the map (useMapReady waits for the first).
 */
import type { FeatureCollection, GeoJsonProperties, Geometry } from "geojson";
import type { GeoJSONSource, Map as MaplibreMap } from "maplibre-gl";
import { useEffect, useRef, useState } from "react";
import type { CommuneFeature } from "./communes";
import { communesLayer, figureAreasLayer, formerDistrictsLayer, programmeAreasLayer, programmeCasingLayer, proportionalSymbolsLayer, selectionLayer, symbolRangeRingsLayer, type MapLayerGroup } from "./layers";
import type { BaseColours } from "./palette";
import { NO_PARTNER_DATA, partnerLayers, type PartnerMapData } from "./partnerLayer";
import type { MapContent } from "./useMapContent";
import { FILL_BEFORE_LAYER } from "./style";

export interface FigureLayersInput {
  mapId: string;
  content: Pick<MapContent, "scene" | "programme" | "formerShapes" | "selectionShape">;
  /** The communes from 1 July 2025, once loaded (after map only); empty otherwise. */
  communes: readonly CommuneFeature[];
  /** The base map's colours for the page's theme (palette.ts). */
  colours: BaseColours;
  /** The casing under the programmes' outlines (palette.ts, outlineCasing), or null for none. */
  casing: string | null;
  /** A partner's previewed records (partnerLayer.ts); absent or empty when there is no preview. */
  partner?: PartnerMapData;
  /** The published partners' records (partner_records.json), under a preview; absent or empty when none. */
  publishedPartner?: PartnerMapData;
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
export function figureLayerGroups({ mapId, content, communes, colours, casing, partner = NO_PARTNER_DATA, publishedPartner = NO_PARTNER_DATA }: FigureLayersInput): MapLayerGroup[] {
  const { scene, programme, formerShapes, selectionShape } = content;
  const ids = pickLayerIds(mapId);
  const groups: (MapLayerGroup | null)[] = [
    figureAreasLayer({ id: ids.areas, features: scene.areas, beforeId: FILL_BEFORE_LAYER, colours }),
    // Above the figures' colours, under the province borders and the former districts' dashes.
    communes.length > 0 ? communesLayer({ id: ids.communes, features: communes, beforeId: FILL_BEFORE_LAYER, colours }) : null,
    // Under the former districts' dashes (the same districts on the new map), the symbols and the selection.
    // On the dark map each outline has a light casing under it (its own group, so a new theme adds or removes it alone).
    ...programme.flatMap((g) => [
      casing === null ? null : programmeCasingLayer({ id: `${mapId}-programme-casing-${g.programmeId}`, shapes: g.areas.map((a) => a.shape), colour: casing, widthPx: g.outline.widthPx }),
      programmeAreasLayer({ id: `${mapId}-programme-${g.programmeId}`, shapes: g.areas.map((a) => a.shape), colour: g.outline.colour, widthPx: g.outline.widthPx }),
    ]),
    formerShapes.length > 0 ? formerDistrictsLayer({ id: `${mapId}-former`, shapes: formerShapes, colours }) : null,
    scene.mode === "symbols" ? proportionalSymbolsLayer({ id: ids.symbols, data: scene.symbols, colours }) : null,
    // A conflict's range (135–140): an inner ring at the lowest value on the disc of the highest.
    scene.mode === "symbols" ? symbolRangeRingsLayer({ id: `${mapId}-symbol-ranges`, data: scene.symbols, colours }) : null,
    selectionShape === null ? null : selectionLayer({ id: `${mapId}-selection`, shapes: [selectionShape], colours }),
    // Published partners' records, then a partner's preview above them: sources of their own, never the programme's.
    ...partnerLayers(`${mapId}-published-partner`, publishedPartner, true),
    // A partner's preview, above the programme's symbols and the selection, under the labels; sources of its own, never the programme's.
    ...partnerLayers(`${mapId}-partner`, partner),
  ];
  return groups.filter((g): g is MapLayerGroup => g !== null);
}

function removeGroup(map: MaplibreMap, group: MapLayerGroup): void {
  for (const layer of group.layers) if (map.getLayer(layer.id) !== undefined) map.removeLayer(layer.id);
  if (map.getSource(group.id) !== undefined) map.removeSource(group.id);
}

function sameGeometry(a: Geometry | null, b: Geometry | null): boolean {
  if (a === b) return true;
  // Points are made anew for each render (a symbol's position); areas keep their topology's shapes.
  return a?.type === "Point" && b?.type === "Point" && a.coordinates[0] === b.coordinates[0] && a.coordinates[1] === b.coordinates[1];
}

function sameProperties(a: GeoJsonProperties, b: GeoJsonProperties): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/**
 * Whether a source already holds this data: the same features in the same order, each with the
 * same geometry object (or point) and equal properties. A switch rebuilds every group's data, and
 * `setData` on an unchanged one is not free: MapLibre serialises it on the main thread, its worker
 * tiles it again and the map repaints it.
 */
export function sameData(a: FeatureCollection, b: FeatureCollection): boolean {
  if (a === b) return true;
  if (a.features.length !== b.features.length) return false;
  return a.features.every((f, i) => {
    const g = b.features[i]!;
    return sameGeometry(f.geometry, g.geometry) && sameProperties(f.properties, g.properties);
  });
}

/**
 * Puts `groups` on the map in their order: new data into existing sources (no flicker), missing
 * sources and layers added under the next group already there (or under the labels), gone ones
 * removed, and a kept layer's paint set anew where it changed (MapLibre ignores an unchanged value).
 */
export function syncLayerGroups(map: MaplibreMap, groups: readonly MapLayerGroup[], previous: readonly MapLayerGroup[], labelsId: string): void {
  const keep = new Map(groups.map((g) => [g.id, g]));
  for (const old of previous) {
    const now = keep.get(old.id);
    if (now === undefined) removeGroup(map, old);
    else for (const layer of old.layers) if (!now.layers.some((l) => l.id === layer.id) && map.getLayer(layer.id) !== undefined) map.removeLayer(layer.id);
  }
  const before = new Map(previous.map((g) => [g.id, g]));
  let above: string | undefined = map.getLayer(labelsId) !== undefined ? labelsId : undefined;
  for (const group of [...groups].reverse()) {
    const source = map.getSource<GeoJSONSource>(group.id);
    const was = before.get(group.id);
    if (source === undefined) map.addSource(group.id, { type: "geojson", data: group.data });
    else if (was === undefined || !sameData(was.data, group.data)) source.setData(group.data);
    const under = group.beforeId !== undefined && map.getLayer(group.beforeId) !== undefined ? group.beforeId : above;
    for (const layer of group.layers) {
      if (map.getLayer(layer.id) === undefined) map.addLayer(layer, under);
      else for (const [name, value] of Object.entries("paint" in layer ? (layer.paint ?? {}) : {})) map.setPaintProperty(layer.id, name, value);
    }
    above = group.layers[0]?.id ?? above;
  }
}

export function useFigureLayers(map: MaplibreMap | null, styleReady: boolean, input: FigureLayersInput): number {
  const { mapId, communes, colours, casing, partner = NO_PARTNER_DATA, publishedPartner = NO_PARTNER_DATA } = input;
  const { scene, programme, formerShapes, selectionShape } = input.content;
  const [shown, setShown] = useState(0);
  const previous = useRef<MapLayerGroup[]>([]);
  useEffect(() => {
    if (map === null || !styleReady) return;
    const groups = figureLayerGroups({ mapId, content: { scene, programme, formerShapes, selectionShape }, communes, colours, casing, partner, publishedPartner });
    syncLayerGroups(map, groups, previous.current, labelLayerId(mapId));
    previous.current = groups;
    map.triggerRepaint();
    setShown((n) => n + 1);
  }, [map, styleReady, mapId, scene, programme, formerShapes, selectionShape, communes, colours, casing, partner, publishedPartner]);
  return shown;
}
