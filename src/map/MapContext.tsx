/**
 * The maps on the page, found through React context (as react-map-gl's MapProvider/useMap),
 * not through a module registry or the DOM: a "zoom to" button asks for the explorer map by id
 * and re-renders when it comes or goes. The provider also holds the maps' view-sync group, so
 * the maps under one provider move together while a person drags one of them.
 */
import type { Map as MaplibreMap } from "maplibre-gl";
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactElement, type ReactNode } from "react";
import { createViewSync, type ViewSyncGroup } from "./viewSync";

/** Ids of the maps on the page (tests find them by these too: see testHook.ts). */
export const MAP_IDS = { explorer: "explorer", compareBefore: "compare-before", compareAfter: "compare-after" } as const;

interface MapRegistry {
  maps: ReadonlyMap<string, MaplibreMap>;
  add(id: string, map: MaplibreMap): () => void;
  sync: ViewSyncGroup;
}

const MapContext = createContext<MapRegistry | null>(null);

export function MapProvider({ children }: { children: ReactNode }): ReactElement {
  const [maps, setMaps] = useState<ReadonlyMap<string, MaplibreMap>>(() => new Map());
  const sync = useMemo(() => createViewSync(), []);
  const add = useCallback((id: string, map: MaplibreMap) => {
    setMaps((current) => new Map(current).set(id, map));
    return () =>
      setMaps((current) => {
        // A newer map may already hold the id (a remount): leave it.
        if (current.get(id) !== map) return current;
        const next = new Map(current);
        next.delete(id);
        return next;
      });
  }, []);
  const registry = useMemo(() => ({ maps, add, sync }), [maps, add, sync]);
  return <MapContext.Provider value={registry}>{children}</MapContext.Provider>;
}

/** The map `id` under the nearest MapProvider, or null while it is not on the page. */
export function useMap(id: string): MaplibreMap | null {
  return useContext(MapContext)?.maps.get(id) ?? null;
}

/** The view-sync group of the nearest MapProvider (null outside one: the map then moves alone). */
export function useViewSyncGroup(): ViewSyncGroup | null {
  return useContext(MapContext)?.sync ?? null;
}

/** Puts `map` under `id` in the nearest MapProvider for as long as the map and the component live. */
export function useMapRegistration(id: string, map: MaplibreMap | null): void {
  const add = useContext(MapContext)?.add;
  useEffect(() => {
    if (map === null || add === undefined) return;
    return add(id, map);
  }, [id, map, add]);
}
