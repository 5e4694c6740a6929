/**
 * The map's MapLibre style: the offline style built from our own basemap and boundaries, or an
 * external basemap (set at build time or in the address) with our areas added on top of it
 * each time its style loads.
 */
import type { Map as MaplibreMap, StyleSpecification } from "maplibre-gl";
import { useEffect, useMemo, useState } from "react";
import type { Topology } from "topojson-specification";
import type { Vintage } from "../schema";
import type { PageTone } from "../ui/usePageTheme";
import { baseColours } from "./palette";
import { buildOfflineStyle, externalBasemapUrl, swapBoundaryVintage } from "./style";

/**
 * A new tone (the page's theme turned dark or light) makes a new style: the map reloads it in
 * place. A new vintage does not: useBoundaryVintage swaps the boundaries within the style.
 */
export function useAtlasStyle(basemap: Topology, topology: Topology, vintage: Vintage, tone: PageTone = "light"): StyleSpecification | string {
  // The vintage the map opened on: after a theme switch the new style loads with it, and
  // useBoundaryVintage turns it to the current one (a switch in place, not a second style).
  const [opening] = useState(vintage);
  return useMemo(() => {
    const external = externalBasemapUrl(import.meta.env.VITE_BASEMAP_STYLE as string | undefined, window.location.search);
    return external ?? buildOfflineStyle({ basemap, boundaries: topology, vintage: opening, colours: baseColours(tone) });
  }, [basemap, topology, opening, tone]);
}

/**
 * Keeps the map's boundaries on `vintage`: after a boundaries switch, and on an external basemap
 * (a style URL), where our boundary sources and layers are added once its style is ready.
 */
export function useBoundaryVintage(map: MaplibreMap | null, styleReady: boolean, topology: Topology, vintage: Vintage, tone: PageTone = "light"): void {
  useEffect(() => {
    if (map === null || !styleReady) return;
    if (swapBoundaryVintage(map, topology, vintage, baseColours(tone))) map.triggerRepaint();
  }, [map, styleReady, topology, vintage, tone]);
}
