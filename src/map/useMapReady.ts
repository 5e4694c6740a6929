/**
 * The map's "drawn" mark: true at the first idle after complete layers were handed to it. Sets
 * a performance mark (bench/first-render.ts and src/ui/slots.tsx wait for it); the
 * container shows it as data-map-ready for browser tests.
 */
import type { Map as MaplibreMap } from "maplibre-gl";
import { useEffect, useState } from "react";

export function useMapReady(map: MaplibreMap | null, mapId: string, layersShown: number): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (map === null || ready || layersShown === 0) return;
    const onIdle = () => {
      setReady(true);
      performance.mark(`atlas:map-ready:${mapId}`);
    };
    map.once("idle", onIdle);
    map.triggerRepaint();
    return () => {
      map.off("idle", onIdle);
    };
  }, [map, ready, layersShown, mapId]);
  return ready;
}
