/**
 * The map's MapLibre style: the offline style built from our own basemap and boundaries, or an
 * external basemap (set at build time or in the address) with our areas added on top of it
 * each time its style loads.
 */
import type { Map as MaplibreMap, StyleSpecification } from "maplibre-gl";
import { useEffect, useMemo } from "react";
import type { Topology } from "topojson-specification";
import type { Vintage } from "../schema";
import type { PageTone } from "../ui/usePageTheme";
import { baseColours } from "./palette";
import { boundaryStyleParts, buildOfflineStyle, externalBasemapUrl } from "./style";

/** A new tone (the page's theme turned dark or light) makes a new style: the map reloads it in place. */
export function useAtlasStyle(basemap: Topology, topology: Topology, vintage: Vintage, tone: PageTone = "light"): StyleSpecification | string {
  return useMemo(() => {
    const external = externalBasemapUrl(import.meta.env.VITE_BASEMAP_STYLE as string | undefined, window.location.search);
    return external ?? buildOfflineStyle({ basemap, boundaries: topology, vintage, colours: baseColours(tone) });
  }, [basemap, topology, vintage, tone]);
}

/** On an external basemap (a style URL), adds our boundary sources and layers once its style is ready. */
export function useBoundariesOnExternalBasemap(map: MaplibreMap | null, styleReady: boolean, style: StyleSpecification | string, topology: Topology, vintage: Vintage, tone: PageTone = "light"): void {
  useEffect(() => {
    if (map === null || !styleReady || typeof style !== "string") return;
    const { sources, layers } = boundaryStyleParts(topology, vintage, baseColours(tone));
    for (const [id, source] of Object.entries(sources)) if (!map.getSource(id)) map.addSource(id, source);
    for (const layer of layers) if (!map.getLayer(layer.id)) map.addLayer(layer);
  }, [map, styleReady, style, topology, vintage, tone]);
}
